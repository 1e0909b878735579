// Adding an activity to a goal of the plan: what it is, who answers for it, its dates within the plan's
// year, its weight (what is left of 100 % is said), its indicator and target. Checked as the server checks
// it; its refusals are shown next to the field they name.
import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';
import { ruleErrorOf, type RuleError } from '../../../logic/rule-errors';
import { DateField } from '../../common/DateField.js';
import {
  activityDraftProblems,
  draftFieldOf,
  EMPTY_ACTIVITY_DRAFT,
  percentText,
  weightOf,
  type ActivityDraft,
  type ActivityDraftField,
} from './action-plan-logic';

const PLAN_RESPONSIBLES = graphql(`
  query PlanActivityResponsibles {
    users {
      id
      username
      fullName
      roles
      active
    }
  }
`);

const PLAN_ADD_ACTIVITY = graphql(`
  mutation PlanAddActivity($input: AddPlanActivityInput!, $expectedRevision: Int) {
    addPlanActivity(input: $input, expectedRevision: $expectedRevision) {
      year
      revision
    }
  }
`);

const TEXT_FIELDS: readonly {
  readonly field: 'description' | 'indicator' | 'target';
  readonly label: string;
}[] = [
  { field: 'description', label: 'Actividad' },
  { field: 'indicator', label: 'Indicador' },
  { field: 'target', label: 'Meta del indicador' },
];

export function AddActivityForm({
  year,
  revision,
  goals,
  weightTotal,
  onAdded,
}: {
  readonly year: number;
  readonly revision: number;
  readonly goals: readonly { readonly id: string; readonly description: string }[];
  readonly weightTotal: number;
  readonly onAdded: () => void;
}) {
  const [draft, setDraft] = useState<ActivityDraft>(EMPTY_ACTIVITY_DRAFT);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  const [{ data: staff }] = useQuery({ query: PLAN_RESPONSIBLES });
  const [{ fetching }, addActivity] = useMutation(PLAN_ADD_ACTIVITY);
  const weightLeft = Math.round((100 - weightTotal) * 100) / 100;
  const problems = activityDraftProblems(draft, year, weightLeft);
  const serverField = draftFieldOf(failure?.field);
  const errorOf = (field: ActivityDraftField): string | undefined =>
    (submitted ? problems[field] : undefined) ?? (serverField === field ? failure?.message : undefined);
  const responsibles = (staff?.users ?? []).filter(
    (user) => user.active && user.roles.some((role) => role !== 'AUDITOR'),
  );

  function change(patch: Partial<ActivityDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setFailure(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    const result = await addActivity({
      input: {
        year,
        goalId: draft.goalId,
        description: draft.description,
        responsibleId: draft.responsibleId,
        startDate: draft.startDate,
        endDate: draft.endDate,
        weight: weightOf(draft.weight),
        indicator: draft.indicator,
        target: draft.target,
      },
      expectedRevision: revision,
    });
    const refusal = ruleErrorOf(result.error, 'No fue posible agregar la actividad.');
    if (refusal || !result.data) {
      setFailure(refusal);
      return;
    }
    setDraft(EMPTY_ACTIVITY_DRAFT);
    setSubmitted(false);
    onAdded();
  }

  return (
    <Paper component="section" aria-labelledby="add-activity-title" sx={{ p: 2, mb: 3, maxWidth: 820 }}>
      <Typography id="add-activity-title" variant="h5" component="h2" gutterBottom>
        Agregar una actividad
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Quedan {percentText(weightLeft)} del plan por asignar.
      </Typography>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {failure && serverField === null && <Alert severity="error">{failure.message}</Alert>}
        <TextField
          select
          label="Meta"
          value={draft.goalId}
          onChange={(event) => change({ goalId: event.target.value })}
          error={Boolean(errorOf('goalId'))}
          helperText={errorOf('goalId')}
          required
        >
          {goals.map((goal) => (
            <MenuItem key={goal.id} value={goal.id}>
              {goal.description}
            </MenuItem>
          ))}
        </TextField>
        {TEXT_FIELDS.map(({ field, label }) => (
          <TextField
            key={field}
            label={label}
            value={draft[field]}
            onChange={(event) => change({ [field]: event.target.value })}
            error={Boolean(errorOf(field))}
            helperText={errorOf(field)}
            required
            multiline={field === 'description'}
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
            sx={{ minWidth: 260 }}
          >
            {responsibles.map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.fullName ?? user.username}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label="Peso (% del plan)"
            value={draft.weight}
            onChange={(event) => change({ weight: event.target.value })}
            error={Boolean(errorOf('weight'))}
            helperText={errorOf('weight') ?? 'Por ejemplo 12,5'}
            required
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            sx={{ maxWidth: 220 }}
          />
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <DateField
            label="Fecha de inicio"
            value={draft.startDate}
            onChange={(startDate) => change({ startDate })}
            error={Boolean(errorOf('startDate'))}
            helperText={errorOf('startDate')}
            required
            min={`${year}-01-01`}
            max={`${year}-12-31`}
          />
          <DateField
            label="Fecha de fin"
            value={draft.endDate}
            onChange={(endDate) => change({ endDate })}
            error={Boolean(errorOf('endDate'))}
            helperText={errorOf('endDate')}
            required
            min={`${year}-01-01`}
            max={`${year}-12-31`}
          />
        </Stack>
        <Box>
          <Button type="submit" variant="contained" disabled={fetching}>
            {fetching ? 'Agregando…' : 'Agregar la actividad'}
          </Button>
        </Box>
      </Stack>
    </Paper>
  );
}
