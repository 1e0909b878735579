import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { RecordSignInFailure, RecordSignInLockout } from './commands.js';
import { signInDayDecider } from './decide.js';

const given = deciderSpecification(signInDayDecider);
const context: DecisionContext = {
  now: '2026-11-20T15:00:00.000Z',
  actor: { id: 'sin-sesion', role: 'AGENT' },
  calendar: createBusinessCalendar(),
};
const failure: RecordSignInFailure['data'] = {
  userId: null,
  reason: 'UNKNOWN_USERNAME',
  clientAddress: '203.0.113.7',
  failuresOfUsername: 1,
  failuresFromAddress: 6,
};
const lockout: RecordSignInLockout['data'] = {
  userId: null,
  scope: 'ADDRESS',
  clientAddress: '203.0.113.7',
  failures: 20,
  lockedUntil: '2026-11-20T15:15:00.000Z',
};

describe('the sign-in attempts of a day', () => {
  it('records a failure under an unknown username, counted for the day', () => {
    const state = given([])
      .when({ type: 'RecordSignInFailure', data: failure }, context)
      .then([{ type: 'SignInFailed', data: failure }]);
    expect(state).toEqual({ failures: 1, lockouts: 0 });
  });

  it('records a lockout of an address, until when', () => {
    given([{ type: 'SignInFailed', data: failure }])
      .when({ type: 'RecordSignInLockout', data: lockout }, context)
      .then([{ type: 'SignInLocked', data: lockout }]);
  });

  it('refuses a record without the client address', () => {
    given([])
      .when({ type: 'RecordSignInFailure', data: { ...failure, clientAddress: ' ' } }, context)
      .thenRefuses('CLIENT_ADDRESS_REQUIRED', 'clientAddress');
  });

  it('refuses a lockout of an unknown scope', () => {
    given([])
      .when({ type: 'RecordSignInLockout', data: { ...lockout, scope: 'EVERYONE' as never } }, context)
      .thenRefuses('INVALID_SIGN_IN_LOCK_SCOPE', 'scope');
  });
});
