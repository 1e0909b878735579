// The Transparencia page's routes, for anyone and without a session: `GET /ventanilla/transparencia/informes`
// lists the published reports (with the access report's figures), `…/informes/:id/informe.pdf` gives the
// issued PDF and `…/informes/:id/datos.csv` the period's cases without personal data. Every request counts
// against the public reading bucket; an id that is not a published report, whatever the reason, gets one
// 404 with one message.
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NotFound } from '../engine/application-errors.js';
import { Public } from '../identity/auth.js';
import { PublicRateLimit } from './public-rate-limits.js';
import { Transparency, TRANSPARENCY_NOT_FOUND, type PublishedReportWithFigures } from './transparency.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An issued file never changes (a new issue is a new id): any cache may keep it. */
const ISSUED_FILE_CACHE = 'public, max-age=31536000, immutable';

@Controller('ventanilla/transparencia/informes')
export class TransparencyController {
  constructor(@Inject(Transparency) private readonly transparency: Transparency) {}

  @Get()
  @Public()
  @PublicRateLimit('faq')
  async list(
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ reports: PublishedReportWithFigures[] }> {
    // A new issue shows within minutes; the list is cheap to ask again.
    response.set('Cache-Control', 'public, max-age=300');
    return { reports: await this.transparency.publishedWithFigures() };
  }

  @Get(':reportId/informe.pdf')
  @Public()
  @PublicRateLimit('faq')
  async pdf(@Param('reportId') reportId: string, @Res() response: Response): Promise<void> {
    const { bytes, report } = await this.transparency.pdf(publishedId(reportId));
    send(response, bytes, 'application/pdf', report.fileName, report.fileSha256);
  }

  @Get(':reportId/datos.csv')
  @Public()
  @PublicRateLimit('faq')
  async dataset(@Param('reportId') reportId: string, @Res() response: Response): Promise<void> {
    const { bytes, report } = await this.transparency.dataset(publishedId(reportId));
    send(
      response,
      bytes,
      'text/csv; charset=utf-8',
      `datos-pqrs_${report.from}_${report.to}_sin-datos-personales.csv`,
      null,
    );
  }
}

function publishedId(reportId: string): string {
  if (!UUID.test(reportId)) throw new NotFound(TRANSPARENCY_NOT_FOUND);
  return reportId.toLowerCase();
}

function send(
  response: Response,
  bytes: Buffer,
  mediaType: string,
  fileName: string,
  fileSha256: string | null,
): void {
  response
    .status(200)
    .set({
      'Content-Type': mediaType,
      'Content-Disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'Content-Length': String(bytes.length),
      'Cache-Control': ISSUED_FILE_CACHE,
      ...(fileSha256 === null ? {} : { 'X-File-Sha256': fileSha256 }),
    })
    .end(bytes);
}
