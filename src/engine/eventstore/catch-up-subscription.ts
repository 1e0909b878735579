// A catch-up subscription built only on the port's readAll and onAppended: it pages through the global
// log from a position, then sleeps until the next append signal. Any adapter without a native
// subscription (the SQLite one) follows the log with it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventStore, GlobalPosition, RecordedEvent, Subscription } from './event-store.js';

export interface CatchUpOptions {
  /** Events read per readAll while behind. */
  readonly batchSize?: number;
  /**
   * Longest sleep while idle. The append signal is in-process only, so this bounds how late an append
   * made by another process (a second instance, a CLI) is seen.
   */
  readonly idleRecheckMs?: number;
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_IDLE_RECHECK_MS = 1_000;

type LogSource = Pick<EventStore, 'readAll' | 'onAppended'>;

export function startCatchUpSubscription(
  source: LogSource,
  after: GlobalPosition | null,
  handler: (event: RecordedEvent) => Promise<void>,
  options: CatchUpOptions = {},
): Subscription {
  return new CatchUpSubscription(source, after, handler, {
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    idleRecheckMs: options.idleRecheckMs ?? DEFAULT_IDLE_RECHECK_MS,
  });
}

/** Tells stop() whether it runs inside this subscription's own handler, where waiting would deadlock. */
const handlerContext = new AsyncLocalStorage<CatchUpSubscription>();

class CatchUpSubscription implements Subscription {
  readonly finished: Promise<void>;
  private stopped = false;
  /** Set by the append signal, cleared before each read: an append during a batch is never missed. */
  private appendedSinceLastRead = false;
  private wakeFromIdle: (() => void) | null = null;
  private readonly unsubscribeFromAppends: () => void;

  constructor(
    private readonly source: LogSource,
    after: GlobalPosition | null,
    private readonly handler: (event: RecordedEvent) => Promise<void>,
    private readonly options: Required<CatchUpOptions>,
  ) {
    this.unsubscribeFromAppends = source.onAppended(() => {
      this.appendedSinceLastRead = true;
      this.wakeFromIdle?.();
    });
    this.finished = this.follow(after).finally(() => this.unsubscribeFromAppends());
    // Callers who care await `finished`; the rest must not get an unhandled rejection that kills the process.
    this.finished.catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeFromIdle?.();
    if (handlerContext.getStore() === this) return;
    await this.finished.catch(() => undefined);
  }

  private async follow(after: GlobalPosition | null): Promise<void> {
    let checkpoint = after;
    while (!this.stopped) {
      this.appendedSinceLastRead = false;
      const batch = await this.source.readAll(checkpoint, this.options.batchSize);
      for (const event of batch) {
        if (this.stopped) return;
        await handlerContext.run(this, () => this.handler(event));
        checkpoint = event.position;
      }
      const caughtUp = batch.length < this.options.batchSize;
      if (caughtUp && !this.appendedSinceLastRead && !this.stopped) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.wakeFromIdle = null;
        resolve();
      };
      const timer = setTimeout(wake, this.options.idleRecheckMs);
      // An idle follower must not keep the process alive on its own.
      timer.unref();
      this.wakeFromIdle = wake;
    });
  }
}
