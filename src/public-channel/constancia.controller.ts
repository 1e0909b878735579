// `GET /ventanilla/constancia.pdf?radicado=…&code=…`: the constancia de radicación of a public filing, for
// whoever holds its access code. An unknown radicado, a wrong code and a malformed request all get the
// same 404, so the route tells no one which radicados exist; each request counts as a tracking look-up.
import { Controller, Get, Inject, Optional, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NotFound } from '../engine/application-errors.js';
import { Public } from '../identity/auth.js';
import { renderConstancia } from './constancia.js';
import { PUBLIC_CASE_LOOKUP, type PublicCaseLookup } from './public-cases.js';
import { PublicRateLimit } from './public-rate-limits.js';

export const CONSTANCIA_NOT_FOUND =
  'No encontramos una radicación con ese número y código de consulta. Revise los dos e inténtelo de nuevo.';

/** Longer than any radicado (PQRS-AAAA-NNNNNN) or access code as typed: not worth a look-up. */
const MAX_PARAMETER_LENGTH = 64;

@Controller('ventanilla')
export class ConstanciaController {
  constructor(
    // Provided by the PQRS feature; without it every constancia is "not found".
    @Optional() @Inject(PUBLIC_CASE_LOOKUP) private readonly lookup: PublicCaseLookup | null = null,
  ) {}

  @Get('constancia.pdf')
  @Public()
  @PublicRateLimit('tracking')
  async download(
    @Query('radicado') radicado: unknown,
    @Query('code') code: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const view =
      this.lookup && isParameter(radicado) && isParameter(code)
        ? await this.lookup.constanciaOf(radicado.trim(), code.trim())
        : null;
    if (view === null) throw new NotFound(CONSTANCIA_NOT_FOUND);
    const bytes = await renderConstancia(view);
    response
      .status(200)
      .set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="constancia-${view.radicado.replace(/[^A-Za-z0-9-]/g, '_')}.pdf"`,
        'Content-Length': String(bytes.length),
        // It prints the access code: no shared cache or browser history keeps a copy.
        'Cache-Control': 'no-store',
      })
      .end(bytes);
  }
}

function isParameter(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_PARAMETER_LENGTH;
}
