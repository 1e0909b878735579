import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import {
  formatMemberNumber,
  isMemberNumber,
  memberNumberDecider,
  parseMemberNumber,
  type MemberNumberCommand,
  type MemberNumberEvent,
  type MemberNumberIssued,
  type MemberNumberState,
} from './member-number.js';

const given = deciderSpecification<MemberNumberCommand, MemberNumberEvent, MemberNumberState>(
  memberNumberDecider,
);
const context: DecisionContext = {
  now: '2026-03-06T16:00:00.000Z',
  actor: { id: 'user-coordinator', role: 'COORDINATOR' },
  calendar: createBusinessCalendar(),
};
const issue = (requestedBy: string): MemberNumberCommand => ({
  type: 'IssueMemberNumber',
  data: { requestedBy },
});
const issued = (consecutive: number, requestedBy: string): MemberNumberIssued => ({
  type: 'MemberNumberIssued',
  data: { memberNumber: formatMemberNumber(consecutive), consecutive, requestedBy },
});

describe('when no member number has been issued', () => {
  it('the first member number is AF-000001', () => {
    given([])
      .when(issue('approval-1'), context)
      .then([
        {
          type: 'MemberNumberIssued',
          data: { memberNumber: 'AF-000001', consecutive: 1, requestedBy: 'approval-1' },
        },
      ]);
  });

  it('a request without the approval that asks for it is refused', () => {
    given([]).when(issue(' '), context).thenRefuses('REQUESTED_BY_REQUIRED', 'requestedBy');
  });
});

describe('when member numbers have been issued', () => {
  it('the next number follows the last one', () => {
    given([issued(1, 'approval-1'), issued(2, 'approval-2')])
      .when(issue('approval-3'), context)
      .then([issued(3, 'approval-3')]);
  });

  it('the same approval asking again gets no second number', () => {
    given([issued(1, 'approval-1')])
      .when(issue('approval-1'), context)
      .thenNothingHappens();
  });

  it('after 999999 numbers the counter is exhausted', () => {
    given([issued(999_999, 'approval-x')])
      .when(issue('approval-y'), context)
      .thenRefuses('MEMBER_NUMBERS_EXHAUSTED');
  });
});

describe('the member number format', () => {
  it('is AF and a six-digit consecutive', () => {
    expect(formatMemberNumber(123)).toBe('AF-000123');
    expect(parseMemberNumber('AF-000123')).toBe(123);
  });

  it('anything else is not a member number', () => {
    for (const text of ['AF-123', 'af-000123', 'AF-000000', 'AF-0001234', 'PQRS-2026-000001']) {
      expect(isMemberNumber(text)).toBe(false);
    }
  });
});
