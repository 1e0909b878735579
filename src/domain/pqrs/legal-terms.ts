// The legal terms of a PQRS case (Ley 1755 de 2015), in business days of the calendar in force.
import type { BusinessCalendar } from '../shared/business-calendar.js';
import type { CalendarDate } from '../shared/time.js';
import type { PqrsKind } from './events.js';

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
/** Art. 21: forwarding to the competent entity within 5 business days of receipt. */
export const TRANSFER_WINDOW_BUSINESS_DAYS = 5;
/** Art. 14 parágrafo: an extension may not pass twice the original term. */
export const MAX_TERM_MULTIPLIER = 2;
/** The traffic light turns DUE_SOON with this many business days left, or fewer. */
export const DUE_SOON_BUSINESS_DAYS = 3;

export interface TermDates {
  readonly termBusinessDays: number;
  readonly dueDate: CalendarDate;
  /** Twice the term: the limit of any extension. */
  readonly maxDueDate: CalendarDate;
  readonly calendarVersion: string;
}

/** The term of a case counted from `startsAfter` (receipt, or the day information arrived): day 1 is the next business day. */
export function termFrom(
  startsAfter: CalendarDate,
  termBusinessDays: number,
  calendar: BusinessCalendar,
): TermDates {
  return {
    termBusinessDays,
    dueDate: calendar.addBusinessDays(startsAfter, termBusinessDays),
    maxDueDate: calendar.addBusinessDays(startsAfter, MAX_TERM_MULTIPLIER * termBusinessDays),
    calendarVersion: calendar.version,
  };
}
