// The office's business calendar as other layers use it: its decider, its history and the calendar of a case.
export * from './commands.js';
export * from './events.js';
export * from './calendar-history.js';
export {
  BUSINESS_CALENDAR_COMMAND_ROLES,
  businessCalendarDecider,
  decideBusinessCalendar,
  evolveBusinessCalendar,
} from './decide.js';
