// GET /metrics on the application's port, in Prometheus's text format, for a signed-in ADMIN only: the role
// guard refuses a missing or invalid token (401) and any other role (403) with its usual message, which
// says nothing of the metrics. A scraper on the same machine may use the local port instead (metrics-server.ts).
import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../identity/auth.js';
import { VentanillaMetrics } from './ventanilla-metrics.js';

@Controller('metrics')
export class MetricsController {
  constructor(@Inject(VentanillaMetrics) private readonly metrics: VentanillaMetrics) {}

  @Get()
  @Roles('ADMIN')
  async scrape(@Res() response: Response): Promise<void> {
    const { contentType, text } = await this.metrics.exposition();
    response.status(200).set({ 'Content-Type': contentType, 'Cache-Control': 'no-store' }).send(text);
  }
}
