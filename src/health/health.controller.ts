// GET /health: whether the projections follow the log, and how far behind they are (lag).
import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from '../graphql/common/auth.js';
import { ProjectionRunner, type ProjectionStatus } from '../projections/projection-runner.js';

export interface HealthReport {
  readonly status: 'ok' | 'degraded';
  readonly projections: readonly ProjectionStatus[];
}

@Controller('health')
export class HealthController {
  constructor(@Inject(ProjectionRunner) private readonly projections: ProjectionRunner) {}

  @Get()
  @Public()
  async health(): Promise<HealthReport> {
    const projections = await this.projections.status();
    const healthy = projections.every((projection) => projection.running && projection.lastError === null);
    return { status: healthy ? 'ok' : 'degraded', projections };
  }
}
