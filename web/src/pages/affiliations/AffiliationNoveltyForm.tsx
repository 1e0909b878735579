// Reporting a novelty of an approved affiliate (a data update, a retirement, a reactivation): its kind,
// from which day it applies and what it is. Only the kinds that apply to the affiliation as it stands are
// offered; each field says what is missing, and the server's refusal lands on the field it names.
import { Alert, Box, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { NoveltyKind } from '../../graphql/generated/graphql';
import {
  EMPTY_NOVELTY_DRAFT,
  NOVELTY_DESCRIPTION_LIMIT,
  NOVELTY_KIND_LABELS,
  noveltyFieldOf,
  noveltyProblems,
  type NoveltyDraft,
  type NoveltyField,
} from '../../logic/affiliation-actions';
import type { RuleError } from '../../logic/rule-errors';
import { DateField } from '../common/DateField.js';

export function AffiliationNoveltyForm({
  kinds,
  onReport,
}: {
  readonly kinds: readonly NoveltyKind[];
  /** Sends the novelty; resolves to the server's refusal, or null when it was recorded. */
  readonly onReport: (draft: {
    readonly kind: NoveltyKind;
    readonly description: string;
    readonly effectiveDate: string;
  }) => Promise<RuleError | null>;
}) {
  const [draft, setDraft] = useState<NoveltyDraft>(EMPTY_NOVELTY_DRAFT);
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<RuleError | null>(null);
  const problems = noveltyProblems(draft, kinds);
  const refusedField = refusal ? noveltyFieldOf(refusal.field) : null;
  const messageOf = (field: NoveltyField) =>
    (submitted ? problems[field] : undefined) ?? (refusedField === field ? refusal?.message : undefined);
  const set = (patch: Partial<NoveltyDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setRefusal(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setRefusal(null);
    if (Object.keys(problems).length > 0 || draft.kind === '') return;
    setSending(true);
    try {
      const result = await onReport({
        kind: draft.kind,
        description: draft.description.trim(),
        effectiveDate: draft.effectiveDate.trim(),
      });
      setRefusal(result);
      if (result === null) {
        setDraft(EMPTY_NOVELTY_DRAFT);
        setSubmitted(false);
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Reportar una novedad">
      <Stack spacing={2}>
        {refusal && refusedField === null && <Alert severity="error">{refusal.message}</Alert>}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            select
            required
            label="Tipo de novedad"
            value={draft.kind}
            onChange={(event) => set({ kind: event.target.value as NoveltyKind })}
            error={Boolean(messageOf('kind'))}
            helperText={messageOf('kind')}
            sx={{ minWidth: 240 }}
            size="small"
          >
            {kinds.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {NOVELTY_KIND_LABELS[kind]}
              </MenuItem>
            ))}
          </TextField>
          <DateField
            required
            label="Rige desde"
            value={draft.effectiveDate}
            onChange={(effectiveDate) => set({ effectiveDate })}
            error={Boolean(messageOf('effectiveDate'))}
            helperText={messageOf('effectiveDate')}
            size="small"
          />
        </Stack>
        <TextField
          required
          multiline
          minRows={2}
          label="Descripción de la novedad"
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
          error={Boolean(messageOf('description'))}
          helperText={messageOf('description')}
          slotProps={{ htmlInput: { maxLength: NOVELTY_DESCRIPTION_LIMIT } }}
          size="small"
        />
        <Box>
          <Button type="submit" variant="contained" disabled={sending}>
            Reportar la novedad
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
