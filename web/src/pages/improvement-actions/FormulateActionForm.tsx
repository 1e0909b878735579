// Formulating an improvement action (ISO 9001:2015 10.2): where it comes from (a PQRS radicado, a survey
// question below its threshold, an audit finding or an indicator), the problem, its root cause, the
// action, who is responsible and by when. Checked as the server checks it; its refusals are shown next
// to the field they name.
import { Alert, Box, Button, Link, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { ActionSourceKind } from '../../graphql/generated/graphql';
import {
  ACTION_DRAFT_SERVER_FIELDS,
  ACTION_REFERENCE_HINTS,
  ACTION_SOURCE_KINDS,
  ACTION_SOURCE_LABELS,
  actionDraftProblems,
  EMPTY_ACTION_DRAFT,
  formulateActionInput,
  type ActionDraft,
  type ActionDraftField,
} from '../../logic/improvement-action-board';
import { todayInBogota } from '../../logic/report-periods';
import { ruleErrorOf, type RuleError } from '../../logic/rule-errors';
import { DateField } from '../common/DateField.js';

const ACTION_RESPONSIBLES = graphql(`
  query ActionResponsibles {
    users {
      id
      username
      fullName
      roles
      active
    }
  }
`);

const ACTION_FORMULATE = graphql(`
  mutation ActionFormulate($input: FormulateImprovementActionInput!) {
    formulateImprovementAction(input: $input) {
      id
      status
      problem
    }
  }
`);

const TEXT_FIELDS: readonly { readonly field: 'problem' | 'rootCause' | 'action'; readonly label: string }[] =
  [
    { field: 'problem', label: 'Problema o no conformidad' },
    { field: 'rootCause', label: 'Causa raíz' },
    { field: 'action', label: 'Acción que se tomará' },
  ];

export function FormulateActionForm({ onClose }: { readonly onClose: () => void }) {
  const [draft, setDraft] = useState<ActionDraft>(EMPTY_ACTION_DRAFT);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  const [formulated, setFormulated] = useState<{ id: string; problem: string } | null>(null);
  const [{ data: staff }] = useQuery({ query: ACTION_RESPONSIBLES });
  const [{ fetching }, formulate] = useMutation(ACTION_FORMULATE);
  const today = todayInBogota(new Date());

  const problems = actionDraftProblems(draft, today);
  const serverField = failure?.field ? (ACTION_DRAFT_SERVER_FIELDS[failure.field] ?? null) : null;
  const errorOf = (field: ActionDraftField): string | undefined =>
    (submitted ? problems[field] : undefined) ?? (serverField === field ? failure?.message : undefined);
  const responsibles = (staff?.users ?? []).filter(
    (user) => user.active && user.roles.some((role) => role !== 'AUDITOR'),
  );

  function change(patch: Partial<ActionDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    setFormulated(null);
    if (Object.keys(problems).length > 0) return;
    const result = await formulate({ input: formulateActionInput(draft) });
    const refusal = ruleErrorOf(result.error, 'No fue posible formular la acción de mejora.');
    if (refusal || !result.data) {
      setFailure(refusal);
      return;
    }
    setFormulated(result.data.formulateImprovementAction);
    setDraft(EMPTY_ACTION_DRAFT);
    setSubmitted(false);
  }

  return (
    <Paper component="section" aria-labelledby="formulate-action-title" sx={{ p: 2, mb: 3, maxWidth: 760 }}>
      <Typography id="formulate-action-title" variant="h5" component="h2" gutterBottom>
        Formular una acción de mejora
      </Typography>
      {formulated && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          Acción formulada:{' '}
          <Link component={RouterLink} to={`/acciones/${encodeURIComponent(formulated.id)}`}>
            {formulated.problem}
          </Link>
        </Alert>
      )}
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {failure && serverField === null && <Alert severity="error">{failure.message}</Alert>}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            select
            label="Origen"
            value={draft.sourceKind}
            onChange={(event) => change({ sourceKind: event.target.value as ActionSourceKind })}
            error={Boolean(errorOf('sourceKind'))}
            helperText={errorOf('sourceKind')}
            required
            sx={{ minWidth: 240 }}
          >
            {ACTION_SOURCE_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {ACTION_SOURCE_LABELS[kind]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label="Referencia del origen"
            value={draft.reference}
            onChange={(event) => change({ reference: event.target.value })}
            error={Boolean(errorOf('reference'))}
            helperText={
              errorOf('reference') ??
              (draft.sourceKind === ''
                ? 'Elija primero el origen.'
                : ACTION_REFERENCE_HINTS[draft.sourceKind])
            }
            required
            sx={{ flexGrow: 1 }}
          />
        </Stack>
        {TEXT_FIELDS.map(({ field, label }) => (
          <TextField
            key={field}
            label={label}
            value={draft[field]}
            onChange={(event) => change({ [field]: event.target.value })}
            error={Boolean(errorOf(field))}
            helperText={errorOf(field)}
            required
            multiline
            minRows={2}
          />
        ))}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            select
            label="Responsable"
            value={draft.responsibleId}
            onChange={(event) => change({ responsibleId: event.target.value })}
            error={Boolean(errorOf('responsibleId'))}
            helperText={errorOf('responsibleId')}
            required
            sx={{ minWidth: 280 }}
          >
            {responsibles.map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.fullName ?? user.username}
              </MenuItem>
            ))}
          </TextField>
          <DateField
            label="Fecha límite"
            value={draft.dueDate}
            onChange={(dueDate) => change({ dueDate })}
            error={Boolean(errorOf('dueDate'))}
            helperText={errorOf('dueDate')}
            required
            min={today}
          />
        </Stack>
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained" disabled={fetching}>
            {fetching ? 'Formulando…' : 'Formular la acción'}
          </Button>
          <Button onClick={onClose}>Cerrar el formulario</Button>
        </Box>
      </Stack>
    </Paper>
  );
}
