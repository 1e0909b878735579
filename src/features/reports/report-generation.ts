// Generating a report: the figures from the versioned read models as of its instant, rendered in its
// format, and the file kept in the data folder. Issuing (commands.ts) and downloading or verifying an
// issued report (read-models/report-queries.ts) both generate through here, so a regenerated report is
// made exactly as the issued one was.
import { Inject, Injectable } from '@nestjs/common';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import type { ReportFormat, ReportKind } from '../../domain/report/index.js';
import { refuse } from '../../domain/shared/domain-error.js';
import { DomainRuleViolation } from '../../engine/application-errors.js';
import { ReadYourWrites } from '../../engine/commands/read-your-writes.js';
import { PersonalTexts } from '../../personal-data/personal-texts.js';
import {
  ACTION_PLAN_PROJECTIONS,
  campaignVersionsProjection,
  managementReviewVersionsProjection,
  riskVersionsProjection,
  trainingPlanVersionsProjection,
} from '../planning/index.js';
import { REPORT_SOURCE_PROJECTIONS } from './read-models/report-source-projections.js';
import { ReportSources } from './read-models/report-sources.js';
import { renderReport, type RenderedReport } from './render/index.js';
import { generateReport, type ReportParameters } from './report-generator.js';

/** The read models reports read: their own versioned sources and the planning features' they use. */
export const REPORT_READ_MODELS = [
  ...REPORT_SOURCE_PROJECTIONS,
  ...ACTION_PLAN_PROJECTIONS,
  trainingPlanVersionsProjection,
  riskVersionsProjection,
  managementReviewVersionsProjection,
  campaignVersionsProjection,
];

/** What a report is a function of: kind, period, as-of instant, format (and its parameters). */
export interface ReportSpecification {
  readonly kind: ReportKind;
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  readonly format: ReportFormat;
  /** The author's conclusions: the text as written, or the vault's reference to it once issued. */
  readonly conclusions?: string | null;
}

@Injectable()
export class ReportGeneration {
  private readonly sources: ReportSources;

  constructor(
    @Inject(ReadYourWrites) private readonly readYourWrites: ReadYourWrites,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(PersonalTexts) private readonly texts: PersonalTexts,
  ) {
    // The read models hold the cases' texts as references to the vault: a report prints the texts.
    this.sources = new ReportSources(readYourWrites.reader(REPORT_READ_MODELS), (value) =>
      texts.reveal(value),
    );
  }

  async generate(
    report: ReportSpecification,
    parameters: ReportParameters,
  ): Promise<{ rendered: RenderedReport; contentHash: string }> {
    // Reports read the versioned read models: they must hold every event recorded so far.
    if (!(await this.readYourWrites.caughtUpWithHead(REPORT_READ_MODELS))) {
      throw new DomainRuleViolation(
        refuse(
          'READ_MODELS_BEHIND',
          'Los modelos de lectura van atrasados y el informe saldría incompleto: intente de nuevo en unos minutos.',
        ),
      );
    }
    const { document, contentHash } = await generateReport(
      report.kind,
      { from: report.from, to: report.to },
      report.asOf,
      parameters,
      this.sources,
      // The same text whether given as written (issuing) or by its reference (regenerating).
      report.conclusions ? await this.texts.reveal(report.conclusions) : null,
    );
    return { rendered: await renderReport(document, contentHash, report.format), contentHash };
  }

  /** Written aside and renamed, so a download never reads half a file. */
  async keepFile(reportId: string, rendered: RenderedReport): Promise<void> {
    const directory = join(this.config.dataDir, 'reports');
    await mkdir(directory, { recursive: true });
    const path = join(directory, `${reportId}.${rendered.extension}`);
    // Owner-only, like every data file: a report lists cases and figures not everyone on the machine may read.
    await writeFile(`${path}.partial`, rendered.bytes, { mode: 0o600 });
    await rename(`${path}.partial`, path);
  }

  /** The kept file of an issued report, or null when the data folder no longer has it. */
  keptFile(reportId: string, fileName: string): Promise<Buffer | null> {
    const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
    return readFile(join(this.config.dataDir, 'reports', `${reportId}.${extension}`)).catch(() => null);
  }
}
