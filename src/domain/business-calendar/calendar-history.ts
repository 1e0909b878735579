// The office's calendar through time, and the calendar a case counts on: the version it was filed with,
// plus the changes recorded after it whose act made them retroactive. Pure: the record is passed in.
import type { BusinessCalendar } from '../shared/business-calendar.js';
import { calendarVersionOf, createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { CalendarDate, Instant } from '../shared/time.js';
import type { DeclaringAct } from './commands.js';

export type CalendarChangeKind = 'SEED' | 'ADD' | 'REMOVE';

/** One version of the calendar: the days the office declared, and the change that made it. */
export interface CalendarRevision {
  readonly revision: number;
  readonly calendarVersion: string;
  /** Days declared non-working besides weekends and the holiday data. */
  readonly nonWorkingDays: readonly CalendarDate[];
  /** Holidays of the data declared working (corrections). */
  readonly workingDays: readonly CalendarDate[];
  readonly kind: CalendarChangeKind;
  /** The day changed; null for the seed. */
  readonly day: CalendarDate | null;
  readonly act: DeclaringAct | null;
  readonly retroactive: boolean;
  readonly at: Instant;
}

/** Every version, oldest first: the state of the calendar's stream. */
export interface CalendarHistory {
  readonly revisions: readonly CalendarRevision[];
}

export const emptyCalendarHistory: CalendarHistory = { revisions: [] };

/**
 * The version of revision n. The first keeps the name the configured calendar had (a digest of its days), so
 * cases filed before the record match it; later ones add `~r<n>`, so a set of days that comes back is still
 * told apart from its earlier self (the retroactive changes after each differ).
 */
export function versionOfRevision(
  revision: number,
  nonWorkingDays: readonly CalendarDate[],
  workingDays: readonly CalendarDate[],
): string {
  const digest = calendarVersionOf(nonWorkingDays, workingDays);
  return revision <= 1 ? digest : `${digest}~r${revision}`;
}

/** Marks a case's calendar that took retroactive changes: `<filed version>^r<last revision applied>`. */
const RETROACTIVE_MARK = /\^r\d+$/;

function calendarOf(
  version: string,
  nonWorkingDays: readonly CalendarDate[],
  workingDays: readonly CalendarDate[],
): BusinessCalendar {
  return {
    ...createBusinessCalendar({ extraNonWorkingDays: nonWorkingDays, extraWorkingDays: workingDays }),
    version,
  };
}

/** The calendar in force: the last version (the holiday data alone while nothing is recorded). */
export function currentCalendar(history: CalendarHistory): BusinessCalendar {
  const last = history.revisions.at(-1);
  if (last === undefined) return createBusinessCalendar();
  return calendarOf(last.calendarVersion, last.nonWorkingDays, last.workingDays);
}

/**
 * The calendar of a case filed (or last re-counted) with `version`: that version's days, then every later
 * change whose act made it retroactive, in order. A version the record does not hold (one configured before
 * the record began with other days) is served with the first recorded days under its own name: the record
 * cannot rebuild days from a digest, and renaming it would move every such case's dates.
 */
export function calendarForVersion(history: CalendarHistory, version: string): BusinessCalendar {
  const filedWith = version.replace(RETROACTIVE_MARK, '');
  const base =
    history.revisions.find((revision) => revision.calendarVersion === filedWith) ?? history.revisions[0];
  if (base === undefined) return { ...createBusinessCalendar(), version: filedWith };
  const nonWorking = new Set(base.nonWorkingDays);
  const working = new Set(base.workingDays);
  let lastApplied: number | null = null;
  for (const change of history.revisions) {
    if (change.revision <= base.revision || !change.retroactive || change.day === null) continue;
    if (change.kind === 'ADD') {
      if (working.has(change.day)) working.delete(change.day);
      else nonWorking.add(change.day);
    } else if (change.kind === 'REMOVE') {
      if (nonWorking.has(change.day)) nonWorking.delete(change.day);
      else working.add(change.day);
    }
    lastApplied = change.revision;
  }
  const name =
    lastApplied === null
      ? base.calendarVersion === filedWith
        ? filedWith
        : version
      : `${base.calendarVersion}^r${lastApplied}`;
  return calendarOf(name, [...nonWorking].sort(), [...working].sort());
}
