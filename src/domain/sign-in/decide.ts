// Recording sign-in failures and lockouts: the facts happened, so the only rules are about their shape.
// The same two commands are recorded on an account's stream (domain/user-account) when they concern one.
import type { Decider } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import type { SignInCommand } from './commands.js';
import { SIGN_IN_FAILURE_REASONS, SIGN_IN_LOCK_SCOPES, type SignInEvent } from './events.js';

/** How many attempts a day's stream recorded: enough for an auditor's summary, nothing to decide on. */
export interface SignInDayState {
  readonly failures: number;
  readonly lockouts: number;
}

export const initialSignInDayState: SignInDayState = { failures: 0, lockouts: 0 };

export function evolveSignInDay(state: SignInDayState, event: SignInEvent): SignInDayState {
  switch (event.type) {
    case 'SignInFailed':
      return { ...state, failures: state.failures + 1 };
    case 'SignInLocked':
      return { ...state, lockouts: state.lockouts + 1 };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** The events of a sign-in record, or why its shape is wrong; shared by the account's decider. */
export function recordSignIn(command: SignInCommand): readonly SignInEvent[] | DomainError {
  const { data } = command;
  if (isBlank(data.clientAddress)) {
    return refuse('CLIENT_ADDRESS_REQUIRED', 'Falta la dirección de red del intento.', 'clientAddress');
  }
  switch (command.type) {
    case 'RecordSignInFailure':
      if (!isOneOf(SIGN_IN_FAILURE_REASONS, command.data.reason)) {
        return refuse('INVALID_SIGN_IN_FAILURE_REASON', 'Motivo de fallo desconocido.', 'reason');
      }
      return [{ type: 'SignInFailed', data: command.data }];
    case 'RecordSignInLockout':
      if (!isOneOf(SIGN_IN_LOCK_SCOPES, command.data.scope)) {
        return refuse('INVALID_SIGN_IN_LOCK_SCOPE', 'Alcance de bloqueo desconocido.', 'scope');
      }
      return [{ type: 'SignInLocked', data: command.data }];
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

export const signInDayDecider: Decider<SignInCommand, SignInEvent, SignInDayState> = {
  decide: (command) => recordSignIn(command),
  evolve: evolveSignInDay,
  initialState: initialSignInDayState,
};
