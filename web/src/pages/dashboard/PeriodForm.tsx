// The Tablero's period: first and last day and how to group them. Nothing is asked of the server until
// the period is complete and makes sense; then "Consultar" applies it.
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import {
  dashboardPeriodProblem,
  GRANULARITIES,
  GRANULARITY_LABELS,
  type DashboardPeriod,
  type Granularity,
} from '../../logic/dashboard-figures';

export function PeriodForm({
  period,
  onApply,
}: {
  readonly period: DashboardPeriod;
  readonly onApply: (period: DashboardPeriod) => void;
}) {
  const [draft, setDraft] = useState<DashboardPeriod>(period);
  const [showProblem, setShowProblem] = useState(false);
  const problem = dashboardPeriodProblem(draft);
  const errorOf = (field: keyof DashboardPeriod) =>
    showProblem && problem?.field === field ? problem.message : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowProblem(true);
    if (!problem) onApply(draft);
  }

  return (
    <Stack
      component="form"
      aria-label="Periodo del tablero"
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ alignItems: { sm: 'flex-start' }, mb: 3 }}
      onSubmit={submit}
      noValidate
    >
      <TextField
        label="Desde"
        type="date"
        value={draft.from}
        onChange={(event) => setDraft({ ...draft, from: event.target.value })}
        error={Boolean(errorOf('from'))}
        helperText={errorOf('from')}
        slotProps={{ inputLabel: { shrink: true } }}
        required
      />
      <TextField
        label="Hasta"
        type="date"
        value={draft.to}
        onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        error={Boolean(errorOf('to'))}
        helperText={errorOf('to')}
        slotProps={{ inputLabel: { shrink: true } }}
        required
      />
      <TextField
        select
        label="Agrupar"
        value={draft.granularity}
        onChange={(event) => setDraft({ ...draft, granularity: event.target.value as Granularity })}
        error={Boolean(errorOf('granularity'))}
        helperText={errorOf('granularity')}
        sx={{ minWidth: 180 }}
      >
        {GRANULARITIES.map((granularity) => (
          <MenuItem key={granularity} value={granularity}>
            {GRANULARITY_LABELS[granularity]}
          </MenuItem>
        ))}
      </TextField>
      <Button type="submit" variant="contained" sx={{ alignSelf: { sm: 'center' } }}>
        Consultar
      </Button>
    </Stack>
  );
}
