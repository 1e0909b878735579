// The periods the Informe de PQRS compares its own with (layout 6 on): the one just before it and the same
// one a year earlier, as the semiannual reports of Colombian entities compare a semester with the previous
// semester and with the same semester of the year before.
import { addCalendarDays, addCalendarMonths, type CalendarDate } from '../../../domain/shared/time.js';
import type { ReportPeriod } from '../read-models/report-sources.js';

const DAY_MS = 86_400_000;

/** The last day of the day's month. */
function lastDayOfMonth(date: CalendarDate): CalendarDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** How many whole calendar months the period spans, when it starts on a 1st and ends on a month's last day. */
function wholeMonthsOf(period: ReportPeriod): number | null {
  if (!period.from.endsWith('-01') || period.to !== lastDayOfMonth(period.to)) return null;
  const [fromYear, fromMonth] = period.from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = period.to.split('-').map(Number) as [number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
}

/**
 * The period just before: as many whole months before (a semester's previous semester, a month's
 * previous month, February's 28 or 29 days included) when the period is made of whole months; otherwise
 * as many days, ending the day before it starts.
 */
export function previousPeriodOf(period: ReportPeriod): ReportPeriod {
  const months = wholeMonthsOf(period);
  if (months !== null) {
    return { from: addCalendarMonths(period.from, -months), to: addCalendarDays(period.from, -1) };
  }
  const days = Math.round((Date.parse(period.to) - Date.parse(period.from)) / DAY_MS) + 1;
  return { from: addCalendarDays(period.from, -days), to: addCalendarDays(period.from, -1) };
}

/**
 * The same period a year before: the same days (29 February read as the 28th), and a period of whole
 * months stays one (a February ending on the 29th compares with the February ending on the 28th).
 */
export function samePeriodAYearBefore(period: ReportPeriod): ReportPeriod {
  const to = addCalendarMonths(period.to, -12);
  return {
    from: addCalendarMonths(period.from, -12),
    to: wholeMonthsOf(period) === null ? to : lastDayOfMonth(to),
  };
}

/** The months a period touches, as their first days ('2026-01-01', '2026-02-01', …), in order. */
export function monthsOf(period: ReportPeriod): CalendarDate[] {
  const months: CalendarDate[] = [];
  for (let month = `${period.from.slice(0, 7)}-01`; month <= period.to; month = addCalendarMonths(month, 1))
    months.push(month);
  return months;
}
