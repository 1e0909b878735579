// Time as plain strings: an Instant is an ISO 8601 UTC instant, a CalendarDate a YYYY-MM-DD day in Bogotá.
// Bogotá keeps UTC-5 all year (no daylight saving since 1993), so the conversion is a fixed offset.

/** ISO 8601 instant in UTC, e.g. 2026-03-02T15:04:05.000Z. */
export type Instant = string;
/** Calendar day in America/Bogota, YYYY-MM-DD. */
export type CalendarDate = string;

const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function bogotaDateOf(instant: Instant): CalendarDate {
  return new Date(Date.parse(instant) + BOGOTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant on Bogotá's wall clock, to the second, for names people read: `20260415-145959`. */
export function bogotaStampOf(instant: Instant): string {
  const wall = new Date(Date.parse(instant) + BOGOTA_OFFSET_MS).toISOString();
  return `${wall.slice(0, 10).replace(/-/g, '')}-${wall.slice(11, 19).replace(/:/g, '')}`;
}

export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay();
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** The last instant of a Bogotá calendar day, for "on or before the due date" comparisons. */
export function endOfBogotaDay(date: CalendarDate): Instant {
  return new Date(Date.parse(`${date}T23:59:59.999Z`) - BOGOTA_OFFSET_MS).toISOString();
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time with an explicit offset (Z or ±hh:mm); a bare date or local time is ambiguous. */
export function isInstant(value: string): boolean {
  return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** The same instant in the canonical form events store: UTC with milliseconds. */
export function canonicalInstant(instant: Instant): Instant {
  return new Date(Date.parse(instant)).toISOString();
}

/** Compares two instants in time, whatever their offsets: negative, zero or positive. */
export function compareInstants(left: Instant, right: Instant): number {
  return Date.parse(left) - Date.parse(right);
}

/**
 * The same day `months` calendar months later, clamped to the end of a shorter month
 * (31 January + 1 month = 28 or 29 February), as terms in months are counted in Colombia.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const targetMonthIndex = month - 1 + months;
  const lastDayOfTarget = new Date(Date.UTC(year, targetMonthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, targetMonthIndex, Math.min(day, lastDayOfTarget)))
    .toISOString()
    .slice(0, 10);
}

/** The months in Spanish, January first: «enero» … «diciembre». */
export const SPANISH_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

/** A day in words, as a letter dates itself: «5 de diciembre de 2026». */
export function spanishDateInWords(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} de ${SPANISH_MONTHS[month - 1]} de ${year}`;
}

/** A Bogotá day as staff and citizens read it: dd/mm/aaaa. */
export function spanishDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
