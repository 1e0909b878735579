// An entry's content as a form — question, answer, category, tags and the radicados of the cases it
// comes from — checked as the server checks it; used to create an entry and to edit one.
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { faqDraftProblems, type FaqContentField, type FaqDraft } from '../../logic/faq-entries';
import type { RuleError } from '../../logic/rule-errors';

const FIELDS: readonly {
  readonly field: FaqContentField;
  readonly label: string;
  readonly required: boolean;
  readonly multiline?: boolean;
  readonly helperText?: string;
}[] = [
  { field: 'question', label: 'Pregunta', required: true },
  { field: 'answer', label: 'Respuesta', required: true, multiline: true },
  { field: 'category', label: 'Categoría', required: true, helperText: 'Por ejemplo: Afiliaciones' },
  { field: 'tags', label: 'Etiquetas', required: false, helperText: 'Separadas por comas' },
  {
    field: 'linkedRadicados',
    label: 'Radicados vinculados',
    required: false,
    helperText: 'Los casos de donde sale la entrada, separados por comas (PQRS-AAAA-NNNNNN)',
  },
];

export function FaqEntryForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  readonly initial: FaqDraft;
  readonly submitLabel: string;
  /** Sends the draft; resolves to the server's refusal, or null when it was done. */
  readonly onSubmit: (draft: FaqDraft) => Promise<RuleError | null>;
  readonly onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<RuleError | null>(null);
  const problems = faqDraftProblems(draft);
  const fieldNames: readonly string[] = FIELDS.map((field) => field.field);
  const errorOf = (field: FaqContentField) =>
    (submitted ? problems[field] : undefined) ?? (failure?.field === field ? failure.message : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    try {
      setFailure(await onSubmit(draft));
    } finally {
      setSending(false);
    }
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 820 }}>
      {failure && !(failure.field && fieldNames.includes(failure.field)) && (
        <Alert severity="error">{failure.message}</Alert>
      )}
      {FIELDS.map(({ field, label, required, multiline, helperText }) => (
        <TextField
          key={field}
          label={label}
          value={draft[field]}
          onChange={(event) => {
            setDraft((current) => ({ ...current, [field]: event.target.value }));
            setFailure(null);
          }}
          required={required}
          multiline={multiline}
          minRows={multiline ? 4 : undefined}
          error={Boolean(errorOf(field))}
          helperText={errorOf(field) ?? helperText}
        />
      ))}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained" disabled={sending}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={sending}>
          Cancelar
        </Button>
      </Box>
    </Stack>
  );
}
