// The terms of habeas data requests (Ley 1581 de 2012), where they differ from Ley 1755 de 2015: a consulta
// (art. 14) is answered in 10 business days, extendable once by up to 5 more; a reclamo (art. 15) in 15,
// extendable by up to 8; an incomplete reclamo is required within 5 days of receipt and withdrawn after
// 2 months; a reclamo the office is not competent for is transferred within 2 business days; and the
// "reclamo en trámite" legend is marked in the database within 2 business days of the complete reclamo.
// Ley 1581 counts its "días" as business days (Ley 4 de 1913, art. 62: in the terms of days set by law
// holidays are left out). These functions give the per-kind numbers; legal-terms.ts, step-windows.ts and
// decide.ts ask them. Not to be confused with src/features/habeas-data, the vault's own erasure and
// access log: these are petitions a citizen files about their data, worked as PQRS cases. Pure.
import type { BusinessCalendar } from '../shared/business-calendar.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { spanishDate, type CalendarDate } from '../shared/time.js';

/** The PQRS kinds of Ley 1581 de 2012: a consulta (art. 14) and a reclamo (art. 15) about personal data. */
export const HABEAS_DATA_KINDS = ['HABEAS_DATA_CONSULTATION', 'HABEAS_DATA_CLAIM'] as const;
export type HabeasDataKind = (typeof HABEAS_DATA_KINDS)[number];

export function isHabeasDataKind(kind: string): kind is HabeasDataKind {
  return (HABEAS_DATA_KINDS as readonly string[]).includes(kind);
}

/** Art. 14: a consulta within 10 business days; art. 15: a reclamo within 15. */
export function habeasDataTermOf(kind: HabeasDataKind): number {
  return kind === 'HABEAS_DATA_CONSULTATION' ? 10 : 15;
}

/** Art. 14: up to 5 business days after the first term; art. 15: up to 8. */
export function habeasDataExtensionOf(kind: HabeasDataKind): number {
  return kind === 'HABEAS_DATA_CONSULTATION' ? 5 : 8;
}

/** The article of Ley 1581 de 2012 that sets the kind's terms. */
export function habeasDataArticleOf(kind: HabeasDataKind): string {
  return kind === 'HABEAS_DATA_CONSULTATION'
    ? 'art. 14 de la Ley 1581 de 2012'
    : 'art. 15 de la Ley 1581 de 2012';
}

/** Art. 15: an incomplete reclamo is required within 5 days of receipt (10 under art. 17 of Ley 1755). */
export const HABEAS_DATA_CLAIM_REQUIREMENT_BUSINESS_DAYS = 5;
/** Art. 15: two months after the requirement without the information, the reclamo is withdrawn (1 under art. 17). */
export const HABEAS_DATA_CLAIM_COMPLETION_MONTHS = 2;
/** Art. 15: a reclamo the office is not competent for is transferred within 2 business days (5 under art. 21). */
export const HABEAS_DATA_CLAIM_TRANSFER_BUSINESS_DAYS = 2;
/** Art. 15: the "reclamo en trámite" legend is marked within 2 business days of the complete reclamo. */
export const CLAIM_IN_PROCESS_MARK_BUSINESS_DAYS = 2;

/**
 * The last day the "reclamo en trámite" legend may be marked: the second business day after the day the
 * reclamo was complete (its receipt, or the day the petitioner completed it after a requirement).
 */
export function claimInProcessMarkDueBy(completeOn: CalendarDate, calendar: BusinessCalendar): CalendarDate {
  return calendar.addBusinessDays(completeOn, CLAIM_IN_PROCESS_MARK_BUSINESS_DAYS);
}

/** The refusal of a new due date past the limit of a habeas data request's extension. */
export function habeasDataExtensionTooLong(kind: HabeasDataKind, maxDueDate: CalendarDate): DomainError {
  return refuse(
    'EXTENSION_BEYOND_HABEAS_DATA_LIMIT',
    `La prórroga de ${kind === 'HABEAS_DATA_CONSULTATION' ? 'una consulta' : 'un reclamo'} de datos personales no puede superar los ${habeasDataExtensionOf(kind)} días hábiles siguientes al vencimiento del primer término (${habeasDataArticleOf(kind)}): a más tardar el ${spanishDate(maxDueDate)}.`,
    'newDueDate',
  );
}
