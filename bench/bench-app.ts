// Starts the real Ventanilla application on a benchmark data directory, the way main.ts does but with
// a known administrator and only error logs.
import type { INestApplication } from '@nestjs/common';
import { createVentanillaApp } from '../src/app.js';
import { loadConfiguration } from '../src/config/configuration.js';

export const BENCH_ADMIN = { username: 'admin', password: 'admin-bench-123' } as const;
export const BENCH_ADMIN_SETTING = `${BENCH_ADMIN.username}:${BENCH_ADMIN.password}`;

/** Initialised (bootstrap admin created, projections running) but not listening. */
export async function initBenchApp(dataDir: string): Promise<INestApplication> {
  const app = await createVentanillaApp(
    loadConfiguration({
      VENTANILLA_DATA_DIR: dataDir,
      VENTANILLA_BOOTSTRAP_ADMIN: BENCH_ADMIN_SETTING,
      LOG_LEVEL: 'error',
      PORT: '0',
    }),
  );
  await app.init();
  return app;
}

/** Listening on a free port of 127.0.0.1; returns the GraphQL endpoint too. */
export async function listenBenchApp(
  dataDir: string,
): Promise<{ app: INestApplication; graphqlUrl: string }> {
  const app = await initBenchApp(dataDir);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, graphqlUrl: `http://127.0.0.1:${address.port}/graphql` };
}
