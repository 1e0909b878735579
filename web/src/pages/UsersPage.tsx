// Usuarios (ADMIN): every staff account with its roles and status; create one, change its name, roles,
// e-mail address (where the daily digest goes) or status, reset its password (the temporary one is shown once, to hand over). Changing roles or
// deactivating an account closes its open sessions, and the screen says so before it is done.
import {
  Alert,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import type { Role } from '../graphql/generated/graphql';
import { accountStatus, rolesInWords } from '../logic/users';
import { ruleErrorOf } from '../logic/rule-errors';
import { AccountDialog, type AccountDraft } from './users/AccountDialog';
import { ResetPasswordDialog } from './users/ResetPasswordDialog';
import { SuccessMessage } from './common/SuccessMessage';

const USERS = graphql(`
  query StaffAccounts {
    users {
      id
      username
      fullName
      email
      roles
      dependency
      active
      mustChangePassword
    }
  }
`);

const CREATE_USER = graphql(`
  mutation CreateStaffAccount($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      fullName
      email
      roles
      dependency
      active
      mustChangePassword
    }
  }
`);

const UPDATE_USER = graphql(`
  mutation UpdateStaffAccount($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      fullName
      email
      roles
      active
      mustChangePassword
    }
  }
`);

/** A new account must appear in a list that may not hold its type yet. */
const USERS_CONTEXT = { additionalTypenames: ['User'] };

export interface StaffAccount {
  readonly id: string;
  readonly username: string;
  readonly fullName: string | null;
  readonly email: string | null;
  readonly roles: readonly Role[];
  readonly active: boolean;
  readonly mustChangePassword: boolean;
}

type Editing = { readonly kind: 'create' } | { readonly kind: 'edit'; readonly account: StaffAccount } | null;

export function UsersPage() {
  const [{ data, fetching, error }] = useQuery({ query: USERS, context: USERS_CONTEXT });
  const [creation, create] = useMutation(CREATE_USER);
  const [update, save] = useMutation(UPDATE_USER);
  const [editing, setEditing] = useState<Editing>(null);
  const [resetting, setResetting] = useState<StaffAccount | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const accounts: readonly StaffAccount[] = data?.users ?? [];

  async function submit(draft: AccountDraft): Promise<boolean> {
    if (editing?.kind === 'edit') {
      const result = await save(
        {
          id: editing.account.id,
          input: {
            fullName: draft.fullName,
            roles: [...draft.roles],
            active: draft.active,
            email: draft.email || null,
          },
        },
        USERS_CONTEXT,
      );
      if (result.data) setNotice(`Cuenta ${editing.account.username} actualizada.`);
      return Boolean(result.data);
    }
    const result = await create(
      {
        input: {
          username: draft.username.trim(),
          password: draft.password,
          fullName: draft.fullName,
          roles: [...draft.roles],
          dependency: draft.dependency.trim() || null,
          email: draft.email || null,
        },
      },
      USERS_CONTEXT,
    );
    if (result.data) setNotice(`Cuenta ${result.data.createUser.username} creada.`);
    return Boolean(result.data);
  }

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h4" component="h1">
          Usuarios
        </Typography>
        <Button variant="contained" onClick={() => setEditing({ kind: 'create' })}>
          Crear cuenta
        </Button>
      </Stack>
      {notice && <SuccessMessage onClose={() => setNotice(null)}>{notice}</SuccessMessage>}
      {error && (
        <Alert severity="error">{ruleErrorOf(error, 'No fue posible leer las cuentas.')?.message}</Alert>
      )}
      <TableContainer component={Paper}>
        <Table size="small" aria-label="Cuentas de funcionarios">
          <TableHead>
            <TableRow>
              <TableCell>Usuario</TableCell>
              <TableCell>Nombre completo</TableCell>
              <TableCell>Correo electrónico</TableCell>
              <TableCell>Roles</TableCell>
              <TableCell>Estado</TableCell>
              <TableCell>Acciones</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fetching && accounts.length === 0 && (
              <TableRow>
                <TableCell colSpan={6}>Cargando cuentas…</TableCell>
              </TableRow>
            )}
            {accounts.map((account) => (
              <TableRow key={account.id} data-testid={`cuenta-${account.username}`}>
                <TableCell>{account.username}</TableCell>
                <TableCell>{account.fullName ?? '—'}</TableCell>
                <TableCell>{account.email ?? 'Sin correo'}</TableCell>
                <TableCell>{rolesInWords(account.roles)}</TableCell>
                <TableCell>{accountStatus(account)}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1}>
                    <Button
                      size="small"
                      onClick={() => setEditing({ kind: 'edit', account })}
                      aria-label={`Editar la cuenta ${account.username}`}
                    >
                      Editar
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setResetting(account)}
                      aria-label={`Restablecer contraseña de ${account.username}`}
                    >
                      Restablecer contraseña
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {editing && (
        <AccountDialog
          account={editing.kind === 'edit' ? editing.account : null}
          busy={creation.fetching || update.fetching}
          serverError={ruleErrorOf(
            editing.kind === 'edit' ? update.error : creation.error,
            'No fue posible guardar la cuenta.',
          )}
          onSubmit={submit}
          onClose={() => setEditing(null)}
        />
      )}
      {resetting && <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} />}
    </Stack>
  );
}
