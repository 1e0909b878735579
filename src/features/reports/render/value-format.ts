// How a report value reads in Spanish (es-CO), shared by every format so that CSV, XLSX and PDF print the
// same text: numbers with '.' for thousands and ',' for decimals, days as DD/MM/YYYY, instants in Bogotá
// time. Also what every format shares about a report's shape: the preamble printed at the top, the table
// of a 'dataset' report, and a row's value for a column.
import type {
  PrintedLogHead,
  ReportColumn,
  ReportDocument,
  ReportTable,
  ReportValue,
  ValueFormat,
} from '../report-document.js';

export const BOGOTA_TIME_ZONE = 'America/Bogota';

/** Digits after the decimal separator when a 'decimal' value does not say. */
export const DEFAULT_DECIMALS = 2;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The printed text of a value; `nullText` is what an absent value reads as ('' in a cell, '—' on paper). */
export function formatReportValue(
  value: ReportValue,
  format: ValueFormat,
  decimals: number = DEFAULT_DECIMALS,
  nullText = '',
): string {
  if (value === null) return nullText;
  switch (format) {
    case 'text':
      return String(value);
    case 'integer':
      return formatNumber(numberValue(value, format), 0);
    case 'decimal':
      return formatNumber(numberValue(value, format), decimals);
    case 'percent':
      return formatPercent(numberValue(value, format));
    case 'date':
      return formatDay(stringValue(value, format));
    case 'dateOrNote': {
      const text = stringValue(value, format);
      return isIsoDay(text) ? formatDay(text) : text;
    }
    case 'instant':
      return formatInstant(stringValue(value, format));
    case 'boolean':
      return booleanValue(value, format) ? 'Sí' : 'No';
    default: {
      const unknownFormat: never = format;
      throw new TypeError(`Unknown value format: ${String(unknownFormat)}`);
    }
  }
}

/**
 * Formatters are made once per number of decimals: making one costs far more than formatting with it,
 * and a report's tables print tens of thousands of numbers.
 */
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

function numberFormatWith(decimals: number): Intl.NumberFormat {
  let format = NUMBER_FORMATS.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: 'always',
    });
    NUMBER_FORMATS.set(decimals, format);
  }
  return format;
}

const PERCENT_FORMAT = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  useGrouping: 'always',
});

/**
 * A number with es-CO separators: '.' between thousands (always, also for four digits: 1.234) and ','
 * before the decimals, rounded half away from zero. The separators are set here rather than taken from
 * the ICU locale data, which differs between Node versions (minimum grouping digits, no-break spaces).
 */
export function formatNumber(value: number, decimals: number): string {
  const parts = numberFormatWith(decimals).formatToParts(value);
  return parts
    .map((part) => {
      if (part.type === 'group') return '.';
      if (part.type === 'decimal') return ',';
      return part.value;
    })
    .join('');
}

/** A share 0..1 as a percentage with one decimal: 0.955 → '95,5 %'. */
export function formatPercent(share: number): string {
  // Intl scales by 100 in decimal arithmetic, so 0.955 does not become 95.49999… before rounding.
  const parts = PERCENT_FORMAT.formatToParts(share);
  const digits = parts
    .filter((part) => part.type !== 'percentSign' && part.type !== 'literal')
    .map((part) => {
      if (part.type === 'group') return '.';
      if (part.type === 'decimal') return ',';
      return part.value;
    })
    .join('');
  return `${digits} %`;
}

/** A Bogotá calendar day 'YYYY-MM-DD' as 'DD/MM/YYYY'. */
export function formatDay(isoDay: string): string {
  const { year, month, day } = parseIsoDay(isoDay);
  return `${day}/${month}/${year}`;
}

/** Whether the text is a calendar day 'YYYY-MM-DD' (a 'dateOrNote' value that is not one is its note). */
export function isIsoDay(text: string): boolean {
  return ISO_DAY.test(text);
}

/** The parts of a calendar day 'YYYY-MM-DD', refusing anything else. */
export function parseIsoDay(isoDay: string): { year: string; month: string; day: string } {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new TypeError(`Not a calendar day (YYYY-MM-DD): ${isoDay}`);
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return { year, month, day };
}

/** The wall clock in Bogotá at an instant, as zero-padded strings. */
export interface BogotaWallClock {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
  readonly second: string;
}

const bogotaWallClockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: BOGOTA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function bogotaWallClock(instant: string): BogotaWallClock {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) throw new TypeError(`Not an ISO 8601 instant: ${instant}`);
  const parts = bogotaWallClockFormat.formatToParts(time);
  const part = (type: Intl.DateTimeFormatPartTypes): string => {
    const found = parts.find((candidate) => candidate.type === type);
    if (!found) throw new TypeError(`Intl gave no ${type} for ${instant}`);
    return found.value;
  };
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** An instant as 'DD/MM/YYYY HH:mm:ss' on the Bogotá wall clock. */
export function formatInstant(instant: string): string {
  const clock = bogotaWallClock(instant);
  return `${clock.day}/${clock.month}/${clock.year} ${clock.hour}:${clock.minute}:${clock.second}`;
}

/**
 * The lines every format prints first, in this order, so a reader (or an import that skips them) always
 * finds who issued the report, under which law, for which period, as of when, and its content hash.
 */
export function reportPreambleLines(document: ReportDocument, contentHash: string): string[] {
  return [
    document.entityName,
    document.officeName,
    document.title,
    document.legalBasis,
    `Periodo: ${formatDay(document.period.from)} a ${formatDay(document.period.to)}`,
    `Cifras con corte a: ${formatInstant(document.asOf)} (hora de Bogotá)`,
    ...(document.signedLogHead === undefined ? [] : [signedLogHeadLine(document.signedLogHead)]),
    contentHashLine(contentHash),
  ];
}

/** The last signed head of the log at the as-of instant, as `npm run audit:verify -- --head` takes it. */
export function signedLogHeadLine(head: PrintedLogHead | null): string {
  return head === null
    ? 'Cabeza firmada del registro: ninguna firmada a la fecha de corte'
    : `Cabeza firmada del registro (evento nº ${head.sequence}, firmada el ${formatInstant(head.signedAt)}): ${head.printable}`;
}

export function contentHashLine(contentHash: string): string {
  return `Huella de contenido (SHA-256): ${contentHash}`;
}

/** The one table of a 'dataset' report; any other shape is a bug in the report that built it. */
export function datasetTable(document: ReportDocument): ReportTable {
  const [table, ...others] = document.sections;
  if (table?.type !== 'table' || others.length > 0) {
    throw new TypeError(`A 'dataset' report has exactly one table section: ${document.kind} does not`);
  }
  return table;
}

/** A row's value for a column; a row must say null for an empty cell, so a misspelt key cannot pass as one. */
export function rowValue(row: Readonly<Record<string, ReportValue>>, column: ReportColumn): ReportValue {
  const value = row[column.key];
  if (value === undefined) throw new TypeError(`A report row has no '${column.key}' value`);
  return value;
}

// A value of the wrong type for its format is a bug in the report that built it: say so instead of
// printing something plausible.
export function numberValue(value: Exclude<ReportValue, null>, format: ValueFormat): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType(value, format);
  return value;
}

export function stringValue(value: Exclude<ReportValue, null>, format: ValueFormat): string {
  if (typeof value !== 'string') throw wrongType(value, format);
  return value;
}

export function booleanValue(value: Exclude<ReportValue, null>, format: ValueFormat): boolean {
  if (typeof value !== 'boolean') throw wrongType(value, format);
  return value;
}

function wrongType(value: Exclude<ReportValue, null>, format: ValueFormat): TypeError {
  return new TypeError(`A '${format}' report value cannot be ${typeof value}: ${JSON.stringify(value)}`);
}
