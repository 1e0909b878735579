// Restablecer contraseña: asked to confirm, then the temporary password shown this once, to hand over;
// the account's sessions close and its owner must change it at the next sign-in.
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useMutation } from 'urql';
import { graphql } from '../../graphql/generated';
import { ruleErrorOf } from '../../logic/rule-errors';
import type { StaffAccount } from '../UsersPage';

const RESET_USER_PASSWORD = graphql(`
  mutation ResetStaffPassword($id: ID!) {
    resetUserPassword(id: $id) {
      temporaryPassword
      user {
        id
        mustChangePassword
      }
    }
  }
`);

export function ResetPasswordDialog({
  account,
  onClose,
}: {
  readonly account: StaffAccount;
  readonly onClose: () => void;
}) {
  const [{ data, fetching, error }, reset] = useMutation(RESET_USER_PASSWORD);
  const temporaryPassword = data?.resetUserPassword.temporaryPassword;
  const refusal = ruleErrorOf(error, 'No fue posible restablecer la contraseña.');

  return (
    <Dialog open onClose={onClose} aria-labelledby="reset-title" fullWidth maxWidth="sm">
      <DialogTitle id="reset-title">Restablecer la contraseña de {account.username}</DialogTitle>
      <DialogContent>
        {refusal && <Alert severity="error">{refusal.message}</Alert>}
        {temporaryPassword ? (
          <Alert severity="warning" role="status">
            <Typography>
              Contraseña temporal de {account.username}:{' '}
              <Typography
                component="strong"
                sx={{ fontFamily: 'monospace', fontWeight: 700 }}
                data-testid="temporary-password"
              >
                {temporaryPassword}
              </Typography>
            </Typography>
            <Typography>
              Entréguela al funcionario: no se volverá a mostrar. Deberá cambiarla al iniciar sesión.
            </Typography>
          </Alert>
        ) : (
          <DialogContentText>
            Se le dará una contraseña temporal, que verá una sola vez; sus sesiones abiertas se cerrarán y
            deberá cambiarla al iniciar sesión.
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        {temporaryPassword ? (
          <Button variant="contained" onClick={onClose}>
            Listo
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>Cancelar</Button>
            <Button
              variant="contained"
              color="warning"
              disabled={fetching}
              onClick={() => void reset({ id: account.id }, { additionalTypenames: ['User'] })}
            >
              Restablecer
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
