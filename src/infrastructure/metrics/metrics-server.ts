// The metrics on a port of their own, bound to 127.0.0.1 only (VENTANILLA_METRICS_PORT): a Prometheus agent on
// the same machine scrapes it without a token, and nothing outside the machine reaches it. Started with the
// application, closed before it shuts down.
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import { VentanillaMetrics } from './ventanilla-metrics.js';

export const LOCAL_METRICS_HOST = '127.0.0.1';

@Injectable()
export class LocalMetricsServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private server: Server | null = null;

  constructor(
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(VentanillaMetrics) private readonly metrics: VentanillaMetrics,
  ) {}

  /** Where it listens (127.0.0.1, and the system's port when configured as 0), or null when it is off. */
  get address(): AddressInfo | null {
    const address = this.server?.address();
    return address === null || address === undefined || typeof address === 'string' ? null : address;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.metricsPort;
    if (port === null) return;
    const server = createServer((request, response) => {
      const path = (request.url ?? '').split('?')[0];
      if (request.method !== 'GET' || path !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No encontrado.\n');
        return;
      }
      this.metrics.exposition().then(
        ({ contentType, text }) => {
          response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(text);
        },
        (error: unknown) => {
          new Logger('Métricas').error(`No se pudieron leer las métricas: ${String(error)}`);
          response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Error.\n');
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, LOCAL_METRICS_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
