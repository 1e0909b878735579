// A case counts on its own calendar: after a retroactive act changes it, the term is re-counted from the
// same start, and the rules that read the due date and the extension limit read the re-counted ones.
import type { BusinessCalendar } from '../shared/business-calendar.js';
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { ExtendDeadline } from './commands.js';
import { termOnCaseCalendar } from './case-calendar.js';
import { at, calendar, coordinator, freshRadicado, given, on, received } from './pqrs-spec-fixtures.js';

/** The case's calendar after a retroactive act declared Friday 27 March 2026 non-working. */
const withMarch27Closed: BusinessCalendar = {
  ...createBusinessCalendar({ extraNonWorkingDays: ['2026-03-27'] }),
  version: `${calendar.version}^r2`,
};

const extendTo = (newDueDate: string): ExtendDeadline => ({
  type: 'ExtendDeadline',
  data: { newDueDate, reason: 'Se requiere concepto de otra dependencia.' },
});

describe('when a retroactive act changed the calendar of a case received on Friday 13 March 2026', () => {
  // 15 days: 16-20, 24-26 March (27 now closed), 30, 31 March, 1, 6-9 April (Holy Week skipped): 9 April.
  // 30 days: 10, 13-17, 20-24, 27-30 April: 30 April (it was 29 April).
  it('an extension to 30 April is within twice the re-counted term and is granted', () => {
    given([received(freshRadicado())])
      .when(extendTo('2026-04-30'), { ...on('2026-04-01'), calendar: withMarch27Closed })
      .then([
        {
          type: 'DeadlineExtended',
          data: {
            previousDueDate: '2026-04-09',
            newDueDate: '2026-04-30',
            maxDueDate: '2026-04-30',
            reason: 'Se requiere concepto de otra dependencia.',
            extendedOn: '2026-04-01',
            extendedAt: at('2026-04-01', '11:00'),
          },
        },
      ]);
  });

  it('on the calendar it was filed with, the same extension passes twice the term and is refused', () => {
    given([received(freshRadicado())])
      .when(extendTo('2026-04-30'), { now: at('2026-04-01', '11:00'), actor: coordinator, calendar })
      .thenRefuses('EXTENSION_BEYOND_DOUBLE_TERM', 'newDueDate');
  });
});

describe('the term of a case on its calendar', () => {
  const term = {
    kind: 'PETITION' as const,
    termStartedOn: '2026-03-13',
    termBusinessDays: 15,
    dueDate: '2026-04-08',
    maxDueDate: '2026-04-29',
    calendarVersion: calendar.version,
    extendedOn: null,
  };

  it('is left as recorded on the calendar it was counted with', () => {
    expect(termOnCaseCalendar(term, calendar)).toBe(term);
  });

  it('re-counts a habeas data consulta’s limit as its term plus the five days of Ley 1581 art. 14', () => {
    // By hand, from Friday 13 March 2026 with 27 March closed: 16–20 Mar (5), Monday 23 Mar is San José
    // moved, 24–26 Mar (8), 30–31 Mar (10: the due date), 1 Apr (11), Holy Thursday and Good Friday,
    // 6–9 Apr (15: the limit).
    const consultation = {
      ...term,
      kind: 'HABEAS_DATA_CONSULTATION' as const,
      termBusinessDays: 10,
      dueDate: '2026-03-27',
      maxDueDate: '2026-04-08',
    };
    expect(termOnCaseCalendar(consultation, withMarch27Closed)).toEqual({
      ...consultation,
      dueDate: '2026-03-31',
      maxDueDate: '2026-04-09',
      calendarVersion: withMarch27Closed.version,
    });
  });

  it('keeps an extension’s chosen date and re-counts only the limit', () => {
    expect(
      termOnCaseCalendar({ ...term, dueDate: '2026-04-20', extendedOn: '2026-04-01' }, withMarch27Closed),
    ).toEqual({
      ...term,
      dueDate: '2026-04-20',
      extendedOn: '2026-04-01',
      maxDueDate: '2026-04-30',
      calendarVersion: withMarch27Closed.version,
    });
  });
});
