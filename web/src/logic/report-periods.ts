// The Informes screen's rules without the screen: the Spanish names of reports and formats (the domain's,
// from src/domain/report/labels.ts), the semester shortcuts, dates and instants read and written in Bogotá
// time, and the checks of a request before it is sent. Pure: no React, no DOM; the caller passes the
// current instant.
import { REPORT_FORMAT_LABELS, REPORT_KIND_LABELS } from '../../../src/domain/report/labels.js';
import { REPORT_KINDS_WITH_DATA_ROWS } from '../../../src/domain/report/events.js';
import type { ReportFormat, ReportKind } from '../graphql/generated/graphql.js';

export { REPORT_FORMAT_LABELS, REPORT_KIND_LABELS };

export type Semester = 1 | 2;

/** In the order the office produces them. */
export const REPORT_KINDS = Object.keys(REPORT_KIND_LABELS) as ReportKind[];

export const REPORT_FORMATS = Object.keys(REPORT_FORMAT_LABELS) as ReportFormat[];

/** The formats a kind of report is issued in: the data CSV only for a report that is one table of rows. */
export function reportFormatsFor(kind: ReportKind): ReportFormat[] {
  return REPORT_FORMATS.filter(
    (format) => format !== 'CSV_DATA' || REPORT_KINDS_WITH_DATA_ROWS.includes(kind),
  );
}

export const SEMESTER_NAMES: Readonly<Record<Semester, string>> = {
  1: 'Primer semestre',
  2: 'Segundo semestre',
};

/** The server refuses longer periods (MAX_REPORT_PERIOD_YEARS): a report over decades is a typo. */
export const MAX_REPORT_PERIOD_YEARS = 5;

/** Bogotá keeps UTC-5 all year (no daylight saving), so a fixed offset is exact. */
const BOGOTA_OFFSET_MS = -5 * 3600 * 1000;
const BOGOTA_OFFSET = '-05:00';

export interface Period {
  readonly from: string;
  readonly to: string;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A real day written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first and last day of a semester: January–June or July–December. */
export function semesterPeriod(year: number, semester: Semester): Period {
  return semester === 1
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/** The semester a period is exactly, or null. */
export function semesterOf(period: Period): { readonly year: number; readonly semester: Semester } | null {
  const year = Number(period.from.slice(0, 4));
  for (const semester of [1, 2] as const) {
    const candidate = semesterPeriod(year, semester);
    if (candidate.from === period.from && candidate.to === period.to) return { year, semester };
  }
  return null;
}

/** The most recent semester already over on `today`: what a semester report is usually about. */
export function lastClosedSemester(today: string): { readonly year: number; readonly semester: Semester } {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 7) >= '07' ? { year, semester: 1 } : { year: year - 1, semester: 2 };
}

/** The calendar day in Bogotá at an instant. */
export function todayInBogota(now: Date): string {
  return new Date(now.getTime() + BOGOTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant as a datetime-local value (YYYY-MM-DDTHH:mm) in Bogotá time. */
export function bogotaDateTimeInputValue(now: Date): string {
  return new Date(now.getTime() + BOGOTA_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local value read as Bogotá time, as the instant the API takes; null if it is not one. */
export function asOfInstant(localValue: string): string | null {
  const match = LOCAL_DATE_TIME.exec(localValue);
  if (!match || !isCalendarDate(localValue.slice(0, 10))) return null;
  const [hours, minutes] = [Number(match[4]), Number(match[5])];
  if (hours > 23 || minutes > 59) return null;
  return `${localValue}:00${BOGOTA_OFFSET}`;
}

/** 2026-01-31 → 31/01/2026, as dates are written in Colombia. */
export function formatDate(calendarDate: string): string {
  const match = CALENDAR_DATE.exec(calendarDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : calendarDate;
}

/** An instant as day and time in Bogotá: 31/01/2026 14:05. */
export function formatInstant(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const bogota = new Date(time + BOGOTA_OFFSET_MS).toISOString();
  return `${formatDate(bogota.slice(0, 10))} ${bogota.slice(11, 16)}`;
}

/** How staff name a period: "Primer semestre de 2026", "Año 2026" or "01/01/2026 a 15/03/2026". */
export function periodName(period: Period): string {
  const semester = semesterOf(period);
  if (semester) return `${SEMESTER_NAMES[semester.semester]} de ${semester.year}`;
  const year = period.from.slice(0, 4);
  if (period.from === `${year}-01-01` && period.to === `${year}-12-31`) return `Año ${year}`;
  return `${formatDate(period.from)} a ${formatDate(period.to)}`;
}

export interface ReportRequestDraft {
  readonly from: string;
  /** The last day, included. */
  readonly to: string;
  /** A datetime-local value in Bogotá time, or '' for "now". */
  readonly asOf: string;
}

export type ReportRequestField = keyof ReportRequestDraft;

/**
 * What is wrong with a request, per field, in the server's words (checkReportRequest), so staff see it
 * next to the field before anything is issued. The server checks again; this only saves a round trip.
 */
export function reportRequestProblems(
  draft: ReportRequestDraft,
  now: Date,
): Partial<Record<ReportRequestField, string>> {
  const problems: Partial<Record<ReportRequestField, string>> = {};
  if (!isCalendarDate(draft.from)) problems.from = 'Indique la fecha inicial del periodo.';
  if (!isCalendarDate(draft.to)) problems.to = 'Indique la fecha final del periodo.';
  let asOfDay = todayInBogota(now);
  if (draft.asOf !== '') {
    const instant = asOfInstant(draft.asOf);
    if (instant === null) problems.asOf = 'La fecha de corte no es válida.';
    else if (Date.parse(instant) > now.getTime())
      problems.asOf = 'La fecha de corte no puede ser posterior al momento actual.';
    else asOfDay = draft.asOf.slice(0, 10);
  }
  if (problems.from || problems.to) return problems;
  if (draft.from > draft.to) problems.from = 'La fecha inicial del periodo es posterior a la final.';
  else if (Number(draft.to.slice(0, 4)) - Number(draft.from.slice(0, 4)) > MAX_REPORT_PERIOD_YEARS)
    problems.to = `El periodo de un informe no puede pasar de ${MAX_REPORT_PERIOD_YEARS} años.`;
  else if (!problems.asOf && draft.from > asOfDay)
    problems.from = 'El periodo empieza después de la fecha de corte: no habría cifras que informar.';
  return problems;
}
