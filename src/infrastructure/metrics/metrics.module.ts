// The metrics (src/infrastructure/metrics): the registry and what feeds it — the command path (through the
// engine's COMMAND_METRICS port), the GraphQL plugin, sign-in — and the two ways to read it: GET /metrics for
// an ADMIN and, when configured, a port of its own on 127.0.0.1.
import { Global, Logger, Module } from '@nestjs/common';
import { COMMAND_METRICS } from '../../engine/commands/command-metrics.js';
import { ProjectionRunner } from '../../engine/projections/projection-runner.js';
import { CLOCK } from '../../engine/tokens.js';
import { NotificationQueries } from '../../features/notifications/index.js';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin.js';
import { MetricsController } from './metrics.controller.js';
import { LocalMetricsServer } from './metrics-server.js';
import { VentanillaMetrics, type MetricsSources } from './ventanilla-metrics.js';
import { LAST_BACKUP_TIME, type LastBackupTime } from './last-backup-time.js';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    {
      provide: VentanillaMetrics,
      useFactory: (
        projections: ProjectionRunner,
        notifications: NotificationQueries,
        lastBackupTime: LastBackupTime | undefined,
        clock: () => Date,
      ) => {
        const logger = new Logger('Métricas');
        const sources: MetricsSources = {
          projections: () => projections.status(),
          notifications: () => notifications.outbox(),
          ...(lastBackupTime === undefined ? {} : { lastBackupAt: lastBackupTime }),
          now: clock,
          sourceFailed: (source, error) =>
            logger.warn(
              `Una métrica quedó sin valor (${source}): ${error instanceof Error ? error.message : String(error)}`,
            ),
        };
        return new VentanillaMetrics(sources);
      },
      inject: [ProjectionRunner, NotificationQueries, { token: LAST_BACKUP_TIME, optional: true }, CLOCK],
    },
    { provide: COMMAND_METRICS, useExisting: VentanillaMetrics },
    GraphQLMetricsPlugin,
    LocalMetricsServer,
  ],
  exports: [VentanillaMetrics, COMMAND_METRICS, LocalMetricsServer],
})
export class MetricsModule {}
