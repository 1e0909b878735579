// What the staff read of a habeas data reclamo's "reclamo en trámite" legend (Ley 1581 de 2012, art. 15):
// on the case page, whether and when it was marked (late or not); on the case page and in the Bandeja,
// while it is pending, the day it is due by. The server computes the days (Pqrs.claimInProcessMark,
// Pqrs.claimInProcessMarkDueBy) on the business calendar; these only word them.
import { formatDate } from './report-periods.js';

export interface ClaimInProcessFacts {
  readonly claimInProcessMark?: {
    readonly markedOn: string;
    readonly dueBy: string;
    readonly late: boolean;
  } | null;
  /** Set while the legend is pending on an open, complete reclamo. */
  readonly claimInProcessMarkDueBy?: string | null;
}

/** The case page's line about the legend; null for a case it does not concern. */
export function claimInProcessSentence(facts: ClaimInProcessFacts, today: string): string | null {
  const mark = facts.claimInProcessMark ?? null;
  if (mark !== null) {
    return mark.late
      ? `Marcado el ${formatDate(mark.markedOn)}, fuera de término: debía marcarse a más tardar el ${formatDate(mark.dueBy)} (art. 15 de la Ley 1581 de 2012).`
      : `Marcado el ${formatDate(mark.markedOn)}, dentro del término (a más tardar el ${formatDate(mark.dueBy)}).`;
  }
  return claimInProcessWarning(facts, today);
}

/** While the legend is pending: what the Bandeja and the case page warn; null otherwise. */
export function claimInProcessWarning(facts: ClaimInProcessFacts, today: string): string | null {
  const dueBy = facts.claimInProcessMarkDueBy ?? null;
  if (dueBy === null) return null;
  return today > dueBy
    ? `Sin marcar «reclamo en trámite»: debía marcarse a más tardar el ${formatDate(dueBy)} (art. 15 de la Ley 1581 de 2012).`
    : `Pendiente de marcar «reclamo en trámite»: a más tardar el ${formatDate(dueBy)} (art. 15 de la Ley 1581 de 2012).`;
}
