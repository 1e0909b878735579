// The read side of reports: what was issued (the `issuedReports` read model), an issued report's file —
// regenerated from its recorded facts, and checked against its hash, when the data folder lost it — and
// the verification that regenerating gives the hash that was printed.
import { Inject, Injectable } from '@nestjs/common';
import type { ReportKind } from '../../../domain/report/index.js';
import { refuse } from '../../../domain/shared/domain-error.js';
import { DomainRuleViolation, NotFound } from '../../../engine/application-errors.js';
import { readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import type { Filter, ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { mediaTypeOf } from '../render/index.js';
import { ReportGeneration } from '../report-generation.js';
import type { ReportParameters } from '../report-generator.js';
import {
  ISSUED_REPORTS_COLLECTION,
  issuedReportsProjection,
  type IssuedReportDocument,
} from './issued-reports-projection.js';

export interface ReportFile {
  readonly report: IssuedReportDocument;
  readonly bytes: Buffer;
  readonly mediaType: string;
}

export interface ReportVerification {
  readonly report: IssuedReportDocument;
  readonly regeneratedContentHash: string;
  readonly matches: boolean;
}

/** What the report queries read: the reports issued. */
export const REPORT_READ_MODELS = Symbol('ReportReadModels');
export const reportReadModels = readModelsProvider(REPORT_READ_MODELS, [issuedReportsProjection]);

@Injectable()
export class ReportQueries {
  constructor(
    @Inject(REPORT_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(ReportGeneration) private readonly generation: ReportGeneration,
  ) {}

  /** The latest issued reports first; filtered by kind and by the hash printed on a file. */
  list(filter: { kind?: ReportKind | null; contentHash?: string | null }, limit: number) {
    const query: Record<string, string> = {};
    if (filter.kind) query.kind = filter.kind;
    if (filter.contentHash) query.contentHash = filter.contentHash.trim().toLowerCase();
    return this.readModels.find<IssuedReportDocument>(ISSUED_REPORTS_COLLECTION, query as Filter, {
      sort: [{ field: 'issuedAt', direction: 'desc' }],
      limit,
    });
  }

  async issued(reportId: string): Promise<IssuedReportDocument> {
    const report = await this.readModels.get<IssuedReportDocument>(ISSUED_REPORTS_COLLECTION, reportId);
    if (report === null) throw new NotFound(`No existe un informe emitido con id ${reportId}.`);
    return report;
  }

  /** The issued file; regenerated (and checked against its hash) when the data folder no longer has it. */
  async file(reportId: string): Promise<ReportFile> {
    const report = await this.issued(reportId);
    const kept = await this.generation.keptFile(reportId, report.fileName);
    if (kept !== null) return { report, bytes: kept, mediaType: mediaTypeOf(report.format) };
    const { rendered, contentHash } = await this.generation.generate(report, parametersOf(report));
    if (contentHash !== report.contentHash)
      throw new DomainRuleViolation(
        refuse(
          'REPORT_CONTENT_CHANGED',
          `El informe ${reportId} regenerado no coincide con su huella: revise la verificación de auditoría.`,
        ),
      );
    await this.generation.keepFile(reportId, rendered);
    return { report, bytes: rendered.bytes, mediaType: rendered.mediaType };
  }

  /** Regenerates the report from its recorded facts and compares the content hash with the issued one. */
  async verify(reportId: string): Promise<ReportVerification> {
    const report = await this.issued(reportId);
    const { contentHash } = await this.generation.generate(report, parametersOf(report));
    return { report, regeneratedContentHash: contentHash, matches: contentHash === report.contentHash };
  }
}

/** The parameters as the issue recorded them (targets, column mapping), not as configured today. */
function parametersOf(report: IssuedReportDocument): ReportParameters {
  return report.parameters as unknown as ReportParameters;
}
