// Transparencia (Ley 1712 de 2014, art. 11 h; Decreto 103 de 2015, art. 52): which issued reports the
// Ventanilla virtual publishes, their figures, their issued PDF and a dataset of the period's cases without
// personal data. Nothing is published by hand: the office's own issue of the report is the act.
import { Inject, Injectable } from '@nestjs/common';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VENTANILLA_CONFIG } from '../config/config-token.js';
import type { VentanillaConfig } from '../config/configuration.js';
import type { ReportKind } from '../domain/report/index.js';
import { bogotaDateOf, yearOf, type CalendarDate } from '../domain/shared/time.js';
import { NotFound } from '../engine/application-errors.js';
import { ReadYourWrites } from '../engine/commands/read-your-writes.js';
import { PersonalTexts } from '../personal-data/personal-texts.js';
import {
  buildContraloriaExport,
  type ContraloriaColumn,
} from '../features/reports/builders/contraloria-export.js';
import type { IssuedReportDocument } from '../features/reports/read-models/issued-reports-projection.js';
import { ReportQueries } from '../features/reports/read-models/report-queries.js';
import { REPORT_SOURCE_PROJECTIONS } from '../features/reports/read-models/report-source-projections.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../features/reports/read-models/report-sources.js';
import { renderDataCsv } from '../features/reports/render/csv-renderer.js';
import { formatDay, formatReportValue } from '../features/reports/render/value-format.js';
import type { ReportDocument } from '../features/reports/report-document.js';
import { generateReport, type ReportParameters } from '../features/reports/report-generator.js';
import { refuse } from '../domain/shared/domain-error.js';
import { DomainRuleViolation } from '../engine/application-errors.js';

/** The same answer for an id that is not a report, a report not published, or a malformed id. */
export const TRANSPARENCY_NOT_FOUND = 'No encontramos ese informe entre los publicados.';

/** The kinds of report the Transparencia page publishes, and the name it gives each. */
export const PUBLISHED_REPORT_TITLES: Readonly<Partial<Record<ReportKind, string>>> = {
  PQRS: 'Informe de PQRS',
  ACCESS_TO_INFORMATION: 'Informe de solicitudes de acceso a la información',
};

/**
 * Who publishes: the office (coordinators, administrators). An auditor issues reports to check them, not
 * to speak for the office.
 */
const PUBLISHING_ROLES: ReadonlySet<string> = new Set(['COORDINATOR', 'ADMIN']);

/**
 * The dataset's columns: what says how each case was handled, nothing that says who filed it or what about.
 * Subject and description are free text a petitioner may have put a name or an address in, and "trasladada
 * a" is typed by staff: all left out.
 */
export const PUBLIC_DATASET_COLUMNS: readonly ContraloriaColumn[] = [
  { field: 'radicado', header: 'Radicado' },
  { field: 'kind', header: 'Tipo' },
  { field: 'channel', header: 'Canal' },
  { field: 'dependency', header: 'Dependencia' },
  { field: 'receivedOn', header: 'Fecha de radicación' },
  { field: 'dueDate', header: 'Fecha de vencimiento' },
  { field: 'answeredOn', header: 'Fecha de respuesta' },
  { field: 'status', header: 'Estado al corte' },
  { field: 'businessDaysTaken', header: 'Días hábiles de respuesta' },
  { field: 'onTime', header: 'Respondida a tiempo' },
  { field: 'overdue', header: 'Vencida sin respuesta al corte' },
];

export interface PublishedFigure {
  readonly label: string;
  /** As the report prints it (es-CO). */
  readonly value: string;
}

export interface PublishedIssue {
  readonly id: string;
  readonly issuedOn: string;
  readonly asOf: string;
  readonly contentHash: string;
  readonly fileSha256: string;
  readonly fileName: string;
  readonly pdfUrl: string;
}

export interface PublishedReport extends PublishedIssue {
  readonly kind: ReportKind;
  readonly title: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** "Primer semestre de 2026", "01/01/2026 a 31/03/2026". */
  readonly periodName: string;
  /** The data of the period's cases without personal data (Informes de PQRS only). */
  readonly datasetUrl: string | null;
  /** Earlier issues of the same period, newest first: superseded, still reachable for whoever kept one. */
  readonly earlierIssues: readonly PublishedIssue[];
}

export interface PublishedReportWithFigures extends PublishedReport {
  /** The access report's figures as printed; [] for the Informe de PQRS; null when not reproducible now. */
  readonly figures: readonly PublishedFigure[] | null;
}

const BASE_PATH = '/ventanilla/transparencia/informes';

/** Whether the issued report is one the page publishes, as issued (before choosing the latest of each period). */
export function isPublishable(report: IssuedReportDocument): boolean {
  if (report.format !== 'PDF' || !PUBLISHING_ROLES.has(report.issuedByRole)) return false;
  // A cut before the period ended gives part of its figures: a draft, not the period's report.
  if (bogotaDateOf(report.asOf) <= report.to) return false;
  if (report.kind === 'PQRS') return isCalendarSemester(report.from, report.to);
  // Decreto 103 sets no period for the access report: any run of whole months within one year.
  if (report.kind === 'ACCESS_TO_INFORMATION') return isWholeMonths(report.from, report.to);
  return false;
}

export function isCalendarSemester(from: CalendarDate, to: CalendarDate): boolean {
  const year = from.slice(0, 4);
  return (
    to.slice(0, 4) === year &&
    ((from.slice(5) === '01-01' && to.slice(5) === '06-30') ||
      (from.slice(5) === '07-01' && to.slice(5) === '12-31'))
  );
}

function isWholeMonths(from: CalendarDate, to: CalendarDate): boolean {
  return from.slice(8) === '01' && isLastDayOfMonth(to) && yearOf(from) === yearOf(to) && from <= to;
}

function isLastDayOfMonth(day: CalendarDate): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate() === date;
}

function periodName(from: CalendarDate, to: CalendarDate): string {
  if (isCalendarSemester(from, to))
    return `${from.slice(5) === '01-01' ? 'Primer' : 'Segundo'} semestre de ${from.slice(0, 4)}`;
  return `${formatDay(from)} a ${formatDay(to)}`;
}

/** The publishable issues grouped by kind and period: the latest issue of each, its earlier ones after it. */
export function publishedReportsOf(issued: readonly IssuedReportDocument[]): PublishedReport[] {
  const byPeriod = new Map<string, IssuedReportDocument[]>();
  for (const report of issued.filter(isPublishable)) {
    const key = `${report.kind}|${report.from}|${report.to}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), report]);
  }
  const published = [...byPeriod.values()].map((issues) => {
    const [latest, ...earlier] = [...issues].sort(
      // Issued in the same instant (one clock tick), the later cut is the fresher report.
      (left, right) =>
        right.issuedAt.localeCompare(left.issuedAt) ||
        right.asOf.localeCompare(left.asOf) ||
        right.id.localeCompare(left.id),
    ) as [IssuedReportDocument, ...IssuedReportDocument[]];
    return {
      ...issueOf(latest),
      kind: latest.kind,
      title: PUBLISHED_REPORT_TITLES[latest.kind] ?? latest.kind,
      from: latest.from,
      to: latest.to,
      periodName: periodName(latest.from, latest.to),
      datasetUrl: latest.kind === 'PQRS' ? `${BASE_PATH}/${latest.id}/datos.csv` : null,
      earlierIssues: earlier.map(issueOf),
    };
  });
  // The latest periods first; within one, the Informe de PQRS before the access report.
  return published.sort(
    (left, right) =>
      right.to.localeCompare(left.to) ||
      right.from.localeCompare(left.from) ||
      left.kind.localeCompare(right.kind),
  );
}

function issueOf(report: IssuedReportDocument): PublishedIssue {
  return {
    id: report.id,
    issuedOn: formatDay(bogotaDateOf(report.issuedAt)),
    asOf: report.asOf,
    contentHash: report.contentHash,
    fileSha256: report.fileSha256,
    fileName: report.fileName,
    pdfUrl: `${BASE_PATH}/${report.id}/informe.pdf`,
  };
}

/** Enough for every issue of every period of many years; the page lists them all. */
const ISSUED_REPORTS_READ = 2000;

@Injectable()
export class Transparency {
  /** The texts stay references to the vault: nothing published needs one, so none is decrypted. */
  private readonly sourcesWithoutTexts: ReportSources;
  /** For the figures, whose hash must match the issued one: the same sources as issuing used. */
  private readonly sources: ReportSources;
  private readonly figures = new Map<string, Promise<readonly PublishedFigure[]>>();
  private readonly datasets = new Map<string, Promise<Buffer>>();

  constructor(
    @Inject(ReportQueries) private readonly reports: ReportQueries,
    @Inject(ReadYourWrites) private readonly readYourWrites: ReadYourWrites,
    @Inject(PersonalTexts) texts: PersonalTexts,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
  ) {
    const reader = readYourWrites.reader(REPORT_SOURCE_PROJECTIONS);
    this.sourcesWithoutTexts = new ReportSources(reader, TEXTS_IN_CLEAR);
    this.sources = new ReportSources(reader, (value) => texts.reveal(value));
  }

  async published(): Promise<PublishedReport[]> {
    const issued = (
      await Promise.all(
        Object.keys(PUBLISHED_REPORT_TITLES).map((kind) =>
          this.reports.list({ kind: kind as ReportKind }, ISSUED_REPORTS_READ),
        ),
      )
    ).flat();
    return publishedReportsOf(issued);
  }

  /** The published reports, each access report with its figures as it prints them. */
  async publishedWithFigures(): Promise<PublishedReportWithFigures[]> {
    const published = await this.published();
    return Promise.all(
      published.map(async (report) => ({
        ...report,
        // Figures that cannot be reproduced now (read models catching up) leave the list standing: the
        // PDF has them, and the next visit shows them.
        figures:
          report.kind === 'ACCESS_TO_INFORMATION' ? await this.figuresOf(report.id).catch(() => null) : [],
      })),
    );
  }

  /** The issued PDF of a published report (the latest of its period or an earlier one). */
  async pdf(reportId: string): Promise<{ bytes: Buffer; report: IssuedReportDocument }> {
    await this.publishedIssue(reportId);
    const { bytes, report } = await this.reports.file(reportId);
    return { bytes, report };
  }

  /** The dataset of a published Informe de PQRS: generated once, then the same bytes from the data folder. */
  async dataset(reportId: string): Promise<{ bytes: Buffer; report: IssuedReportDocument }> {
    const report = await this.publishedIssue(reportId);
    if (report.kind !== 'PQRS') throw new NotFound(TRANSPARENCY_NOT_FOUND);
    let bytes = this.datasets.get(reportId);
    if (bytes === undefined) {
      bytes = this.keptOrGeneratedDataset(report);
      this.datasets.set(reportId, bytes);
      bytes.catch(() => this.datasets.delete(reportId));
    }
    return { bytes: await bytes, report };
  }

  private async publishedIssue(reportId: string): Promise<IssuedReportDocument> {
    const report = await this.reports.issued(reportId).catch((error: unknown) => {
      if (error instanceof NotFound) return null;
      throw error;
    });
    if (report === null || !isPublishable(report)) throw new NotFound(TRANSPARENCY_NOT_FOUND);
    return report;
  }

  private figuresOf(reportId: string): Promise<readonly PublishedFigure[]> {
    let figures = this.figures.get(reportId);
    if (figures === undefined) {
      figures = this.reports.issued(reportId).then((report) => this.generatedFigures(report));
      this.figures.set(reportId, figures);
      figures.catch(() => this.figures.delete(reportId));
    }
    return figures;
  }

  /** The figures sections of the report regenerated from its facts, only when it gives the issued hash. */
  private async generatedFigures(report: IssuedReportDocument): Promise<readonly PublishedFigure[]> {
    await this.requireCaughtUp();
    const { document, contentHash } = await generateReport(
      report.kind,
      { from: report.from, to: report.to },
      report.asOf,
      report.parameters as unknown as ReportParameters,
      this.sources,
    );
    if (contentHash !== report.contentHash) {
      throw new DomainRuleViolation(
        refuse(
          'REPORT_CONTENT_CHANGED',
          'Las cifras de este informe no se pudieron reproducir; descargue el informe emitido.',
        ),
      );
    }
    return figuresIn(document);
  }

  private async keptOrGeneratedDataset(report: IssuedReportDocument): Promise<Buffer> {
    const directory = join(this.config.dataDir, 'reports');
    const path = join(directory, `${report.id}.datos-publicos.csv`);
    const kept = await readFile(path).catch(() => null);
    if (kept !== null) return kept;
    await this.requireCaughtUp();
    const parameters = report.parameters as unknown as ReportParameters;
    // The report's own cut, entity and timeliness rule: the same published report gives the same bytes.
    const document = await buildContraloriaExport(
      {
        period: { from: report.from, to: report.to },
        asOf: report.asOf,
        entityName: parameters.entityName,
        officeName: parameters.officeName,
        layout: parameters.layout ?? 1,
        timelinessOn: parameters.timelinessOn ?? 'ANSWERED',
      },
      this.sourcesWithoutTexts,
      PUBLIC_DATASET_COLUMNS,
    );
    const bytes = renderDataCsv(document);
    await mkdir(directory, { recursive: true });
    await writeFile(`${path}.partial`, bytes, { mode: 0o600 });
    await rename(`${path}.partial`, path);
    return bytes;
  }

  private async requireCaughtUp(): Promise<void> {
    if (!(await this.readYourWrites.caughtUpWithHead(REPORT_SOURCE_PROJECTIONS))) {
      throw new DomainRuleViolation(
        refuse(
          'READ_MODELS_BEHIND',
          'Estamos actualizando la información: intente de nuevo en unos minutos.',
        ),
      );
    }
  }
}

function figuresIn(document: ReportDocument): PublishedFigure[] {
  return document.sections.flatMap((section) =>
    section.type === 'figures'
      ? section.items.map((item) => ({
          label: item.label,
          value: formatReportValue(item.value, item.format, item.decimals),
        }))
      : [],
  );
}
