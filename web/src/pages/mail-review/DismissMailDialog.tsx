// Retirar un mensaje de «Correo por revisar»: what was done with it (radicated by hand, answered, junk),
// recorded with who and when; its sender and subject are then forgotten by Ventanilla.
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../graphql/generated';
import { ruleErrorOf } from '../../logic/rule-errors';

const DISMISS_MAIL_FOR_REVIEW = graphql(`
  mutation DismissMailForReview($id: ID!, $reason: String!) {
    dismissMailForReview(id: $id, reason: $reason) {
      id
      dismissedAt
      reason
    }
  }
`);

/** The longest account of what was done (the server's limit). */
const REASON_MAX_CHARACTERS = 1000;

export interface MailToDismiss {
  readonly id: string;
  readonly subject?: string | null;
}

export function DismissMailDialog({
  message,
  onClose,
}: {
  readonly message: MailToDismiss;
  readonly onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [{ fetching, error }, dismiss] = useMutation(DISMISS_MAIL_FOR_REVIEW);
  const refusal = ruleErrorOf(error, 'No fue posible retirar el mensaje.');

  async function confirm() {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    const result = await dismiss(
      { id: message.id, reason: reason.trim() },
      { additionalTypenames: ['MailForReview', 'MailReviewDismissal'] },
    );
    if (!result.error) onClose();
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="dismiss-mail-title" fullWidth maxWidth="sm">
      <DialogTitle id="dismiss-mail-title">Retirar «{message.subject ?? 'sin asunto'}»</DialogTitle>
      <DialogContent>
        {refusal && <Alert severity="error">{refusal.message}</Alert>}
        <DialogContentText sx={{ mb: 2 }}>
          Quedan registrados quién lo retiró, cuándo y lo que diga aquí. Ventanilla deja de guardar el
          remitente y el asunto; el mensaje sigue en la carpeta de revisión del buzón.
        </DialogContentText>
        <TextField
          label="Qué se hizo con el mensaje"
          helperText={
            missing
              ? 'Indique qué se hizo con el mensaje.'
              : 'Por ejemplo: radicado a mano, correo no deseado.'
          }
          error={missing}
          required
          fullWidth
          multiline
          minRows={2}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
          slotProps={{ htmlInput: { maxLength: REASON_MAX_CHARACTERS } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancelar</Button>
        <Button variant="contained" disabled={fetching} onClick={() => void confirm()}>
          Retirar
        </Button>
      </DialogActions>
    </Dialog>
  );
}
