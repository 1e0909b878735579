// Builds the Nest application for a configuration: used by main.ts, the CLIs and the end-to-end tests.
// The storage engines are opened first, so a configured engine that does not answer stops the start
// with its own clear error before any module is built.
import compression from 'compression';
import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { VentanillaConfig } from './config/configuration.js';
import { AppModule } from './app.module.js';
import type { InfrastructureOptions } from './infrastructure/infrastructure.module.js';
import { openStorageEngines } from './engine/storage-engines.js';
import { applySecurityHeaders } from './infrastructure/security-headers.js';

const LOG_LEVELS: Record<VentanillaConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

export async function createVentanillaApp(
  config: VentanillaConfig,
  options: InfrastructureOptions = {},
): Promise<INestApplication> {
  // One clock for the application and the event store's recordedAt.
  const clock = options.clock ?? (() => new Date());
  const engines = options.engines ?? (await openStorageEngines(config, clock));
  let app: INestApplication;
  try {
    app = await NestFactory.create(AppModule.register(config, { ...options, clock, engines }), {
      logger: LOG_LEVELS[config.logLevel],
      // Throw to the caller rather than abort the process: main.ts prints why and exits with 1.
      abortOnError: false,
    });
  } catch (error) {
    await Promise.allSettled([engines.eventStore.store.close(), engines.readModels.store.close()]);
    throw error;
  }
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
  app.enableShutdownHooks();
  return app;
}
