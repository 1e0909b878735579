// The office's calendar on the command path: its decider and its one stream. No look-ups: every rule is
// in the decider, which reads the holiday data itself.
import {
  BUSINESS_CALENDAR_EVENT_SCHEMA_VERSIONS,
  businessCalendarDecider,
  businessCalendarStreamOf,
  type BusinessCalendarCommand,
  type BusinessCalendarEvent,
  type CalendarHistory,
} from '../../domain/business-calendar/index.js';
import type { Actor } from '../../domain/shared/decider.js';
import type { AggregateType } from '../../engine/commands/run-command.js';

/** The calendar: `business-calendar-office` (OFFICE_CALENDAR_ID is the instance id). */
export const businessCalendar: AggregateType<
  BusinessCalendarCommand,
  BusinessCalendarEvent,
  CalendarHistory
> = {
  decider: businessCalendarDecider,
  schemaVersions: BUSINESS_CALENDAR_EVENT_SCHEMA_VERSIONS,
  streamOf: businessCalendarStreamOf,
};

/** Who records the configured days on first start. */
export const CALENDAR_SEED: Actor = { id: 'calendar-seed', role: 'SYSTEM' };
