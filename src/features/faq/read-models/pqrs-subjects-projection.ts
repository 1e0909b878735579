// The `pqrsSubjectsDaily` read model: how many PQRS were received each Bogotá day per subject, the
// subject reduced to a key (folded, without Spanish stop words) so the same request in slightly
// different words counts together. The frequent-subjects query sums a period of these small documents
// instead of loading every case: staff see which questions deserve a FAQ entry.
//
// A subject sealed in the personal-data vault reaches the projection as a reference, whose words it
// cannot read: such a subject counts under its reference (one document per case), and the query reveals
// the wording and groups those by key then. Subjects stored in clear (before texts were sealed) are
// grouped here as before.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import { PQRS_STREAM_PREFIX, upcastPqrsEvent } from '../../../domain/pqrs/events.js';
import type { CalendarDate } from '../../../domain/shared/time.js';
import { subjectKeyOf } from './faq-text.js';
import { textIdOf } from '../../../engine/text-references.js';
import { alreadyApplied, type Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument, ReadModelReader } from '../../../engine/read-models/read-model-store.js';

export const PQRS_SUBJECTS_DAILY_COLLECTION = 'pqrsSubjectsDaily';

export interface PqrsSubjectDay extends ReadModelDocument {
  /** `<day>|<subjectKey>`. */
  readonly id: string;
  readonly day: CalendarDate;
  readonly subjectKey: string;
  /** The subject as first written that day with this key: what staff read. */
  readonly subject: string;
  readonly count: number;
  /**
   * Global position of the last event counted. The runner applies events in log order, so anything at
   * or below it is already counted; a rebuild starts from empty documents.
   */
  readonly lastPosition: number;
}

export interface FrequentSubject {
  readonly subjectKey: string;
  /** The wording of the period's busiest day for this key (the earliest on a tie). */
  readonly subject: string;
  readonly count: number;
  readonly firstReceivedOn: CalendarDate;
  readonly lastReceivedOn: CalendarDate;
}

export function subjectDayIdOf(day: CalendarDate, subjectKey: string): string {
  return `${day}|${subjectKey}`;
}

/** The day's counter with a Received event counted; null for the events it does not count. */
export function countSubject(current: PqrsSubjectDay | null, recorded: RecordedEvent): PqrsSubjectDay | null {
  const event = upcastPqrsEvent(recorded);
  if (event.type !== 'Received') return null;
  const subjectKey = keyOfStoredSubject(event.data.subject);
  const day = event.data.receivedOn;
  return {
    id: subjectDayIdOf(day, subjectKey),
    day,
    subjectKey,
    subject: current?.subject ?? event.data.subject,
    count: (current?.count ?? 0) + 1,
    lastPosition: recorded.position,
  };
}

/** The key a subject counts under as stored: its own reference when sealed, its key words when clear. */
function keyOfStoredSubject(subject: string): string {
  return textIdOf(subject) === null ? subjectKeyOf(subject) : subject;
}

export const pqrsSubjectsProjection: Projection = {
  name: 'pqrsSubjects',
  // 2: sealed subjects count under their reference, grouped by key at query time.
  version: 2,
  categories: [PQRS_STREAM_PREFIX],
  collections: [PQRS_SUBJECTS_DAILY_COLLECTION],
  indexes: { [PQRS_SUBJECTS_DAILY_COLLECTION]: ['day'] },
  async apply(event, tx) {
    if (event.type !== 'Received') return;
    const { subject, receivedOn } = event.data as { subject: string; receivedOn: CalendarDate };
    const id = subjectDayIdOf(receivedOn, keyOfStoredSubject(subject));
    const current = await tx.get<PqrsSubjectDay>(PQRS_SUBJECTS_DAILY_COLLECTION, id);
    if (alreadyApplied(current, event)) return;
    const next = countSubject(current, event);
    if (next !== null) await tx.put(PQRS_SUBJECTS_DAILY_COLLECTION, next);
  },
};

/**
 * The `first` subjects received most often from `from` to `to` (Bogotá days, both included).
 * `revealTexts` gives the documents with their sealed subjects' wording.
 */
export async function queryFrequentSubjects(
  reader: ReadModelReader,
  from: CalendarDate,
  to: CalendarDate,
  first: number,
  revealTexts: <Value>(value: Value) => Promise<Value>,
): Promise<FrequentSubject[]> {
  const stored = await reader.find<PqrsSubjectDay>(
    PQRS_SUBJECTS_DAILY_COLLECTION,
    { day: { $gte: from, $lte: to } },
    { sort: [{ field: 'day', direction: 'asc' }] },
  );
  const days = regroupedByKey(stored, await revealTexts(stored.map((day) => day.subject)));
  const bySubject = new Map<string, { total: FrequentSubject; wordingCount: number }>();
  for (const day of days) {
    const seen = bySubject.get(day.subjectKey);
    if (seen === undefined) {
      bySubject.set(day.subjectKey, {
        total: {
          subjectKey: day.subjectKey,
          subject: day.subject,
          count: day.count,
          firstReceivedOn: day.day,
          lastReceivedOn: day.day,
        },
        wordingCount: day.count,
      });
      continue;
    }
    // Days come in order: the earliest wording stays unless a later day counted more receipts.
    const moreFrequentWording = day.count > seen.wordingCount;
    bySubject.set(day.subjectKey, {
      total: {
        ...seen.total,
        subject: moreFrequentWording ? day.subject : seen.total.subject,
        count: seen.total.count + day.count,
        lastReceivedOn: day.day,
      },
      wordingCount: moreFrequentWording ? day.count : seen.wordingCount,
    });
  }
  return [...bySubject.values()]
    .map(({ total }) => total)
    .sort((left, right) => right.count - left.count || left.subjectKey.localeCompare(right.subjectKey))
    .slice(0, first);
}

/**
 * The day documents with each sealed subject (counted under its reference) merged into its day's count
 * for its key, as if it had been counted by key: the first wording of the day stays.
 */
function regroupedByKey(stored: readonly PqrsSubjectDay[], wordings: readonly string[]): PqrsSubjectDay[] {
  const merged = new Map<string, PqrsSubjectDay>();
  stored.forEach((day, index) => {
    const sealed = textIdOf(day.subjectKey) !== null;
    const subject = sealed ? wordings[index]! : day.subject;
    const subjectKey = sealed ? subjectKeyOf(subject) : day.subjectKey;
    const id = subjectDayIdOf(day.day, subjectKey);
    const seen = merged.get(id);
    merged.set(
      id,
      seen === undefined
        ? { ...day, id, subjectKey, subject }
        : {
            ...seen,
            count: seen.count + day.count,
            lastPosition: Math.max(seen.lastPosition, day.lastPosition),
          },
    );
  });
  return [...merged.values()];
}
