// The form of a staff account: a new one (username, password, name, roles, dependency, e-mail) or an
// existing one (name, roles, e-mail, active). Roles are the domain's, labelled once (ROLE_LABELS).
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { Role } from '../../graphql/generated/graphql';
import { messageForField, type RuleError } from '../../logic/rule-errors';
import { ROLE_LABELS, ROLE_PRECEDENCE } from '../../logic/roles';
import { accountFormProblems, withRole } from '../../logic/users';
import type { StaffAccount } from '../UsersPage';

export interface AccountDraft {
  readonly username: string;
  readonly password: string;
  readonly fullName: string;
  readonly roles: readonly Role[];
  readonly dependency: string;
  /** Blank: the account has no address (and gets no daily digest). */
  readonly email: string;
  readonly active: boolean;
}

/** What an edit sends: the username and password are set at creation only. */
function editedFields(draft: AccountDraft) {
  return { fullName: draft.fullName, roles: draft.roles, email: draft.email };
}

export function AccountDialog({
  account,
  busy,
  serverError,
  onSubmit,
  onClose,
}: {
  /** The account to change, or null to create one. */
  readonly account: StaffAccount | null;
  readonly busy: boolean;
  readonly serverError: RuleError | null;
  readonly onSubmit: (draft: AccountDraft) => Promise<boolean>;
  readonly onClose: () => void;
}) {
  const creating = account === null;
  const [draft, setDraft] = useState<AccountDraft>({
    username: '',
    password: '',
    fullName: account?.fullName ?? '',
    roles: account?.roles ?? [],
    dependency: '',
    email: account?.email ?? '',
    active: account?.active ?? true,
  });
  const [attempted, setAttempted] = useState(false);
  const problems = attempted ? accountFormProblems(creating ? draft : editedFields(draft)) : {};
  const closesSessions =
    account !== null &&
    ((!draft.active && account.active) ||
      draft.roles.length !== account.roles.length ||
      draft.roles.some((role) => !account.roles.includes(role)));
  const fieldMessage = (field: string, local?: string) =>
    messageForField(field, local, serverError) ?? messageForField(`input.${field}`, undefined, serverError);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    const found = accountFormProblems(creating ? draft : editedFields(draft));
    if (Object.keys(found).length > 0) return;
    if (await onSubmit({ ...draft, fullName: draft.fullName.trim(), email: draft.email.trim() })) onClose();
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="account-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="account-title">
          {creating ? 'Crear cuenta de funcionario' : `Editar la cuenta ${account.username}`}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {serverError && !serverError.field && <Alert severity="error">{serverError.message}</Alert>}
            {creating && (
              <TextField
                label="Usuario"
                value={draft.username}
                onChange={(event) => setDraft({ ...draft, username: event.target.value })}
                error={Boolean(fieldMessage('username', problems.username))}
                helperText={fieldMessage('username', problems.username)}
                required
              />
            )}
            {creating && (
              <TextField
                label="Contraseña inicial"
                type="password"
                autoComplete="new-password"
                value={draft.password}
                onChange={(event) => setDraft({ ...draft, password: event.target.value })}
                error={Boolean(fieldMessage('password', problems.password))}
                helperText={
                  fieldMessage('password', problems.password) ??
                  'Al menos 12 caracteres, distinta del usuario y fuera de las más comunes.'
                }
                required
              />
            )}
            <TextField
              label="Nombre completo"
              value={draft.fullName}
              onChange={(event) => setDraft({ ...draft, fullName: event.target.value })}
              error={Boolean(fieldMessage('fullName', problems.fullName))}
              helperText={fieldMessage('fullName', problems.fullName)}
              required
            />
            <FormControl error={Boolean(fieldMessage('roles', problems.roles))} component="fieldset">
              <FormLabel component="legend">Roles</FormLabel>
              <FormGroup row>
                {ROLE_PRECEDENCE.map((role) => (
                  <FormControlLabel
                    key={role}
                    label={ROLE_LABELS[role]}
                    control={
                      <Checkbox
                        checked={draft.roles.includes(role)}
                        onChange={(event) =>
                          setDraft({ ...draft, roles: withRole(draft.roles, role, event.target.checked) })
                        }
                      />
                    }
                  />
                ))}
              </FormGroup>
              {fieldMessage('roles', problems.roles) && (
                <FormHelperText>{fieldMessage('roles', problems.roles)}</FormHelperText>
              )}
            </FormControl>
            <TextField
              label="Correo electrónico (opcional)"
              type="email"
              autoComplete="off"
              value={draft.email}
              onChange={(event) => setDraft({ ...draft, email: event.target.value })}
              error={Boolean(fieldMessage('email', problems.email))}
              helperText={
                fieldMessage('email', problems.email) ??
                'Adonde llega el resumen diario de casos vencidos y por vencer (agentes y coordinadores).'
              }
            />
            {creating ? (
              <TextField
                label="Dependencia (opcional)"
                value={draft.dependency}
                onChange={(event) => setDraft({ ...draft, dependency: event.target.value })}
              />
            ) : (
              <FormControlLabel
                label="Cuenta activa"
                control={
                  <Switch
                    checked={draft.active}
                    onChange={(event) => setDraft({ ...draft, active: event.target.checked })}
                  />
                }
              />
            )}
            {closesSessions && (
              <Alert severity="info">Al guardar se cerrarán las sesiones abiertas de esta cuenta.</Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancelar</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {creating ? 'Crear cuenta' : 'Guardar cambios'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
