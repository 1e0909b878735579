// Builds the Nest application for a configuration: used by main.ts and by the end-to-end tests.
import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { VentanillaConfig } from './config/configuration.js';
import { AppModule } from './app.module.js';
import type { InfrastructureOptions } from './infrastructure/infrastructure.module.js';

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
  const app = await NestFactory.create(AppModule.register(config, options), {
    logger: LOG_LEVELS[config.logLevel],
  });
  app.enableShutdownHooks();
  return app;
}
