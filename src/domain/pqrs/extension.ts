// When a case's term may still be extended, whatever new date is asked for (art. 14, par., Ley 1437 de
// 2011 as amended by Ley 1755 de 2015): before the term runs out, and while the due date has not reached
// double the initial term. The decider applies it to ExtendDeadline, and the staff client asks it before
// offering "Prorrogar", so the screen and the refusal cannot disagree. Pure.
import { refuse, type DomainError } from '../shared/domain-error.js';
import { spanishDate, type CalendarDate } from '../shared/time.js';

export interface ExtensionTerm {
  readonly dueDate: CalendarDate;
  readonly maxDueDate: CalendarDate;
}

/** Why no extension can be granted on `today` (a Bogotá day), or null when one can. */
export function extensionUnavailable(term: ExtensionTerm, today: CalendarDate): DomainError | null {
  if (today > term.dueDate) {
    return refuse(
      'EXTENSION_AFTER_DUE_DATE',
      `La prórroga debe concederse antes de que venza el término; venció el ${spanishDate(term.dueDate)}.`,
    );
  }
  // A new due date must be later than the current one and no later than the maximum: none is left.
  if (term.dueDate >= term.maxDueDate) {
    return refuse(
      'EXTENSION_BEYOND_DOUBLE_TERM',
      `La prórroga no puede exceder el doble del término inicial: el término ya vence el ${spanishDate(term.maxDueDate)}, la fecha máxima.`,
      'newDueDate',
    );
  }
  return null;
}
