// The PQRS indicators read model: one document per Bogotá day (id = YYYY-MM-DD) counting the cases
// received that day and the answers given that day, and the queries that sum a period of them for the
// management reports. Open and overdue cases depend on today, so they are counted from `cases`.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import {
  PQRS_CHANNELS,
  PQRS_KINDS,
  PQRS_STREAM_PREFIX,
  type PqrsChannel,
  upcastPqrsEvent,
  type PqrsKind,
} from '../../../domain/pqrs/events.js';
import type { CalendarDate } from '../../../domain/shared/time.js';
import { CASES_COLLECTION, type CaseStatus } from './cases-projection.js';
import { alreadyApplied, type Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument, ReadModelReader } from '../../../engine/read-models/read-model-store.js';

export const PQRS_INDICATORS_DAILY_COLLECTION = 'pqrsIndicatorsDaily';

export interface PqrsIndicatorsDay extends ReadModelDocument {
  /** The Bogotá day, YYYY-MM-DD: ids sort by date, so a period is an id range. */
  readonly id: CalendarDate;
  readonly received: number;
  readonly answered: number;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  /** Sum of Answered.businessDaysTaken over the day's answers. */
  readonly responseBusinessDaysSum: number;
  readonly receivedByKind: Readonly<Partial<Record<PqrsKind, number>>>;
  readonly receivedByChannel: Readonly<Partial<Record<PqrsChannel, number>>>;
  /**
   * Global position of the last event counted. The runner applies events in log order, so anything at
   * or below it is already counted. A rebuild starts from empty documents, so it starts over too.
   */
  readonly lastPosition: number;
}

export interface PqrsIndicatorsSummary {
  readonly received: number;
  readonly answered: number;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  /** Share of answers given on time, 0..1; null when nothing was answered in the period. */
  readonly onTimeRate: number | null;
  readonly averageResponseBusinessDays: number | null;
  /** Every kind, in the order of PQRS_KINDS, zeros included, so reports always show the same rows. */
  readonly byKind: readonly { readonly kind: PqrsKind; readonly count: number }[];
  readonly byChannel: readonly { readonly channel: PqrsChannel; readonly count: number }[];
}

/** Cases whose term may still run out: the petitioner has not been answered, nor the case ended. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['RECEIVED', 'ASSIGNED', 'AWAITING_INFORMATION'];
/** Open cases whose clock runs: while awaiting the petitioner (art. 17) it stops. */
export const RUNNING_TERM_STATUSES: readonly CaseStatus[] = ['RECEIVED', 'ASSIGNED'];

/** The day an event counts on, or null for the events these indicators do not count. */
export function indicatorDayOf(recorded: RecordedEvent): CalendarDate | null {
  const event = upcastPqrsEvent(recorded);
  switch (event.type) {
    case 'Received':
      return event.data.receivedOn;
    case 'Answered':
      return event.data.answeredOn;
    default:
      return null;
  }
}

/** The day's counters with the event counted (events indicatorDayOf ignores leave them as they were). */
export function countOnDay(
  current: PqrsIndicatorsDay | null,
  day: CalendarDate,
  recorded: RecordedEvent,
): PqrsIndicatorsDay {
  const counters = current ?? emptyDay(day);
  const event = upcastPqrsEvent(recorded);
  const counted = { ...counters, lastPosition: recorded.position };
  switch (event.type) {
    case 'Received':
      return {
        ...counted,
        received: counters.received + 1,
        receivedByKind: increment(counters.receivedByKind, event.data.kind),
        receivedByChannel: increment(counters.receivedByChannel, event.data.channel),
      };
    case 'Answered':
      return {
        ...counted,
        answered: counters.answered + 1,
        answeredOnTime: counters.answeredOnTime + (event.data.onTime ? 1 : 0),
        answeredLate: counters.answeredLate + (event.data.onTime ? 0 : 1),
        responseBusinessDaysSum: counters.responseBusinessDaysSum + event.data.businessDaysTaken,
      };
    default:
      return counters;
  }
}

function emptyDay(day: CalendarDate): PqrsIndicatorsDay {
  return {
    id: day,
    received: 0,
    answered: 0,
    answeredOnTime: 0,
    answeredLate: 0,
    responseBusinessDaysSum: 0,
    receivedByKind: {},
    receivedByChannel: {},
    lastPosition: 0,
  };
}

function increment<Key extends string>(
  counts: Readonly<Partial<Record<Key, number>>>,
  key: Key,
): Partial<Record<Key, number>> {
  return { ...counts, [key]: (counts[key] ?? 0) + 1 };
}

export const pqrsIndicatorsProjection: Projection = {
  name: 'pqrsIndicators',
  version: 1,
  categories: [PQRS_STREAM_PREFIX],
  collections: [PQRS_INDICATORS_DAILY_COLLECTION],
  async apply(event, tx) {
    const day = indicatorDayOf(event);
    if (day === null) return;
    const current = await tx.get<PqrsIndicatorsDay>(PQRS_INDICATORS_DAILY_COLLECTION, day);
    if (alreadyApplied(current, event)) return;
    await tx.put(PQRS_INDICATORS_DAILY_COLLECTION, countOnDay(current, day, event));
  },
};

/** The indicators of the days from `from` to `to`, both included (Bogotá days, YYYY-MM-DD). */
export async function queryPqrsIndicators(
  reader: ReadModelReader,
  from: CalendarDate,
  to: CalendarDate,
): Promise<PqrsIndicatorsSummary> {
  const days = await reader.find<PqrsIndicatorsDay>(PQRS_INDICATORS_DAILY_COLLECTION, {
    id: { $gte: from, $lte: to },
  });
  const sum = (count: (day: PqrsIndicatorsDay) => number): number =>
    days.reduce((total, day) => total + count(day), 0);
  const answered = sum((day) => day.answered);
  const answeredOnTime = sum((day) => day.answeredOnTime);
  return {
    received: sum((day) => day.received),
    answered,
    answeredOnTime,
    answeredLate: sum((day) => day.answeredLate),
    onTimeRate: answered === 0 ? null : answeredOnTime / answered,
    averageResponseBusinessDays: answered === 0 ? null : sum((day) => day.responseBusinessDaysSum) / answered,
    byKind: PQRS_KINDS.map((kind) => ({ kind, count: sum((day) => day.receivedByKind[kind] ?? 0) })),
    byChannel: PQRS_CHANNELS.map((channel) => ({
      channel,
      count: sum((day) => day.receivedByChannel[channel] ?? 0),
    })),
  };
}

/**
 * Cases open today, and those of them overdue: past their due date with the clock running (a case
 * awaiting the petitioner is not overdue). Due on `today` is still on time.
 */
export async function countOpenAndOverdue(
  reader: ReadModelReader,
  today: CalendarDate,
): Promise<{ readonly open: number; readonly overdue: number }> {
  const [open, overdue] = await Promise.all([
    reader.count(CASES_COLLECTION, { status: { $in: OPEN_CASE_STATUSES } }),
    reader.count(CASES_COLLECTION, { status: { $in: RUNNING_TERM_STATUSES }, dueDate: { $lt: today } }),
  ]);
  return { open, overdue };
}
