import { fold } from '../shared/decider.js';
import { improvementActionDecider } from './decide.js';
import {
  closed,
  effectivenessVerified,
  formulated,
  freshActionId,
  progressRecorded,
} from './improvement-action-spec-fixtures.js';

describe('the state of an improvement action', () => {
  it('is open once formulated, counting progress and keeping the last check, and closed at the end', () => {
    const actionId = freshActionId();
    const open = fold(improvementActionDecider, [
      formulated(actionId),
      progressRecorded(),
      effectivenessVerified(false),
    ]);
    expect(open).toMatchObject({
      status: 'OPEN',
      actionId,
      progressNotes: 1,
      lastVerification: { effective: false, verifiedOn: '2026-05-15' },
    });
    const done = fold(improvementActionDecider, [
      formulated(actionId),
      progressRecorded(),
      effectivenessVerified(true),
      closed(true),
    ]);
    expect(done).toMatchObject({ status: 'CLOSED', closedEffective: true });
  });

  it('ignores events that cannot apply instead of throwing', () => {
    expect(fold(improvementActionDecider, [progressRecorded(), closed(true)])).toEqual({
      status: 'NOT_FORMULATED',
    });
    const actionId = freshActionId();
    // A closing without a check is never decided; folding one leaves the action open.
    expect(fold(improvementActionDecider, [formulated(actionId), closed(true)]).status).toBe('OPEN');
  });
});
