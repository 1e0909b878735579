// What an ADMIN (or, once, the start-up seed) asks of the office's calendar: declare a day non-working, or
// working again, with the act that declares it.
import type { CalendarDate } from '../shared/time.js';

/**
 * The administrative act that declares the change (a resolución, a decreto, a circular): its number, its
 * title and its date. An act of the entity is public (Ley 1712 de 2014) and names no one: kept in clear.
 */
export interface DeclaringAct {
  readonly number: string;
  readonly title: string;
  readonly date: CalendarDate;
}

export type AddNonWorkingDay = {
  readonly type: 'AddNonWorkingDay';
  readonly data: {
    readonly day: CalendarDate;
    readonly act: DeclaringAct;
    /** The act reaches cases already filed and still open: they count on the new days too. */
    readonly retroactive: boolean;
  };
};

export type RemoveNonWorkingDay = {
  readonly type: 'RemoveNonWorkingDay';
  readonly data: {
    readonly day: CalendarDate;
    readonly act: DeclaringAct;
    readonly retroactive: boolean;
  };
};

/** The days of VENTANILLA_EXTRA_NON_WORKING_DAYS, recorded once when the calendar's stream is empty. */
export type SeedNonWorkingDays = {
  readonly type: 'SeedNonWorkingDays';
  readonly data: { readonly days: readonly CalendarDate[] };
};

export type BusinessCalendarCommand = AddNonWorkingDay | RemoveNonWorkingDay | SeedNonWorkingDays;
