// The rules of a staff account: only an administrator creates one, changes its roles or status, or resets
// its password — never their own administration away, never their own password by reset; only the owner
// changes their password or signs out. Failed sign-ins are facts, recorded as they come.
import type { ActorRole, DecisionContext, Decider, StaffRole } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { ROLE_LABELS, roleNotAllowed } from '../shared/roles.js';
import { recordSignIn } from '../sign-in/decide.js';
import type { CreateUser, UpdateUser, UserAccountCommand } from './commands.js';
import type { UserAccountEvent, UserAccountField } from './events.js';

export type UserAccountState =
  | { readonly status: 'NOT_CREATED' }
  | { readonly status: 'CREATED'; readonly userId: string; readonly username: string };

export const initialUserAccountState: UserAccountState = { status: 'NOT_CREATED' };

const ADMINISTRATORS: readonly ActorRole[] = ['ADMIN'];
const EVERY_ROLE = Object.keys(ROLE_LABELS) as StaffRole[];

/** Who may ask for each command; a password change and a sign-out also need the account's owner. */
export const USER_ACCOUNT_COMMAND_ROLES: Readonly<
  Record<
    Exclude<UserAccountCommand['type'], 'RecordSignInFailure' | 'RecordSignInLockout'>,
    readonly ActorRole[]
  >
> = {
  CreateUser: ADMINISTRATORS,
  UpdateUser: ADMINISTRATORS,
  ResetUserPassword: ADMINISTRATORS,
  ChangeMyPassword: EVERY_ROLE,
  SignOut: EVERY_ROLE,
};

export function evolveUserAccount(state: UserAccountState, event: UserAccountEvent): UserAccountState {
  // Accounts created before their creation was recorded (a first administrator of an older installation)
  // have later events without a UserCreated: their state stays NOT_CREATED, which no rule below needs.
  return event.type === 'UserCreated'
    ? { status: 'CREATED', userId: event.data.userId, username: event.data.username }
    : state;
}

export function decideUserAccount(
  command: UserAccountCommand,
  state: UserAccountState,
  context: DecisionContext,
): readonly UserAccountEvent[] | DomainError {
  const { actor } = context;
  switch (command.type) {
    case 'CreateUser':
      if (!USER_ACCOUNT_COMMAND_ROLES.CreateUser.includes(actor.role)) {
        return roleNotAllowed(actor.role, 'crear cuentas de funcionario');
      }
      return createUser(command, state);
    case 'UpdateUser':
      if (!USER_ACCOUNT_COMMAND_ROLES.UpdateUser.includes(actor.role)) {
        return roleNotAllowed(actor.role, 'cambiar cuentas de funcionario');
      }
      return updateUser(command, context);
    case 'ResetUserPassword':
      if (!USER_ACCOUNT_COMMAND_ROLES.ResetUserPassword.includes(actor.role)) {
        return roleNotAllowed(actor.role, 'restablecer contraseñas');
      }
      if (command.data.userId === actor.id) {
        // A reset needs no current password: from a stolen session it would take the account for good.
        return refuse(
          'OWN_PASSWORD_RESET',
          'Su propia contraseña se cambia con la contraseña actual (Cambiar contraseña), no con un restablecimiento.',
        );
      }
      return [{ type: 'UserPasswordReset', data: { userId: command.data.userId } }];
    case 'ChangeMyPassword':
      if (command.data.userId !== actor.id) return notTheOwner('cambiar la contraseña');
      return [{ type: 'PasswordChanged', data: { userId: command.data.userId } }];
    case 'SignOut':
      if (command.data.userId !== actor.id) return notTheOwner('cerrar la sesión');
      return [{ type: 'SignedOut', data: { userId: command.data.userId } }];
    case 'RecordSignInFailure':
    case 'RecordSignInLockout':
      return recordSignIn(command);
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

function createUser(command: CreateUser, state: UserAccountState): readonly UserAccountEvent[] | DomainError {
  const { data } = command;
  if (state.status === 'CREATED') {
    // The same account recorded again (a retried command) changes nothing.
    return state.userId === data.userId && state.username === data.username
      ? []
      : refuse('USER_ALREADY_CREATED', `La cuenta ${state.username} ya fue creada.`);
  }
  if (isBlank(data.userId)) return refuse('USER_ID_REQUIRED', 'Falta el identificador de la cuenta.');
  if (isBlank(data.username)) {
    return refuse('USERNAME_REQUIRED', 'El nombre de usuario es obligatorio.', 'username');
  }
  if (data.roles.length === 0)
    return refuse('ROLES_REQUIRED', 'La cuenta debe tener al menos un rol.', 'roles');
  return [
    {
      type: 'UserCreated',
      data: {
        userId: data.userId,
        username: data.username,
        roles: [...data.roles],
        dependency: data.dependency,
      },
    },
  ];
}

function updateUser(
  command: UpdateUser,
  context: DecisionContext,
): readonly UserAccountEvent[] | DomainError {
  const { data } = command;
  if (data.roles.length === 0)
    return refuse('ROLES_REQUIRED', 'La cuenta debe tener al menos un rol.', 'roles');
  const unknownRole = data.roles.find((role) => !isOneOf(EVERY_ROLE, role));
  if (unknownRole !== undefined) return refuse('INVALID_ROLE', `Rol desconocido: ${unknownRole}.`, 'roles');
  if (data.userId === context.actor.id) {
    // So an administrator always remains: the one acting cannot undo their own administration.
    if (!data.active) {
      return refuse(
        'OWN_ACCOUNT_DEACTIVATION',
        'Un administrador no puede desactivar su propia cuenta: pídalo a otro administrador.',
        'active',
      );
    }
    if (!data.roles.includes('ADMIN')) {
      return refuse(
        'OWN_ADMINISTRATOR_ROLE_REMOVAL',
        'Un administrador no puede quitarse el rol de administrador: pídalo a otro administrador.',
        'roles',
      );
    }
  }

  const rolesChanged = !sameRoles(data.current.roles, data.roles);
  const changedFields: UserAccountField[] = [
    ...(data.fullNameChanged ? (['fullName'] as const) : []),
    ...(rolesChanged ? (['roles'] as const) : []),
    ...(data.current.active !== data.active ? (['active'] as const) : []),
    ...(data.emailChanged === true ? (['email'] as const) : []),
  ];
  if (changedFields.length === 0) return [];
  const deactivated = data.current.active && !data.active;
  return [
    {
      type: 'UserUpdated',
      data: {
        userId: data.userId,
        changedFields,
        roles: [...new Set(data.roles)],
        active: data.active,
        sessionsEnded: rolesChanged || deactivated,
      },
    },
  ];
}

function sameRoles(left: readonly ActorRole[], right: readonly ActorRole[]): boolean {
  const a = new Set(left);
  const b = new Set(right);
  return a.size === b.size && [...a].every((role) => b.has(role));
}

function notTheOwner(action: string): DomainError {
  return refuse('NOT_ACCOUNT_OWNER', `Solo el titular de la cuenta puede ${action}.`);
}

export const userAccountDecider: Decider<UserAccountCommand, UserAccountEvent, UserAccountState> = {
  decide: decideUserAccount,
  evolve: evolveUserAccount,
  initialState: initialUserAccountState,
};
