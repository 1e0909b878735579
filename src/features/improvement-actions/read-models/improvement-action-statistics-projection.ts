// The improvement-action statistics read model: one document per Bogotá day (id = YYYY-MM-DD) counting
// the actions formulated that day (by source kind and by responsible) and those closed that day (effective
// or not), and the queries that sum a period of them for the quality reports (ISO 9001 9.1.3, 10.2).
// Open and overdue actions depend on today, so they are counted from `improvementActions`.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import {
  ACTION_SOURCE_KINDS,
  IMPROVEMENT_ACTION_STREAM_PREFIX,
  type ActionSourceKind,
  type ImprovementActionEvent,
} from '../../../domain/improvement-action/events.js';
import type { CalendarDate } from '../../../domain/shared/time.js';
import { IMPROVEMENT_ACTIONS_COLLECTION } from './improvement-actions-projection.js';
import { alreadyApplied, type Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument, ReadModelReader } from '../../../engine/read-models/read-model-store.js';

export const IMPROVEMENT_ACTION_STATISTICS_DAILY_COLLECTION = 'improvementActionStatisticsDaily';

export interface ImprovementActionStatisticsDay extends ReadModelDocument {
  /** The Bogotá day, YYYY-MM-DD: ids sort by date, so a period is an id range. */
  readonly id: CalendarDate;
  readonly formulated: number;
  readonly formulatedBySourceKind: Readonly<Partial<Record<ActionSourceKind, number>>>;
  /** Responsible user id → actions formulated for them that day. */
  readonly formulatedByResponsible: Readonly<Partial<Record<string, number>>>;
  readonly closedEffective: number;
  readonly closedNotEffective: number;
  /** Global position of the last event counted: anything at or below it is already counted. */
  readonly lastPosition: number;
}

export interface ImprovementActionStatisticsSummary {
  readonly formulated: number;
  /** Every source kind, in the order of ACTION_SOURCE_KINDS, zeros included. */
  readonly bySourceKind: readonly { readonly kind: ActionSourceKind; readonly count: number }[];
  /** Responsibles with at least one action formulated in the period, most actions first. */
  readonly byResponsible: readonly { readonly responsibleId: string; readonly count: number }[];
  readonly closed: number;
  readonly closedEffective: number;
  readonly closedNotEffective: number;
  /** Closed effective / closed, 0..1; null when none closed in the period. */
  readonly effectivenessRate: number | null;
}

/** The day an event counts on, or null for the events these statistics do not count. */
export function statisticsDayOf(recorded: RecordedEvent): CalendarDate | null {
  const event = { type: recorded.type, data: recorded.data } as ImprovementActionEvent;
  switch (event.type) {
    case 'ActionFormulated':
      return event.data.formulatedOn;
    case 'ActionClosed':
      return event.data.closedOn;
    default:
      return null;
  }
}

/** The day's counters with the event counted (events statisticsDayOf ignores leave them as they were). */
export function countActionOnDay(
  current: ImprovementActionStatisticsDay | null,
  day: CalendarDate,
  recorded: RecordedEvent,
): ImprovementActionStatisticsDay {
  const counters = current ?? emptyDay(day);
  const event = { type: recorded.type, data: recorded.data } as ImprovementActionEvent;
  const counted = { ...counters, lastPosition: recorded.position };
  switch (event.type) {
    case 'ActionFormulated':
      return {
        ...counted,
        formulated: counters.formulated + 1,
        formulatedBySourceKind: increment(counters.formulatedBySourceKind, event.data.source.kind),
        formulatedByResponsible: increment(counters.formulatedByResponsible, event.data.responsibleId),
      };
    case 'ActionClosed':
      return {
        ...counted,
        closedEffective: counters.closedEffective + (event.data.effective ? 1 : 0),
        closedNotEffective: counters.closedNotEffective + (event.data.effective ? 0 : 1),
      };
    default:
      return counters;
  }
}

function emptyDay(day: CalendarDate): ImprovementActionStatisticsDay {
  return {
    id: day,
    formulated: 0,
    formulatedBySourceKind: {},
    formulatedByResponsible: {},
    closedEffective: 0,
    closedNotEffective: 0,
    lastPosition: 0,
  };
}

function increment<Key extends string>(
  counts: Readonly<Partial<Record<Key, number>>>,
  key: Key,
): Partial<Record<Key, number>> {
  return { ...counts, [key]: (counts[key] ?? 0) + 1 };
}

export const improvementActionStatisticsProjection: Projection = {
  name: 'improvementActionStatistics',
  version: 1,
  categories: [IMPROVEMENT_ACTION_STREAM_PREFIX],
  collections: [IMPROVEMENT_ACTION_STATISTICS_DAILY_COLLECTION],
  async apply(event, tx) {
    const day = statisticsDayOf(event);
    if (day === null) return;
    const current = await tx.get<ImprovementActionStatisticsDay>(
      IMPROVEMENT_ACTION_STATISTICS_DAILY_COLLECTION,
      day,
    );
    if (alreadyApplied(current, event)) return;
    await tx.put(IMPROVEMENT_ACTION_STATISTICS_DAILY_COLLECTION, countActionOnDay(current, day, event));
  },
};

/** The statistics of the days from `from` to `to`, both included (Bogotá days, YYYY-MM-DD). */
export async function queryImprovementActionStatistics(
  reader: ReadModelReader,
  from: CalendarDate,
  to: CalendarDate,
): Promise<ImprovementActionStatisticsSummary> {
  const days = await reader.find<ImprovementActionStatisticsDay>(
    IMPROVEMENT_ACTION_STATISTICS_DAILY_COLLECTION,
    {
      id: { $gte: from, $lte: to },
    },
  );
  const sum = (count: (day: ImprovementActionStatisticsDay) => number): number =>
    days.reduce((total, day) => total + count(day), 0);
  const byResponsible = new Map<string, number>();
  for (const day of days) {
    for (const [responsibleId, count] of Object.entries(day.formulatedByResponsible)) {
      byResponsible.set(responsibleId, (byResponsible.get(responsibleId) ?? 0) + (count ?? 0));
    }
  }
  const closedEffective = sum((day) => day.closedEffective);
  const closedNotEffective = sum((day) => day.closedNotEffective);
  const closed = closedEffective + closedNotEffective;
  return {
    formulated: sum((day) => day.formulated),
    bySourceKind: ACTION_SOURCE_KINDS.map((kind) => ({
      kind,
      count: sum((day) => day.formulatedBySourceKind[kind] ?? 0),
    })),
    byResponsible: [...byResponsible]
      .map(([responsibleId, count]) => ({ responsibleId, count }))
      .sort(
        (left, right) => right.count - left.count || left.responsibleId.localeCompare(right.responsibleId),
      ),
    closed,
    closedEffective,
    closedNotEffective,
    effectivenessRate: closed === 0 ? null : closedEffective / closed,
  };
}

/** Actions open today, and those of them past their due date (due on `today` is still on time). */
export async function countOpenAndOverdueActions(
  reader: ReadModelReader,
  today: CalendarDate,
): Promise<{ readonly open: number; readonly overdue: number }> {
  const [open, overdue] = await Promise.all([
    reader.count(IMPROVEMENT_ACTIONS_COLLECTION, { status: 'OPEN' }),
    reader.count(IMPROVEMENT_ACTIONS_COLLECTION, { status: 'OPEN', dueDate: { $lt: today } }),
  ]);
  return { open, overdue };
}
