// A clean stop on SIGTERM (or SIGINT): the server stops accepting connections and answers any new request
// on a kept-alive one with 503; the requests in flight finish, for at most the configured time, then the
// remaining connections are cut; then the application closes — the background senders and pollers stop,
// the projections apply what they gathered and stop after their batch, every store closes (the SQLite files
// checkpointed, no -wal file left) — and the process exits with 0.
import type { INestApplication, LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

export const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** How long closing may take once the requests are done: the projections' last batch, the stores. */
const CLOSING_GRACE_MS = 20_000;

/** Counts the requests in flight and turns new ones away once the stop has begun. */
export class RequestDrain {
  private inFlight = 0;
  private draining = false;
  private readonly idleWaiters = new Set<() => void>();

  /** The Express middleware: right after the request log, so a refused request is logged too. */
  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.draining) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '5');
      res.status(503).json({
        errors: [
          {
            message: 'Ventanilla se está deteniendo; intente de nuevo en unos segundos.',
            extensions: { code: 'SHUTTING_DOWN' },
          },
        ],
      });
      return;
    }
    this.inFlight++;
    let done = false;
    const finished = (): void => {
      if (done) return;
      done = true;
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of [...this.idleWaiters]) wake();
    };
    res.once('finish', finished);
    res.once('close', finished);
    next();
  };

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /**
   * Stops accepting connections and waits for the requests in flight, at most `timeoutMs`; then cuts every
   * connection left (idle kept-alive ones, and those of requests that did not finish in time).
   * Resolves with how many requests were cut.
   */
  async drain(server: Server, timeoutMs: number): Promise<number> {
    this.draining = true;
    // Stops listening at once (closing idle kept-alive connections); the callback only comes when all end.
    if (server.listening) server.close();
    if (this.inFlight > 0) {
      let wake = (): void => undefined;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        wake = resolve;
        this.idleWaiters.add(wake);
        timer = setTimeout(resolve, timeoutMs);
      });
      clearTimeout(timer);
      this.idleWaiters.delete(wake);
    }
    const cut = this.inFlight;
    server.closeAllConnections();
    return cut;
  }
}

/**
 * Stops the application cleanly on SIGTERM and SIGINT, in place of Nest's shutdown hooks (which stop the
 * background work before the requests in flight end, wait for those without a bound, and end by raising
 * the signal again, so the exit status is not 0). Exits with 0, or with 1 when closing fails or takes
 * longer than the requests' wait plus CLOSING_GRACE_MS. `app.close()` called by the application's owner
 * (a tool, a test) removes the signal handlers.
 */
export function stopOnSignals(
  app: INestApplication,
  drain: RequestDrain,
  options: { readonly timeoutMs: number; readonly logger: LoggerService; readonly flush: () => void },
): void {
  const { logger } = options;
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      try {
        logger.log(
          `${signal} recibida: Ventanilla deja de aceptar solicitudes y termina las que atiende`,
          'Apagado',
        );
        // Closing the stores is bounded too: a storage engine that no longer answers must not keep the
        // process up until the supervisor kills it.
        setTimeout(() => {
          logger.error(
            `Ventanilla no terminó de cerrarse ${CLOSING_GRACE_MS} ms después de la espera de las solicitudes`,
            'Apagado',
          );
          options.flush();
          process.exit(1);
        }, options.timeoutMs + CLOSING_GRACE_MS).unref();
        const cut = await drain.drain(app.getHttpServer() as Server, options.timeoutMs);
        if (cut > 0) {
          logger.warn(
            `${cut} solicitud(es) no terminaron en ${options.timeoutMs} ms y se cortaron (VENTANILLA_SHUTDOWN_TIMEOUT_MS)`,
            'Apagado',
          );
        }
        await app.close();
        logger.log('Ventanilla se detuvo limpiamente: proyecciones al día y almacenes cerrados', 'Apagado');
        options.flush();
        process.exit(0);
      } catch (error) {
        logger.error(error instanceof Error ? error : String(error), 'Apagado');
        options.flush();
        process.exit(1);
      }
    })();
  };
  const handlers = STOP_SIGNALS.map((signal) => {
    const handler = (): void => stop(signal);
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  const close = app.close.bind(app);
  app.close = async (...args: Parameters<INestApplication['close']>) => {
    if (!stopping) for (const [signal, handler] of handlers) process.removeListener(signal, handler);
    return close(...args);
  };
}
