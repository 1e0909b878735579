// Health for operators and orchestrators (@nestjs/terminus):
// - GET /health/live: the process answers (liveness; restart it when this fails);
// - GET /health/ready (and /health): each storage engine answers a cheap read within a few seconds, and
//   the projections follow the log, with their lag (readiness; send no traffic while it is 503).
// A projection retrying after an error leaves the server serving (stale read models, status degraded);
// an engine that does not answer, or projections that stopped, make it not ready.
import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../identity/auth.js';
import type { EngineProbe, StorageEngines } from '../engine/storage-engines.js';
import { STORAGE_ENGINES } from '../engine/tokens.js';
import { ProjectionRunner } from '../engine/projections/projection-runner.js';

/** How long an engine may take to answer before it counts as down. */
const ENGINE_TIMEOUT_MS = 3_000;

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    @Inject(STORAGE_ENGINES) private readonly engines: StorageEngines,
  ) {}

  @Get('live')
  @Public()
  live(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return this.answer(response, [() => this.indicators.check('process').up({ uptimeSeconds: uptime() })]);
  }

  @Get(['', 'ready'])
  @Public()
  ready(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return this.answer(response, [
      () => this.engine('eventStore', this.engines.eventStore.probe),
      () => this.engine('readModels', this.engines.readModels.probe),
      () => this.projectionsFollowing(),
    ]);
  }

  private engine(key: string, probe: EngineProbe): PromiseLike<HealthIndicatorResult> {
    return this.indicators
      .check(key)
      .attempt(async () => {
        await probe.ping();
        // The engine, not where it is: /health answers anyone, and paths and hosts are not theirs to know.
        return { engine: probe.engine };
      })
      .withTimeout(ENGINE_TIMEOUT_MS);
  }

  private async projectionsFollowing(): Promise<HealthIndicatorResult> {
    const projections = await this.projections.status();
    const indicator = this.indicators.check('projections');
    const data = {
      maxLag: Math.max(0, ...projections.map((projection) => projection.lag)),
      projections,
    };
    if (projections.some((projection) => !projection.running)) return indicator.down(data);
    if (projections.some((projection) => projection.lastError !== null)) return indicator.degraded(data);
    return indicator.up(data);
  }

  /** The result with 200, or with 503 when something is down (terminus throws it; answered as is here). */
  private async answer(
    response: Response,
    indicators: Parameters<HealthCheckService['check']>[0],
  ): Promise<HealthCheckResult> {
    try {
      return await this.health.check(indicators);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}

function uptime(): number {
  return Math.round(process.uptime());
}
