// When a case's term may still be extended, whatever new date is asked for (art. 14, par., Ley 1437 de
// 2011 as amended by Ley 1755 de 2015): once per case (the text speaks of one extension and is silent on
// more; one is the safe reading), before the term runs out, and while the due date has not reached
// double the initial term. The decider applies it to ExtendDeadline, and the staff client asks it before
// offering "Prorrogar", so the screen and the refusal cannot disagree. Pure.
import { refuse, type DomainError } from '../shared/domain-error.js';
import { spanishDate, type CalendarDate } from '../shared/time.js';
import type { PqrsKind } from './events.js';
import { habeasDataExtensionTooLong, isHabeasDataKind } from './habeas-data-terms.js';

export interface ExtensionTerm {
  readonly dueDate: CalendarDate;
  readonly maxDueDate: CalendarDate;
  /** The day the term was extended, null (or absent, on a case read before it was kept) if never. */
  readonly extendedOn?: CalendarDate | null;
  /** The kind, when known: a habeas data request's limit is days after the term, not twice it (Ley 1581). */
  readonly kind?: PqrsKind;
}

/** Why no extension can be granted on `today` (a Bogotá day), or null when one can. */
export function extensionUnavailable(term: ExtensionTerm, today: CalendarDate): DomainError | null {
  if (term.extendedOn !== undefined && term.extendedOn !== null) {
    return refuse(
      'EXTENSION_ALREADY_GRANTED',
      `El término ya se prorrogó el ${spanishDate(term.extendedOn)}; el parágrafo del art. 14 de la Ley 1437 de 2011 (sustituido por la Ley 1755 de 2015) prevé una sola prórroga por petición.`,
    );
  }
  if (today > term.dueDate) {
    return refuse(
      'EXTENSION_AFTER_DUE_DATE',
      `La prórroga debe concederse antes de que venza el término; venció el ${spanishDate(term.dueDate)}.`,
    );
  }
  // A new due date must be later than the current one and no later than the maximum: none is left.
  if (term.dueDate >= term.maxDueDate) {
    if (term.kind !== undefined && isHabeasDataKind(term.kind)) {
      return habeasDataExtensionTooLong(term.kind, term.maxDueDate);
    }
    return refuse(
      'EXTENSION_BEYOND_DOUBLE_TERM',
      `La prórroga no puede exceder el doble del término inicial: el término ya vence el ${spanishDate(term.maxDueDate)}, la fecha máxima.`,
      'newDueDate',
    );
  }
  return null;
}
