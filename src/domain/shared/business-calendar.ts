// The business calendar the legal terms are counted in: días hábiles in America/Bogota.
import type { CalendarDate } from './time.js';

export interface BusinessCalendar {
  /** Identifies the holiday data and extra non-working days in force; due dates record it. */
  readonly version: string;
  isBusinessDay(date: CalendarDate): boolean;
  /** The n-th business day strictly after `from` (n >= 1). */
  addBusinessDays(from: CalendarDate, businessDays: number): CalendarDate;
  /** Business days in (from, to]: how many business days after `from` `to` is; 0 when to <= from. */
  businessDaysBetween(from: CalendarDate, to: CalendarDate): number;
}
