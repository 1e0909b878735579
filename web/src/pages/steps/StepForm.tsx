// One step on a record (reject a document, record progress, retire an entry...) as a small form: its
// fields, each required one checked before sending, and the server's refusal in its own Spanish words —
// next to the field it blamed, or above the form (an Alert, announced to screen readers).
import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { generalMessage, messageForField, type RuleError } from '../../logic/rule-errors';

export interface StepField {
  readonly name: string;
  readonly label: string;
  readonly kind?: 'text' | 'multiline' | 'yesNo';
  /** Shown when left blank; the step is not sent. */
  readonly requiredMessage: string;
  readonly helperText?: string;
  readonly yesLabel?: string;
  readonly noLabel?: string;
}

export function StepForm({
  title,
  fields,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  readonly title: string;
  readonly fields: readonly StepField[];
  readonly submitLabel: string;
  /** Sends the step; resolves to the server's refusal, or null when it was done. */
  readonly onSubmit: (values: Readonly<Record<string, string>>) => Promise<RuleError | null>;
  readonly onCancel?: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [serverError, setServerError] = useState<RuleError | null>(null);

  const problems = Object.fromEntries(
    fields
      .filter((field) => (values[field.name] ?? '').trim() === '')
      .map((field) => [field.name, field.requiredMessage]),
  ) as Record<string, string>;
  const errorOf = (name: string) =>
    messageForField(name, submitted ? problems[name] : undefined, serverError);
  const general = generalMessage(
    serverError,
    fields.map((field) => field.name),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    try {
      const refusal = await onSubmit(
        Object.fromEntries(fields.map((field) => [field.name, (values[field.name] ?? '').trim()])),
      );
      setServerError(refusal);
      if (refusal === null) {
        setValues({});
        setSubmitted(false);
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <Box component="form" onSubmit={submit} noValidate aria-label={title} sx={{ mt: 1 }}>
      <Stack spacing={2}>
        {general && <Alert severity="error">{general}</Alert>}
        {fields.map((field) => {
          const error = errorOf(field.name);
          if (field.kind === 'yesNo') {
            const labelId = `${id}-${field.name}-label`;
            return (
              <FormControl key={field.name} error={Boolean(error)} required>
                <FormLabel id={labelId}>{field.label}</FormLabel>
                <RadioGroup
                  row
                  aria-labelledby={labelId}
                  name={`${id}-${field.name}`}
                  value={values[field.name] ?? ''}
                  onChange={(event) =>
                    setValues((current) => ({ ...current, [field.name]: event.target.value }))
                  }
                >
                  <FormControlLabel value="YES" control={<Radio />} label={field.yesLabel ?? 'Sí'} />
                  <FormControlLabel value="NO" control={<Radio />} label={field.noLabel ?? 'No'} />
                </RadioGroup>
                {(error ?? field.helperText) && <FormHelperText>{error ?? field.helperText}</FormHelperText>}
              </FormControl>
            );
          }
          return (
            <TextField
              key={field.name}
              label={field.label}
              required
              multiline={field.kind === 'multiline'}
              minRows={field.kind === 'multiline' ? 2 : undefined}
              value={values[field.name] ?? ''}
              onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
              error={Boolean(error)}
              helperText={error ?? field.helperText}
              size="small"
            />
          );
        })}
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={sending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button onClick={onCancel} disabled={sending}>
              Cancelar
            </Button>
          )}
        </Stack>
      </Stack>
    </Box>
  );
}
