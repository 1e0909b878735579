// Administrative silence: what the law makes of the office's failure to answer in time.
// - Positive (Ley 1755 de 2015, art. 14 numeral 1): a request for documents or information not answered
//   within its term is accepted by law; the office may no longer deny the documents and delivers the
//   copies within the next three business days. The delivery is a recorded fact (CopiesDelivered).
// - Negative (Ley 1437 de 2011, art. 83): three months after a petition was filed without a notified
//   decision, it is taken as denied (the office still owes the answer: the silence only opens the way to
//   the courts and does not end the duty to decide).
//
// How "now" enters. Silence is not anyone's act: it is what the passing of time makes of the facts. So it
// is not recorded by a process that watches the clock (such an event would carry the moment that process
// ran, not the moment the law gave the effect, and a replay before it ran would miss it). Instead these
// pure functions take the case as it stood and the day to judge on: the case page and the Bandeja judge
// on today, an auditor replaying the case judges on the moment they replay it at, and a report on its
// as-of day, each getting the answer the law gave that day. What the office does about it (the delivery
// of the copies) is a fact, recorded with its moment and whether it was on time.
import type { BusinessCalendar } from '../shared/business-calendar.js';
import type { DecisionContext } from '../shared/decider.js';
import { isDomainError, refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank } from '../shared/input-checks.js';
import { lateEntryOf } from '../shared/late-entry.js';
import {
  addCalendarDays,
  addCalendarMonths,
  bogotaDateOf,
  canonicalInstant,
  compareInstants,
  isInstant,
  spanishDate,
  type CalendarDate,
} from '../shared/time.js';
import type { RecordCopiesDelivery } from './commands.js';
import type { CopiesDelivered, PqrsKind, PqrsEvent } from './events.js';
import type { PqrsState, PqrsStatus } from './state.js';

/** Art. 14.1: the copies are delivered within the three business days after the silence. */
export const COPIES_DELIVERY_BUSINESS_DAYS = 3;
/** CPACA art. 83: three months without a notified decision. */
export const NEGATIVE_SILENCE_MONTHS = 3;

/** Where the copies owed after positive silence stand on the day judged. */
export type CopiesStatus = 'PENDING' | 'DELIVERED_ON_TIME' | 'DELIVERED_LATE';

export interface PositiveSilence {
  /** The first day of the silence: the day after the due date in force passed unanswered. */
  readonly silenceFrom: CalendarDate;
  /** The last of the three business days to deliver the copies. */
  readonly copiesDueBy: CalendarDate;
  readonly copiesStatus: CopiesStatus;
  readonly copiesDeliveredOn: CalendarDate | null;
}

/** What positive silence needs of a case: its kind and stage, its due date, its answer and the copies. */
export interface PositiveSilenceSubject {
  readonly kind: PqrsKind;
  readonly status: Exclude<PqrsStatus, 'NOT_RECEIVED'>;
  /** The due date in force (for an answered case, the one in force when answered). */
  readonly dueDate: CalendarDate;
  readonly answeredOn: CalendarDate | null;
  readonly copiesDeliveredOn: CalendarDate | null;
  readonly copiesDeliveredOnTime: boolean | null;
}

/** The statuses in which a passed due date means silence: still running, or answered (perhaps late). */
const SILENCE_STATUSES: readonly PqrsStatus[] = ['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED'];

/**
 * The positive silence of a request for documents on `asOf`, or null when there is none: another kind,
 * answered in time, still within its term, stopped awaiting the petitioner (art. 17), or ended by a
 * transfer or a withdrawal before it could run out. The due date in force counts (a prórroga of art. 14,
 * parágrafo, or the restart of art. 17, move it).
 */
export function positiveSilenceOf(
  subject: PositiveSilenceSubject,
  asOf: CalendarDate,
  calendar: BusinessCalendar,
): PositiveSilence | null {
  const silenceFrom = positiveSilenceFrom(subject, asOf);
  if (silenceFrom === null) return null;
  const delivered = subject.copiesDeliveredOn !== null && subject.copiesDeliveredOn <= asOf;
  return {
    silenceFrom,
    copiesDueBy: calendar.addBusinessDays(subject.dueDate, COPIES_DELIVERY_BUSINESS_DAYS),
    copiesStatus: !delivered
      ? 'PENDING'
      : subject.copiesDeliveredOnTime
        ? 'DELIVERED_ON_TIME'
        : 'DELIVERED_LATE',
    copiesDeliveredOn: delivered ? subject.copiesDeliveredOn : null,
  };
}

/** The first day of the positive silence of `subject` on `asOf` (see positiveSilenceOf), or null. */
export function positiveSilenceFrom(
  subject: Omit<PositiveSilenceSubject, 'copiesDeliveredOnTime'>,
  asOf: CalendarDate,
): CalendarDate | null {
  if (subject.kind !== 'INFORMATION_REQUEST') return null;
  if (!SILENCE_STATUSES.includes(subject.status) && subject.copiesDeliveredOn === null) return null;
  const silenceFrom = addCalendarDays(subject.dueDate, 1);
  if (asOf < silenceFrom) return null;
  if (subject.answeredOn !== null && subject.answeredOn <= subject.dueDate) return null;
  return silenceFrom;
}

export interface NegativeSilence {
  /** The day the three months were complete: from it, the petition is taken as denied. */
  readonly silenceFrom: CalendarDate;
}

/** What negative silence needs of a case: when it was filed, its stage, and when its answer was notified. */
export interface NegativeSilenceSubject {
  readonly receivedOn: CalendarDate;
  readonly status: Exclude<PqrsStatus, 'NOT_RECEIVED'>;
  /** The day the answer's notice reached the petitioner's mail server or the carrier; null if not yet. */
  readonly answerNotifiedOn: CalendarDate | null;
}

/**
 * The negative silence of a petition on `asOf` (CPACA art. 83), or null: three months after filing
 * (counted as terms in months are, to the same day of the third month) with no decision notified before
 * that day. An answer given but not notified does not stop it: the article asks for a notified decision.
 * A case forwarded to the competent entity (art. 21) or withdrawn ended without an answer owed by us.
 */
export function negativeSilenceOf(
  subject: NegativeSilenceSubject,
  asOf: CalendarDate,
): NegativeSilence | null {
  if (subject.status === 'TRANSFERRED' || subject.status === 'WITHDRAWN') return null;
  const silenceFrom = addCalendarMonths(subject.receivedOn, NEGATIVE_SILENCE_MONTHS);
  if (asOf < silenceFrom) return null;
  if (subject.answerNotifiedOn !== null && subject.answerNotifiedOn < silenceFrom) return null;
  return { silenceFrom };
}

/** The copies owed after positive silence are delivered: on time within three business days, or late. */
export function decideCopiesDelivery(
  { data }: RecordCopiesDelivery,
  state: Exclude<PqrsState, { status: 'NOT_RECEIVED' }>,
  context: DecisionContext,
): readonly PqrsEvent[] | DomainError {
  if (state.kind !== 'INFORMATION_REQUEST') {
    return refuse(
      'POSITIVE_SILENCE_NOT_APPLICABLE',
      'El silencio administrativo positivo del art. 14 numeral 1 de la Ley 1755 de 2015 solo aplica a las solicitudes de documentos o información.',
    );
  }
  if (state.copiesDelivery !== null) {
    return refuse(
      'COPIES_ALREADY_DELIVERED',
      `La entrega de las copias ya se registró el ${spanishDate(state.copiesDelivery.deliveredOn)}.`,
    );
  }
  if (isBlank(data.note)) {
    return refuse('NOTE_REQUIRED', 'Indique qué copias se entregaron y por qué medio.', 'note');
  }
  const deliveredAt = data.deliveredAt ?? context.now;
  if (!isInstant(deliveredAt)) {
    return refuse(
      'INVALID_INSTANT',
      'La fecha y hora de la entrega no es válida (ISO 8601 con zona horaria).',
      'deliveredAt',
    );
  }
  if (compareInstants(deliveredAt, state.receivedAt) < 0) {
    return refuse(
      'DELIVERED_BEFORE_RECEIPT',
      'La entrega no puede ser anterior a la radicación.',
      'deliveredAt',
    );
  }
  const lateEntry = lateEntryOf(
    {
      occurredAt: deliveredAt,
      field: 'deliveredAt',
      lateEntryReason: data.lateEntryReason,
      what: 'la entrega',
    },
    context,
  );
  if (isDomainError(lateEntry)) return lateEntry;
  const deliveredOn = bogotaDateOf(deliveredAt);
  const answered = state.status === 'ANSWERED' || state.status === 'CLOSED';
  const silence = positiveSilenceOf(
    {
      kind: state.kind,
      status: state.status,
      dueDate: state.dueDate,
      answeredOn: answered ? state.answeredOn : null,
      copiesDeliveredOn: null,
      copiesDeliveredOnTime: null,
    },
    deliveredOn,
    context.calendar,
  );
  if (silence === null) {
    return refuse(
      'NO_POSITIVE_SILENCE',
      answered
        ? `La solicitud se respondió dentro del término (el ${spanishDate(state.answeredOn)}, vencía el ${spanishDate(state.dueDate)}): no hubo silencio administrativo positivo.`
        : `No hay silencio administrativo positivo: el término vence el ${spanishDate(state.dueDate)}, o está suspendido o terminado.`,
    );
  }
  const delivered: CopiesDelivered = {
    type: 'CopiesDelivered',
    data: {
      deliveredAt: canonicalInstant(deliveredAt),
      deliveredOn,
      silenceFrom: silence.silenceFrom,
      copiesDueBy: silence.copiesDueBy,
      onTime: deliveredOn <= silence.copiesDueBy,
      note: data.note.trim(),
      lateEntry,
    },
  };
  return [delivered];
}
