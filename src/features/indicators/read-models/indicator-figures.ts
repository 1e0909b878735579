// Turning a bucket's count trees into the figures dashboards show: breakdowns as lists of
// { key, value }, averages as sum / count (null over nothing), rates as part / whole (null over nothing).
import { branchAt, countAt, type CountTree } from './count-tree.js';

export interface IndicatorCount {
  readonly key: string;
  readonly value: number;
}

/**
 * The counts of a map. With `everyKey` (an enumeration: kinds, channels...) every key is listed in
 * that order, zeros included, so tables keep their rows; otherwise the keys present (non-zero) in
 * key order.
 */
export function countsOf(branch: CountTree, everyKey?: readonly string[]): IndicatorCount[] {
  const keys = everyKey ?? Object.keys(branch).sort();
  return keys
    .map((key) => ({ key, value: countAt(branch, key) }))
    .filter((count) => everyKey !== undefined || count.value !== 0);
}

/** Part over whole, or null when the whole is 0. */
export function ratioOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** A mean kept as its sum and count, so it rolls up over any period. */
export interface AverageFigure {
  readonly count: number;
  readonly sum: number;
  /** sum / count; null when count is 0. */
  readonly average: number | null;
}

/** The average whose `{ sum, count }` sits at the branch. */
export function averageAt(branch: CountTree): AverageFigure {
  const count = countAt(branch, 'count');
  const sum = countAt(branch, 'sum');
  return { count, sum, average: ratioOf(sum, count) };
}

/** The averages of a map of `{ sum, count }`, keyed like countsOf. */
export function averagesOf(
  branch: CountTree,
  everyKey?: readonly string[],
): (AverageFigure & { readonly key: string })[] {
  const keys = everyKey ?? Object.keys(branch).sort();
  return keys.map((key) => ({ key, ...averageAt(branchAt(branch, key)) }));
}

/** `{ sum, count }` as an increment of one observation. */
export function observation(value: number): CountTree {
  return { sum: value, count: 1 };
}
