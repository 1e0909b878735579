// Radicar: the intake of a new PQRS. The form checks each field before sending; once filed, the screen
// shows the radicado and the due date, and the constancia de radicación to print for the petitioner.
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../graphql/generated';
import {
  EMPTY_RECEIVE_DRAFT,
  receiveFieldOf,
  receiveInputOf,
  type ReceiveDraft,
} from '../logic/receive-form';
import { formatDate } from '../logic/report-periods';
import { ruleErrorOf } from '../logic/rule-errors';
import { FilingReceiptView, SCREEN_ONLY } from './receive/FilingReceiptView';
import { focusReceiveField, ReceiveForm, type ServerRefusal } from './receive/ReceiveForm';

const RECEIVE_PQRS = graphql(`
  mutation ReceivePqrs($input: ReceivePqrsInput!) {
    receivePqrs(input: $input) {
      radicado
      dueDate
      accessCode
    }
  }
`);

/**
 * A key for one filled-in form: sending it twice files one case. getRandomValues, unlike randomUUID,
 * also works when the app is opened over plain http on the office network.
 */
function newFormKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `radicar-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

interface Filed {
  readonly radicado: string;
  readonly dueDate: string;
  /** Shown once, to print on the constancia; null when the same form was sent again. */
  readonly accessCode?: string | null;
}

export function ReceivePage() {
  const [draft, setDraft] = useState<ReceiveDraft>(EMPTY_RECEIVE_DRAFT);
  const [formKey, setFormKey] = useState(newFormKey);
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const [filed, setFiled] = useState<Filed | null>(null);
  const [{ fetching }, receive] = useMutation(RECEIVE_PQRS);
  const filedMessage = useRef<HTMLDivElement>(null);

  // Screen-reader and keyboard users land on the outcome, not on a form that is gone.
  useEffect(() => {
    if (filed) filedMessage.current?.focus();
  }, [filed]);

  async function send() {
    setRefusal(null);
    const result = await receive({ input: receiveInputOf(draft, formKey) });
    if (result.data?.receivePqrs) {
      setFiled(result.data.receivePqrs);
      return;
    }
    const failure = ruleErrorOf(result.error, 'No fue posible radicar la PQRS.');
    if (!failure) return;
    const field = receiveFieldOf(failure.field);
    setRefusal({ message: failure.message, field });
    if (field) focusReceiveField(field);
  }

  function startAnother() {
    setDraft(EMPTY_RECEIVE_DRAFT);
    setFormKey(newFormKey());
    setRefusal(null);
    setFiled(null);
  }

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom className={SCREEN_ONLY}>
        Radicar PQRS
      </Typography>
      {filed ? (
        <Stack spacing={2}>
          <Alert
            severity="success"
            ref={filedMessage}
            tabIndex={-1}
            className={SCREEN_ONLY}
            data-testid="filed-message"
            sx={{ maxWidth: 760 }}
          >
            PQRS radicada con el número <strong data-testid="filed-radicado">{filed.radicado}</strong>. Fecha
            de vencimiento: <strong data-testid="filed-due-date">{formatDate(filed.dueDate)}</strong>.
          </Alert>
          <FilingReceiptView
            radicado={filed.radicado}
            accessCode={filed.accessCode ?? null}
            actions={
              <Button variant="outlined" onClick={startAnother}>
                Radicar otra PQRS
              </Button>
            }
          />
        </Stack>
      ) : (
        <ReceiveForm
          key={formKey}
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setRefusal(null);
          }}
          onAttachmentsChange={(attachments) => setDraft((current) => ({ ...current, attachments }))}
          onSubmit={send}
          sending={fetching}
          refusal={refusal}
        />
      )}
    </>
  );
}
