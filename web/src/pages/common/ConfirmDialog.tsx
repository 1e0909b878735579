// The one question asked before a step that cannot be undone (closing or withdrawing a case, approving an
// affiliation, closing an improvement action, replacing an accepted document): a title that says what
// will happen, its consequence in one sentence, and two buttons. "Cancelar" has the focus, so Enter or
// Escape on an unexpected dialog changes nothing; the confirming button names the step. A refusal from
// the server shows inside, announced, and the dialog stays for another try or Cancelar.
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useId } from 'react';

export interface ConfirmDialogProps {
  readonly open: boolean;
  /** What will happen, as a question: "¿Cerrar el caso 2026-…?". */
  readonly title: string;
  /** The consequence, in one sentence. */
  readonly consequence: string;
  /** The confirming button: the step's name ("Cerrar el caso"), never "Aceptar". */
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** The step is being sent: both buttons wait. */
  readonly busy?: boolean;
  /** The server's refusal, in its Spanish words. */
  readonly error?: string | null;
  /** A step that removes or ends something reads in the error colour. */
  readonly destructive?: boolean;
}

export function ConfirmDialog({
  open,
  title,
  consequence,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
  error = null,
  destructive = false,
}: ConfirmDialogProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const textId = `${id}-text`;
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onCancel}
      aria-labelledby={titleId}
      aria-describedby={textId}
      maxWidth="xs"
      fullWidth
      data-testid="confirm-dialog"
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>{consequence}</DialogContentText>
        {error && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy} autoFocus>
          Cancelar
        </Button>
        <Button
          onClick={onConfirm}
          disabled={busy}
          variant="contained"
          color={destructive ? 'error' : 'primary'}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
