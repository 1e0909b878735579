// How one entity (a PQRS case, say) counts in a stock over time, as the deltas of indicator-days.ts:
// the stretches of days it counted (segments), and, when something changes on a day, the deltas that
// retract its old contribution from that day on and add the new one.
//
// Changes usually come in date order, but not always: an answer may be recorded with an earlier
// answer date than a reassignment already applied. Keeping the segments lets such a change rewrite
// the contribution from its own day on, so a case never counts twice, nor after it ended.
import { type CalendarDate } from '../../../domain/shared/time.js';

/** The breakdown keys an entity counts under in a stock (its dependency and assignee, say). */
export type StockKeys = Readonly<Record<string, string>>;

/** Days `from` (included) to `to` (excluded; null: still counting) the entity counted under `keys`. */
export interface StockSegment {
  readonly from: CalendarDate;
  readonly to: CalendarDate | null;
  readonly keys: StockKeys;
}

/** What the entity contributes from the change on: counting from `from` under `keys`, or nothing. */
export type StockStance = { readonly from: CalendarDate; readonly keys: StockKeys } | null;

/** +1 or -1 (or their sum) on a day under some keys. */
export interface StockDelta {
  readonly day: CalendarDate;
  readonly keys: StockKeys;
  readonly amount: number;
}

export interface ReshapedStock {
  readonly segments: readonly StockSegment[];
  /** Never two for the same day and keys, never 0: nothing to write when the stock did not change. */
  readonly deltas: readonly StockDelta[];
}

/**
 * From `changeDay` on, the entity contributes `stance` instead of what its segments said: each segment
 * reaching past the change day is cut there (its part from then on retracted), and the new stance
 * starts on its own day or on the change day, whichever is later.
 */
export function reshapeStock(
  segments: readonly StockSegment[],
  changeDay: CalendarDate,
  stance: StockStance,
): ReshapedStock {
  const deltas: StockDelta[] = [];
  const kept: StockSegment[] = [];
  for (const segment of segments) {
    if (segment.to !== null && segment.to <= changeDay) {
      kept.push(segment);
      continue;
    }
    const cut = later(segment.from, changeDay);
    deltas.push({ day: cut, keys: segment.keys, amount: -1 });
    if (segment.to !== null) deltas.push({ day: segment.to, keys: segment.keys, amount: 1 });
    if (segment.from < changeDay) kept.push({ ...segment, to: changeDay });
  }
  if (stance !== null) {
    const from = later(stance.from, changeDay);
    deltas.push({ day: from, keys: stance.keys, amount: 1 });
    kept.push({ from, to: null, keys: stance.keys });
  }
  const net = netDeltas(deltas);
  // The same contribution as before: keep the segments as they were rather than split them for nothing.
  return net.length === 0 ? { segments, deltas: [] } : { segments: kept, deltas: net };
}

function later(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left > right ? left : right;
}

function netDeltas(deltas: readonly StockDelta[]): StockDelta[] {
  const byDayAndKeys = new Map<string, StockDelta>();
  for (const delta of deltas) {
    const id = `${delta.day}|${keysId(delta.keys)}`;
    const current = byDayAndKeys.get(id);
    byDayAndKeys.set(id, { ...delta, amount: (current?.amount ?? 0) + delta.amount });
  }
  return [...byDayAndKeys.values()].filter((delta) => delta.amount !== 0);
}

/** Keys are always built in the same order (and JSON keeps it), so their values in order name them. */
function keysId(keys: StockKeys): string {
  return Object.values(keys).join('\u0000');
}
