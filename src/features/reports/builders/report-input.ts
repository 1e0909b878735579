// What every report builder is given: the period, the as-of instant, the entity's names and the layout the
// report was issued with. Nothing else: the same input always gives the same document.
import type { ReportPeriod } from '../read-models/report-sources.js';

/**
 * The layout of the reports issued from now on. A report keeps the layout it was issued with (recorded in
 * its parameters), so regenerating it gives the same bytes after the reports gain sections:
 * 1: as first issued; 2: the PQRS report lists the facts recorded late; 3: the PQRS report counts the
 * filings by who filed them, anonymous ones included (Ventanilla virtual).
 */
export const CURRENT_REPORT_LAYOUT = 3;

export interface ReportInput {
  readonly period: ReportPeriod;
  /** Canonical ISO instant (toISOString form): every event recorded up to it, none after. */
  readonly asOf: string;
  readonly entityName: string;
  readonly officeName: string;
  /** The layout the report was issued with (CURRENT_REPORT_LAYOUT for a new one). */
  readonly layout: number;
}

/** Part of `part` in `whole`, 0..1; null when there is nothing to measure. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function averageOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function maximumOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.max(...values);
}

/** Items grouped by key, keys in the order given first, then any others in sorted order. */
export function groupBy<Item, Key extends string>(
  items: readonly Item[],
  keyOf: (item: Item) => Key,
  knownKeys: readonly Key[] = [],
): Map<Key, Item[]> {
  const groups = new Map<Key, Item[]>(knownKeys.map((key) => [key, []]));
  const extra = new Map<Key, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key) ?? extra.get(key) ?? [];
    if (!groups.has(key) && !extra.has(key)) extra.set(key, group);
    group.push(item);
  }
  // Code-unit order, not a locale's collation: the same data must sort the same on any machine.
  for (const key of [...extra.keys()].sort()) groups.set(key, extra.get(key)!);
  return groups;
}
