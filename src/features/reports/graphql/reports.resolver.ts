// The reports part of the gateway: `report` issues one (an event: who, when, which hash) and answers with
// its download link; auditors list what was issued and verify a report or a downloaded file.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { REPORT_ISSUER_ROLES } from '../../../domain/report/index.js';
import type { CommandOrigin } from '../../../engine/commands/command-metadata.js';
import { RunCommand } from '../../../engine/commands/run-command.js';
import { Origin, Roles } from '../../../identity/auth.js';
import { issuedReport, issueReport } from '../commands.js';
import type { IssuedReportDocument } from '../read-models/issued-reports-projection.js';
import { ReportQueries } from '../read-models/report-queries.js';
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
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(ReportQueries) private readonly reports: ReportQueries,
  ) {}

  @Mutation(() => IssuedReport, {
    description:
      'Emite un informe con las cifras registradas hasta la fecha de corte; queda registrado (ReportIssued) con su huella.',
  })
  @Roles(...REPORT_ISSUER_ROLES)
  async report(@Args() args: IssueReportArgs, @Origin() origin: CommandOrigin): Promise<IssuedReport> {
    const { kind, from, to, format } = args;
    const command = issueReport({
      kind,
      from,
      to,
      format,
      asOf: args.asOf ?? null,
      conclusions: args.conclusions ?? null,
    });
    const { id } = await this.commands.execute(new RunCommand(issuedReport, null, command, origin));
    return toIssuedReport(await this.reports.issued(id));
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
