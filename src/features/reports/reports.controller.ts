// Report downloads: plain HTTP, so a browser or a script saves the file, behind the same bearer token and
// roles as the GraphQL operations.
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { REPORT_ISSUER_ROLES } from '../../domain/report/index.js';
import { Roles } from '../../identity/auth.js';
import { NotFound } from '../../engine/application-errors.js';
import { ReportQueries } from './read-models/report-queries.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Controller('reports')
export class ReportsController {
  constructor(@Inject(ReportQueries) private readonly reports: ReportQueries) {}

  @Get(':reportId/file')
  @Roles(...REPORT_ISSUER_ROLES)
  async download(@Param('reportId') reportId: string, @Res() response: Response): Promise<void> {
    if (!UUID.test(reportId)) throw new NotFound(`No existe un informe emitido con id ${reportId}.`);
    const { report, bytes, mediaType } = await this.reports.file(reportId);
    response
      .status(200)
      .set({
        'Content-Type': mediaType,
        'Content-Disposition': `attachment; filename="${report.fileName}"`,
        'Content-Length': String(bytes.length),
        'X-Content-Hash': report.contentHash,
        'Cache-Control': 'no-store',
      })
      .end(bytes);
  }
}
