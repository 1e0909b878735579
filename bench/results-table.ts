// The one table `npm run bench` prints at the end, plus the progress lines written while it runs.

export interface BenchResult {
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
  readonly notes: string;
}

const HEADERS = ['measure', 'value', 'unit', 'notes'] as const;

export function formatValue(value: number): string {
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A markdown table, columns padded so it also reads well in a terminal. */
export function formatResultsTable(results: readonly BenchResult[]): string {
  const rows = results.map((result) => [
    result.measure,
    formatValue(result.value),
    result.unit,
    result.notes,
  ]);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => (column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
  const separator = `|${widths.map((width, column) => (column === 1 ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(HEADERS), separator, ...rows.map(line)].join('\n');
}

/** Progress goes to stderr, so stdout holds the table alone. */
export function progress(message: string): void {
  const elapsedSeconds = (performance.now() / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[${elapsedSeconds} s] ${message}\n`);
}
