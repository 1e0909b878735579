// Builds the Nest application for a configuration: used by main.ts, the CLIs and the end-to-end tests.
// The storage engines are opened first, so a configured engine that does not answer stops the start
// with its own clear error before any module is built.
import compression from 'compression';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { VentanillaConfig } from './config/configuration.js';
import { AppModule } from './app.module.js';
import type { InfrastructureOptions } from './infrastructure/infrastructure.module.js';
import { openStorageEngines } from './engine/storage-engines.js';
import { applySecurityHeaders } from './infrastructure/security-headers.js';
import { createPinoLogger, VentanillaLogger, type LogDestination } from './infrastructure/logging/logger.js';
import { requestLog } from './infrastructure/logging/request-log.js';
import { RequestDrain, stopOnSignals } from './infrastructure/shutdown/graceful-shutdown.js';

export interface VentanillaAppOptions extends InfrastructureOptions {
  /**
   * Where the log lines go (LOG_FORMAT, LOG_LEVEL): the server writes them to stdout (main.ts); tools
   * default to stderr, so their own output on stdout stays theirs; tests pass a stream to read them.
   */
  readonly logDestination?: LogDestination;
}

export async function createVentanillaApp(
  config: VentanillaConfig,
  options: VentanillaAppOptions = {},
): Promise<INestApplication> {
  const { logDestination = 2, ...infrastructure } = options;
  const pinoLogger = createPinoLogger(config, logDestination);
  const logger = new VentanillaLogger(pinoLogger);
  // One clock for the application and the event store's recordedAt.
  const clock = options.clock ?? (() => new Date());
  const engines = options.engines ?? (await openStorageEngines(config, clock));
  let app: INestApplication;
  try {
    app = await NestFactory.create(AppModule.register(config, { ...infrastructure, clock, engines }), {
      // LOG_LEVEL keeps its meaning (error, warn, log, debug): the pino logger filters by it.
      logger,
      // Throw to the caller rather than abort the process: main.ts prints why and exits with 1.
      abortOnError: false,
    });
  } catch (error) {
    await Promise.allSettled([engines.eventStore.store.close(), engines.readModels.store.close()]);
    throw error;
  }
  // First: every later middleware and resolver runs inside the request (its ids in every log line and
  // its correlation id in its events); then the drain, which counts requests in flight for a clean stop.
  const drain = new RequestDrain();
  app.use(requestLog(pinoLogger));
  app.use(drain.middleware);
  applySecurityHeaders(app);
  // Compressed answers (the web clients' scripts, GraphQL results) for citizens on slow mobile connections;
  // files already compressed (PDF, images, office documents) are sent as they are.
  app.use(compression());
  if (config.trustProxy !== null) {
    // Which proxies' X-Forwarded-For Express believes: the client address every per-address limit counts.
    (app.getHttpAdapter().getInstance() as { set(name: string, value: unknown): void }).set(
      'trust proxy',
      config.trustProxy,
    );
  }
  stopOnSignals(app, drain, { timeoutMs: config.shutdownTimeoutMs, logger, flush: () => pinoLogger.flush() });
  return app;
}
