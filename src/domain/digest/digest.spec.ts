import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import type { RecordDigestSent } from './commands.js';
import { digestDayDecider, digestSentTo } from './decide.js';
import { upcastDigestEvent, type DigestSent } from './events.js';

const given = deciderSpecification(digestDayDecider);
const calendar = createBusinessCalendar();
/** Monday 7 December 2026, 07:00 in Bogotá. */
const monday: DecisionContext = {
  now: '2026-12-07T12:00:00.000Z',
  actor: { id: 'daily-digest', role: 'SYSTEM' },
  calendar,
};
const sending = (overrides: Partial<RecordDigestSent['data']> = {}): RecordDigestSent => ({
  type: 'RecordDigestSent',
  data: {
    date: '2026-12-07',
    recipientAccountId: 'user-agent',
    messageId: '<resumen.2026-12-07.user-agent@entidad.gov.co>',
    serverResponse: '250 2.0.0 Ok: queued',
    sentAt: '2026-12-07T12:00:01.000Z',
    contents: { overdue: 2, dueSoon: 1, awaitingInformation: 0, teamOverdue: null },
    template: { key: 'DAILY_DIGEST', version: 3 },
    ...overrides,
  },
});
const sent = (command: RecordDigestSent): DigestSent => ({ type: 'DigestSent', data: command.data });

describe('a business day with no digest sent yet', () => {
  it("records the sending to an account: its id, the Message-ID, the server's answer, the counts and the template version", () => {
    const state = given([])
      .when(sending(), monday)
      .then([sent(sending())]);
    expect(digestSentTo(state, 'user-agent')).toBe(true);
    expect(digestSentTo(state, 'user-coordinator')).toBe(false);
  });

  it("is refused to anyone but Ventanilla's own digest process", () => {
    given([])
      .when(sending(), { ...monday, actor: { id: 'user-admin', role: 'ADMIN' } })
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('is refused for a Sunday', () => {
    given([])
      .when(sending({ date: '2026-12-06' }), { ...monday, now: '2026-12-06T12:00:00.000Z' })
      .thenRefuses('DIGEST_ON_NON_BUSINESS_DAY', 'date');
  });

  it('is refused for a Colombian public holiday (8 December, Inmaculada Concepción, a Tuesday)', () => {
    given([])
      .when(sending({ date: '2026-12-08' }), { ...monday, now: '2026-12-08T12:00:00.000Z' })
      .thenRefuses('DIGEST_ON_NON_BUSINESS_DAY', 'date');
  });

  it('is refused for a day the office declared closed', () => {
    const closedOnThe24th = createBusinessCalendar({ extraNonWorkingDays: ['2026-12-24'] });
    given([])
      .when(sending({ date: '2026-12-24' }), {
        ...monday,
        now: '2026-12-24T12:00:00.000Z',
        calendar: closedOnThe24th,
      })
      .thenRefuses('DIGEST_ON_NON_BUSINESS_DAY', 'date');
  });

  it("is refused for a past day: a missed day's digest is never sent late", () => {
    given([])
      .when(sending(), { ...monday, now: '2026-12-09T12:00:00.000Z' })
      .thenRefuses('DIGEST_NOT_TODAY', 'date');
  });

  it('counts the day in Bogotá: 23:30 on Monday there is already Tuesday in UTC', () => {
    given([])
      .when(sending(), { ...monday, now: '2026-12-08T04:30:00.000Z' })
      .then([sent(sending())]);
  });

  it('is refused without the account, the Message-ID or a valid sending instant', () => {
    given([])
      .when(sending({ recipientAccountId: ' ' }), monday)
      .thenRefuses('DIGEST_RECIPIENT_REQUIRED', 'recipientAccountId');
    given([])
      .when(sending({ messageId: '' }), monday)
      .thenRefuses('DIGEST_MESSAGE_ID_REQUIRED', 'messageId');
    given([])
      .when(sending({ sentAt: '2026-12-07 07:00' }), monday)
      .thenRefuses('DIGEST_SENT_AT_INVALID', 'sentAt');
  });

  it('is refused without the DAILY_DIGEST template version it was written from', () => {
    given([])
      .when(sending({ template: { key: 'ACKNOWLEDGMENT', version: 3 } }), monday)
      .thenRefuses('DIGEST_TEMPLATE_INVALID', 'template');
    given([])
      .when(sending({ template: { key: 'DAILY_DIGEST', version: 0 } }), monday)
      .thenRefuses('DIGEST_TEMPLATE_INVALID', 'template');
    given([])
      .when(sending({ template: { key: 'DAILY_DIGEST', version: 2.5 } }), monday)
      .thenRefuses('DIGEST_TEMPLATE_INVALID', 'template');
  });

  it('is refused for a malformed date', () => {
    given([])
      .when(sending({ date: '2026-13-01' }), monday)
      .thenRefuses('DIGEST_DATE_INVALID', 'date');
  });
});

describe('a business day whose digest went to an account', () => {
  it('records nothing when the same account is sent the day again (a restart, a retry)', () => {
    given([sent(sending())])
      .when(sending({ serverResponse: '250 otra vez', sentAt: '2026-12-07T15:00:00.000Z' }), monday)
      .thenNothingHappens();
  });

  it('still records the sending to another account', () => {
    const toCoordinator = sending({
      recipientAccountId: 'user-coordinator',
      messageId: '<resumen.2026-12-07.user-coordinator@entidad.gov.co>',
      contents: { overdue: 0, dueSoon: 0, awaitingInformation: 0, teamOverdue: 3 },
    });
    const state = given([sent(sending())])
      .when(toCoordinator, monday)
      .then([sent(toCoordinator)]);
    expect(digestSentTo(state, 'user-agent')).toBe(true);
    expect(digestSentTo(state, 'user-coordinator')).toBe(true);
  });
});

describe('a DigestSent stored with schema version 1, before the digest was written from its template', () => {
  const storedV1 = JSON.parse(
    '{"date":"2026-12-07","recipientAccountId":"user-agent",' +
      '"messageId":"<resumen-diario.2026-12-07.user-agent@entidad.gov.co>",' +
      '"serverResponse":"250 2.0.0 Ok: queued","sentAt":"2026-12-07T12:00:01.000Z",' +
      '"contents":{"overdue":2,"dueSoon":1,"awaitingInformation":0,"teamOverdue":null}}',
  ) as Record<string, unknown>;

  it('reads as written from version 1 of DAILY_DIGEST, the shipped default', () => {
    expect(upcastDigestEvent({ type: 'DigestSent', schemaVersion: 1, data: storedV1 })).toEqual({
      type: 'DigestSent',
      data: { ...storedV1, template: { key: 'DAILY_DIGEST', version: 1 } },
    });
  });

  it('still counts as the day sent to that account', () => {
    const upcast = upcastDigestEvent({ type: 'DigestSent', schemaVersion: 1, data: storedV1 });
    given([upcast]).when(sending(), monday).thenNothingHappens();
  });

  it('version 2 reads as stored, with the version it names', () => {
    const data = { ...storedV1, template: { key: 'DAILY_DIGEST', version: 4 } };
    expect(upcastDigestEvent({ type: 'DigestSent', schemaVersion: 2, data })).toEqual({
      type: 'DigestSent',
      data,
    });
  });
});
