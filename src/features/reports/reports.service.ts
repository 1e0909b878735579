// Issuing, listing, downloading and verifying reports. A report is generated from the versioned read
// models as of its instant, rendered, kept as a file in the data folder, and recorded as ReportIssued;
// a download whose file is gone, and every verification, regenerates it from the recorded facts.
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deterministicId } from '../../engine/commands/command-executor.js';
import { DomainRuleViolation, NotFound } from '../../engine/application-errors.js';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import { ReadYourWrites } from '../../engine/commands/read-your-writes.js';
import { VENTANILLA_CONFIG, type VentanillaConfig } from '../../config/configuration.js';
import {
  checkReportRequest,
  reportStreamOf,
  type ReportFormat,
  type ReportKind,
  type ReportRequest,
} from '../../domain/report/index.js';
import type { BusinessCalendar } from '../../domain/shared/business-calendar.js';
import { refuse } from '../../domain/shared/domain-error.js';
import { canonicalInstant, isInstant } from '../../domain/shared/time.js';
import { EVENT_STORE, type EventStore } from '../../engine/eventstore/event-store.js';
import { BUSINESS_CALENDAR, CLOCK } from '../../infrastructure/tokens.js';
import {
  ISSUED_REPORTS_COLLECTION,
  type IssuedReportDocument,
} from './read-models/issued-reports-projection.js';
import { ProjectionRunner, ProjectionWaitTimeoutError } from '../../engine/projections/projection-runner.js';
import {
  READ_MODEL_STORE,
  type Filter,
  type ReadModelStore,
} from '../../engine/read-models/read-model-store.js';
import { mediaTypeOf, renderReport, type RenderedReport } from './render/index.js';
import { reportAggregate } from './commands.js';
import { generateReport, parametersFor, type ReportParameters } from './report-generator.js';
import { ReportSources } from './read-models/report-sources.js';

export interface ReportOrder {
  readonly kind: ReportKind;
  readonly from: string;
  readonly to: string;
  readonly format: ReportFormat;
  /** The instant the figures reflect; null for "now". */
  readonly asOf: string | null;
}

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

const FILE_SLUGS: Readonly<Record<ReportKind, string>> = {
  PQRS: 'informe-pqrs',
  ACCESS_TO_INFORMATION: 'informe-acceso-informacion',
  SATISFACTION: 'informe-satisfaccion',
  MANAGEMENT: 'informe-gestion',
  CONTRALORIA: 'relacion-pqrs-contraloria',
};

@Injectable()
export class ReportsService {
  private readonly sources: ReportSources;

  constructor(
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    @Inject(ReadYourWrites) private readonly commands: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: () => Date,
    @Inject(BUSINESS_CALENDAR) private readonly calendar: BusinessCalendar,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
  ) {
    this.sources = new ReportSources(readModels);
  }

  async issue(order: ReportOrder, metadata: CommandMetadata): Promise<IssuedReportDocument> {
    const now = this.clock();
    if (order.asOf !== null && !isInstant(order.asOf))
      throw new DomainRuleViolation(refuse('INVALID_INSTANT', 'La fecha de corte no es válida.', 'asOf'));
    // "Now" is taken a millisecond back: every event recorded up to it is in the log already (the store
    // stamps recordedAt as it commits, never decreasing), so regenerating later finds exactly the same.
    const asOf =
      order.asOf === null ? new Date(now.getTime() - 1).toISOString() : canonicalInstant(order.asOf);
    const request: ReportRequest = {
      kind: order.kind,
      from: order.from,
      to: order.to,
      format: order.format,
      asOf,
    };
    const refusal = checkReportRequest(request, {
      now: now.toISOString(),
      actor: metadata.actor,
      calendar: this.calendar,
    });
    if (refusal !== null) throw new DomainRuleViolation(refusal);

    const parameters = parametersFor(order.kind, this.config.reports);
    const { rendered, contentHash } = await this.generate(request, parameters);
    const reportId = deterministicId(`report/${metadata.commandId}`);
    const fileName = `${FILE_SLUGS[order.kind]}_${order.from}_${order.to}_corte-${asOf.replace(/[-:.]/g, '')}.${rendered.extension}`;
    await this.keepFile(reportId, rendered);
    await this.commands.execute(reportAggregate, {
      stream: reportStreamOf(reportId),
      command: {
        type: 'IssueReport',
        data: {
          ...request,
          reportId,
          parameters: { ...parameters },
          contentHash,
          fileSha256: sha256(rendered.bytes),
          fileName,
        },
      },
      metadata,
    });
    return this.issued(reportId);
  }

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
    const kept = await readFile(this.filePath(reportId, report.fileName)).catch(() => null);
    if (kept !== null) return { report, bytes: kept, mediaType: mediaTypeOf(report.format) };
    const { rendered, contentHash } = await this.generate(
      report,
      report.parameters as unknown as ReportParameters,
    );
    if (contentHash !== report.contentHash)
      throw new DomainRuleViolation(
        refuse(
          'REPORT_CONTENT_CHANGED',
          `El informe ${reportId} regenerado no coincide con su huella: revise la verificación de auditoría.`,
        ),
      );
    await this.keepFile(reportId, rendered);
    return { report, bytes: rendered.bytes, mediaType: rendered.mediaType };
  }

  /** Regenerates the report from its recorded facts and compares the content hash with the issued one. */
  async verify(reportId: string): Promise<ReportVerification> {
    const report = await this.issued(reportId);
    const { contentHash } = await this.generate(report, report.parameters as unknown as ReportParameters);
    return { report, regeneratedContentHash: contentHash, matches: contentHash === report.contentHash };
  }

  private async generate(
    request: Pick<ReportRequest, 'kind' | 'from' | 'to' | 'asOf' | 'format'>,
    parameters: ReportParameters,
  ): Promise<{ rendered: RenderedReport; contentHash: string }> {
    await this.catchUp();
    const { document, contentHash } = await generateReport(
      request.kind,
      { from: request.from, to: request.to },
      request.asOf,
      parameters,
      this.sources,
    );
    return { rendered: await renderReport(document, contentHash, request.format), contentHash };
  }

  /** Reports read the versioned read models: they must hold every event recorded so far. */
  private async catchUp(): Promise<void> {
    const head = await this.eventStore.headPosition();
    if (head === null) return;
    try {
      await this.projections.waitForPosition(head);
    } catch (error) {
      if (!(error instanceof ProjectionWaitTimeoutError)) throw error;
      throw new DomainRuleViolation(
        refuse(
          'READ_MODELS_BEHIND',
          'Los modelos de lectura van atrasados y el informe saldría incompleto: intente de nuevo en unos minutos.',
        ),
      );
    }
  }

  private async keepFile(reportId: string, rendered: RenderedReport): Promise<void> {
    const directory = join(this.config.dataDir, 'reports');
    await mkdir(directory, { recursive: true });
    const path = join(directory, `${reportId}.${rendered.extension}`);
    // Written aside and renamed, so a download never reads half a file.
    await writeFile(`${path}.partial`, rendered.bytes);
    await rename(`${path}.partial`, path);
  }

  private filePath(reportId: string, fileName: string): string {
    const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
    return join(this.config.dataDir, 'reports', `${reportId}.${extension}`);
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
