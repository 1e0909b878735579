// Cambiar contraseña: the current one, the new one twice. The other sessions end; this one goes on with
// the token the server gives back. With a temporary password (after a reset) it is the only screen.
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../graphql/generated';
import { newPasswordProblem } from '../logic/users';
import { messageForField, ruleErrorOf } from '../logic/rule-errors';
import { useSession } from '../session/session';
import { SuccessMessage } from './common/SuccessMessage';

const CHANGE_MY_PASSWORD = graphql(`
  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      user {
        id
        username
        fullName
        roles
        mustChangePassword
      }
    }
  }
`);

export function ChangePasswordPage({ temporary = false }: { readonly temporary?: boolean }) {
  const { renew, logout } = useSession();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [changed, setChanged] = useState(false);
  const [{ fetching, error }, change] = useMutation(CHANGE_MY_PASSWORD);
  const localProblem = attempted ? newPasswordProblem(newPassword, confirmation) : null;
  const serverError = ruleErrorOf(error, 'No fue posible cambiar la contraseña.');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (newPasswordProblem(newPassword, confirmation) !== null) return;
    const result = await change({ currentPassword, newPassword });
    if (result.data) {
      renew(result.data.changeMyPassword);
      setChanged(true);
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      setAttempted(false);
    }
  }

  const form = (
    <Stack
      component="form"
      spacing={2}
      onSubmit={submit}
      noValidate
      aria-labelledby="password-title"
      sx={{ maxWidth: 480 }}
    >
      <Typography id="password-title" variant="h5" component="h1">
        {temporary ? 'Cambie su contraseña temporal' : 'Cambiar contraseña'}
      </Typography>
      <Typography color="text.secondary">
        Al menos 12 caracteres, distinta de su usuario y fuera de las contraseñas más comunes. Las demás
        sesiones abiertas con su cuenta se cerrarán.
      </Typography>
      {changed && <SuccessMessage>Contraseña cambiada.</SuccessMessage>}
      {serverError && !serverError.field && <Alert severity="error">{serverError.message}</Alert>}
      <TextField
        label="Contraseña actual"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
        error={Boolean(messageForField('currentPassword', undefined, serverError))}
        helperText={messageForField('currentPassword', undefined, serverError)}
        required
      />
      <TextField
        label="Nueva contraseña"
        type="password"
        autoComplete="new-password"
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        error={Boolean(messageForField('newPassword', localProblem ?? undefined, serverError))}
        helperText={messageForField('newPassword', localProblem ?? undefined, serverError)}
        required
      />
      <TextField
        label="Confirme la nueva contraseña"
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        required
      />
      <Stack direction="row" spacing={2}>
        <Button type="submit" variant="contained" disabled={fetching || !currentPassword || !newPassword}>
          Cambiar contraseña
        </Button>
        {temporary && (
          <Button variant="outlined" onClick={logout}>
            Cerrar sesión
          </Button>
        )}
      </Stack>
    </Stack>
  );

  if (!temporary) return form;
  return (
    <Box component="main" sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 2 }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 520 }} elevation={3}>
        {form}
      </Paper>
    </Box>
  );
}
