// Time is evidence: a fact may be dated before it is recorded (a letter received yesterday, an answer
// given by phone on Friday), but only within a short window; beyond it, only a coordinator or an
// administrator records it, with a reason, and the fact carries the gap so every report can flag it.
import type { ActorRole, DecisionContext } from './decider.js';
import { refuse, type DomainError } from './domain-error.js';
import { isBlank } from './input-checks.js';
import { ROLE_IN_SENTENCES } from './roles.js';
import { bogotaDateOf, compareInstants, spanishDate, type CalendarDate, type Instant } from './time.js';

/** Business days a fact may precede its recording without a reason (DESIGN.md: a short window). */
export const DEFAULT_LATE_ENTRY_WINDOW_BUSINESS_DAYS = 3;

/** Who may record a fact dated beyond the window, with a reason. */
export const LATE_ENTRY_RECORDERS: readonly ActorRole[] = ['ADMIN', 'COORDINATOR'];

/** What an event keeps of a fact recorded after the window: the gap and why. */
export interface LateEntry {
  /** The Bogotá day it was recorded. */
  readonly recordedOn: CalendarDate;
  /** Business days after the fact's own day (more than the window in force). */
  readonly businessDaysLate: number;
  readonly reason: string;
}

export interface DatedFact {
  /** When the fact happened, as the command dates it. */
  readonly occurredAt: Instant;
  /** The input field that dates it, named in refusals (e.g. `answeredAt`). */
  readonly field: string;
  /** The reason the command gives for recording it late, if any. */
  readonly lateEntryReason: string | null | undefined;
  /** What the fact is, for the messages: "la respuesta", "la recepción". */
  readonly what: string;
}

/**
 * Null for a fact within the window, the late entry to record for one beyond it, or the refusal: a fact
 * in the future, or late without the role or the reason. The fact's order against the case's other facts
 * is each decider's own rule.
 */
export function lateEntryOf(fact: DatedFact, context: DecisionContext): LateEntry | null | DomainError {
  if (compareInstants(fact.occurredAt, context.now) > 0) {
    return refuse(
      'OCCURRED_IN_FUTURE',
      `La fecha de ${fact.what} no puede ser posterior al momento actual.`,
      fact.field,
    );
  }
  const window = context.lateEntryWindowBusinessDays ?? DEFAULT_LATE_ENTRY_WINDOW_BUSINESS_DAYS;
  const occurredOn = bogotaDateOf(fact.occurredAt);
  const recordedOn = bogotaDateOf(context.now);
  const businessDaysLate = context.calendar.businessDaysBetween(occurredOn, recordedOn);
  if (businessDaysLate <= window) return null;
  if (!LATE_ENTRY_RECORDERS.includes(context.actor.role)) {
    return refuse(
      'LATE_ENTRY_NOT_ALLOWED',
      `${ROLE_IN_SENTENCES[context.actor.role]} no puede registrar ${fact.what} del ${spanishDate(occurredOn)}: ` +
        `han pasado ${businessDaysLate} días hábiles y se admiten hasta ${window}. ` +
        'Un coordinador puede registrarla con el motivo del registro tardío.',
      fact.field,
    );
  }
  if (isBlank(fact.lateEntryReason)) {
    return refuse(
      'LATE_ENTRY_REASON_REQUIRED',
      `Indique el motivo de registrar ${fact.what} del ${spanishDate(occurredOn)}, ${businessDaysLate} días hábiles después.`,
      'lateEntryReason',
    );
  }
  return { recordedOn, businessDaysLate, reason: fact.lateEntryReason!.trim() };
}
