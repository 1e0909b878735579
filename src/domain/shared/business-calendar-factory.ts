// Builds the business calendar: Monday to Friday, minus Colombian public holidays (Ley 51 de 1983, from
// colombian-holidays), minus the days the entity declares closed, plus the days it declares working.
import { getHolidaysForYear } from 'colombian-holidays';
import type { BusinessCalendar } from './business-calendar.js';
import { addCalendarDays, dayOfWeek, isCalendarDate, yearOf, type CalendarDate } from './time.js';

/** The holiday data the calendar is built on; bump it with the colombian-holidays dependency. */
export const HOLIDAY_DATA_SOURCE = 'co-holidays@5.0.11';

export interface BusinessCalendarOptions {
  /** Days the entity declares closed (e.g. 24 and 31 December, or a holiday the library lacks). */
  readonly extraNonWorkingDays?: readonly CalendarDate[];
  /** Corrections: days declared working although the holiday data says otherwise. */
  readonly extraWorkingDays?: readonly CalendarDate[];
}

const SATURDAY = 6;
const SUNDAY = 0;

// The library's answer for a year never changes, so one cache serves every calendar.
const holidaysByYear = new Map<number, ReadonlySet<CalendarDate>>();

/** Colombian public holidays of a year, on the day they are observed (moved to Monday where the law says). */
export function colombianHolidaysOf(year: number): ReadonlySet<CalendarDate> {
  let holidays = holidaysByYear.get(year);
  if (holidays === undefined) {
    holidays = new Set(getHolidaysForYear(year).map((holiday) => holiday.celebrationDate));
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

/**
 * Throws on a malformed date or a day listed both as closed and as working: this is configuration,
 * read once at start-up, and a wrong calendar must stop the application rather than miscount terms.
 */
export function createBusinessCalendar(options: BusinessCalendarOptions = {}): BusinessCalendar {
  const nonWorkingDays = normalizedDays(options.extraNonWorkingDays ?? [], 'extraNonWorkingDays');
  const workingDays = normalizedDays(options.extraWorkingDays ?? [], 'extraWorkingDays');
  const conflicting = nonWorkingDays.filter((day) => workingDays.includes(day));
  if (conflicting.length > 0) {
    throw new RangeError(`Días declarados a la vez hábiles y no hábiles: ${conflicting.join(', ')}.`);
  }
  const nonWorking = new Set(nonWorkingDays);
  const working = new Set(workingDays);

  const isBusinessDay = (date: CalendarDate): boolean => {
    if (nonWorking.has(date)) return false;
    if (working.has(date)) return true;
    const weekday = dayOfWeek(date);
    if (weekday === SATURDAY || weekday === SUNDAY) return false;
    return !colombianHolidaysOf(yearOf(date)).has(date);
  };

  const addBusinessDays = (from: CalendarDate, businessDays: number): CalendarDate => {
    let date = from;
    for (let counted = 0; counted < businessDays;) {
      date = addCalendarDays(date, 1);
      if (isBusinessDay(date)) counted += 1;
    }
    return date;
  };

  const businessDaysBetween = (from: CalendarDate, to: CalendarDate): number => {
    let count = 0;
    for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
      if (isBusinessDay(date)) count += 1;
    }
    return count;
  };

  return {
    version: calendarVersionOf(nonWorkingDays, workingDays),
    isBusinessDay,
    addBusinessDays,
    businessDaysBetween,
  };
}

/** `co-holidays@5.0.11`, or with the entity's own days `co-holidays@5.0.11+1a2b3c4d` (a digest of them). */
export function calendarVersionOf(
  nonWorkingDays: readonly CalendarDate[],
  workingDays: readonly CalendarDate[],
): string {
  if (nonWorkingDays.length === 0 && workingDays.length === 0) return HOLIDAY_DATA_SOURCE;
  const canonical = `-${[...new Set(nonWorkingDays)].sort().join(',')};+${[...new Set(workingDays)].sort().join(',')}`;
  return `${HOLIDAY_DATA_SOURCE}+${fnv1a32(canonical)}`;
}

function normalizedDays(days: readonly CalendarDate[], option: string): CalendarDate[] {
  const malformed = days.filter((day) => !isCalendarDate(day));
  if (malformed.length > 0) {
    throw new RangeError(`${option}: fechas no válidas (se espera AAAA-MM-DD): ${malformed.join(', ')}.`);
  }
  return [...new Set(days)].sort();
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable digest; not a security measure. */
function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
