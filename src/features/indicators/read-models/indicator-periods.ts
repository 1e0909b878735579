// The buckets a period of Bogotá days is rolled up into: days, calendar months, quarters (trimestres),
// semesters and years, each clipped to the period asked for, labelled as Colombian reports name them.
import { addCalendarDays, type CalendarDate } from '../../../domain/shared/time.js';

export const INDICATOR_GRANULARITIES = ['DAY', 'MONTH', 'QUARTER', 'SEMESTER', 'YEAR'] as const;
export type IndicatorGranularity = (typeof INDICATOR_GRANULARITIES)[number];

export interface IndicatorBucketPeriod {
  /**
   * The whole calendar bucket's name, even when the period cuts it: `2026-03-02` (day), `2026-03`
   * (month), `2026-T1` (trimestre), `2026-S1` (semestre), `2026` (year).
   */
  readonly label: string;
  /** The bucket's first day within the period. */
  readonly from: CalendarDate;
  /** The bucket's last day within the period: stocks are read at the end of it. */
  readonly to: CalendarDate;
}

/** Months in each bucket of a granularity that spans whole months. */
const MONTHS_PER_BUCKET: Readonly<Record<Exclude<IndicatorGranularity, 'DAY'>, number>> = {
  MONTH: 1,
  QUARTER: 3,
  SEMESTER: 6,
  YEAR: 12,
};

/** The buckets covering `from`..`to` (both included, from <= to), oldest first. */
export function bucketsOf(
  from: CalendarDate,
  to: CalendarDate,
  granularity: IndicatorGranularity,
): IndicatorBucketPeriod[] {
  const buckets: IndicatorBucketPeriod[] = [];
  for (let start = from; start <= to;) {
    const end = lastDayOfBucket(start, granularity);
    const bucketTo = end < to ? end : to;
    buckets.push({ label: labelOf(start, granularity), from: start, to: bucketTo });
    start = addCalendarDays(bucketTo, 1);
  }
  return buckets;
}

function lastDayOfBucket(day: CalendarDate, granularity: IndicatorGranularity): CalendarDate {
  if (granularity === 'DAY') return day;
  const months = MONTHS_PER_BUCKET[granularity];
  const [year, month] = day.split('-').map(Number) as [number, number];
  const lastMonth = Math.floor((month - 1) / months) * months + months;
  // Day 0 of the month after the bucket's last is that month's last day.
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}

function labelOf(day: CalendarDate, granularity: IndicatorGranularity): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  switch (granularity) {
    case 'DAY':
      return day;
    case 'MONTH':
      return day.slice(0, 7);
    case 'QUARTER':
      return `${year}-T${Math.ceil(month / 3)}`;
    case 'SEMESTER':
      return `${year}-S${month <= 6 ? 1 : 2}`;
    case 'YEAR':
      return year;
    default: {
      const unknownGranularity: never = granularity;
      return String(unknownGranularity);
    }
  }
}

/** Days from `from` to `to`, both included. */
export function daysInPeriod(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
