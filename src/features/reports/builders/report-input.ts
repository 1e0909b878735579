// What every report builder is given: the period, the as-of instant, the entity's names and the layout the
// report was issued with. Nothing else: the same input always gives the same document.
import type { MailSettings } from '../../../config/mail-settings.js';
import type { ReportPeriod } from '../read-models/report-sources.js';
import type { ReportTable } from '../report-document.js';

/**
 * The layout of the reports issued from now on. A report keeps the layout it was issued with (recorded in
 * its parameters), so regenerating it gives the same bytes after the reports gain sections:
 * 1: as first issued; 2: the PQRS report lists the facts recorded late; 3: the PQRS report counts the
 * filings by who filed them, anonymous ones included (Ventanilla virtual); 4: the PQRS report states the
 * timeliness rule it applied, counts the answers not yet notified and lists each answer with its answer
 * and notification dates; 5: the PQRS report names each figure for what it counts (the cases received in
 * the period at the cut; the period's answers and the stock at its close, as the Tablero shows them);
 * 6: the PQRS report compares the period with the previous one and the same one a year before, counts
 * the filings by month, names the services most complained about and the suggestions received (Ley 190
 * de 1995, art. 54), counts prórrogas, traslados, withdrawals (express, tacit) and anonymous filings by
 * kind, counts and lists the priority cases, closes every count table with a "Total" row, and gives each
 * answer the means it was notified by and its letter's outgoing number; 7: the PDF prints a listing (a row
 * per case, request, answer or response) whole only up to PDF_LISTING_MAX_ROWS rows, and in place of a
 * longer one says how many rows it has and that the XLSX and the CSV hold it whole; 8: the PQRS report
 * counts the transfers made after the five business days of art. 21 (Ley 1755 de 2015), recorded late
 * rather than refused, in its summary and by kind; 9: the PQRS report counts administrative silence at the
 * cut: requests for documents accepted by positive silence (Ley 1755 art. 14.1) and their copies delivered
 * on time, late or pending, and petitions taken as denied by negative silence (Ley 1437 art. 83).
 */
export const CURRENT_REPORT_LAYOUT = 9;

/** The most rows of a listing a layout-7 PDF prints (a dozen pages or so); part of that layout for good. */
export const PDF_LISTING_MAX_ROWS = 500;

/** `table` as a listing of the layout: from layout 7, printed whole in the PDF only up to the limit. */
export function asListing(table: ReportTable, layout: number): ReportTable {
  return layout >= 7 ? { ...table, pdfMaxRows: PDF_LISTING_MAX_ROWS } : table;
}

/**
 * Which day of an answer decides whether it was on time: the day it was given (ANSWERED, the default) or
 * the day the petitioner was notified of it (NOTIFIED). The office's choice (VENTANILLA_TIMELINESS_ON),
 * recorded with each report issued, so a report regenerates with the rule it was issued under.
 */
export type TimelinessRule = MailSettings['timelinessOn'];

export interface ReportInput {
  readonly period: ReportPeriod;
  /** Canonical ISO instant (toISOString form): every event recorded up to it, none after. */
  readonly asOf: string;
  readonly entityName: string;
  readonly officeName: string;
  /** The layout the report was issued with (CURRENT_REPORT_LAYOUT for a new one). */
  readonly layout: number;
  /** The timeliness rule the report was issued under; ANSWERED for reports issued before it was kept. */
  readonly timelinessOn: TimelinessRule;
  /** What the author concluded, as written (revealed from the vault); null when they wrote nothing. */
  readonly conclusions?: string | null;
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
