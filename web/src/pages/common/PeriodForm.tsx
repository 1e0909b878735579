// A period to consult: first and last day (and whatever else the screen groups by), checked before
// anything is asked of the server; "Consultar" applies it. The Tablero and the Afiliaciones statistics use
// it, each with its own check and extra fields.
import { Button, Stack } from '@mui/material';
import { useState, type FormEvent, type ReactNode } from 'react';
import { DateField } from './DateField.js';

export interface PeriodProblem<Field> {
  readonly field: Field;
  readonly message: string;
}

export function PeriodForm<Draft extends { readonly from: string; readonly to: string }>({
  label,
  period,
  problemOf,
  onApply,
  extraFields,
  dense = false,
}: {
  /** The form's accessible name. */
  readonly label: string;
  readonly period: Draft;
  readonly problemOf: (draft: Draft) => PeriodProblem<keyof Draft> | null;
  readonly onApply: (period: Draft) => void;
  /** Fields after the dates (e.g. the Tablero's grouping), drawn from the draft being edited. */
  readonly extraFields?: (
    draft: Draft,
    change: (patch: Partial<Draft>) => void,
    errorOf: (field: keyof Draft) => string | undefined,
  ) => ReactNode;
  /** Smaller fields, for a section inside a screen rather than the screen's own period. */
  readonly dense?: boolean;
}) {
  const [draft, setDraft] = useState<Draft>(period);
  const [showProblem, setShowProblem] = useState(false);
  const problem = problemOf(draft);
  const errorOf = (field: keyof Draft) =>
    showProblem && problem?.field === field ? problem.message : undefined;
  const change = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowProblem(true);
    if (!problem) onApply(draft);
  }

  const size = dense ? 'small' : 'medium';
  return (
    <Stack
      component="form"
      aria-label={label}
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ alignItems: { sm: 'flex-start' }, mb: dense ? 2 : 3 }}
      onSubmit={submit}
      noValidate
    >
      <DateField
        label="Desde"
        value={draft.from}
        onChange={(from) => change({ from } as Partial<Draft>)}
        error={Boolean(errorOf('from'))}
        helperText={errorOf('from')}
        required
        size={size}
      />
      <DateField
        label="Hasta"
        value={draft.to}
        onChange={(to) => change({ to } as Partial<Draft>)}
        error={Boolean(errorOf('to'))}
        helperText={errorOf('to')}
        required
        size={size}
      />
      {extraFields?.(draft, change, errorOf)}
      <Button type="submit" variant={dense ? 'outlined' : 'contained'} sx={{ alignSelf: { sm: 'center' } }}>
        Consultar
      </Button>
    </Stack>
  );
}
