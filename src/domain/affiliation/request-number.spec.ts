import type { DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import {
  agent,
  at,
  calendar,
  freshAffiliationId,
  given,
  INDIVIDUAL_CHECKLIST,
  on,
  received,
  ZIPAQUIRA_FAIR,
} from './affiliation-spec-fixtures.js';
import type { ReceiveAffiliation } from './commands.js';
import { upcastAffiliationEvent } from './events.js';
import {
  formatRequestNumber,
  parseRequestNumber,
  requestNumberDecider,
  requestNumberQueryOf,
  requestNumberStreamOf,
  requestNumberYearOf,
  type RequestNumberCommand,
  type RequestNumberEvent,
  type RequestNumberIssued,
  type RequestNumberState,
} from './request-number.js';

const counter = deciderSpecification<RequestNumberCommand, RequestNumberEvent, RequestNumberState>(
  requestNumberDecider,
);
const context: DecisionContext = { now: at('2026-03-02'), actor: agent, calendar };
const issue = (requestedBy: string, year = 2026): RequestNumberCommand => ({
  type: 'IssueRequestNumber',
  data: { year, requestedBy, affiliationId: `affiliation-of-${requestedBy}` },
});
const issued = (consecutive: number, requestedBy: string, year = 2026): RequestNumberIssued => ({
  type: 'RequestNumberIssued',
  data: {
    requestNumber: formatRequestNumber(year, consecutive),
    year,
    consecutive,
    requestedBy,
    affiliationId: `affiliation-of-${requestedBy}`,
  },
});

describe('when no affiliation request has been numbered this year', () => {
  it('the first request of the year is AFI-<year>-000001', () => {
    counter([])
      .when(issue('receipt-1'), context)
      .then([issued(1, 'receipt-1')]);
    expect(formatRequestNumber(2026, 1)).toBe('AFI-2026-000001');
  });
});

describe('when requests have been numbered this year', () => {
  it('the next request follows the last one', () => {
    counter([issued(1, 'receipt-1'), issued(2, 'receipt-2')])
      .when(issue('receipt-3'), context)
      .then([issued(3, 'receipt-3')]);
  });

  it('the same receipt asking again gets no second number', () => {
    counter([issued(1, 'receipt-1')])
      .when(issue('receipt-1'), context)
      .thenNothingHappens();
  });

  it('a number of another year is refused on this year’s counter', () => {
    counter([issued(1, 'receipt-1')])
      .when(issue('receipt-2', 2027), context)
      .thenRefuses('REQUEST_NUMBER_YEAR_MISMATCH', 'year');
  });

  it('after 999999 requests the year is exhausted', () => {
    counter([issued(999_999, 'receipt-999999')])
      .when(issue('receipt-x'), context)
      .thenRefuses('REQUEST_NUMBER_EXHAUSTED');
  });
});

describe('the year a request is numbered in', () => {
  it('each year has its own counter stream, outside the affiliation- category', () => {
    expect(requestNumberStreamOf(2026)).toBe('afi-2026');
  });

  it('is the calendar year in Bogotá: 31 December at 18:59 is still that year', () => {
    expect(requestNumberYearOf('2026-12-31T23:59:00.000Z')).toBe(2026);
  });

  it('at 19:00 in Bogotá on 31 December (midnight UTC) it is still that year', () => {
    expect(requestNumberYearOf('2027-01-01T00:00:00.000Z')).toBe(2026);
    expect(requestNumberYearOf('2027-01-01T04:59:59.999Z')).toBe(2026);
  });

  it('from midnight in Bogotá (05:00 UTC) it is the new year', () => {
    expect(requestNumberYearOf('2027-01-01T05:00:00.000Z')).toBe(2027);
  });
});

describe('the request number format', () => {
  it('parses back into year and consecutive', () => {
    expect(parseRequestNumber('AFI-2026-000042')).toEqual({ year: 2026, consecutive: 42 });
  });

  it('anything else is not a request number', () => {
    for (const text of [
      'AFI-2026-42',
      'afi-2026-000042',
      'AFI-2026-000000',
      'AF-000042',
      'PQRS-2026-000042',
    ]) {
      expect(parseRequestNumber(text)).toBeNull();
    }
  });
});

describe('searching a request by its number', () => {
  it('the whole number, in any case and with spaces around, finds that number', () => {
    expect(requestNumberQueryOf(' afi-2026-000042 ')).toEqual({ requestNumber: 'AFI-2026-000042' });
  });

  it('just the consecutive, with or without its zeros, finds it in any year', () => {
    expect(requestNumberQueryOf('42')).toEqual({ consecutive: 42 });
    expect(requestNumberQueryOf('000042')).toEqual({ consecutive: 42 });
  });

  it('a word, a zero or a longer number (a document) is not a request number', () => {
    for (const text of ['Feria', '0', '9900000147', 'AFI-2026', '']) {
      expect(requestNumberQueryOf(text)).toBeNull();
    }
  });
});

describe('receiving a request under its number', () => {
  const receive = (affiliationId: string, requestNumber: string | null): ReceiveAffiliation => ({
    type: 'ReceiveAffiliation',
    data: {
      affiliationId,
      affiliationType: 'INDIVIDUAL',
      channel: 'IN_PERSON',
      applicantId: 'person-1',
      campaign: ZIPAQUIRA_FAIR,
      receivedAt: at('2026-03-02'),
      requiredDocuments: [...INDIVIDUAL_CHECKLIST],
      requestNumber,
    },
  });

  it('the Received event carries the number', () => {
    const id = freshAffiliationId();
    given([])
      .when(receive(id, 'AFI-2026-000042'), on('2026-03-02', agent))
      .then([received(id, { requestNumber: 'AFI-2026-000042' })]);
  });

  it('a number that is not AFI-año-consecutivo is refused', () => {
    given([])
      .when(receive(freshAffiliationId(), 'AF-000042'), on('2026-03-02', agent))
      .thenRefuses('INVALID_REQUEST_NUMBER', 'requestNumber');
  });

  it('a number of another year than the Bogotá year it is filed in is refused', () => {
    given([])
      .when(receive(freshAffiliationId(), 'AFI-2025-000042'), on('2026-03-02', agent))
      .thenRefuses('REQUEST_NUMBER_YEAR_MISMATCH', 'requestNumber');
  });

  it('filed on 31 December at 19:30 in Bogotá, the number is of that year', () => {
    const id = freshAffiliationId();
    const receipt = receive(id, 'AFI-2026-000900');
    // Already 1 January 2027 in UTC.
    given([])
      .when({ ...receipt, data: { ...receipt.data, receivedAt: null } }, on('2026-12-31', agent, '19:30'))
      .then([
        received(id, {
          requestNumber: 'AFI-2026-000900',
          receivedAt: at('2026-12-31', '19:30'),
          receivedOn: '2026-12-31',
        }),
      ]);
  });

  it('a request stored before requests were numbered reads as having no number', () => {
    const stored = {
      type: 'Received',
      schemaVersion: 3,
      data: { ...received('old').data, requestNumber: undefined },
    };
    expect(upcastAffiliationEvent(stored)).toMatchObject({
      data: { requestNumber: null, applicantVersion: 1 },
    });
  });
});
