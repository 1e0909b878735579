// The demo office's days and hours: business days of the calendar in force, and instants inside office
// hours in Bogotá (UTC-5 all year), so every planned step falls when staff are at work.
import type { BusinessCalendar } from '../domain/shared/business-calendar.js';
import { addCalendarDays, bogotaDateOf, type CalendarDate, type Instant } from '../domain/shared/time.js';
import type { SeededRandom, Weighted } from './seeded-random.js';

const BOGOTA_OFFSET_MINUTES = 5 * 60;
const MINUTE_MS = 60_000;
export const OFFICE_OPENS_MINUTE = 8 * 60;
/** The last minute a step may take: later ones would cross into the evening. */
export const OFFICE_LAST_MINUTE = 17 * 60 + 50;

/** More arrivals mid-morning and mid-afternoon, fewer at lunch. */
const ARRIVAL_HOURS: Weighted<number> = [
  [8, 0.8],
  [9, 1.2],
  [10, 1.3],
  [11, 1.2],
  [12, 0.5],
  [13, 0.6],
  [14, 1.1],
  [15, 1.0],
  [16, 0.7],
];

/** The instant of a Bogotá day at a minute of the day (and second). */
export function bogotaInstant(day: CalendarDate, minuteOfDay: number, second = 0): Instant {
  const midnightUtc = Date.parse(`${day}T00:00:00.000Z`);
  return new Date(
    midnightUtc + (minuteOfDay + BOGOTA_OFFSET_MINUTES) * MINUTE_MS + second * 1000,
  ).toISOString();
}

/** Minutes since Bogotá midnight of an instant. */
export function bogotaMinuteOf(instant: Instant): number {
  const sinceUtcMidnight = (Date.parse(instant) % (24 * 60 * MINUTE_MS)) / MINUTE_MS;
  return Math.floor((sinceUtcMidnight - BOGOTA_OFFSET_MINUTES + 24 * 60) % (24 * 60));
}

export class OfficeDays {
  constructor(readonly calendar: BusinessCalendar) {}

  /** The n-th business day after `day` (n >= 1), or `day` itself for n = 0. */
  after(day: CalendarDate, businessDays: number): CalendarDate {
    return businessDays === 0 ? day : this.calendar.addBusinessDays(day, businessDays);
  }

  onOrAfter(day: CalendarDate): CalendarDate {
    return this.calendar.isBusinessDay(day) ? day : this.calendar.addBusinessDays(day, 1);
  }

  between(from: CalendarDate, to: CalendarDate): CalendarDate[] {
    const days: CalendarDate[] = [];
    for (let day = this.onOrAfter(from); day <= to; day = this.calendar.addBusinessDays(day, 1)) {
      days.push(day);
    }
    return days;
  }

  /**
   * A moment of office hours on `day`; after `notBefore` when that falls on the same day (a later step
   * of the same case file), by at most `maxGapMinutes`. Throws when the day has no room left: a planning
   * mistake, not a fact.
   */
  instant(day: CalendarDate, random: SeededRandom, notBefore?: Instant, maxGapMinutes = 120): Instant {
    const second = random.integer(0, 59);
    if (notBefore !== undefined && bogotaDateOf(notBefore) >= day) {
      if (bogotaDateOf(notBefore) > day)
        throw new RangeError(`Paso planeado el ${day}, antes de ${notBefore}`);
      const earliest = bogotaMinuteOf(notBefore) + 5;
      if (earliest > OFFICE_LAST_MINUTE) throw new RangeError(`Sin tiempo el ${day} después de ${notBefore}`);
      const latest = Math.min(OFFICE_LAST_MINUTE, earliest + maxGapMinutes - 5);
      return bogotaInstant(day, random.integer(earliest, latest), second);
    }
    return bogotaInstant(day, random.weighted(ARRIVAL_HOURS) * 60 + random.integer(0, 59), second);
  }

  /** A business day at random in [from, to] (the first business day on or after `from` if none). */
  anyBetween(from: CalendarDate, to: CalendarDate, random: SeededRandom): CalendarDate {
    const days = this.between(from, to);
    return days.length === 0 ? this.onOrAfter(from) : random.pick(days);
  }

  /** The business day on or after `day` plus a number of calendar days. */
  calendarDaysAfter(day: CalendarDate, calendarDays: number): CalendarDate {
    return this.onOrAfter(addCalendarDays(day, calendarDays));
  }
}
