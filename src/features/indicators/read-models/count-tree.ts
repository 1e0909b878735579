// Count trees: the sparse nested maps of numbers every indicator document holds (`{ total: 3, byKind:
// { PETITION: 2, CLAIM: 1 } }`). One addition rule serves the projections (a day plus an event's
// increment) and the queries (the days of a bucket summed), so both read the same shape the same way.

/** Nested maps whose leaves are numbers; a missing leaf counts as 0 (and a missing maximum as none). */
export interface CountTree {
  readonly [key: string]: number | CountTree | undefined;
}

/** A count tree being summed in place (queries fold many documents into one). */
export type MutableCountTree = { [key: string]: number | MutableCountTree };

/**
 * `base` plus `increment`, leaf by leaf. A leaf that comes to 0 is dropped, and so is a map left
 * empty (set to undefined, which JSON leaves out), so documents keep only what counts and a retracted
 * stock leaves nothing behind. Only the maps on the increment's paths are new: the rest is shared
 * with `base`, which stays unchanged.
 */
export function addCounts(base: CountTree, increment: CountTree): CountTree {
  const sum: { [key: string]: number | CountTree | undefined } = { ...base };
  for (const key of Object.keys(increment)) {
    const value = increment[key];
    if (value === undefined) continue;
    const current = base[key];
    const added =
      typeof value === 'number'
        ? (typeof current === 'number' ? current : 0) + value
        : addCounts(typeof current === 'object' ? current : {}, value);
    sum[key] = added === 0 || isEmptyTree(added) ? undefined : added;
  }
  return sum;
}

/** Adds `increment` into `target` in place: for folds over many documents, where copying each time is waste. */
export function addInto(target: MutableCountTree, increment: CountTree): void {
  for (const [key, value] of Object.entries(increment)) {
    if (value === undefined) continue;
    const current = target[key];
    if (typeof value === 'number') {
      const total = (typeof current === 'number' ? current : 0) + value;
      if (total === 0) delete target[key];
      else target[key] = total;
      continue;
    }
    const branch: MutableCountTree = typeof current === 'object' ? current : {};
    addInto(branch, value);
    if (Object.keys(branch).length === 0) delete target[key];
    else target[key] = branch;
  }
}

/** The larger of the two at every leaf (a leaf present in one only is kept as is); `base` stays unchanged. */
export function maxCounts(base: CountTree, candidate: CountTree): CountTree {
  const maxima: { [key: string]: number | CountTree | undefined } = { ...base };
  for (const key of Object.keys(candidate)) {
    const value = candidate[key];
    if (value === undefined) continue;
    const current = base[key];
    maxima[key] =
      typeof value === 'number'
        ? typeof current === 'number'
          ? Math.max(current, value)
          : value
        : maxCounts(typeof current === 'object' ? current : {}, value);
  }
  return maxima;
}

/** The larger at every leaf, into `target` in place (the fold of maxCounts). */
export function maxInto(target: MutableCountTree, candidate: CountTree): void {
  for (const [key, value] of Object.entries(candidate)) {
    if (value === undefined) continue;
    const current = target[key];
    if (typeof value === 'number') {
      target[key] = typeof current === 'number' ? Math.max(current, value) : value;
      continue;
    }
    const branch: MutableCountTree = typeof current === 'object' ? current : {};
    maxInto(branch, value);
    target[key] = branch;
  }
}

/** Nothing in it: entries left undefined by addCounts (dropped leaves and maps) do not count. */
export function isEmptyTree(tree: number | CountTree | undefined): boolean {
  if (tree === undefined) return true;
  if (typeof tree === 'number') return false;
  for (const key in tree) if (tree[key] !== undefined) return false;
  return true;
}

/** The number at `path`, 0 when absent. */
export function countAt(tree: CountTree | undefined, ...path: string[]): number {
  const leaf = nodeAt(tree, path);
  return typeof leaf === 'number' ? leaf : 0;
}

/** The number at `path`, null when absent (a maximum over nothing). */
export function valueAt(tree: CountTree | undefined, ...path: string[]): number | null {
  const leaf = nodeAt(tree, path);
  return typeof leaf === 'number' ? leaf : null;
}

/** The map at `path`, empty when absent. */
export function branchAt(tree: CountTree | undefined, ...path: string[]): CountTree {
  const node = nodeAt(tree, path);
  return typeof node === 'object' ? node : {};
}

function nodeAt(tree: CountTree | undefined, path: readonly string[]): number | CountTree | undefined {
  let node: number | CountTree | undefined = tree;
  for (const key of path) {
    if (typeof node !== 'object') return undefined;
    node = node[key];
  }
  return node;
}
