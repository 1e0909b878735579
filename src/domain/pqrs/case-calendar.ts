// A case's term on its own calendar (the version it was filed or re-counted with, plus the retroactive
// changes recorded since: src/domain/business-calendar): when a retroactive act changed that calendar, the
// due date and the extension limit are counted again from the same start; an extension's date stays, since
// it was chosen and notified.
import type { BusinessCalendar } from '../shared/business-calendar.js';
import type { CalendarDate } from '../shared/time.js';
import type { PqrsKind } from './events.js';
import { extensionBusinessDaysOf, termFrom } from './legal-terms.js';

export interface CaseTerm {
  /** Its kind sets how far an extension may go (twice the term, or the days of Ley 1581 arts. 14-15). */
  readonly kind: PqrsKind;
  readonly termStartedOn: CalendarDate;
  readonly termBusinessDays: number;
  readonly dueDate: CalendarDate;
  readonly maxDueDate: CalendarDate;
  readonly calendarVersion: string;
  readonly extendedOn: CalendarDate | null;
}

export function termOnCaseCalendar<Term extends CaseTerm>(term: Term, calendar: BusinessCalendar): Term {
  if (calendar.version === term.calendarVersion) return term;
  const recounted = termFrom(
    term.termStartedOn,
    term.termBusinessDays,
    calendar,
    extensionBusinessDaysOf(term.kind, term.termBusinessDays),
  );
  return {
    ...term,
    dueDate: term.extendedOn === null ? recounted.dueDate : term.dueDate,
    maxDueDate: recounted.maxDueDate,
    calendarVersion: recounted.calendarVersion,
  };
}
