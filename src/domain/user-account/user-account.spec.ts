import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { CreateUser, UpdateUser } from './commands.js';
import { userAccountDecider } from './decide.js';
import type { UserAccountEvent } from './events.js';

const given = deciderSpecification(userAccountDecider);
const calendar = createBusinessCalendar();
const administrator: Actor = { id: 'user-admin', role: 'ADMIN' };
const on = (actor: Actor = administrator): DecisionContext => ({
  now: '2026-11-20T15:00:00.000Z',
  actor,
  calendar,
});
const create = (overrides: Partial<CreateUser['data']> = {}): CreateUser => ({
  type: 'CreateUser',
  data: { userId: 'user-1', username: 'agente.uno', roles: ['AGENT'], dependency: null, ...overrides },
});
const created = (command: CreateUser): UserAccountEvent => ({ type: 'UserCreated', data: command.data });

describe('creating a staff account', () => {
  it('records who was given which roles', () => {
    given([])
      .when(create(), on())
      .then([created(create())]);
  });

  it('only an administrator creates accounts', () => {
    given([])
      .when(create(), on({ id: 'user-coordinator', role: 'COORDINATOR' }))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an account without roles is refused', () => {
    given([])
      .when(create({ roles: [] }), on())
      .thenRefuses('ROLES_REQUIRED', 'roles');
  });
});

describe('when the account was created', () => {
  it('the same creation again changes nothing', () => {
    given([created(create())])
      .when(create(), on())
      .thenNothingHappens();
  });

  it('another account under the same id is refused', () => {
    given([created(create())])
      .when(create({ username: 'otro' }), on())
      .thenRefuses('USER_ALREADY_CREATED');
  });
});

const coordinatorAccount = 'user-coordinator';
const update = (overrides: Partial<UpdateUser['data']> = {}): UpdateUser => ({
  type: 'UpdateUser',
  data: {
    userId: coordinatorAccount,
    current: { roles: ['COORDINATOR'], active: true },
    roles: ['COORDINATOR'],
    active: true,
    fullNameChanged: false,
    ...overrides,
  },
});

describe('changing an account', () => {
  it('records the fields changed, never the name, and ends the sessions when the roles change', () => {
    given([])
      .when(update({ roles: ['COORDINATOR', 'AUDITOR'], fullNameChanged: true }), on())
      .then([
        {
          type: 'UserUpdated',
          data: {
            userId: coordinatorAccount,
            changedFields: ['fullName', 'roles'],
            roles: ['COORDINATOR', 'AUDITOR'],
            active: true,
            sessionsEnded: true,
          },
        },
      ]);
  });

  it('a deactivation ends the sessions', () => {
    given([])
      .when(update({ active: false }), on())
      .then([
        {
          type: 'UserUpdated',
          data: {
            userId: coordinatorAccount,
            changedFields: ['active'],
            roles: ['COORDINATOR'],
            active: false,
            sessionsEnded: true,
          },
        },
      ]);
  });

  it('a new e-mail address alone is recorded by name, not value, and keeps the sessions', () => {
    given([])
      .when(update({ emailChanged: true }), on())
      .then([
        {
          type: 'UserUpdated',
          data: {
            userId: coordinatorAccount,
            changedFields: ['email'],
            roles: ['COORDINATOR'],
            active: true,
            sessionsEnded: false,
          },
        },
      ]);
  });

  it('a new name alone keeps the sessions', () => {
    given([])
      .when(update({ fullNameChanged: true }), on())
      .then([
        {
          type: 'UserUpdated',
          data: {
            userId: coordinatorAccount,
            changedFields: ['fullName'],
            roles: ['COORDINATOR'],
            active: true,
            sessionsEnded: false,
          },
        },
      ]);
  });

  it('the same roles, in another order, change nothing', () => {
    given([])
      .when(
        update({
          current: { roles: ['AGENT', 'AUDITOR'], active: true },
          roles: ['AUDITOR', 'AGENT'],
        }),
        on(),
      )
      .thenNothingHappens();
  });

  it('only an administrator changes accounts', () => {
    given([])
      .when(update({ active: false }), on({ id: 'user-coordinator-2', role: 'COORDINATOR' }))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an account left without roles is refused', () => {
    given([])
      .when(update({ roles: [] }), on())
      .thenRefuses('ROLES_REQUIRED', 'roles');
  });

  it('an administrator cannot deactivate their own account', () => {
    given([])
      .when(
        update({
          userId: administrator.id,
          current: { roles: ['ADMIN'], active: true },
          roles: ['ADMIN'],
          active: false,
        }),
        on(),
      )
      .thenRefuses('OWN_ACCOUNT_DEACTIVATION', 'active');
  });

  it('an administrator cannot take away their own administrator role', () => {
    given([])
      .when(
        update({
          userId: administrator.id,
          current: { roles: ['ADMIN'], active: true },
          roles: ['COORDINATOR'],
        }),
        on(),
      )
      .thenRefuses('OWN_ADMINISTRATOR_ROLE_REMOVAL', 'roles');
  });
});

describe('passwords and sessions', () => {
  const owner: Actor = { id: 'user-1', role: 'AGENT' };

  it('an administrator resets another account’s password', () => {
    given([created(create())])
      .when({ type: 'ResetUserPassword', data: { userId: 'user-1' } }, on())
      .then([{ type: 'UserPasswordReset', data: { userId: 'user-1' } }]);
  });

  it('nobody but an administrator resets a password', () => {
    given([created(create())])
      .when(
        { type: 'ResetUserPassword', data: { userId: 'user-1' } },
        on({ id: 'user-coordinator', role: 'COORDINATOR' }),
      )
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an administrator does not reset their own password: it is changed with the current one', () => {
    given([])
      .when({ type: 'ResetUserPassword', data: { userId: administrator.id } }, on())
      .thenRefuses('OWN_PASSWORD_RESET');
  });

  it('the owner changes their password, in any role', () => {
    given([created(create())])
      .when({ type: 'ChangeMyPassword', data: { userId: 'user-1' } }, on(owner))
      .then([{ type: 'PasswordChanged', data: { userId: 'user-1' } }]);
  });

  it('nobody else changes it, not even an administrator', () => {
    given([created(create())])
      .when({ type: 'ChangeMyPassword', data: { userId: 'user-1' } }, on())
      .thenRefuses('NOT_ACCOUNT_OWNER');
  });

  it('the owner signs out; nobody signs out someone else', () => {
    given([created(create())])
      .when({ type: 'SignOut', data: { userId: 'user-1' } }, on(owner))
      .then([{ type: 'SignedOut', data: { userId: 'user-1' } }]);
    given([created(create())])
      .when({ type: 'SignOut', data: { userId: 'user-1' } }, on())
      .thenRefuses('NOT_ACCOUNT_OWNER');
  });

  it('a failed sign-in under the account’s name is recorded with its address and counts', () => {
    const failure = {
      userId: 'user-1',
      reason: 'WRONG_PASSWORD' as const,
      clientAddress: '10.1.2.3',
      failuresOfUsername: 3,
      failuresFromAddress: 4,
    };
    given([created(create())])
      .when({ type: 'RecordSignInFailure', data: failure }, on(owner))
      .then([{ type: 'SignInFailed', data: failure }]);
  });
});
