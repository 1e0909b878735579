// One field of a dialog described by its spec (the case steps', the notices'): a choice as radio buttons,
// a date or a date and hour with its picker, a text on one line or several.
import { TextField } from '@mui/material';
import { ChoiceField } from './ChoiceField.js';
import { DateField, DateTimeField } from './DateField.js';

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly kind: 'text' | 'multiline' | 'date' | 'dateTime' | 'choice';
  readonly options?: readonly { readonly value: string; readonly label: string }[];
}

export interface SpecFieldProps {
  /** The dialog's id (a choice's group derives its name from it). */
  readonly id: string;
  readonly field: FieldSpec;
  readonly value: string;
  /** The field's error, if any: it marks the field and shows in place of the help. */
  readonly error: string | undefined;
  readonly helperText: string | undefined;
  readonly required: boolean;
  /** A choice's options side by side. */
  readonly row?: boolean;
  /** The rows a multi-line text starts with. */
  readonly minRows: number;
  readonly onChange: (value: string) => void;
}

export function SpecField({
  id,
  field,
  value,
  error,
  helperText,
  required,
  row,
  minRows,
  onChange,
}: SpecFieldProps) {
  if (field.kind === 'choice') {
    return (
      <ChoiceField
        id={id}
        name={field.name}
        label={field.label}
        value={value}
        options={field.options ?? []}
        error={Boolean(error)}
        helperText={helperText}
        required={required}
        {...(row === undefined ? {} : { row })}
        onChange={onChange}
      />
    );
  }
  if (field.kind === 'date' || field.kind === 'dateTime') {
    const Picker = field.kind === 'date' ? DateField : DateTimeField;
    return (
      <Picker
        label={field.label}
        required={required}
        value={value}
        onChange={onChange}
        error={Boolean(error)}
        helperText={helperText}
      />
    );
  }
  return (
    <TextField
      label={field.label}
      required={required}
      multiline={field.kind === 'multiline'}
      minRows={field.kind === 'multiline' ? minRows : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={helperText}
    />
  );
}
