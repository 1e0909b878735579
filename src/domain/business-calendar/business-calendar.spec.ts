import { calendarVersionOf, createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { canonicalInstant, type CalendarDate } from '../shared/time.js';
import { calendarForVersion, currentCalendar, type CalendarHistory } from './calendar-history.js';
import type { BusinessCalendarCommand, DeclaringAct } from './commands.js';
import { businessCalendarDecider } from './decide.js';
import type { BusinessCalendarEvent } from './events.js';

const given = deciderSpecification<BusinessCalendarCommand, BusinessCalendarEvent, CalendarHistory>(
  businessCalendarDecider,
);
const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
const startUp: Actor = { id: 'calendar-seed', role: 'SYSTEM' };
const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };

/** Monday 1 June 2026, 10:00 in Bogotá. */
const NOW = canonicalInstant('2026-06-01T10:00:00-05:00');
const on = (actor: Actor = admin): DecisionContext => ({
  now: NOW,
  actor,
  calendar: createBusinessCalendar(),
});

/** Date-holidays adds Monday 13 July 2026 (Virgen de Chiquinquirá); colombian-holidays 5.0.11 does not. */
const CHIQUINQUIRA: DeclaringAct = { number: '045', title: 'Resolución de la Gerencia', date: '2026-05-28' };
const CHRISTMAS_EVE: DeclaringAct = { number: '061', title: 'Circular de la Gerencia', date: '2026-05-29' };

const seeded = (days: readonly CalendarDate[] = []): BusinessCalendarEvent => ({
  type: 'NonWorkingDaysSeeded',
  data: {
    days,
    revision: 1,
    calendarVersion: calendarVersionOf(days, []),
    seededAt: '2026-01-02T13:00:00.000Z',
  },
});

const add = (day: CalendarDate, retroactive = false, act = CHIQUINQUIRA): BusinessCalendarCommand => ({
  type: 'AddNonWorkingDay',
  data: { day, act, retroactive },
});
const remove = (day: CalendarDate, retroactive = false, act = CHIQUINQUIRA): BusinessCalendarCommand => ({
  type: 'RemoveNonWorkingDay',
  data: { day, act, retroactive },
});

describe('when the calendar has not been recorded yet', () => {
  it('the start-up seed records the configured days as version 1, named as the configured calendar was', () => {
    given([])
      .when({ type: 'SeedNonWorkingDays', data: { days: ['2026-12-31', '2026-12-24'] } }, on(startUp))
      .then([
        {
          type: 'NonWorkingDaysSeeded',
          data: {
            days: ['2026-12-24', '2026-12-31'],
            revision: 1,
            calendarVersion: createBusinessCalendar({ extraNonWorkingDays: ['2026-12-24', '2026-12-31'] })
              .version,
            seededAt: NOW,
          },
        },
      ]);
  });

  it('an ADMIN cannot seed it: the seed is the start-up’s', () => {
    given([])
      .when({ type: 'SeedNonWorkingDays', data: { days: [] } }, on(admin))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('when the calendar is recorded', () => {
  it('a restart seeds nothing again, whatever the configuration says now', () => {
    given([seeded(['2026-12-24'])])
      .when({ type: 'SeedNonWorkingDays', data: { days: ['2026-12-24', '2026-12-31'] } }, on(startUp))
      .thenNothingHappens();
  });

  it('an ADMIN declares Monday 13 July 2026 non-working with its act: version 2', () => {
    given([seeded()])
      .when(add('2026-07-13'), on())
      .then([
        {
          type: 'NonWorkingDayAdded',
          data: {
            day: '2026-07-13',
            act: CHIQUINQUIRA,
            retroactive: false,
            revision: 2,
            calendarVersion: `${calendarVersionOf(['2026-07-13'], [])}~r2`,
            addedAt: NOW,
          },
        },
      ]);
  });

  it('a day already declared non-working is refused', () => {
    given([seeded(['2026-12-24'])])
      .when(add('2026-12-24', false, CHRISTMAS_EVE), on())
      .thenRefuses('DUPLICATE_NON_WORKING_DAY', 'day');
  });

  it('a public holiday cannot be added again: Corpus Christi, Monday 8 June 2026', () => {
    given([seeded()]).when(add('2026-06-08'), on()).thenRefuses('ALREADY_NON_WORKING', 'day');
  });

  it('a Saturday cannot be added', () => {
    given([seeded()]).when(add('2026-07-11'), on()).thenRefuses('ALREADY_NON_WORKING', 'day');
  });

  it('removing a business day is refused: there is nothing to remove', () => {
    given([seeded()]).when(remove('2026-07-14'), on()).thenRefuses('NOT_A_NON_WORKING_DAY', 'day');
  });

  it('a Sunday cannot be declared working', () => {
    given([seeded()]).when(remove('2026-07-12'), on()).thenRefuses('NOT_A_NON_WORKING_DAY', 'day');
  });

  it('an extra day is withdrawn by its act, and a holiday of the data may be declared working', () => {
    const state = given([seeded(['2026-12-24'])])
      .when(remove('2026-12-24', false, CHRISTMAS_EVE), on())
      .then([
        {
          type: 'NonWorkingDayRemoved',
          data: {
            day: '2026-12-24',
            act: CHRISTMAS_EVE,
            retroactive: false,
            revision: 2,
            calendarVersion: `${calendarVersionOf([], [])}~r2`,
            removedAt: NOW,
          },
        },
      ]);
    expect(currentCalendar(state).isBusinessDay('2026-12-24')).toBe(true);
    // San Pedro y San Pablo, Monday 29 June 2026, corrected to working.
    const corrected = given([seeded()])
      .when(remove('2026-06-29'), on())
      .then([
        {
          type: 'NonWorkingDayRemoved',
          data: {
            day: '2026-06-29',
            act: CHIQUINQUIRA,
            retroactive: false,
            revision: 2,
            calendarVersion: `${calendarVersionOf([], ['2026-06-29'])}~r2`,
            removedAt: NOW,
          },
        },
      ]);
    expect(currentCalendar(corrected).isBusinessDay('2026-06-29')).toBe(true);
  });

  it('a coordinator may not change the calendar', () => {
    given([seeded()]).when(add('2026-07-13'), on(coordinator)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a change without its act’s number is refused', () => {
    given([seeded()])
      .when(add('2026-07-13', false, { ...CHIQUINQUIRA, number: '  ' }), on())
      .thenRefuses('ACT_NUMBER_REQUIRED', 'act.number');
  });

  it('an act dated after today is refused', () => {
    given([seeded()])
      .when(add('2026-07-13', false, { ...CHIQUINQUIRA, date: '2026-06-02' }), on())
      .thenRefuses('ACT_IN_FUTURE', 'act.date');
  });

  it('a day already past may change only retroactively', () => {
    given([seeded()]).when(add('2026-05-29'), on()).thenRefuses('PAST_DAY_NOT_RETROACTIVE', 'retroactive');
    given([seeded()]).when(add('2026-05-29', true), on()).thenSetsAside([]);
  });
});

describe('the calendar of a case', () => {
  // Seeded empty; 13 July added (not retroactive, version 2); 24 December added retroactively (version 3).
  const history = given([seeded()])
    .when(add('2026-07-13'), on())
    .then([
      {
        type: 'NonWorkingDayAdded',
        data: {
          day: '2026-07-13',
          act: CHIQUINQUIRA,
          retroactive: false,
          revision: 2,
          calendarVersion: `${calendarVersionOf(['2026-07-13'], [])}~r2`,
          addedAt: NOW,
        },
      },
    ]);
  const withChristmasEve = businessCalendarDecider.evolve(history, {
    type: 'NonWorkingDayAdded',
    data: {
      day: '2026-12-24',
      act: CHRISTMAS_EVE,
      retroactive: true,
      revision: 3,
      calendarVersion: `${calendarVersionOf(['2026-07-13', '2026-12-24'], [])}~r3`,
      addedAt: NOW,
    },
  });

  it('a case filed with version 1 keeps 13 July working but takes the retroactive 24 December', () => {
    const calendar = calendarForVersion(withChristmasEve, 'co-holidays@5.0.11');
    expect(calendar.isBusinessDay('2026-07-13')).toBe(true);
    expect(calendar.isBusinessDay('2026-12-24')).toBe(false);
    expect(calendar.version).toBe('co-holidays@5.0.11^r3');
  });

  it('a case filed with version 2 counts 13 July out and takes 24 December too', () => {
    const version2 = `${calendarVersionOf(['2026-07-13'], [])}~r2`;
    const calendar = calendarForVersion(withChristmasEve, version2);
    expect(calendar.isBusinessDay('2026-07-13')).toBe(false);
    expect(calendar.isBusinessDay('2026-12-24')).toBe(false);
    // A case re-counted on it (after art. 17) names that calendar and still resolves to it.
    expect(calendarForVersion(withChristmasEve, calendar.version).isBusinessDay('2026-12-24')).toBe(false);
  });

  it('a case filed with the last version counts on it as it is, under its name', () => {
    const version3 = `${calendarVersionOf(['2026-07-13', '2026-12-24'], [])}~r3`;
    const calendar = calendarForVersion(withChristmasEve, version3);
    expect(calendar.version).toBe(version3);
    expect(currentCalendar(withChristmasEve).version).toBe(version3);
  });

  it('without retroactive changes, a case filed with version 1 counts on version 1 unchanged', () => {
    const calendar = calendarForVersion(history, 'co-holidays@5.0.11');
    expect(calendar.version).toBe('co-holidays@5.0.11');
    expect(calendar.isBusinessDay('2026-07-13')).toBe(true);
  });
});
