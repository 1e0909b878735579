import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { DecisionContext } from '../shared/decider.js';
import type { CalendarDate } from '../shared/time.js';
import type { ReceivePqrs } from './commands.js';
import type { PqrsChannel, Received } from './events.js';
import { parseOfficeHours, type FilingHoursPolicy } from './filing-hours.js';
import { at, calendar, coordinator, freshRadicado, given, received } from './pqrs-spec-fixtures.js';

const ARTICLE_54: FilingHoursPolicy = {
  officeHours: { opensAt: '07:00', closesAt: '17:00' },
  afterHoursRule: 'NEXT_BUSINESS_DAY',
};
const RECEIPT_DAY: FilingHoursPolicy = { ...ARTICLE_54, afterHoursRule: 'RECEIPT_DAY' };

/** An office that declares 24 and 31 December closed. */
const closedOnChristmasEves = createBusinessCalendar({ extraNonWorkingDays: ['2026-12-24', '2026-12-31'] });

function filing(radicado: string, channel: PqrsChannel = 'WEB'): ReceivePqrs {
  return {
    type: 'ReceivePqrs',
    data: {
      radicado,
      kind: 'PETITION',
      channel,
      subject: 'Certificado de afiliación',
      description: 'Solicito copia del certificado de afiliación.',
      petitionerId: 'person-1',
      receivedAt: null,
      priority: [],
    },
  };
}

/** The world at a Bogotá wall-clock minute, under the office's filing-hours policy. */
function filedAt(
  date: CalendarDate,
  time: string,
  policy: FilingHoursPolicy,
  inCalendar = calendar,
): DecisionContext {
  return { now: at(date, time), actor: coordinator, calendar: inCalendar, filingHours: policy };
}

/** The Received the spec expects: a 15-day petition filed at that minute, with the radication recorded. */
function receivedWith(
  radicado: string,
  date: CalendarDate,
  time: string,
  facts: Pick<
    Received['data'],
    'afterHoursRule' | 'outsideOfficeHours' | 'radicatedOn' | 'termRunsFrom' | 'dueDate' | 'maxDueDate'
  > &
    Partial<Received['data']>,
): Received {
  return received(radicado, {
    receivedAt: at(date, time),
    receivedOn: date,
    officeHours: '07:00-17:00',
    ...facts,
  });
}

describe('an electronic filing under the art. 54 rule (radicated the next business day)', () => {
  // Tuesday 10 March 2026, 18:30: radicated Wednesday 11; day 1 Thursday 12. 15 days: 12, 13, 16-20,
  // 24-27 (23 March is San José, moved), 30, 31 March, 1 and 6 April (2-3 April Holy Thursday and Good
  // Friday). 30 days: 7-10, 13-17, 20-24, 27 April.
  it('filed on a weekday after closing, its term runs from the business day after the next one', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), filedAt('2026-03-10', '18:30', ARTICLE_54))
      .then([
        receivedWith(radicado, '2026-03-10', '18:30', {
          afterHoursRule: 'NEXT_BUSINESS_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-03-11',
          termRunsFrom: '2026-03-12',
          dueDate: '2026-04-06',
          maxDueDate: '2026-04-27',
        }),
      ]);
  });

  // Saturday 7 March 2026: radicated Monday 9; day 1 Tuesday 10. 15 days: 10-13, 16-20, 24-27, 30, 31 March.
  // 30 days: 1, 6-10, 13-17, 20-23 April.
  it('filed on a Saturday, it is radicated on Monday and its term runs from Tuesday', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), filedAt('2026-03-07', '10:00', ARTICLE_54))
      .then([
        receivedWith(radicado, '2026-03-07', '10:00', {
          afterHoursRule: 'NEXT_BUSINESS_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-03-09',
          termRunsFrom: '2026-03-10',
          dueDate: '2026-03-31',
          maxDueDate: '2026-04-23',
        }),
      ]);
  });

  // Holy Thursday 2 April 2026 (and Good Friday 3, and the weekend): radicated Monday 6; day 1 Tuesday 7.
  // 15 days: 7-10, 13-17, 20-24, 27 April. 30 days: 28-30 April, 4-8, 11-15, 19, 20 May (1 May and
  // Ascension Monday 18 May skipped).
  it('e-mailed on Holy Thursday morning, it is radicated on the Monday after Easter', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado, 'EMAIL'), filedAt('2026-04-02', '09:00', ARTICLE_54))
      .then([
        receivedWith(radicado, '2026-04-02', '09:00', {
          channel: 'EMAIL',
          afterHoursRule: 'NEXT_BUSINESS_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-04-06',
          termRunsFrom: '2026-04-07',
          dueDate: '2026-04-27',
          maxDueDate: '2026-05-20',
        }),
      ]);
  });

  // Thursday 24 December 2026, declared closed; 25 is Christmas: radicated Monday 28, day 1 Tuesday 29.
  // 15 days: 29, 30 December (31 closed, 1 January a holiday), 4-8, 12-15 (11 January 2027 is Reyes,
  // moved), 18-21 January. 30 days: 22, 25-29 January, 1-5, 8-11 February.
  it('filed on 24 December, a day the office declares closed, it is radicated on 28 December', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), filedAt('2026-12-24', '11:00', ARTICLE_54, closedOnChristmasEves))
      .then([
        receivedWith(radicado, '2026-12-24', '11:00', {
          afterHoursRule: 'NEXT_BUSINESS_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-12-28',
          termRunsFrom: '2026-12-29',
          dueDate: '2027-01-21',
          maxDueDate: '2027-02-11',
          calendarVersion: closedOnChristmasEves.version,
        }),
      ]);
  });

  // Thursday 31 December 2026, declared closed: radicated Monday 4 January 2027, day 1 Tuesday 5.
  // 15 days: 5-8, 12-15, 18-22, 25, 26 January. 30 days: 27-29 January, 1-5, 8-12, 15, 16 February.
  it('filed on 31 December, a day the office declares closed, it is radicated on the first business day of 2027', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), filedAt('2026-12-31', '08:00', ARTICLE_54, closedOnChristmasEves))
      .then([
        receivedWith(radicado, '2026-12-31', '08:00', {
          afterHoursRule: 'NEXT_BUSINESS_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2027-01-04',
          termRunsFrom: '2027-01-05',
          dueDate: '2027-01-26',
          maxDueDate: '2027-02-16',
          calendarVersion: closedOnChristmasEves.version,
        }),
      ]);
  });

  // Monday 12 January 2026 is Reyes (6 January, moved): radicated Tuesday 13, day 1 Wednesday 14.
  // 15 days: 14-16, 19-23, 26-30 January, 2, 3 February. 30 days: 4-6, 9-13, 16-20, 23, 24 February.
  it('filed on a holiday moved to Monday, it is radicated on the Tuesday', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), filedAt('2026-01-12', '10:00', ARTICLE_54))
      .then([
        receivedWith(radicado, '2026-01-12', '10:00', {
          afterHoursRule: 'NEXT_BUSINESS_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-01-13',
          termRunsFrom: '2026-01-14',
          dueDate: '2026-02-03',
          maxDueDate: '2026-02-24',
        }),
      ]);
  });

  // Wednesday 4 March 2026. 16:59, open: day 1 Thursday 5; 15 days: 5, 6, 9-13, 16-20, 24-26 March; 30:
  // 27, 30, 31 March, 1, 6-10, 13-17, 20 April. 17:00, closed: radicated Thursday 5, day 1 Friday 6; 15
  // days end 27 March, 30 end 21 April.
  it('filed at 16:59, the last minute open, it is radicated that same day', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), filedAt('2026-03-04', '16:59', ARTICLE_54))
      .then([
        receivedWith(radicado, '2026-03-04', '16:59', {
          afterHoursRule: 'NEXT_BUSINESS_DAY',
          outsideOfficeHours: false,
          radicatedOn: '2026-03-04',
          termRunsFrom: '2026-03-05',
          dueDate: '2026-03-26',
          maxDueDate: '2026-04-20',
        }),
      ]);
  });

  it('filed at 17:00, the closing minute, it is radicated the next business day', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), filedAt('2026-03-04', '17:00', ARTICLE_54))
      .then([
        receivedWith(radicado, '2026-03-04', '17:00', {
          afterHoursRule: 'NEXT_BUSINESS_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-03-05',
          termRunsFrom: '2026-03-06',
          dueDate: '2026-03-27',
          maxDueDate: '2026-04-21',
        }),
      ]);
  });

  it('filed before opening on a business day, it is radicated that same day, never later', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), filedAt('2026-03-04', '06:30', ARTICLE_54))
      .then([
        receivedWith(radicado, '2026-03-04', '06:30', {
          afterHoursRule: 'NEXT_BUSINESS_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-03-04',
          termRunsFrom: '2026-03-05',
          dueDate: '2026-03-26',
          maxDueDate: '2026-04-20',
        }),
      ]);
  });

  // In person after hours (a filing staff take at the counter past closing) is not an electronic filing.
  it('a filing in person is counted from its receipt day whatever the setting', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado, 'IN_PERSON'), filedAt('2026-03-10', '18:30', ARTICLE_54))
      .then([
        receivedWith(radicado, '2026-03-10', '18:30', {
          channel: 'IN_PERSON',
          afterHoursRule: 'RECEIPT_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-03-10',
          termRunsFrom: '2026-03-11',
          dueDate: '2026-04-01',
          maxDueDate: '2026-04-24',
        }),
      ]);
  });
});

describe('an electronic filing under the receipt-day rule (the default)', () => {
  // Tuesday 10 March 2026, 18:30: day 1 Wednesday 11. 15 days: 11-13, 16-20, 24-27, 30, 31 March, 1 April.
  // 30 days: 6-10, 13-17, 20-24 April.
  it('filed on a weekday after closing, its term runs from the next business day, as before', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), filedAt('2026-03-10', '18:30', RECEIPT_DAY))
      .then([
        receivedWith(radicado, '2026-03-10', '18:30', {
          afterHoursRule: 'RECEIPT_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-03-10',
          termRunsFrom: '2026-03-11',
          dueDate: '2026-04-01',
          maxDueDate: '2026-04-24',
        }),
      ]);
  });

  // Saturday 7 March 2026: day 1 Monday 9. 15 days: 9-13, 16-20, 24-27, 30 March.
  it('filed on a Saturday, its term runs from Monday', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), filedAt('2026-03-07', '10:00', RECEIPT_DAY))
      .then([
        receivedWith(radicado, '2026-03-07', '10:00', {
          afterHoursRule: 'RECEIPT_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-03-07',
          termRunsFrom: '2026-03-09',
          dueDate: '2026-03-30',
          maxDueDate: '2026-04-22',
        }),
      ]);
  });

  it('with no policy given, the receipt-day rule and office hours 07:00-17:00 apply', () => {
    const radicado = freshRadicado();
    given([])
      .when(filing(radicado), { now: at('2026-03-10', '18:30'), actor: coordinator, calendar })
      .then([
        receivedWith(radicado, '2026-03-10', '18:30', {
          afterHoursRule: 'RECEIPT_DAY',
          outsideOfficeHours: true,
          radicatedOn: '2026-03-10',
          termRunsFrom: '2026-03-11',
          dueDate: '2026-04-01',
          maxDueDate: '2026-04-24',
        }),
      ]);
  });
});

describe('the office hours setting', () => {
  it('reads HH:MM-HH:MM with the opening before the closing', () => {
    expect(parseOfficeHours('08:00-16:30')).toEqual({ opensAt: '08:00', closesAt: '16:30' });
  });

  it.each(['17:00-07:00', '7:00-17:00', '07:00-24:00', '07:00 a 17:00', ''])('refuses "%s"', (text) => {
    expect(parseOfficeHours(text)).toBeNull();
  });
});
