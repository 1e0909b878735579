// The improvement-action indicator read model: one document per Bogotá day (indicator-days.ts) with
// the actions formulated that day by source and by responsible, those closed (effective, not
// effective) by source, and the deltas of two stocks by source: open actions (from the day formulated
// until the day closed) and overdue ones (from the calendar day after the due date until the day
// closed). An action's due date never moves (no event changes it), so its contribution is settled at
// formulation and cut at closing.
// `indicatorImprovementActions` remembers each action's source and dates for its closing.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import {
  ACTION_SOURCE_KINDS,
  IMPROVEMENT_ACTION_STREAM_PREFIX,
  type ActionSourceKind,
  type ImprovementActionEvent,
} from '../../../domain/improvement-action/events.js';
import { addCalendarDays, type CalendarDate } from '../../../domain/shared/time.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument, ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { branchAt, countAt, type CountTree } from './count-tree.js';
import { countsOf, ratioOf, type IndicatorCount } from './indicator-figures.js';
import {
  DayIncrements,
  rollUpIndicatorDays,
  stocksAtEndOf,
  sumIndicatorDays,
  writeDayIncrements,
} from './indicator-days.js';
import type { IndicatorBucketPeriod, IndicatorGranularity } from './indicator-periods.js';

export const IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION = 'indicatorImprovementActionDays';
export const IMPROVEMENT_ACTION_INDICATOR_ACTIONS_COLLECTION = 'indicatorImprovementActions';

export interface ImprovementActionIndicatorAction extends ReadModelDocument {
  /** The action id. */
  readonly id: string;
  readonly source: ActionSourceKind;
  readonly formulatedOn: CalendarDate;
  readonly dueDate: CalendarDate;
  readonly revision: number;
  readonly lastPosition: number;
}

/** What the event adds to the days it touches; null for the events these indicators ignore. */
export function improvementActionIndicatorIncrements(
  action: ImprovementActionIndicatorAction,
  recorded: RecordedEvent,
): DayIncrements | null {
  const event = { type: recorded.type, data: recorded.data } as ImprovementActionEvent;
  const bySource = (amount: number): CountTree => ({ total: amount, bySource: { [action.source]: amount } });
  // Due on a day is still in time that day: overdue from the next calendar day.
  const overdueFrom = addCalendarDays(action.dueDate, 1);
  switch (event.type) {
    case 'ActionFormulated': {
      const formulated = { ...bySource(1), byResponsible: { [event.data.responsibleId]: 1 } };
      return new DayIncrements()
        .add(action.formulatedOn, { flows: { formulated }, stockDeltas: { open: bySource(1) } })
        .add(overdueFrom, { stockDeltas: { overdue: bySource(1) } });
    }
    case 'ActionClosed': {
      const closedOn = event.data.closedOn;
      const outcome = event.data.effective ? 'closedEffective' : 'closedNotEffective';
      return (
        new DayIncrements()
          .add(closedOn, { flows: { [outcome]: bySource(1) } })
          .add(later(closedOn, action.formulatedOn), { stockDeltas: { open: bySource(-1) } })
          // Closed by its due date: this cancels the overdue count that would have started after it.
          .add(later(closedOn, overdueFrom), { stockDeltas: { overdue: bySource(-1) } })
      );
    }
    default:
      return null;
  }
}

function later(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left > right ? left : right;
}

function actionOf(recorded: RecordedEvent): ImprovementActionIndicatorAction | null {
  const event = { type: recorded.type, data: recorded.data } as ImprovementActionEvent;
  if (event.type !== 'ActionFormulated') return null;
  return {
    id: recorded.stream.slice(IMPROVEMENT_ACTION_STREAM_PREFIX.length),
    source: event.data.source.kind,
    formulatedOn: event.data.formulatedOn,
    dueDate: event.data.dueDate,
    revision: recorded.revision,
    lastPosition: recorded.position,
  };
}

export const improvementActionIndicatorDaysProjection: Projection = {
  name: 'indicatorImprovementActions',
  // 2: formulated actions by responsible.
  version: 2,
  categories: [IMPROVEMENT_ACTION_STREAM_PREFIX],
  collections: [
    IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION,
    IMPROVEMENT_ACTION_INDICATOR_ACTIONS_COLLECTION,
  ],
  async apply(recorded, tx) {
    const id = recorded.stream.slice(IMPROVEMENT_ACTION_STREAM_PREFIX.length);
    const current = await tx.get<ImprovementActionIndicatorAction>(
      IMPROVEMENT_ACTION_INDICATOR_ACTIONS_COLLECTION,
      id,
    );
    const formulated = current === null ? actionOf(recorded) : null;
    if (formulated !== null) await tx.put(IMPROVEMENT_ACTION_INDICATOR_ACTIONS_COLLECTION, formulated);
    const action = formulated ?? current;
    if (action === null) return;
    const increments = improvementActionIndicatorIncrements(action, recorded);
    // Each day remembers the last event it counted, so a replayed event is not counted twice.
    if (increments !== null) {
      await writeDayIncrements(tx, IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION, recorded, increments);
    }
  },
};

export interface SourceBreakdown {
  readonly total: number;
  /** Every source kind, in the order of ACTION_SOURCE_KINDS, zeros included. */
  readonly bySource: readonly IndicatorCount[];
}

export interface ImprovementActionIndicatorFigures {
  readonly formulated: SourceBreakdown;
  readonly closedEffective: SourceBreakdown;
  readonly closedNotEffective: SourceBreakdown;
  /** Closed effective / closed; null when none closed in the bucket. */
  readonly effectivenessRate: number | null;
  /** Stocks at the end of the bucket's last day. */
  readonly open: SourceBreakdown;
  readonly overdue: SourceBreakdown;
}

export function improvementActionFiguresOf(totals: {
  readonly flows: CountTree;
  readonly stocks: CountTree;
}): ImprovementActionIndicatorFigures {
  const closedEffective = sourceBreakdownOf(branchAt(totals.flows, 'closedEffective'));
  const closedNotEffective = sourceBreakdownOf(branchAt(totals.flows, 'closedNotEffective'));
  return {
    formulated: sourceBreakdownOf(branchAt(totals.flows, 'formulated')),
    closedEffective,
    closedNotEffective,
    effectivenessRate: ratioOf(closedEffective.total, closedEffective.total + closedNotEffective.total),
    open: sourceBreakdownOf(branchAt(totals.stocks, 'open')),
    overdue: sourceBreakdownOf(branchAt(totals.stocks, 'overdue')),
  };
}

function sourceBreakdownOf(branch: CountTree): SourceBreakdown {
  return {
    total: countAt(branch, 'total'),
    bySource: countsOf(branchAt(branch, 'bySource'), ACTION_SOURCE_KINDS),
  };
}

export type ImprovementActionIndicatorBucket = IndicatorBucketPeriod & ImprovementActionIndicatorFigures;

/** The improvement-action indicators of `from`..`to` (Bogotá days, both included), one entry per bucket. */
export async function queryImprovementActionIndicatorSeries(
  reader: ReadModelReader,
  from: CalendarDate,
  to: CalendarDate,
  granularity: IndicatorGranularity,
): Promise<ImprovementActionIndicatorBucket[]> {
  const buckets = await rollUpIndicatorDays(
    reader,
    IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION,
    { from, to, granularity },
    true,
  );
  return buckets.map((bucket) => ({
    label: bucket.label,
    from: bucket.from,
    to: bucket.to,
    ...improvementActionFiguresOf(bucket),
  }));
}

/** The improvement actions of one period as a whole, for the quality reports (ISO 9001 9.1.3, 10.2). */
export interface ImprovementActionPeriodStatistics {
  readonly formulated: number;
  /** Every source kind, in the order of ACTION_SOURCE_KINDS, zeros included. */
  readonly bySourceKind: readonly { readonly kind: ActionSourceKind; readonly count: number }[];
  /** Responsibles with at least one action formulated in the period, most actions first, then by id. */
  readonly byResponsible: readonly { readonly responsibleId: string; readonly count: number }[];
  readonly closed: number;
  readonly closedEffective: number;
  readonly closedNotEffective: number;
  /** Closed effective / closed, 0..1; null when none closed in the period. */
  readonly effectivenessRate: number | null;
  /** Open at the end of `today`, whatever the period. */
  readonly open: number;
  /** Open at the end of `today` and past their due date. */
  readonly overdue: number;
}

/**
 * Actions formulated and closed from `from` to `to` (Bogotá days, both included), and the actions open
 * and overdue at the end of `today`.
 */
export async function queryImprovementActionPeriodStatistics(
  reader: ReadModelReader,
  period: { readonly from: CalendarDate; readonly to: CalendarDate },
  today: CalendarDate,
): Promise<ImprovementActionPeriodStatistics> {
  const [{ flows }, stocks] = await Promise.all([
    sumIndicatorDays(reader, IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION, period, false),
    stocksAtEndOf(reader, IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION, today),
  ]);
  const figures = improvementActionFiguresOf({ flows, stocks });
  const byResponsible = countsOf(branchAt(flows, 'formulated', 'byResponsible'))
    .map(({ key, value }) => ({ responsibleId: key, count: value }))
    .sort((left, right) => right.count - left.count || left.responsibleId.localeCompare(right.responsibleId));
  return {
    formulated: figures.formulated.total,
    bySourceKind: figures.formulated.bySource.map(({ key, value }) => ({
      kind: key as ActionSourceKind,
      count: value,
    })),
    byResponsible,
    closed: figures.closedEffective.total + figures.closedNotEffective.total,
    closedEffective: figures.closedEffective.total,
    closedNotEffective: figures.closedNotEffective.total,
    effectivenessRate: figures.effectivenessRate,
    open: figures.open.total,
    overdue: figures.overdue.total,
  };
}
