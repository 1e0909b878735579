import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { CreateUser } from './commands.js';
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
