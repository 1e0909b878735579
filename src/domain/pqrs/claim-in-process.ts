// The "reclamo en trámite" legend of a habeas data reclamo (Ley 1581 de 2012, art. 15): once the reclamo is
// complete, the office marks the data it is about with the legend, and the reason, within two business
// days. The mark is recorded (ClaimInProcessMarked), never refused for lateness: a mark after the second
// business day is flagged late, so the office shows what happened. Pure; the calendar is passed in.
import type { DecisionContext } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { bogotaDateOf, canonicalInstant, spanishDate, type CalendarDate } from '../shared/time.js';
import type { ClaimInProcessMarked } from './events.js';
import { claimInProcessMarkDueBy } from './habeas-data-terms.js';
import { PQRS_STATUS_IN_SENTENCES } from './labels.js';
import type { PqrsCaseRecord, PqrsStatus } from './state.js';

/** The mark as the case keeps it. */
export interface ClaimInProcessMark {
  readonly markedAt: string;
  readonly markedOn: CalendarDate;
  readonly dueBy: CalendarDate;
  readonly late: boolean;
}

type MarkSubject = Pick<PqrsCaseRecord, 'radicado' | 'kind' | 'termStartedOn'> & {
  readonly status: PqrsStatus;
  readonly claimInProcessMark?: ClaimInProcessMark | null;
};

/**
 * The day by which the legend is due on the case, or null when none is (not a habeas data reclamo, or
 * already marked, or no longer open, or waiting for the petitioner to complete it). The reclamo is
 * complete on its receipt, or on the day the petitioner completed it (termStartedOn).
 */
export function claimInProcessMarkPendingUntil(
  subject: {
    readonly kind: string;
    readonly status: string;
    readonly termStartedOn: CalendarDate;
    readonly claimInProcessMark?: object | null;
  },
  dueBy: (completeOn: CalendarDate) => CalendarDate,
): CalendarDate | null {
  if (subject.kind !== 'HABEAS_DATA_CLAIM') return null;
  if ((subject.claimInProcessMark ?? null) !== null) return null;
  if (subject.status !== 'RECEIVED' && subject.status !== 'ASSIGNED') return null;
  return dueBy(subject.termStartedOn);
}

/** MarkClaimInProcess: the legend recorded now, flagged late after the two business days. */
export function markClaimInProcess(
  state: MarkSubject,
  context: DecisionContext,
): readonly ClaimInProcessMarked[] | DomainError {
  if (state.kind !== 'HABEAS_DATA_CLAIM') {
    return refuse(
      'NOT_A_HABEAS_DATA_CLAIM',
      'La leyenda "reclamo en trámite" solo se registra en un reclamo de datos personales (art. 15 de la Ley 1581 de 2012).',
    );
  }
  // Marked once: a repeated command changes nothing.
  if ((state.claimInProcessMark ?? null) !== null) return [];
  if (state.status === 'AWAITING_INFORMATION') {
    return refuse(
      'CLAIM_INCOMPLETE',
      'La leyenda "reclamo en trámite" se registra cuando el reclamo está completo: el peticionario aún no ha completado la información requerida.',
    );
  }
  if (state.status !== 'RECEIVED' && state.status !== 'ASSIGNED') {
    return refuse(
      'CASE_NOT_OPEN',
      `No se puede marcar como reclamo en trámite el caso ${state.radicado}: está ${PQRS_STATUS_IN_SENTENCES[state.status]}.`,
    );
  }
  const markedOn = bogotaDateOf(context.now);
  const dueBy = claimInProcessMarkDueBy(state.termStartedOn, context.calendar);
  return [
    {
      type: 'ClaimInProcessMarked',
      data: { markedAt: canonicalInstant(context.now), markedOn, dueBy, late: markedOn > dueBy },
    },
  ];
}

/** How the case page tells the mark: when it was made, and whether late. */
export function claimInProcessMarkSentence(mark: ClaimInProcessMark): string {
  return mark.late
    ? `Marcado como reclamo en trámite el ${spanishDate(mark.markedOn)}, fuera del término: debía marcarse a más tardar el ${spanishDate(mark.dueBy)} (art. 15 de la Ley 1581 de 2012).`
    : `Marcado como reclamo en trámite el ${spanishDate(mark.markedOn)}, dentro del término (a más tardar el ${spanishDate(mark.dueBy)}).`;
}
