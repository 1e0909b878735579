// The two buttons at the foot of a dialog's form: Cancelar, and the step the form sends (disabled while
// it is being sent). The submit button belongs to the form by its id, so Enter in a field sends it too.
import { Button, DialogActions } from '@mui/material';

export interface DialogFormActionsProps {
  readonly formId: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly onCancel: () => void;
}

export function DialogFormActions({ formId, submitLabel, busy, onCancel }: DialogFormActionsProps) {
  return (
    <DialogActions>
      <Button onClick={onCancel} disabled={busy}>
        Cancelar
      </Button>
      <Button type="submit" form={formId} variant="contained" disabled={busy}>
        {submitLabel}
      </Button>
    </DialogActions>
  );
}
