// The Tablero's period: first and last day and how to group them. Nothing is asked of the server until
// the period is complete and makes sense; then "Consultar" applies it.
import { MenuItem, TextField } from '@mui/material';
import type { IndicatorGranularity } from '../../graphql/generated/graphql';
import {
  dashboardPeriodProblem,
  GRANULARITIES,
  GRANULARITY_LABELS,
  type DashboardPeriod,
} from '../../logic/dashboard-figures';
import { PeriodForm as PeriodFields } from '../common/PeriodForm';

export function PeriodForm({
  period,
  onApply,
}: {
  readonly period: DashboardPeriod;
  readonly onApply: (period: DashboardPeriod) => void;
}) {
  return (
    <PeriodFields
      label="Periodo del tablero"
      period={period}
      problemOf={dashboardPeriodProblem}
      onApply={onApply}
      extraFields={(draft, change, errorOf) => (
        <TextField
          select
          label="Agrupar"
          value={draft.granularity}
          onChange={(event) => change({ granularity: event.target.value as IndicatorGranularity })}
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
      )}
    />
  );
}
