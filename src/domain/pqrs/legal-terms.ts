// The legal terms of a PQRS case (Ley 1755 de 2015), in business days of the calendar in force.
import type { BusinessCalendar } from '../shared/business-calendar.js';
import type { CalendarDate } from '../shared/time.js';
import type { PqrsKind } from './events.js';
import {
  HABEAS_DATA_CLAIM_COMPLETION_MONTHS,
  HABEAS_DATA_CLAIM_TRANSFER_BUSINESS_DAYS,
  habeasDataExtensionOf,
  habeasDataTermOf,
  isHabeasDataKind,
} from './habeas-data-terms.js';

/** Art. 14: 15 business days in general; 10 for documents and information; 30 for consultations. */
export function legalTermOf(kind: PqrsKind): number {
  switch (kind) {
    case 'PETITION':
    case 'COMPLAINT':
    case 'CLAIM':
    case 'SUGGESTION':
    case 'DENUNCIATION':
      return 15;
    case 'INFORMATION_REQUEST':
      return 10;
    case 'CONSULTATION':
      return 30;
    case 'INTERAUTHORITY':
      // Art. 30: petitions between authorities.
      return 10;
    case 'HABEAS_DATA_CONSULTATION':
    case 'HABEAS_DATA_CLAIM':
      // Ley 1581 de 2012, arts. 14 and 15.
      return habeasDataTermOf(kind);
    default: {
      const unknownKind: never = kind;
      throw new RangeError(`Tipo de PQRS desconocido: ${String(unknownKind)}`);
    }
  }
}

/** Art. 17: the petitioner may be asked to complete the petition within 10 business days of receipt. */
export const INFORMATION_REQUEST_WINDOW_BUSINESS_DAYS = 10;
/** Art. 17: without the petitioner's answer in one month, the petition is withdrawn tacitly. */
export const TACIT_WITHDRAWAL_MONTHS = 1;
/**
 * How many months the petitioner has to complete the petition after the request, before it may be taken
 * as withdrawn: one under art. 17 of Ley 1755 de 2015, two for a habeas data reclamo (Ley 1581 art. 15).
 */
export function completionWindowMonthsOf(kind: PqrsKind): number {
  return kind === 'HABEAS_DATA_CLAIM' ? HABEAS_DATA_CLAIM_COMPLETION_MONTHS : TACIT_WITHDRAWAL_MONTHS;
}

/**
 * How many business days past the first term an extension may reach: as many as the term itself (twice
 * the term, art. 14 parágrafo of Ley 1755), or the fixed days of Ley 1581 for habeas data (5 and 8).
 */
export function extensionBusinessDaysOf(kind: PqrsKind, termBusinessDays: number): number {
  return isHabeasDataKind(kind) ? habeasDataExtensionOf(kind) : termBusinessDays;
}
/** Art. 21: forwarding to the competent entity within 5 business days of receipt. */
export const TRANSFER_WINDOW_BUSINESS_DAYS = 5;
/** The business days after receipt within which the case is transferred: 5 (art. 21), 2 for a habeas data reclamo. */
export function transferWindowBusinessDaysOf(kind: PqrsKind): number {
  return kind === 'HABEAS_DATA_CLAIM'
    ? HABEAS_DATA_CLAIM_TRANSFER_BUSINESS_DAYS
    : TRANSFER_WINDOW_BUSINESS_DAYS;
}
/** Art. 14 parágrafo: an extension may not pass twice the original term. */
export const MAX_TERM_MULTIPLIER = 2;
/** The traffic light turns DUE_SOON with this many business days left, or fewer. */
export const DUE_SOON_BUSINESS_DAYS = 3;

export interface TermDates {
  readonly termBusinessDays: number;
  readonly dueDate: CalendarDate;
  /** Twice the term (or the term plus the extension days of Ley 1581): the limit of any extension. */
  readonly maxDueDate: CalendarDate;
  readonly calendarVersion: string;
}

/**
 * The term of a case counted from `startsAfter` (receipt, or the day information arrived): day 1 is the next
 * business day. An extension may reach `extensionBusinessDays` past it (absent: the term again, art. 14
 * parágrafo: twice the term).
 */
export function termFrom(
  startsAfter: CalendarDate,
  termBusinessDays: number,
  calendar: BusinessCalendar,
  extensionBusinessDays: number = (MAX_TERM_MULTIPLIER - 1) * termBusinessDays,
): TermDates {
  return {
    termBusinessDays,
    dueDate: calendar.addBusinessDays(startsAfter, termBusinessDays),
    maxDueDate: calendar.addBusinessDays(startsAfter, termBusinessDays + extensionBusinessDays),
    calendarVersion: calendar.version,
  };
}
