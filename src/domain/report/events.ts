// What the log keeps of an issued report: which report, for which period, as of which instant, with
// which parameters, and the content hash printed on it — so auditors list what was issued and check any
// file against it. The file itself is not in the log: it is regenerated from these facts.
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate, Instant } from '../shared/time.js';

export const REPORT_KINDS = [
  'PQRS',
  'ACCESS_TO_INFORMATION',
  'SATISFACTION',
  'MANAGEMENT',
  'CONTRALORIA',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * CSV is the report as staff read it (its preamble, then its sections); CSV_DATA is only the data of a
 * report that is one table — one header row, then the rows — for another system to import.
 */
export const REPORT_FORMATS = ['CSV', 'XLSX', 'PDF', 'CSV_DATA'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The kinds of report that are one table of data rows, the only ones with a data CSV (CSV_DATA). */
export const REPORT_KINDS_WITH_DATA_ROWS: readonly ReportKind[] = ['CONTRALORIA'];

export type ReportIssued = DomainEvent<
  'ReportIssued',
  {
    readonly reportId: string;
    readonly kind: ReportKind;
    readonly from: CalendarDate;
    readonly to: CalendarDate;
    /** The instant the figures reflect. */
    readonly asOf: Instant;
    readonly format: ReportFormat;
    /** What the report depends on besides kind, period and as-of (targets, column mapping), as used. */
    readonly parameters: Readonly<Record<string, unknown>>;
    /** SHA-256 of the canonical report content: the same for every format, printed on the file. */
    readonly contentHash: string;
    /** SHA-256 of the bytes handed out, so the very file can be checked too. */
    readonly fileSha256: string;
    readonly fileName: string;
    readonly issuedAt: Instant;
  }
>;

export type ReportEvent = ReportIssued;

export const REPORT_EVENT_SCHEMA_VERSIONS: Readonly<Record<ReportEvent['type'], number>> = {
  ReportIssued: 1,
};

export const REPORT_STREAM_PREFIX = 'report-';
export const reportStreamOf = (reportId: string): string => `${REPORT_STREAM_PREFIX}${reportId}`;
