import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { OutgoingNumberCommand } from './commands.js';
import { outgoingNumberDecider, type OutgoingNumberState } from './decide.js';
import { outgoingNumberStreamOf, type OutgoingNumberEvent, type OutgoingNumberIssued } from './events.js';
import { formatOutgoingNumber, parseOutgoingNumber } from './outgoing-number.js';

const given = deciderSpecification<OutgoingNumberCommand, OutgoingNumberEvent, OutgoingNumberState>(
  outgoingNumberDecider,
);
const context: DecisionContext = {
  now: '2026-03-13T15:00:00.000Z',
  actor: { id: 'user-agent', role: 'AGENT' },
  calendar: createBusinessCalendar(),
};
const issue = (
  requestedBy: string,
  year = 2026,
  radicado: string | null = 'PQRS-2026-000007',
): OutgoingNumberCommand => ({
  type: 'IssueOutgoingNumber',
  data: { year, requestedBy, radicado },
});
const issued = (consecutive: number, requestedBy: string, year = 2026): OutgoingNumberIssued => ({
  type: 'OutgoingNumberIssued',
  data: {
    outgoingNumber: formatOutgoingNumber(year, consecutive),
    year,
    consecutive,
    requestedBy,
    radicado: 'PQRS-2026-000007',
  },
});

describe('when no outgoing number has been issued this year', () => {
  it('the first is SAL-<year>-000001, with the case it answers', () => {
    given([])
      .when(issue('answer-1'), context)
      .then([
        {
          type: 'OutgoingNumberIssued',
          data: {
            outgoingNumber: 'SAL-2026-000001',
            year: 2026,
            consecutive: 1,
            requestedBy: 'answer-1',
            radicado: 'PQRS-2026-000007',
          },
        },
      ]);
  });

  it('a year that is not a four-digit integer is refused', () => {
    given([]).when(issue('answer-1', 226), context).thenRefuses('INVALID_YEAR', 'year');
  });

  it('a request without the command that asks for it is refused', () => {
    given([]).when(issue(''), context).thenRefuses('REQUESTED_BY_REQUIRED', 'requestedBy');
  });
});

describe('when numbers have been issued this year', () => {
  it('the next number follows the last one', () => {
    given([issued(1, 'answer-1'), issued(2, 'answer-2')])
      .when(issue('answer-3'), context)
      .then([issued(3, 'answer-3')]);
  });

  it('the same command asking again takes no second number', () => {
    given([issued(1, 'answer-1')])
      .when(issue('answer-1'), context)
      .thenNothingHappens();
  });

  it("another year's number is refused on this year's counter", () => {
    given([issued(1, 'answer-1')])
      .when(issue('answer-2', 2027), context)
      .thenRefuses('OUTGOING_NUMBER_YEAR_MISMATCH', 'year');
  });

  it('after 999999 numbers the year is exhausted', () => {
    given([issued(999_999, 'answer-x')])
      .when(issue('answer-y'), context)
      .thenRefuses('OUTGOING_NUMBER_EXHAUSTED');
  });
});

describe('the outgoing number', () => {
  it('is SAL, the year and a six-digit consecutive, and parses back', () => {
    expect(formatOutgoingNumber(2026, 45)).toBe('SAL-2026-000045');
    expect(parseOutgoingNumber('SAL-2026-000045')).toEqual({ year: 2026, consecutive: 45 });
  });

  it('anything else is not an outgoing number', () => {
    for (const text of ['SAL-2026-45', 'SAL-2026-000000', 'PQRS-2026-000045', 'sal-2026-000045']) {
      expect(parseOutgoingNumber(text)).toBeNull();
    }
  });

  it('each year has its own counter stream', () => {
    expect(outgoingNumberStreamOf(2026)).toBe('outgoing-2026');
  });
});
