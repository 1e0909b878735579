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
  'ACTION_PLAN_EXECUTION',
  'TRAINING_NEEDS',
  'RISK_MAP',
  'MANAGEMENT_REVIEW_MINUTES',
  'CAMPAIGNS',
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

/** The kinds of report that end with the author's conclusions (the others have no such section). */
export const REPORT_KINDS_WITH_CONCLUSIONS: readonly ReportKind[] = ['PQRS'];

/** Long enough for a few paragraphs; a report's conclusions are not an annex. */
export const MAX_CONCLUSIONS_LENGTH = 8000;

/** ReportIssued as first stored (schemaVersion 1), before the author's conclusions were recorded. */
export type ReportIssuedV1 = DomainEvent<
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

/**
 * schemaVersion 2: the conclusions the author wrote before issuing, printed on the report. Free text never
 * enters the log in clear: this is the vault's reference to it (null: none written), sealed under a key
 * of the report's own (`textOwnerId`), since the conclusions belong to no citizen.
 */
export type ReportIssued = DomainEvent<
  'ReportIssued',
  ReportIssuedV1['data'] & {
    readonly conclusions: string | null;
    readonly textOwnerId: string | null;
  }
>;

export type ReportEvent = ReportIssued;

export const REPORT_EVENT_SCHEMA_VERSIONS: Readonly<Record<ReportEvent['type'], number>> = {
  ReportIssued: 2,
};

/** An event as the store keeps it: its type, the schema version it was written with, and its data. */
export interface StoredReportEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/** The current shape of a stored report event: a report issued before conclusions were kept has none. */
export function upcastReportEvent(stored: StoredReportEvent): ReportEvent {
  if (stored.type === 'ReportIssued' && stored.schemaVersion < 2) {
    const data = stored.data as ReportIssuedV1['data'];
    return { type: 'ReportIssued', data: { ...data, conclusions: null, textOwnerId: null } };
  }
  return { type: stored.type, data: stored.data } as ReportEvent;
}

export const REPORT_STREAM_PREFIX = 'report-';
export const reportStreamOf = (reportId: string): string => `${REPORT_STREAM_PREFIX}${reportId}`;
