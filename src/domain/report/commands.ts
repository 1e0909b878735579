// Issuing a report: the request (kind, period, as-of, format) and what generating it gave.
import type { CalendarDate, Instant } from '../shared/time.js';
import type { ReportFormat, ReportKind } from './events.js';

export interface ReportRequest {
  readonly kind: ReportKind;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly asOf: Instant;
  readonly format: ReportFormat;
}

export type IssueReport = {
  readonly type: 'IssueReport';
  readonly data: Omit<ReportRequest, 'asOf'> & {
    /** The instant the figures reflect; null until the application fixes "now" as the store committed it. */
    readonly asOf: Instant | null;
    readonly reportId: string;
    readonly parameters: Readonly<Record<string, unknown>>;
    readonly contentHash: string;
    readonly fileSha256: string;
    readonly fileName: string;
    /**
     * What the author concludes, printed at the report's end (the kinds with a conclusions section): the
     * text as written until the command path seals it, then the vault's reference; null when none.
     */
    readonly conclusions?: string | null;
    /** The vault's owner of the sealed conclusions (written by the command path). */
    readonly textOwnerId?: string | null;
  };
};

export type ReportCommand = IssueReport;
