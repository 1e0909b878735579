// The reports part of the gateway: `report` issues one (an event: who, when, which hash) and answers with
// its download link; auditors list what was issued and verify a report or a downloaded file.
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { REPORT_ISSUER_ROLES } from '../../../domain/report/index.js';
import type { Actor } from '../../../domain/shared/decider.js';
import type { IssuedReportDocument } from '../read-models/issued-reports-projection.js';
import { ReportsService } from '../reports.service.js';
import { CurrentActor, Roles, type GraphQLRequestContext } from '../../../identity/auth.js';
import { CommandMetadataFactory } from '../../../graphql/command-metadata.factory.js';
import {
  IssuedReport,
  IssuedReportsArgs,
  IssueReportArgs,
  ReportFileVerification,
  ReportIdArgs,
  ReportVerification,
  VerifyReportFileArgs,
} from './reports.types.js';

/** Reports are read by who issues them: coordinators, administrators and auditors. */
const REPORT_READERS = [...REPORT_ISSUER_ROLES];

export function downloadPathOf(reportId: string): string {
  return `/reports/${reportId}/file`;
}

function toIssuedReport(document: IssuedReportDocument): IssuedReport {
  return { ...document, downloadUrl: downloadPathOf(document.id) };
}

@Resolver(() => IssuedReport)
export class ReportsResolver {
  constructor(
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(CommandMetadataFactory) private readonly metadata: CommandMetadataFactory,
  ) {}

  @Mutation(() => IssuedReport, {
    description:
      'Emite un informe con las cifras registradas hasta la fecha de corte; queda registrado (ReportIssued) con su huella.',
  })
  @Roles(...REPORT_ISSUER_ROLES)
  async report(
    @Args() args: IssueReportArgs,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ): Promise<IssuedReport> {
    const issued = await this.reports.issue(
      { kind: args.kind, from: args.from, to: args.to, format: args.format, asOf: args.asOf ?? null },
      this.metadata.create(actor, context),
    );
    return toIssuedReport(issued);
  }

  @Query(() => [IssuedReport], { description: 'Informes emitidos, del más reciente al más antiguo.' })
  @Roles(...REPORT_READERS)
  async issuedReports(@Args() args: IssuedReportsArgs): Promise<IssuedReport[]> {
    const found = await this.reports.list({ kind: args.kind, contentHash: args.contentHash }, args.first);
    return found.map(toIssuedReport);
  }

  @Query(() => ReportVerification, {
    description: 'Regenera un informe emitido con sus mismos datos y compara la huella de contenido.',
  })
  @Roles(...REPORT_READERS)
  async verifyReport(@Args() args: ReportIdArgs): Promise<ReportVerification> {
    const verification = await this.reports.verify(args.reportId);
    return { ...verification, report: toIssuedReport(verification.report) };
  }

  @Query(() => ReportFileVerification, {
    description:
      'Comprueba que un archivo descargado (por su SHA-256) es el que se entregó al emitir el informe.',
  })
  @Roles(...REPORT_READERS)
  async verifyReportFile(@Args() args: VerifyReportFileArgs): Promise<ReportFileVerification> {
    const report = await this.reports.issued(args.reportId);
    return { report: toIssuedReport(report), matches: report.fileSha256 === args.fileSha256.toLowerCase() };
  }
}
