// Worker threads that run scrypt for sign-ins and new passwords. node:crypto's asynchronous scrypt runs on
// libuv's shared pool of four threads, where the token checks of every request (WebCrypto HMAC) and file
// work queue too: a flood of wrong passwords filled it and made every other request wait. Each worker here
// runs scrypt synchronously on its own thread, so that pool stays free, and the queue is bounded, so a
// flood is refused (TOO_MANY_REQUESTS) rather than left to grow without end.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScryptOptions } from 'node:crypto';
import { TooManyRequests } from '../engine/application-errors.js';

// Inline (CommonJS, `eval`) so the same source runs from the compiled build and from the TypeScript
// sources under the test runner: a worker file would be neither compiled nor found in one of them.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', ({ password, salt, keyLength, options }) => {
  try {
    const key = scryptSync(password, salt, keyLength, options);
    parentPort.postMessage({ key });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
`;

interface DerivationTask {
  readonly request: {
    readonly password: string;
    readonly salt: Uint8Array;
    readonly keyLength: number;
    readonly options: ScryptOptions;
  };
  readonly resolve: (key: Buffer) => void;
  readonly reject: (error: Error) => void;
}

export interface ScryptWorkerPoolOptions {
  /** Threads hashing at once: by default one less than the cores (at least one, at most four). */
  readonly threads?: number;
  /** Derivations waiting for a thread beyond which new ones are refused. */
  readonly maxQueued?: number;
}

export const DEFAULT_HASHING_THREADS = Math.max(1, Math.min(4, availableParallelism() - 1));
export const DEFAULT_MAX_QUEUED_HASHES = 32;

export class ScryptWorkerPool {
  private readonly threads: number;
  private readonly maxQueued: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, DerivationTask>();
  private readonly queue: DerivationTask[] = [];
  private closed = false;

  constructor(options: ScryptWorkerPoolOptions = {}) {
    this.threads = options.threads ?? DEFAULT_HASHING_THREADS;
    this.maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED_HASHES;
    if (!Number.isInteger(this.threads) || this.threads < 1) throw new Error('threads debe ser al menos 1');
  }

  /** scrypt on a worker thread; refuses with TooManyRequests when the queue is full. */
  derive(password: string, salt: Uint8Array, keyLength: number, options: ScryptOptions): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('El grupo de hilos de contraseñas está cerrado.'));
    // Waiting derivations exist only while every thread is busy (dispatch drains the queue otherwise).
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(
        new TooManyRequests(
          'El servidor está atendiendo demasiados inicios de sesión a la vez: intente de nuevo en unos segundos.',
          5,
        ),
      );
    }
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ request: { password, salt, keyLength, options }, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends the threads; derivations still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('El grupo de hilos se cerró.'));
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < this.threads ? this.spawn() : undefined);
      if (worker === undefined) return;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      // Only a thread with work keeps the process alive: an idle pool never holds up an exit.
      worker.ref();
      worker.postMessage(task.request);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (reply: { key?: Uint8Array; error?: string }) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      worker.unref();
      if (!this.closed) this.idle.push(worker);
      if (task !== undefined) {
        if (reply.key !== undefined) task.resolve(Buffer.from(reply.key));
        else task.reject(new Error(`scrypt falló: ${reply.error ?? 'sin detalle'}`));
      }
      this.dispatch();
    });
    // A thread that dies takes its derivation with it; the next derivation starts a new one.
    const fail = (error: Error) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      task?.reject(error);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`El hilo de contraseñas terminó (código ${code}).`)));
    return worker;
  }
}
