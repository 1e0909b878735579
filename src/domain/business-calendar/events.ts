// The facts of the office's business calendar, one stream (`business-calendar-office`): each change is a
// new calendar version; the holiday data (colombian-holidays) is the base every version builds on.
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate, Instant } from '../shared/time.js';
import type { DeclaringAct } from './commands.js';

/** The days the configuration declared closed, recorded as the first version on first start. */
export type NonWorkingDaysSeeded = DomainEvent<
  'NonWorkingDaysSeeded',
  {
    readonly days: readonly CalendarDate[];
    /** 1: the first version of the record. */
    readonly revision: number;
    /** The same version the configured calendar had, so cases filed with it keep matching it. */
    readonly calendarVersion: string;
    readonly seededAt: Instant;
  }
>;

/** A day declared non-working, or a holiday of the data declared working again (a correction undone). */
export type NonWorkingDayAdded = DomainEvent<
  'NonWorkingDayAdded',
  {
    readonly day: CalendarDate;
    readonly act: DeclaringAct;
    readonly retroactive: boolean;
    readonly revision: number;
    readonly calendarVersion: string;
    readonly addedAt: Instant;
  }
>;

/** A day declared working: an extra non-working day withdrawn, or a holiday of the data corrected. */
export type NonWorkingDayRemoved = DomainEvent<
  'NonWorkingDayRemoved',
  {
    readonly day: CalendarDate;
    readonly act: DeclaringAct;
    readonly retroactive: boolean;
    readonly revision: number;
    readonly calendarVersion: string;
    readonly removedAt: Instant;
  }
>;

export type BusinessCalendarEvent = NonWorkingDaysSeeded | NonWorkingDayAdded | NonWorkingDayRemoved;

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const BUSINESS_CALENDAR_EVENT_SCHEMA_VERSIONS: Readonly<
  Record<BusinessCalendarEvent['type'], number>
> = {
  NonWorkingDaysSeeded: 1,
  NonWorkingDayAdded: 1,
  NonWorkingDayRemoved: 1,
};

export const BUSINESS_CALENDAR_STREAM_PREFIX = 'business-calendar-';
/** The office has one calendar. */
export const OFFICE_CALENDAR_ID = 'office';
export const businessCalendarStreamOf = (id: string): string => `${BUSINESS_CALENDAR_STREAM_PREFIX}${id}`;
