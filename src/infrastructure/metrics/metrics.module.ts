// The metrics (src/infrastructure/metrics): the registry and what feeds it — the command path (through the
// engine's COMMAND_METRICS port), the GraphQL plugin, sign-in — and the two ways to read it: GET /metrics for
// an ADMIN and, when configured, a port of its own on 127.0.0.1.
import { Global, Logger, Module } from '@nestjs/common';
import { COMMAND_METRICS } from '../../engine/commands/command-metrics.js';
import { ProjectionRunner } from '../../engine/projections/projection-runner.js';
import { READ_MODEL_STORE, type ReadModelStore } from '../../engine/read-models/read-model-store.js';
import { CLOCK } from '../../engine/tokens.js';
import { NotificationQueries } from '../../features/notifications/index.js';
import { lastBackupRecorded } from '../../operations/backup/index.js';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin.js';
import { MetricsController } from './metrics.controller.js';
import { LocalMetricsServer } from './metrics-server.js';
import { VentanillaMetrics, type MetricsSources } from './ventanilla-metrics.js';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    {
      provide: VentanillaMetrics,
      useFactory: (projections: ProjectionRunner, readModels: ReadModelStore, clock: () => Date) => {
        const logger = new Logger('Métricas');
        // Straight from the store, not through read-your-writes: a scrape reports what the read models hold
        // now, and never waits for a read model that is behind (its lag says so).
        const notifications = new NotificationQueries(readModels);
        const sources: MetricsSources = {
          projections: () => projections.status(),
          notifications: () => notifications.outbox(),
          // Every backup recorded in the log (scheduled or by hand), from the backups read model.
          lastBackupAt: async () => {
            const last = await lastBackupRecorded(readModels);
            return last === null ? null : new Date(last.takenAt);
          },
          now: clock,
          sourceFailed: (source, error) =>
            logger.warn(
              `Una métrica quedó sin valor (${source}): ${error instanceof Error ? error.message : String(error)}`,
            ),
        };
        return new VentanillaMetrics(sources);
      },
      inject: [ProjectionRunner, READ_MODEL_STORE, CLOCK],
    },
    { provide: COMMAND_METRICS, useExisting: VentanillaMetrics },
    GraphQLMetricsPlugin,
    LocalMetricsServer,
  ],
  exports: [VentanillaMetrics, COMMAND_METRICS, LocalMetricsServer],
})
export class MetricsModule {}
