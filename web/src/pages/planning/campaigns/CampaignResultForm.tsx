// Recording a campaign's result: attendance, the actual cost in pesos (the cost per affiliation is
// computed from it) and what came of it. A different result later corrects it.
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import {
  CAMPAIGN_LIMITS,
  EMPTY_RESULT_DRAFT,
  resultDraftProblems,
  resultInputOf,
  type ResultDraft,
} from '../../../logic/campaign-plan';
import { ruleErrorOf, type RuleError } from '../../../logic/rule-errors';
import { CAMPAIGN_RECORD_RESULT } from './campaign-operations';

export function CampaignResultForm({
  campaign,
  onDone,
}: {
  readonly campaign: { readonly id: string; readonly name: string; readonly revision: number };
  readonly onDone: (recorded: boolean) => void;
}) {
  const [draft, setDraft] = useState<ResultDraft>(EMPTY_RESULT_DRAFT);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  const [{ fetching }, record] = useMutation(CAMPAIGN_RECORD_RESULT);
  const problems = resultDraftProblems(draft);
  const errorOf = (field: keyof ResultDraft) =>
    (submitted ? problems[field] : undefined) ?? (failure?.field === field ? failure.message : undefined);
  const change = (patch: Partial<ResultDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    const result = await record({
      id: campaign.id,
      expectedRevision: campaign.revision,
      ...resultInputOf(draft),
    });
    const refusal = ruleErrorOf(result.error, 'No fue posible registrar el resultado.');
    if (refusal || !result.data) {
      setFailure(refusal);
      return;
    }
    onDone(true);
  }

  return (
    <Paper component="section" aria-labelledby="campaign-result-title" sx={{ p: 2, mb: 3, maxWidth: 760 }}>
      <Typography id="campaign-result-title" variant="h5" component="h2" gutterBottom>
        Resultado de «{campaign.name}»
      </Typography>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Registrar el resultado">
        {failure && !['attendance', 'actualCost', 'results'].includes(failure.field ?? '') && (
          <Alert severity="error">{failure.message}</Alert>
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            required
            label="Asistencia (personas)"
            value={draft.attendance}
            onChange={(event) => change({ attendance: event.target.value })}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            error={Boolean(errorOf('attendance'))}
            helperText={errorOf('attendance')}
          />
          <TextField
            required
            label="Costo ejecutado (pesos)"
            value={draft.actualCost}
            onChange={(event) => change({ actualCost: event.target.value })}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            error={Boolean(errorOf('actualCost'))}
            helperText={errorOf('actualCost') ?? 'El costo por afiliación se calcula con este valor.'}
          />
        </Stack>
        <TextField
          required
          multiline
          minRows={2}
          label="Resultados"
          value={draft.results}
          onChange={(event) => change({ results: event.target.value })}
          slotProps={{ htmlInput: { maxLength: CAMPAIGN_LIMITS.results } }}
          error={Boolean(errorOf('results'))}
          helperText={errorOf('results')}
        />
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained" disabled={fetching}>
            {fetching ? 'Registrando…' : 'Registrar el resultado'}
          </Button>
          <Button onClick={() => onDone(false)}>Cancelar</Button>
        </Box>
      </Stack>
    </Paper>
  );
}
