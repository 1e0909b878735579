// Health for operators and orchestrators (@nestjs/terminus):
// - GET /health/live: the process answers (liveness; restart it when this fails);
// - GET /health/ready (and /health): each storage engine answers a cheap read within a few seconds (the
//   attachment store can take a file), and the projections follow the log, with their lag (readiness;
//   send no traffic while it is 503).
// A projection retrying after an error leaves the server serving (stale read models, status degraded);
// an engine that does not answer, or projections that stopped, make it not ready. Anyone sees the status of
// each check and the engines' names; the details (projections, checkpoints, head, lag, errors) are for a
// signed-in ADMIN only.
import { ATTACHMENT_STORE, type AttachmentStore } from '../attachments/attachment-store.js';
import { Controller, Get, Inject, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import type { Request, Response } from 'express';
import { ACCESS_TOKEN_VERIFIER, Public, type AccessTokenVerifier } from '../identity/auth.js';
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
    @Inject(ACCESS_TOKEN_VERIFIER) private readonly tokens: AccessTokenVerifier,
    @Inject(ATTACHMENT_STORE) private readonly attachments: AttachmentStore,
  ) {}

  @Get('live')
  @Public()
  live(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return this.answer(response, [() => this.indicators.check('process').up({ uptimeSeconds: uptime() })]);
  }

  @Get(['', 'ready'])
  @Public()
  async ready(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<HealthCheckResult> {
    const result = await this.answer(response, [
      () => this.engine('eventStore', this.engines.eventStore.probe),
      () => this.engine('readModels', this.engines.readModels.probe),
      // Files: a filing with attachments needs the store to take them.
      () =>
        this.engine('attachments', { engine: this.attachments.engine, ping: () => this.attachments.ping() }),
      () => this.projectionsFollowing(),
    ]);
    return (await this.isAdministrator(request)) ? result : publicViewOf(result);
  }

  private async isAdministrator(request: Request): Promise<boolean> {
    const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) return false;
    const user = await this.tokens.verify(token).catch(() => null);
    return user?.roles.includes('ADMIN') ?? false;
  }

  private engine(
    key: string,
    probe: Pick<EngineProbe, 'ping'> & { readonly engine: string },
  ): PromiseLike<HealthIndicatorResult> {
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

/** Each check's status and, for an engine, its name: what anyone may know of the server. */
function publicViewOf(result: HealthCheckResult): HealthCheckResult {
  const strip = (section: Partial<HealthIndicatorResult> = {}): HealthIndicatorResult => {
    const stripped: HealthIndicatorResult = {};
    for (const [key, indicator] of Object.entries(section)) {
      if (indicator === undefined) continue;
      const { status, engine } = indicator;
      stripped[key] = typeof engine === 'string' ? { status, engine } : { status };
    }
    return stripped;
  };
  return {
    status: result.status,
    info: strip(result.info),
    error: strip(result.error),
    details: strip(result.details),
  };
}

function uptime(): number {
  return Math.round(process.uptime());
}
