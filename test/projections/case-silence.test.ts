// An auditor replaying a case at a past instant is told what the law said of its silence on that day:
// the case folded from the events recorded up to the cut, judged on the cut's day (caseHistory's
// positiveSilence and negativeSilence). 2026 calendar: San José (23 March) and Holy Thursday and Good
// Friday (2 and 3 April) are holidays.
import { fold } from '../../src/domain/shared/decider.js';
import { pqrsDecider, type PqrsEvent } from '../../src/domain/pqrs/index.js';
import { at, calendar, received } from '../../src/domain/pqrs/pqrs-spec-fixtures.js';
import { silenceOfState } from '../../src/features/pqrs/read-models/case-silence.js';

// A request for documents of Friday 20 March 2026: due Wednesday 8 April, silent from the 9th, copies by
// Monday 13 April; delivered on Tuesday 14 April (late).
const receivedEvent = received('PQRS-2026-000401', {
  kind: 'INFORMATION_REQUEST',
  receivedAt: at('2026-03-20'),
  receivedOn: '2026-03-20',
  termBusinessDays: 10,
  dueDate: '2026-04-08',
  maxDueDate: '2026-04-22',
});
const delivered: PqrsEvent = {
  type: 'CopiesDelivered',
  data: {
    deliveredAt: at('2026-04-14'),
    deliveredOn: '2026-04-14',
    silenceFrom: '2026-04-09',
    copiesDueBy: '2026-04-13',
    onTime: false,
    note: 'Entregadas.',
    lateEntry: null,
  },
};
const stateAfter = (events: readonly PqrsEvent[]) => fold(pqrsDecider, events);

describe('silence in a replayed history', () => {
  it('as of 10 April: silent, with its copies pending (the delivery was not yet recorded)', () => {
    expect(silenceOfState(stateAfter([receivedEvent]), '2026-04-10', calendar)).toEqual({
      positive: {
        silenceFrom: '2026-04-09',
        copiesDueBy: '2026-04-13',
        copiesStatus: 'PENDING',
        copiesDeliveredOn: null,
      },
      negative: null,
    });
  });

  it('as of 8 April, its due date: not silent yet', () => {
    expect(silenceOfState(stateAfter([receivedEvent]), '2026-04-08', calendar)).toEqual({
      positive: null,
      negative: null,
    });
  });

  it('as of 20 June: the copies delivered late, and three months without a notified decision', () => {
    expect(silenceOfState(stateAfter([receivedEvent, delivered]), '2026-06-20', calendar)).toEqual({
      positive: {
        silenceFrom: '2026-04-09',
        copiesDueBy: '2026-04-13',
        copiesStatus: 'DELIVERED_LATE',
        copiesDeliveredOn: '2026-04-14',
      },
      negative: { silenceFrom: '2026-06-20' },
    });
  });

  it('a case not received has no silence', () => {
    expect(silenceOfState(stateAfter([]), '2026-06-20', calendar)).toEqual({
      positive: null,
      negative: null,
    });
  });
});
