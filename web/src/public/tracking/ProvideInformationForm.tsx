// The citizen's reply to the office's request for information (Ley 1755 de 2015, art. 17): a text and, if
// wanted, files. Sending it records the information and restarts the term; the page then shows the case
// as it now stands.
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql/generated';
import { RECEIVE_LIMITS } from '../../logic/receive-form';
import { ruleErrorOf } from '../../logic/rule-errors';
import { AttachmentPicker, type AttachmentsValue } from '../attachments/AttachmentPicker';
import type { AttachmentLimits } from '../logic/attachment-limits';
import type { CaseCredentials, PublicCaseView } from './public-case';

const PROVIDE_PUBLIC_INFORMATION = graphql(`
  mutation ProvidePublicInformation(
    $radicado: String!
    $accessCode: String!
    $text: String!
    $attachmentIds: [ID!]
  ) {
    providePublicInformation(
      radicado: $radicado
      accessCode: $accessCode
      text: $text
      attachmentIds: $attachmentIds
    ) {
      ...PublicCaseFields
    }
  }
`);

interface Props {
  readonly credentials: CaseCredentials;
  readonly limits: AttachmentLimits;
  readonly onProvided: (updated: PublicCaseView) => void;
}

const TEXT_ID = 'informacion-texto';
const FILES_ID = 'informacion-adjuntos';

export function ProvideInformationForm({ credentials, limits, onProvided }: Props) {
  const [text, setText] = useState('');
  const [attachments, setAttachments] = useState<AttachmentsValue>({ ids: [], pending: false });
  const [problem, setProblem] = useState<{
    readonly message: string;
    readonly field: 'text' | 'files' | null;
  } | null>(null);
  const [{ fetching }, provide] = useMutation(PROVIDE_PUBLIC_INFORMATION);
  const general = useRef<HTMLDivElement>(null);
  const onAttachments = useCallback((value: AttachmentsValue) => setAttachments(value), []);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    if (text.trim() === '') {
      setProblem({
        message: 'Escriba la información que le pedimos o explique lo que adjunta.',
        field: 'text',
      });
      document.getElementById(TEXT_ID)?.focus();
      return;
    }
    if (attachments.pending) {
      setProblem({ message: 'Espere a que terminen de subir los archivos adjuntos.', field: 'files' });
      document.getElementById(FILES_ID)?.focus();
      return;
    }
    setProblem(null);
    const result = await provide({
      ...credentials,
      text: text.trim(),
      attachmentIds: [...attachments.ids],
    });
    if (result.data?.providePublicInformation) {
      onProvided(result.data.providePublicInformation);
      return;
    }
    const failure = ruleErrorOf(result.error, 'No fue posible enviar la información. Intente de nuevo.');
    if (!failure) return;
    const field = failure.field === 'text' ? 'text' : failure.field === 'attachmentIds' ? 'files' : null;
    setProblem({ message: failure.message, field });
    if (field === 'text') document.getElementById(TEXT_ID)?.focus();
    else if (field === 'files') document.getElementById(FILES_ID)?.focus();
    else general.current?.focus();
  }

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={send}
      spacing={2}
      aria-label="Aportar la información solicitada"
    >
      {problem && problem.field === null && (
        <Alert severity="error" role="alert" ref={general} tabIndex={-1}>
          {problem.message}
        </Alert>
      )}
      <TextField
        id={TEXT_ID}
        required
        multiline
        minRows={4}
        label="Información que aporta"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        error={problem?.field === 'text'}
        helperText={problem?.field === 'text' ? problem.message : undefined}
        slotProps={{
          htmlInput: { maxLength: RECEIVE_LIMITS.description },
          formHelperText: { role: 'alert' },
        }}
      />
      <AttachmentPicker
        id={FILES_ID}
        limits={limits}
        onChange={onAttachments}
        error={problem?.field === 'files' ? problem.message : undefined}
        label="Documentos que aporta"
      />
      <Box>
        <Button type="submit" variant="contained">
          {fetching ? 'Enviando…' : 'Enviar la información'}
        </Button>
      </Box>
    </Stack>
  );
}
