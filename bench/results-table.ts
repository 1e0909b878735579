// The tables `npm run bench` prints at the end — the issue's targets, then every figure measured — plus
// the progress lines written while it runs, and the same targets as JSON (`--json FILE`).
import { writeFileSync } from 'node:fs';

export interface BenchResult {
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
  readonly notes: string;
}

/** One target of issue 14: the absolute figure, its baseline from the same run, and their ratio. */
export interface TargetMeasure {
  /** The key in the JSON (store_append, commands_sequential, ...). */
  readonly key: string;
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
  /** Measured in the same run; for a target that is an absolute limit, the limit itself. */
  readonly baseline: number;
  /** What the baseline is, with its unit. */
  readonly baselineOf: string;
  /** value ÷ baseline, or baseline ÷ value where a shorter time is better (as `target` says). */
  readonly ratio: number;
  readonly target: string;
  readonly pass: boolean;
  readonly notes: string;
}

const HEADERS = ['measure', 'value', 'unit', 'notes'] as const;
const TARGET_HEADERS = ['key', 'value', 'unit', 'baseline', 'ratio', 'target', '', 'notes'] as const;
/** Columns aligned to the right: the figures. */
const NUMERIC_TARGET_COLUMNS = new Set([1, 3, 4]);

export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A markdown table, columns padded so it also reads well in a terminal. */
function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: ReadonlySet<number>,
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
  const separator = `|${widths.map((width, column) => (numeric.has(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(headers), separator, ...rows.map(line)].join('\n');
}

export function formatResultsTable(results: readonly BenchResult[]): string {
  return markdownTable(
    HEADERS,
    results.map((result) => [result.measure, formatValue(result.value), result.unit, result.notes]),
    new Set([1]),
  );
}

/** One row per target: value, unit, baseline, ratio, target and a pass/miss mark. */
export function formatTargetsTable(targets: readonly TargetMeasure[]): string {
  return markdownTable(
    TARGET_HEADERS,
    targets.map((target) => [
      target.key,
      formatValue(target.value),
      target.unit,
      `${formatValue(target.baseline)} (${target.baselineOf})`,
      `${target.ratio.toFixed(3)}×`,
      target.target,
      target.pass ? 'pass' : 'MISS',
      `${target.measure}; ${target.notes}`,
    ]),
    NUMERIC_TARGET_COLUMNS,
  );
}

/** `{ "measures": [{ key, value, unit, baseline, ratio, ... }] }`, the issue's shape plus what the table shows. */
export function writeTargetsJson(file: string, targets: readonly TargetMeasure[], context: object): void {
  const measures = targets.map(
    ({ key, value, unit, baseline, ratio, baselineOf, target, pass, measure, notes }) => ({
      key,
      value,
      unit,
      baseline,
      ratio,
      baselineOf,
      target,
      pass,
      measure,
      notes,
    }),
  );
  writeFileSync(file, `${JSON.stringify({ ...context, measures }, null, 2)}\n`);
}

/** Progress goes to stderr, so stdout holds the tables alone. */
export function progress(message: string): void {
  const elapsedSeconds = (performance.now() / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[${elapsedSeconds} s] ${message}\n`);
}
