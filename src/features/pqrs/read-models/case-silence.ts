// Administrative silence read off a case document (the `cases` read model, or a report's version of it):
// the domain's pure rules (src/domain/pqrs/silence.ts) applied to what the document kept. The day to judge
// on is the caller's: today for the screens, the as-of day for a report.
import type { NegativeSilenceSubject, PositiveSilenceSubject } from '../../../domain/pqrs/silence.js';
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
