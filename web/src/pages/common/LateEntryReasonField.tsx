// The reason a fact is recorded after the late-entry window (Motivo del registro tardío), shown beside a
// date the form lets staff set in the past: the same field on the PQRS and the affiliation intake.
import TextField from '@mui/material/TextField';
import { LATE_ENTRY_REASON_HELP } from '../../logic/late-entries';

export interface LateEntryReasonFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  /** The form's id, error state and blur handler for the field. */
  readonly fieldProps: { id: string; error: boolean; onBlur: () => void };
  /** The problem to show, if any; otherwise the field explains when it is needed. */
  readonly message: string | undefined;
}

export function LateEntryReasonField({
  value,
  onChange,
  maxLength,
  fieldProps,
  message,
}: LateEntryReasonFieldProps) {
  return (
    <TextField
      multiline
      minRows={2}
      label="Motivo del registro tardío"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ htmlInput: { maxLength } }}
      {...fieldProps}
      helperText={message ?? LATE_ENTRY_REASON_HELP}
    />
  );
}
