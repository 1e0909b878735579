import { calendar } from './pqrs-spec-fixtures.js';
import type { PqrsStatus } from './state.js';
import { workGroupOf } from './work-groups.js';

// Due Wednesday 8 April 2026; Holy Thursday and Good Friday (2-3 April) do not count.
const dueDate = '2026-04-08';

describe('the work group of an open case', () => {
  it('a case past its due date is overdue', () => {
    expect(workGroupOf({ status: 'ASSIGNED', dueDate }, '2026-04-09', calendar)).toBe('OVERDUE');
  });

  it('a case with 3 business days left or fewer is due soon, as its traffic light says', () => {
    expect(workGroupOf({ status: 'ASSIGNED', dueDate }, '2026-04-01', calendar)).toBe('DUE_SOON');
    expect(workGroupOf({ status: 'RECEIVED', dueDate }, '2026-04-08', calendar)).toBe('DUE_SOON');
  });

  it('a case with more than 3 business days left is on time', () => {
    expect(workGroupOf({ status: 'ASSIGNED', dueDate }, '2026-03-31', calendar)).toBe('ON_TIME');
  });

  it('a case awaiting the petitioner is in its own group, even past its former due date', () => {
    expect(workGroupOf({ status: 'AWAITING_INFORMATION', dueDate }, '2026-05-04', calendar)).toBe(
      'AWAITING_INFORMATION',
    );
  });
});

describe('the work group of a case that is no longer pending', () => {
  it.each<PqrsStatus>(['ANSWERED', 'CLOSED', 'TRANSFERRED', 'WITHDRAWN', 'NOT_RECEIVED'])(
    'a %s case is in no group',
    (status) => {
      expect(workGroupOf({ status, dueDate }, '2026-04-09', calendar)).toBeNull();
    },
  );
});
