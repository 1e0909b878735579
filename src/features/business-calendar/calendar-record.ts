// The office's calendar as the application serves it: the history of the `business-calendar-office` stream
// (replaced after each calendar command of this process, and at start-up by the seed), the calendar in force
// and the calendar of a given version (a case's). Before the record is read, the configured days serve.
import {
  calendarForVersion,
  currentCalendar,
  emptyCalendarHistory,
  type CalendarHistory,
} from '../../domain/business-calendar/index.js';
import type { BusinessCalendar } from '../../domain/shared/business-calendar.js';
import { createBusinessCalendar } from '../../domain/shared/business-calendar-factory.js';

export class CalendarRecord {
  private history: CalendarHistory = emptyCalendarHistory;
  private current: BusinessCalendar;
  /** Calendars by the version asked for; emptied when the history changes. */
  private readonly byVersion = new Map<string, BusinessCalendar>();

  constructor(private readonly configuredNonWorkingDays: readonly string[]) {
    this.current = createBusinessCalendar({ extraNonWorkingDays: [...configuredNonWorkingDays] });
  }

  /** The history as the log holds it now (a calendar command's resulting state). */
  replace(history: CalendarHistory): void {
    this.history = history;
    this.current = currentCalendar(history);
    this.byVersion.clear();
  }

  get revisions(): CalendarHistory['revisions'] {
    return this.history.revisions;
  }

  /** The calendar in force; or, given a version (the one a case recorded), that case's calendar. */
  calendar(version?: string): BusinessCalendar {
    if (version === undefined || version === this.current.version) return this.current;
    if (this.history.revisions.length === 0) return this.current;
    let calendar = this.byVersion.get(version);
    if (calendar === undefined) {
      calendar = calendarForVersion(this.history, version);
      this.byVersion.set(version, calendar);
    }
    return calendar;
  }

  /** The days configured at start-up (VENTANILLA_EXTRA_NON_WORKING_DAYS), for the seed and its check. */
  get configuredDays(): readonly string[] {
    return this.configuredNonWorkingDays;
  }
}

export const CALENDAR_RECORD = Symbol('CalendarRecord');
