// The `issuedReports` read model: one document per ReportIssued, so auditors list what was issued (who,
// when, which period and as-of, which hash) and downloads find the file's facts.
import {
  REPORT_STREAM_PREFIX,
  upcastReportEvent,
  type ReportFormat,
  type ReportKind,
} from '../../../domain/report/events.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';

export const ISSUED_REPORTS_COLLECTION = 'issuedReports';

export interface IssuedReportDocument extends ReadModelDocument {
  readonly id: string;
  readonly kind: ReportKind;
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  readonly format: ReportFormat;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly contentHash: string;
  readonly fileSha256: string;
  readonly fileName: string;
  /** The vault's reference to the author's conclusions; null when none were written. */
  readonly conclusions: string | null;
  readonly textOwnerId: string | null;
  readonly issuedAt: string;
  readonly issuedBy: string;
  readonly issuedByRole: string;
  readonly lastPosition: number;
}

export const issuedReportsProjection: Projection = {
  name: 'issuedReports',
  // 2: keeps the reference to the author's conclusions, so a regenerated report prints them.
  version: 2,
  categories: [REPORT_STREAM_PREFIX],
  collections: [ISSUED_REPORTS_COLLECTION],
  indexes: { [ISSUED_REPORTS_COLLECTION]: ['kind', 'issuedAt', 'contentHash'] },
  async apply(recorded, tx) {
    const event = upcastReportEvent(recorded);
    if (event.type !== 'ReportIssued') return;
    if ((await tx.get(ISSUED_REPORTS_COLLECTION, event.data.reportId)) !== null) return;
    const { reportId, ...facts } = event.data;
    await tx.put(ISSUED_REPORTS_COLLECTION, {
      id: reportId,
      ...facts,
      issuedBy: recorded.metadata.actorId,
      issuedByRole: recorded.metadata.actorRole,
      lastPosition: recorded.position,
    });
  },
};
