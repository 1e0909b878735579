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

export const REPORT_FORMATS = ['CSV', 'XLSX', 'PDF'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

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
