// Which group of an assignee's work an open case falls in ("Mi trabajo"): the traffic light for a case
// whose term runs, and a group of its own for one awaiting the petitioner, whose clock is stopped.
import type { BusinessCalendar } from '../shared/business-calendar.js';
import type { CalendarDate } from '../shared/time.js';
import { trafficLightOf, type TrafficLightSubject } from './traffic-light.js';

/** In the order staff should look at them: what is late, what is about to be, what waits on others. */
export const WORK_GROUPS = ['OVERDUE', 'DUE_SOON', 'AWAITING_INFORMATION', 'ON_TIME'] as const;
export type WorkGroup = (typeof WORK_GROUPS)[number];

/**
 * The group of an open case; null for a case that is no one's pending work (answered, closed,
 * transferred, withdrawn). "Due soon" is the traffic light's own threshold, so both always agree.
 */
export function workGroupOf(
  subject: TrafficLightSubject,
  today: CalendarDate,
  calendar: BusinessCalendar,
): WorkGroup | null {
  if (subject.status === 'AWAITING_INFORMATION') return 'AWAITING_INFORMATION';
  return trafficLightOf(subject, today, calendar);
}
