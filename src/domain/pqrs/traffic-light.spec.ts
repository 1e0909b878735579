import { calendar } from './pqrs-spec-fixtures.js';
import type { PqrsStatus } from './state.js';
import { businessDaysLeft, trafficLightOf } from './traffic-light.js';

// Due Wednesday 8 April 2026; Holy Thursday and Good Friday (2-3 April) do not count.
const runningCase = { status: 'ASSIGNED' as const, dueDate: '2026-04-08' };

describe('the traffic light of a case whose term is running', () => {
  it('with more than 3 business days left it is on time', () => {
    // Left after Tuesday 31 March: 1, 6, 7, 8 April.
    expect(businessDaysLeft(runningCase, '2026-03-31', calendar)).toBe(4);
    expect(trafficLightOf(runningCase, '2026-03-31', calendar)).toBe('ON_TIME');
  });

  it('with 3 business days left it is due soon', () => {
    expect(businessDaysLeft(runningCase, '2026-04-01', calendar)).toBe(3);
    expect(trafficLightOf(runningCase, '2026-04-01', calendar)).toBe('DUE_SOON');
  });

  it('on the due date it is due soon, with 0 days left', () => {
    expect(businessDaysLeft(runningCase, '2026-04-08', calendar)).toBe(0);
    expect(trafficLightOf(runningCase, '2026-04-08', calendar)).toBe('DUE_SOON');
  });

  it('the day after the due date it is overdue', () => {
    expect(businessDaysLeft(runningCase, '2026-04-09', calendar)).toBe(-1);
    expect(trafficLightOf(runningCase, '2026-04-09', calendar)).toBe('OVERDUE');
  });

  it('the weekend after a Friday due date it is overdue although no business day has passed', () => {
    const dueFriday = { status: 'RECEIVED' as const, dueDate: '2026-04-10' };
    expect(businessDaysLeft(dueFriday, '2026-04-11', calendar)).toBe(0);
    expect(trafficLightOf(dueFriday, '2026-04-11', calendar)).toBe('OVERDUE');
  });
});

describe('the traffic light of a case whose term is not running', () => {
  it.each<PqrsStatus>([
    'NOT_RECEIVED',
    'AWAITING_INFORMATION',
    'ANSWERED',
    'CLOSED',
    'TRANSFERRED',
    'WITHDRAWN',
  ])('a case %s has no light and no days left', (status) => {
    const subject = { status, dueDate: '2026-04-08' };
    expect(trafficLightOf(subject, '2026-04-20', calendar)).toBeNull();
    expect(businessDaysLeft(subject, '2026-04-20', calendar)).toBeNull();
  });
});
