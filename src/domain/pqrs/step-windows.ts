// The steps the law allows only within a number of business days of receipt: asking the petitioner to
// complete the petition (art. 17, 10 days) and the transfer to the competent entity (art. 21, 5 days),
// both of Ley 1755 de 2015. The window is counted in business days: it holds while no more than 10 (or 5)
// business days have passed since the day of receipt, so it ends the day before the 11th (or 6th)
// business day, which may be a weekend or a holiday following the last business day. The decider refuses
// a request for information after that day with stepWindowClosed; a transfer after it is still owed to
// the petitioner, so it is recorded and flagged late (Transferred.late), and lateTransferWarning gives
// the staff the words before they take it. The case
// carries the day itself (Pqrs.informationRequestAllowedUntil, Pqrs.transferAllowedUntil) so the staff
// client, which has no business calendar, hides the step with the same words: screen and refusal cannot
// disagree. Pure; the calendar is passed in.
import type { BusinessCalendar } from '../shared/business-calendar.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { addCalendarDays, spanishDate, type CalendarDate } from '../shared/time.js';
import type { PqrsKind } from './events.js';
import {
  HABEAS_DATA_CLAIM_REQUIREMENT_BUSINESS_DAYS,
  HABEAS_DATA_CLAIM_TRANSFER_BUSINESS_DAYS,
} from './habeas-data-terms.js';
import { INFORMATION_REQUEST_WINDOW_BUSINESS_DAYS, TRANSFER_WINDOW_BUSINESS_DAYS } from './legal-terms.js';
import type { PqrsStatus } from './state.js';

export type WindowedStep = 'REQUEST_INFORMATION' | 'TRANSFER';
/** The steps the decider refuses once their window has ended (a late transfer is recorded instead). */
export type RefusedAfterWindowStep = Exclude<WindowedStep, 'TRANSFER'>;

interface StepWindowRule {
  readonly businessDays: number;
  /** The statuses in which the decider takes the step; elsewhere the window does not apply. */
  readonly statuses: readonly PqrsStatus[];
  /** The step as the subject of «… se podía hacer hasta el …». */
  readonly step: string;
  readonly law: string;
}

const STEP_WINDOWS: Readonly<Record<WindowedStep, StepWindowRule>> = {
  REQUEST_INFORMATION: {
    businessDays: INFORMATION_REQUEST_WINDOW_BUSINESS_DAYS,
    // While the petitioner is being waited for, a new request is refused for that reason instead.
    statuses: ['RECEIVED', 'ASSIGNED'],
    step: 'El requerimiento para completar la petición',
    law: 'art. 17 de la Ley 1755 de 2015',
  },
  TRANSFER: {
    businessDays: TRANSFER_WINDOW_BUSINESS_DAYS,
    statuses: ['RECEIVED', 'ASSIGNED', 'AWAITING_INFORMATION'],
    step: 'El traslado por competencia',
    law: 'art. 21 de la Ley 1755 de 2015',
  },
};

/**
 * A habeas data reclamo has shorter windows (Ley 1581 de 2012, art. 15): the requirement to complete it
 * within 5 days of receipt, the transfer within 2 business days.
 */
const HABEAS_DATA_CLAIM_STEP_WINDOWS: Readonly<Record<WindowedStep, StepWindowRule>> = {
  REQUEST_INFORMATION: {
    ...STEP_WINDOWS.REQUEST_INFORMATION,
    businessDays: HABEAS_DATA_CLAIM_REQUIREMENT_BUSINESS_DAYS,
    step: 'El requerimiento para completar el reclamo',
    law: 'art. 15 de la Ley 1581 de 2012',
  },
  TRANSFER: {
    ...STEP_WINDOWS.TRANSFER,
    businessDays: HABEAS_DATA_CLAIM_TRANSFER_BUSINESS_DAYS,
    law: 'art. 15 de la Ley 1581 de 2012',
  },
};

/** The window of the step for a case of `kind` (absent: the general rule of Ley 1755 de 2015). */
function windowRuleOf(step: WindowedStep, kind: PqrsKind | undefined): StepWindowRule {
  return kind === 'HABEAS_DATA_CLAIM' ? HABEAS_DATA_CLAIM_STEP_WINDOWS[step] : STEP_WINDOWS[step];
}

/**
 * The last Bogotá day the step may be taken on a case received on `receivedOn`: the last day on which
 * no more than the window's business days have passed since receipt.
 */
export function stepWindowEnd(
  step: WindowedStep,
  receivedOn: CalendarDate,
  calendar: BusinessCalendar,
  kind?: PqrsKind,
): CalendarDate {
  return addCalendarDays(calendar.addBusinessDays(receivedOn, windowRuleOf(step, kind).businessDays + 1), -1);
}

/**
 * The last day the step may be taken on the case, or null when its status does not take the step at all
 * (an ended case; a case already waiting for the petitioner, for a new request).
 */
export function stepAllowedUntil(
  step: WindowedStep,
  subject: { readonly status: PqrsStatus; readonly receivedOn: CalendarDate; readonly kind?: PqrsKind },
  calendar: BusinessCalendar,
): CalendarDate | null {
  if (!STEP_WINDOWS[step].statuses.includes(subject.status)) return null;
  return stepWindowEnd(step, subject.receivedOn, calendar, subject.kind);
}

/** The code of the refusal of each step refused after its window. */
const TOO_LATE_CODES: Readonly<Record<RefusedAfterWindowStep, string>> = {
  REQUEST_INFORMATION: 'INFORMATION_REQUEST_TOO_LATE',
};

/** How the window of a step is stated: until when, how many business days and which article. */
function windowWords(rule: StepWindowRule, allowedUntil: CalendarDate): string {
  return `${rule.step} se podía hacer hasta el ${spanishDate(allowedUntil)} (${rule.businessDays} días hábiles después de la radicación, ${rule.law})`;
}

/** Why the step cannot be taken on `today` (a Bogotá day), its window having ended; null while open. */
export function stepWindowClosed(
  step: RefusedAfterWindowStep,
  allowedUntil: CalendarDate,
  today: CalendarDate,
  kind?: PqrsKind,
): DomainError | null {
  if (today <= allowedUntil) return null;
  return refuse(TOO_LATE_CODES[step], `${windowWords(windowRuleOf(step, kind), allowedUntil)}.`);
}

/**
 * What the staff are told before a transfer on `today` once its window has ended: it will be recorded,
 * flagged late (the decider records Transferred.late); null while the window holds.
 */
export function lateTransferWarning(
  allowedUntil: CalendarDate,
  today: CalendarDate,
  kind?: PqrsKind,
): string | null {
  if (today <= allowedUntil) return null;
  return `${windowWords(windowRuleOf('TRANSFER', kind), allowedUntil)}: si se traslada ahora, queda registrado como traslado extemporáneo.`;
}
