// The rules of recording a staff account: only an administrator creates one, once.
import type { ActorRole, DecisionContext, Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import type { UserAccountCommand } from './commands.js';
import type { UserAccountEvent } from './events.js';

export type UserAccountState =
  | { readonly status: 'NOT_CREATED' }
  | { readonly status: 'CREATED'; readonly userId: string; readonly username: string };

export const initialUserAccountState: UserAccountState = { status: 'NOT_CREATED' };

export const USER_ACCOUNT_COMMAND_ROLES: Readonly<Record<UserAccountCommand['type'], readonly ActorRole[]>> =
  { CreateUser: ['ADMIN'] };

export function evolveUserAccount(_state: UserAccountState, event: UserAccountEvent): UserAccountState {
  return { status: 'CREATED', userId: event.data.userId, username: event.data.username };
}

export function decideUserAccount(
  command: UserAccountCommand,
  state: UserAccountState,
  context: DecisionContext,
): readonly UserAccountEvent[] | DomainError {
  const { data } = command;
  if (!USER_ACCOUNT_COMMAND_ROLES.CreateUser.includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, 'crear cuentas de funcionario');
  }
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

export const userAccountDecider: Decider<UserAccountCommand, UserAccountEvent, UserAccountState> = {
  decide: decideUserAccount,
  evolve: evolveUserAccount,
  initialState: initialUserAccountState,
};
