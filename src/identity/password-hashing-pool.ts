// Worker threads that run scrypt for sign-ins and new passwords. node:crypto's asynchronous scrypt runs on
// libuv's shared pool of four threads, where the token checks of every request (WebCrypto HMAC) and file
// work queue too: a flood of wrong passwords filled it and made every other request wait. Each worker here
// runs scrypt synchronously on its own thread, so that pool stays free, and the queue is bounded, so a
// flood is refused (TOO_MANY_REQUESTS) rather than left to grow without end.
import { availableParallelism } from 'node:os';
import type { ScryptOptions } from 'node:crypto';
import { TooManyRequests } from '../engine/application-errors.js';
import { InlineWorkerPool } from '../engine/inline-worker-pool.js';

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', ({ password, salt, keyLength, options }) => {
  try {
    parentPort.postMessage({ reply: scryptSync(password, salt, keyLength, options) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
`;

export interface ScryptWorkerPoolOptions {
  /** Threads hashing at once: by default one less than the cores (at least one, at most four). */
  readonly threads?: number;
  /** Derivations waiting for a thread beyond which new ones are refused. */
  readonly maxQueued?: number;
}

export const DEFAULT_HASHING_THREADS = Math.max(1, Math.min(4, availableParallelism() - 1));
export const DEFAULT_MAX_QUEUED_HASHES = 32;

interface Derivation {
  readonly password: string;
  readonly salt: Uint8Array;
  readonly keyLength: number;
  readonly options: ScryptOptions;
}

export class ScryptWorkerPool {
  private readonly pool: InlineWorkerPool<Derivation, Uint8Array>;

  constructor(options: ScryptWorkerPoolOptions = {}) {
    this.pool = new InlineWorkerPool({
      source: WORKER_SOURCE,
      threads: options.threads ?? DEFAULT_HASHING_THREADS,
      maxQueued: options.maxQueued ?? DEFAULT_MAX_QUEUED_HASHES,
      refuse: () =>
        new TooManyRequests(
          'El servidor está atendiendo demasiados inicios de sesión a la vez: intente de nuevo en unos segundos.',
          5,
        ),
      threadName: 'el hilo de contraseñas (scrypt)',
    });
  }

  /** scrypt on a worker thread; refuses with TooManyRequests when the queue is full. */
  async derive(
    password: string,
    salt: Uint8Array,
    keyLength: number,
    options: ScryptOptions,
  ): Promise<Buffer> {
    return Buffer.from(await this.pool.run({ password, salt, keyLength, options }));
  }

  /** Ends the threads; derivations still waiting are refused. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
