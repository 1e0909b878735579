// Recording a decision of the review (ISO 9001:2015 9.3.3): its kind, what was decided, who answers for
// it and by when, and — when it formulates an improvement action — the action's problem, root cause and
// action (source: revisión por la dirección). Checked as the server checks it.
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';
import { todayInBogota } from '../../../logic/report-periods';
import { ruleErrorOf, type RuleError } from '../../../logic/rule-errors';
import { DateField } from '../../common/DateField.js';
import {
  DECISION_KIND_LABELS,
  DECISION_KINDS,
  DECISION_SERVER_FIELDS,
  decisionProblems,
  EMPTY_DECISION,
  type DecisionDraft,
  type DecisionField,
} from './management-review-logic';

const DECISION_STAFF = graphql(`
  query ReviewDecisionStaff {
    users {
      id
      username
      fullName
      roles
      active
    }
  }
`);

const DECISION_RECORD = graphql(`
  mutation ReviewDecisionRecord($input: RecordReviewDecisionInput!) {
    recordReviewDecision(input: $input) {
      id
      revision
    }
  }
`);

const ACTION_FIELDS: readonly {
  readonly field: 'problem' | 'rootCause' | 'action';
  readonly label: string;
}[] = [
  { field: 'problem', label: 'Problema o no conformidad' },
  { field: 'rootCause', label: 'Causa raíz' },
  { field: 'action', label: 'Acción que se tomará' },
];

export function DecisionForm({
  reviewId,
  revision,
  onRecorded,
}: {
  readonly reviewId: string;
  readonly revision: number;
  readonly onRecorded: () => void;
}) {
  const today = todayInBogota(new Date());
  const [draft, setDraft] = useState<DecisionDraft>(EMPTY_DECISION);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  // One key per decision written: sending it again (after a failure half way) completes it, never doubles it.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [{ data: staff }] = useQuery({ query: DECISION_STAFF });
  const [{ fetching }, record] = useMutation(DECISION_RECORD);
  const problems = decisionProblems(draft, today);
  const serverField = failure?.field ? (DECISION_SERVER_FIELDS[failure.field] ?? null) : null;
  const errorOf = (field: DecisionField) =>
    (submitted ? problems[field] : undefined) ?? (serverField === field ? failure?.message : undefined);
  const responsibles = (staff?.users ?? []).filter((user) => user.active && !user.roles.includes('AUDITOR'));

  function change(patch: Partial<DecisionDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    const result = await record({
      input: {
        reviewId,
        kind: draft.kind,
        description: draft.description,
        responsibleId: draft.responsibleId,
        dueDate: draft.dueDate === '' ? null : draft.dueDate,
        improvementAction: draft.formulatesAction
          ? { problem: draft.problem, rootCause: draft.rootCause, action: draft.action }
          : null,
        expectedRevision: revision,
        idempotencyKey,
      },
    });
    const refusal = ruleErrorOf(result.error, 'No fue posible registrar la decisión.');
    if (refusal) {
      setFailure(refusal);
      return;
    }
    setDraft(EMPTY_DECISION);
    setSubmitted(false);
    setIdempotencyKey(crypto.randomUUID());
    onRecorded();
  }

  return (
    <Paper component="section" aria-labelledby="decision-form-title" sx={{ p: 2, mb: 3, maxWidth: 760 }}>
      <Typography id="decision-form-title" variant="h6" component="h3" gutterBottom>
        Registrar una decisión
      </Typography>
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={2}>
          {failure && serverField === null && <Alert severity="error">{failure.message}</Alert>}
          <TextField
            select
            id="decision-kind"
            label="Tipo de decisión"
            value={draft.kind}
            onChange={(event) => change({ kind: event.target.value as DecisionDraft['kind'] })}
          >
            {DECISION_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {DECISION_KIND_LABELS[kind]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            id="decision-description"
            label="Decisión tomada"
            multiline
            minRows={2}
            value={draft.description}
            onChange={(event) => change({ description: event.target.value })}
            error={Boolean(errorOf('description'))}
            helperText={errorOf('description')}
            required
          />
          <TextField
            select
            id="decision-responsible"
            label="Responsable"
            value={draft.responsibleId}
            onChange={(event) => change({ responsibleId: event.target.value })}
            error={Boolean(errorOf('responsibleId'))}
            helperText={errorOf('responsibleId')}
            required
          >
            {responsibles.map((member) => (
              <MenuItem key={member.id} value={member.id}>
                {member.fullName || member.username}
              </MenuItem>
            ))}
          </TextField>
          <DateField
            id="decision-due-date"
            label="Fecha límite"
            value={draft.dueDate}
            onChange={(dueDate) => change({ dueDate })}
            min={today}
            error={Boolean(errorOf('dueDate'))}
            helperText={errorOf('dueDate') ?? 'Opcional, salvo si la decisión formula una acción de mejora.'}
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={draft.formulatesAction}
                onChange={(event) => change({ formulatesAction: event.target.checked })}
              />
            }
            label="Esta decisión formula una acción de mejora"
          />
          {draft.formulatesAction &&
            ACTION_FIELDS.map(({ field, label }) => (
              <TextField
                key={field}
                id={`decision-action-${field}`}
                label={label}
                multiline
                minRows={2}
                value={draft[field]}
                onChange={(event) => change({ [field]: event.target.value })}
                error={Boolean(errorOf(field))}
                helperText={errorOf(field)}
                required
              />
            ))}
          <Box>
            <Button type="submit" variant="contained" disabled={fetching}>
              Registrar la decisión
            </Button>
          </Box>
        </Stack>
      </Box>
    </Paper>
  );
}
