// Administrative silence read off a case document (the `cases` read model, or a report's version of it):
// the domain's pure rules (src/domain/pqrs/silence.ts) applied to what the document kept. The day to judge
// on is the caller's: today for the screens, the as-of day for a report or a replayed history.
import type { PqrsState } from '../../../domain/pqrs/state.js';
import {
  negativeSilenceOf,
  positiveSilenceOf,
  type NegativeSilence,
  type NegativeSilenceSubject,
  type PositiveSilence,
  type PositiveSilenceSubject,
} from '../../../domain/pqrs/silence.js';
import type { BusinessCalendar } from '../../../domain/shared/business-calendar.js';
import { bogotaDateOf, type CalendarDate } from '../../../domain/shared/time.js';
import type { CaseDocument } from './cases-projection.js';

/** What a document must hold to judge either silence. */
export type SilenceFields = Pick<
  CaseDocument,
  | 'kind'
  | 'status'
  | 'dueDate'
  | 'receivedOn'
  | 'answeredOn'
  | 'answerNotifiedOn'
  | 'copiesDeliveredOn'
  | 'copiesDeliveredOnTime'
>;

export function positiveSilenceSubjectOf(document: SilenceFields): PositiveSilenceSubject {
  return {
    kind: document.kind,
    status: document.status,
    dueDate: document.dueDate,
    answeredOn: document.answeredOn,
    // Documents projected before copies were recorded have neither: not delivered.
    copiesDeliveredOn: document.copiesDeliveredOn ?? null,
    copiesDeliveredOnTime: document.copiesDeliveredOnTime ?? null,
  };
}

export function negativeSilenceSubjectOf(document: SilenceFields): NegativeSilenceSubject {
  return {
    receivedOn: document.receivedOn,
    status: document.status,
    answerNotifiedOn: document.answerNotifiedOn ?? null,
  };
}

/**
 * Both silences of a case as its events left it at a past instant, judged on that instant's day: what an
 * auditor replaying the case (caseHistory with asOf) is shown — what the law said then, not what it says
 * today.
 */
export function silenceOfState(
  state: PqrsState,
  day: CalendarDate,
  calendar: BusinessCalendar,
): { readonly positive: PositiveSilence | null; readonly negative: NegativeSilence | null } {
  if (state.status === 'NOT_RECEIVED') return { positive: null, negative: null };
  const answered = state.status === 'ANSWERED' || state.status === 'CLOSED';
  const positive = positiveSilenceOf(
    {
      kind: state.kind,
      status: state.status,
      dueDate: state.dueDate,
      answeredOn: answered ? state.answeredOn : null,
      copiesDeliveredOn: state.copiesDelivery?.deliveredOn ?? null,
      copiesDeliveredOnTime: state.copiesDelivery?.onTime ?? null,
    },
    day,
    calendar,
  );
  // The answer was notified when its e-mail reached the server or its letter went to the carrier (the
  // same day the cases read model keeps as answerNotifiedOn).
  const answerNotice = state.notifications.find((notice) => notice.kind === 'ANSWER');
  const answerNotifiedOn =
    answerNotice === undefined
      ? null
      : (answerNotice.dispatch?.dispatchedOn ??
        (answerNotice.sentAt === null ? null : bogotaDateOf(answerNotice.sentAt)));
  const negative = negativeSilenceOf(
    { receivedOn: state.receivedOn, status: state.status, answerNotifiedOn },
    day,
  );
  return { positive, negative };
}
