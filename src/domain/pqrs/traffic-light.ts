// The traffic light (semáforo) of an open case: how its term stands today, in business days.
import type { BusinessCalendar } from '../shared/business-calendar.js';
import type { CalendarDate } from '../shared/time.js';
import { DUE_SOON_BUSINESS_DAYS } from './legal-terms.js';
import type { PqrsStatus } from './state.js';

export const TRAFFIC_LIGHTS = ['ON_TIME', 'DUE_SOON', 'OVERDUE'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

/** A case state, or a read-model document with the same two fields. */
export interface TrafficLightSubject {
  readonly status: PqrsStatus;
  readonly dueDate?: CalendarDate | null;
}

/** Only a case whose term is running has a light: RECEIVED or ASSIGNED. */
function runningDueDate(subject: TrafficLightSubject): CalendarDate | null {
  if (subject.status !== 'RECEIVED' && subject.status !== 'ASSIGNED') return null;
  return subject.dueDate ?? null;
}

/**
 * Business days left until the due date: 0 on the due date itself; negative once past it (minus the
 * business days elapsed since, so 0 on a weekend right after a Friday due date). Null when the term is
 * not running: the case is not open, or its clock is stopped awaiting the petitioner (art. 17).
 */
export function businessDaysLeft(
  subject: TrafficLightSubject,
  today: CalendarDate,
  calendar: BusinessCalendar,
): number | null {
  const dueDate = runningDueDate(subject);
  if (dueDate === null) return null;
  if (today <= dueDate) return calendar.businessDaysBetween(today, dueDate);
  return 0 - calendar.businessDaysBetween(dueDate, today);
}

/**
 * OVERDUE after the due date, DUE_SOON with 3 business days left or fewer, ON_TIME otherwise.
 * Null when there is no term running: answered, closed, transferred or withdrawn cases, and cases
 * awaiting the petitioner's information. The latter is deliberate: the term is stopped and will restart
 * from zero, so the stored due date means nothing until then; the status itself tells staff why.
 */
export function trafficLightOf(
  subject: TrafficLightSubject,
  today: CalendarDate,
  calendar: BusinessCalendar,
): TrafficLight | null {
  const dueDate = runningDueDate(subject);
  if (dueDate === null) return null;
  if (today > dueDate) return 'OVERDUE';
  return calendar.businessDaysBetween(today, dueDate) <= DUE_SOON_BUSINESS_DAYS ? 'DUE_SOON' : 'ON_TIME';
}
