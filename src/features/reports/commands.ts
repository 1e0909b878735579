// Issuing a report on the command path: the report's decider and streams, and what issuing needs before
// the decision is recorded — the as-of instant fixed, the report generated from the read models, its file
// kept, and its hashes. The domain is asked first, so a refused request costs no generation.
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import {
  REPORT_EVENT_SCHEMA_VERSIONS,
  reportDecider,
  reportStreamOf,
  upcastReportEvent,
  type IssueReport,
  type ReportCommand,
  type ReportEvent,
  type ReportKind,
  type ReportState,
} from '../../domain/report/index.js';
import { bogotaStampOf, canonicalInstant, isInstant } from '../../domain/shared/time.js';
import { deterministicId } from '../../engine/commands/command-executor.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../../engine/commands/run-command.js';
import { ReportGeneration } from './report-generation.js';
import { parametersFor } from './report-generator.js';

/** What an issue carries as its hashes while the domain is asked first: well formed, and no report's. */
const HASH_TO_BE_COMPUTED = '0'.repeat(64);

const FILE_SLUGS: Readonly<Record<ReportKind, string>> = {
  PQRS: 'informe-pqrs',
  ACCESS_TO_INFORMATION: 'informe-acceso-informacion',
  SATISFACTION: 'informe-satisfaccion',
  MANAGEMENT: 'informe-gestion',
  CONTRALORIA: 'relacion-pqrs-contraloria',
  ACTION_PLAN_EXECUTION: 'informe-ejecucion-plan-accion',
  TRAINING_NEEDS: 'necesidades-capacitacion-pic',
  RISK_MAP: 'mapa-riesgos',
  MANAGEMENT_REVIEW_MINUTES: 'acta-revision-direccion',
  CAMPAIGNS: 'informe-campanas-medios',
};

@Injectable()
export class ReportLookUps implements CommandLookUps<ReportCommand> {
  constructor(
    @Inject(ReportGeneration) private readonly generation: ReportGeneration,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
  ) {}

  async complete(
    command: ReportCommand,
    context: LookUpContext<ReportCommand>,
  ): Promise<CompletedCommand<ReportCommand>> {
    const { metadata } = context;
    const requested = command.data;
    // "Now" is taken a millisecond back: every event recorded up to it is in the log already (the store
    // stamps recordedAt as it commits, never decreasing), so regenerating later finds exactly the same.
    const asOf =
      requested.asOf === null
        ? new Date(Date.parse(metadata.issuedAt) - 1).toISOString()
        : isInstant(requested.asOf)
          ? canonicalInstant(requested.asOf)
          : requested.asOf;
    const reportId = deterministicId(`report/${metadata.commandId}`);
    // The cut as the office reads it: Bogotá's wall clock, not UTC (a report cut at 20:00 on 30 June
    // would otherwise be named after 1 July).
    // An as-of that is no instant is refused by the domain below; the name is then never used.
    // Blank conclusions are none: nothing to seal, and the report says the author wrote none.
    const conclusions = requested.conclusions?.trim() ? requested.conclusions : null;
    const cut = isInstant(asOf) ? bogotaStampOf(asOf) : asOf.replace(/[-:.]/g, '');
    const fileName = `${FILE_SLUGS[requested.kind]}_${requested.from}_${requested.to}_corte-${cut}`;
    const candidate: IssueReport = {
      type: 'IssueReport',
      data: {
        ...requested,
        reportId,
        asOf,
        conclusions,
        contentHash: HASH_TO_BE_COMPUTED,
        fileSha256: HASH_TO_BE_COMPUTED,
        fileName,
      },
    };
    await context.precheck(candidate);

    const parameters = parametersFor(requested.kind, this.config.reports, this.config.mail.timelinessOn);
    // Generated with the text as written; the command path then seals it, and the log keeps its reference.
    const { rendered, contentHash } = await this.generation.generate(
      { ...requested, asOf, conclusions },
      parameters,
    );
    await this.generation.keepFile(reportId, rendered);
    return {
      id: reportId,
      command: {
        type: 'IssueReport',
        data: {
          ...candidate.data,
          parameters: { ...parameters },
          contentHash,
          fileSha256: createHash('sha256').update(rendered.bytes).digest('hex'),
          fileName: `${fileName}${rendered.fileNameSuffix}.${rendered.extension}`,
        },
      },
    };
  }
}

/**
 * The command to issue a report of this kind, period and format, as of an instant (null: now). Its id,
 * its as-of instant when not given, and what generating it gives are filled in by the look-ups.
 */
export function issueReport(request: {
  readonly kind: ReportKind;
  readonly from: string;
  readonly to: string;
  readonly format: IssueReport['data']['format'];
  readonly asOf: string | null;
  readonly conclusions?: string | null;
}): IssueReport {
  return {
    type: 'IssueReport',
    data: { reportId: '', ...request, parameters: {}, contentHash: '', fileSha256: '', fileName: '' },
  };
}

/** One issued report: `report-<id>`. */
export const issuedReport: AggregateType<ReportCommand, ReportEvent, ReportState> = {
  decider: reportDecider,
  schemaVersions: REPORT_EVENT_SCHEMA_VERSIONS,
  upcast: upcastReportEvent,
  streamOf: reportStreamOf,
  lookUps: ReportLookUps,
  // The author's conclusions are staff free text, which may name people: sealed like every free text,
  // under a key of the report's own (they are no citizen's data, so no erasure of a person reaches them).
  freeTexts: {
    fields: { IssueReport: ['conclusions'] },
    ownerOf: () => null,
  },
};
