// One step on a record (reject a document, record progress, retire an entry...) as a small form: its
// fields, each required one checked before sending, the files it takes (each sent as it is chosen), and
// the server's refusal in its own Spanish words — next to the field it blamed, or above the form (an
// Alert, announced to screen readers).
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
import { NO_UPLOADS, type UploadsValue } from '../../logic/attachments';
import { generalMessage, messageForField, type RuleError } from '../../logic/rule-errors';
import { stepProblems } from '../../logic/step-form';
import { AttachmentUpload } from '../common/AttachmentUpload';

export interface StepField {
  readonly name: string;
  readonly label: string;
  readonly kind?: 'text' | 'multiline' | 'yesNo';
  /** Shown when left blank; the step is not sent. */
  readonly requiredMessage: string;
  readonly helperText?: string;
  readonly yesLabel?: string;
  readonly noLabel?: string;
  /** The field may stay blank when a file is attached (the helper text should say so). */
  readonly optionalWithFile?: boolean;
}

/** The files a step takes. */
export interface StepAttachments {
  readonly label: string;
  readonly helperText?: string;
  /** One file (a document) or several (evidence, the default). */
  readonly multiple?: boolean;
  /** The argument the server names when it refuses them: attachmentIds, or input.attachmentId. */
  readonly field?: string;
  /** Above the fields (the document itself, before where it rests), rather than below them. */
  readonly first?: boolean;
}

export function StepForm({
  title,
  fields,
  submitLabel,
  onSubmit,
  onCancel,
  attachments,
}: {
  readonly title: string;
  readonly fields: readonly StepField[];
  readonly submitLabel: string;
  /** Sends the step with the ids of the files kept; resolves to the server's refusal, or null when done. */
  readonly onSubmit: (
    values: Readonly<Record<string, string>>,
    attachmentIds: readonly string[],
  ) => Promise<RuleError | null>;
  readonly onCancel?: () => void;
  readonly attachments?: StepAttachments;
}) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [serverError, setServerError] = useState<RuleError | null>(null);
  const [uploads, setUploads] = useState<UploadsValue>(NO_UPLOADS);
  // A new upload field after each step done: the files sent went with it.
  const [uploadRound, setUploadRound] = useState(0);
  const filesField = attachments?.field ?? 'attachmentIds';

  const problems = stepProblems(fields, values, attachments ? uploads : null, filesField);
  const errorOf = (name: string) =>
    messageForField(name, submitted ? problems[name] : undefined, serverError);
  const general = generalMessage(serverError, [
    ...fields.map((field) => field.name),
    ...(attachments ? [filesField] : []),
  ]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    try {
      const refusal = await onSubmit(
        Object.fromEntries(fields.map((field) => [field.name, (values[field.name] ?? '').trim()])),
        attachments ? uploads.ids : [],
      );
      setServerError(refusal);
      if (refusal === null) {
        setValues({});
        setSubmitted(false);
        setUploads(NO_UPLOADS);
        setUploadRound((round) => round + 1);
      }
    } finally {
      setSending(false);
    }
  }

  const upload = attachments && (
    <AttachmentUpload
      key={uploadRound}
      id={`${id}-files`}
      label={attachments.label}
      helperText={attachments.helperText}
      multiple={attachments.multiple ?? true}
      onChange={setUploads}
      error={errorOf(filesField)}
      disabled={sending}
    />
  );

  return (
    <Box component="form" onSubmit={submit} noValidate aria-label={title} sx={{ mt: 1 }}>
      <Stack spacing={2}>
        {general && <Alert severity="error">{general}</Alert>}
        {attachments?.first && upload}
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
              required={!field.optionalWithFile}
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
        {attachments && !attachments.first && upload}
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
