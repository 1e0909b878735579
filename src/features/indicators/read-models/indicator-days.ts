// The shape every indicator read model shares: one document per Bogotá day (id = YYYY-MM-DD) with
// the day's flows, maxima and stock deltas as count trees; how an event's increments are written to
// the days they touch, idempotently; and how a period's days are rolled up into buckets.
//
// Stocks (open cases, overdue cases...) are kept as deltas: a case adds +1 on the day it starts to
// count and -1 on the day it stops, so the stock at the end of day D is the sum of every delta on days
// up to D. A delta may land on a future day (the day after a due date): later events retract it.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import type { CalendarDate } from '../../../domain/shared/time.js';
import { pauseIfBusy } from '../../../engine/event-loop.js';
import { alreadyApplied } from '../../../engine/projections/projection.js';
import type {
  ReadModelDocument,
  ReadModelReader,
  ReadModelTransaction,
} from '../../../engine/read-models/read-model-store.js';
import {
  addCounts,
  addInto,
  isEmptyTree,
  maxCounts,
  maxInto,
  type CountTree,
  type MutableCountTree,
} from './count-tree.js';
import { bucketsOf, type IndicatorBucketPeriod, type IndicatorGranularity } from './indicator-periods.js';

export interface IndicatorDay extends ReadModelDocument {
  /** The Bogotá day, YYYY-MM-DD: ids sort by date, so a period is an id range. */
  readonly id: CalendarDate;
  /** What happened that day: summed over a bucket's days. */
  readonly flows?: CountTree;
  /** The largest values seen that day: the bucket's maximum is the largest of its days'. */
  readonly maxima?: CountTree;
  /** Changes of the stocks at the end of that day: summed over every day up to the bucket's last. */
  readonly stockDeltas?: CountTree;
  /** Global position of the last event applied: anything at or below it is already in the document. */
  readonly lastPosition: number;
}

/** What one event adds to one day. */
export interface DayIncrement {
  readonly flows?: CountTree;
  readonly maxima?: CountTree;
  readonly stockDeltas?: CountTree;
}

/** An event's increments, by day; several on the same day merge, so each day is written once. */
export class DayIncrements {
  private readonly byDay = new Map<CalendarDate, DayIncrement>();

  add(day: CalendarDate, increment: DayIncrement): this {
    const current = this.byDay.get(day);
    this.byDay.set(day, current === undefined ? increment : mergeIncrements(current, increment));
    return this;
  }

  /** The days with something to write: deltas that cancel out on a day leave it untouched. */
  days(): { readonly day: CalendarDate; readonly increment: DayIncrement }[] {
    return [...this.byDay]
      .map(([day, increment]) => ({ day, increment }))
      .filter(
        ({ increment }) =>
          !isEmptyTree(increment.flows) ||
          !isEmptyTree(increment.maxima) ||
          !isEmptyTree(increment.stockDeltas),
      );
  }
}

function mergeIncrements(left: DayIncrement, right: DayIncrement): DayIncrement {
  return {
    flows: added(left.flows, right.flows, addCounts),
    maxima: added(left.maxima, right.maxima, maxCounts),
    stockDeltas: added(left.stockDeltas, right.stockDeltas, addCounts),
  };
}

/** `base` combined with `increment`; either missing, the other as it is (most events touch one part only). */
function added(
  base: CountTree | undefined,
  increment: CountTree | undefined,
  combine: (base: CountTree, increment: CountTree) => CountTree,
): CountTree {
  if (increment === undefined) return base ?? {};
  return base === undefined ? combine({}, increment) : combine(base, increment);
}

/** The day document with the increment added. */
export function addToDay(
  current: IndicatorDay | null,
  day: CalendarDate,
  increment: DayIncrement,
  position: number,
): IndicatorDay {
  const flows = added(current?.flows, increment.flows, addCounts);
  const maxima = added(current?.maxima, increment.maxima, maxCounts);
  const stockDeltas = added(current?.stockDeltas, increment.stockDeltas, addCounts);
  return {
    id: day,
    ...(isEmptyTree(flows) ? {} : { flows }),
    ...(isEmptyTree(maxima) ? {} : { maxima }),
    ...(isEmptyTree(stockDeltas) ? {} : { stockDeltas }),
    lastPosition: position,
  };
}

/** Writes each day's increment, skipping the days that already hold this event. */
export async function writeDayIncrements(
  tx: ReadModelTransaction,
  collection: string,
  event: Pick<RecordedEvent, 'position'>,
  increments: DayIncrements,
): Promise<void> {
  for (const { day, increment } of increments.days()) {
    const current = await tx.get<IndicatorDay>(collection, day);
    if (alreadyApplied(current, event)) continue;
    await tx.put(collection, addToDay(current, day, increment, event.position));
  }
}

/** A bucket's totals: flows and maxima over its days, stocks at the end of its last day. */
export interface IndicatorBucketTotals extends IndicatorBucketPeriod {
  readonly flows: CountTree;
  readonly maxima: CountTree;
  readonly stocks: CountTree;
}

/**
 * The days of `collection` rolled up into the buckets of `from`..`to`. With stocks, every day up to
 * `to` is read, those before `from` for their stock deltas only: a stock is the sum of all deltas so
 * far. A read model without stocks needs the period's days only.
 */
export async function rollUpIndicatorDays(
  reader: ReadModelReader,
  collection: string,
  period: {
    readonly from: CalendarDate;
    readonly to: CalendarDate;
    readonly granularity: IndicatorGranularity;
  },
  withStocks: boolean,
): Promise<IndicatorBucketTotals[]> {
  const { from, to, granularity } = period;
  return rollUpIntoBuckets(reader, collection, bucketsOf(from, to, granularity), withStocks);
}

/**
 * The days of `from`..`to` (both included) as one total, whatever its length: flows and maxima of
 * those days, stocks at the end of `to` (when asked for).
 */
export async function sumIndicatorDays(
  reader: ReadModelReader,
  collection: string,
  period: { readonly from: CalendarDate; readonly to: CalendarDate },
  withStocks: boolean,
): Promise<IndicatorBucketTotals> {
  const { from, to } = period;
  const [total] = await rollUpIntoBuckets(
    reader,
    collection,
    [{ label: `${from}/${to}`, from, to }],
    withStocks,
  );
  return total;
}

/** The stocks at the end of `day`: every stock delta up to it. */
export async function stocksAtEndOf(
  reader: ReadModelReader,
  collection: string,
  day: CalendarDate,
): Promise<CountTree> {
  return (await sumIndicatorDays(reader, collection, { from: day, to: day }, true)).stocks;
}

/** The days rolled up into `buckets`, which follow one another without gaps or overlaps, oldest first. */
async function rollUpIntoBuckets(
  reader: ReadModelReader,
  collection: string,
  buckets: readonly IndicatorBucketPeriod[],
  withStocks: boolean,
): Promise<IndicatorBucketTotals[]> {
  if (buckets.length === 0) return [];
  const from = buckets[0].from;
  const to = buckets[buckets.length - 1].to;
  const days = await reader.find<IndicatorDay>(
    collection,
    { id: withStocks ? { $lte: to } : { $gte: from, $lte: to } },
    { sort: [{ field: 'id', direction: 'asc' }] },
  );
  const stocks: MutableCountTree = {};
  let next = 0;
  const totals: IndicatorBucketTotals[] = [];
  for (const bucket of buckets) {
    // A year by day is hundreds of buckets: other requests get the event loop between them.
    await pauseIfBusy();
    const flows: MutableCountTree = {};
    const maxima: MutableCountTree = {};
    for (; next < days.length && days[next].id <= bucket.to; next += 1) {
      const day = days[next];
      addInto(stocks, day.stockDeltas ?? {});
      if (day.id < bucket.from) continue;
      addInto(flows, day.flows ?? {});
      maxInto(maxima, day.maxima ?? {});
    }
    totals.push({ ...bucket, flows, maxima, stocks: structuredClone(stocks) });
  }
  return totals;
}
