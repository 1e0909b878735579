// A step on the risk map (register a risk, add a control, record a monitoring or a materialisation) as a
// small form: text, choice, yes/no and date fields, each required one checked before sending, and the
// server's refusal in its own words next to the field it named (or above the form).
import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import type { RuleError } from '../../../logic/rule-errors';
import { DateField } from '../../common/DateField.js';

export interface RiskFormField {
  readonly name: string;
  readonly label: string;
  readonly kind: 'text' | 'multiline' | 'select' | 'yesNo' | 'date';
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly helperText?: string;
  /** Shown when left blank; the form is not sent. Absent: the field may stay blank. */
  readonly requiredMessage?: string;
  readonly initial?: string;
}

/** The server names input fields as paths (`input.cause`, `attributes.type`); the form by their last part. */
export function formFieldOf(serverField: string | null | undefined): string | null {
  if (!serverField) return null;
  return serverField.replace(/^input\./, '').replace(/^attributes\./, '');
}

export function RiskStepForm({
  title,
  fields,
  submitLabel,
  onSubmit,
  children,
}: {
  readonly title: string;
  readonly fields: readonly RiskFormField[];
  readonly submitLabel: string;
  readonly onSubmit: (values: Readonly<Record<string, string>>) => Promise<RuleError | null>;
  /** Extra fields the caller manages (the materialisation's links), shown before the button. */
  readonly children?: React.ReactNode;
}) {
  const id = useId();
  const initial = Object.fromEntries(fields.map((field) => [field.name, field.initial ?? '']));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  const problems = Object.fromEntries(
    fields
      .filter((field) => field.requiredMessage && !(values[field.name] ?? '').trim())
      .map((field) => [field.name, field.requiredMessage!]),
  );
  const blamed = formFieldOf(failure?.field);
  const errorOf = (name: string): string | undefined =>
    (submitted ? problems[name] : undefined) ?? (blamed === name ? failure?.message : undefined);
  const change = (name: string, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setFailure(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    const refusal = await onSubmit(values);
    setSending(false);
    setFailure(refusal);
    if (refusal === null) {
      setValues(initial);
      setSubmitted(false);
    }
  }

  const general = failure !== null && !fields.some((field) => field.name === blamed) ? failure.message : null;
  return (
    <Box component="form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <Typography id={`${id}-title`} variant="subtitle1" component="h4" sx={{ fontWeight: 600, mb: 1 }}>
        {title}
      </Typography>
      {general && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {general}
        </Alert>
      )}
      <Stack spacing={2}>
        {fields.map((field) => {
          const error = errorOf(field.name);
          const helper = error ?? field.helperText;
          const fieldId = `${id}-${field.name}`;
          if (field.kind === 'yesNo') {
            return (
              <FormControl key={field.name} error={error !== undefined}>
                <FormLabel id={`${fieldId}-label`}>{field.label}</FormLabel>
                <RadioGroup
                  row
                  aria-labelledby={`${fieldId}-label`}
                  value={values[field.name] ?? ''}
                  onChange={(event) => change(field.name, event.target.value)}
                >
                  <FormControlLabel value="yes" control={<Radio />} label="Sí" />
                  <FormControlLabel value="no" control={<Radio />} label="No" />
                </RadioGroup>
                {helper && <FormHelperText>{helper}</FormHelperText>}
              </FormControl>
            );
          }
          if (field.kind === 'date') {
            return (
              <DateField
                key={field.name}
                id={fieldId}
                label={field.label}
                value={values[field.name] ?? ''}
                onChange={(value) => change(field.name, value)}
                error={error !== undefined}
                helperText={helper}
                required={field.requiredMessage !== undefined}
              />
            );
          }
          return (
            <TextField
              key={field.name}
              id={fieldId}
              label={field.label}
              value={values[field.name] ?? ''}
              onChange={(event) => change(field.name, event.target.value)}
              select={field.kind === 'select'}
              multiline={field.kind === 'multiline'}
              minRows={field.kind === 'multiline' ? 2 : undefined}
              required={field.requiredMessage !== undefined}
              error={error !== undefined}
              helperText={helper}
              fullWidth
            >
              {field.kind === 'select'
                ? (field.options ?? []).map((option) => (
                    <MenuItem key={option.value} value={option.value}>
                      {option.label}
                    </MenuItem>
                  ))
                : undefined}
            </TextField>
          );
        })}
        {children}
        <Box>
          <Button type="submit" variant="contained" disabled={sending}>
            {submitLabel}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
