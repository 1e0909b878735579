// The projection runner: follows the global log from each projection's stored checkpoint and keeps its
// read models current. It pulls without sleeping while behind, wakes on the store's append signal when
// idle (with a fallback timer for appends made by other processes), and commits each batch's documents
// with the checkpoint in one transaction (projection-batch.ts), so a crash never loses or repeats one.
// A projection some read is waiting for is woken at once; the others let appends gather for a moment
// (`deferMs`) and apply them together, so a command's cost does not grow with the read models nobody is
// reading at that instant — they catch up in batches, and any read that needs them wakes them.
import type { EventStore, GlobalPosition, RecordedEvent } from '../eventstore/event-store.js';
import {
  applyBatch,
  CheckpointMovedError,
  describeError,
  stackOf,
  silentProjectionLogger,
  type ProjectionLogger,
} from './projection-batch.js';
import {
  assertValidProjection,
  deadLetterCollectionOf,
  type DeadLetter,
  type Projection,
} from './projection.js';
import type { ReadModelStore } from '../read-models/read-model-store.js';

export interface ProjectionRunnerOptions {
  /** Events read (and committed) per transaction while behind. */
  readonly batchSize?: number;
  /** Tries per event before it goes to the dead letters. */
  readonly maxAttempts?: number;
  /** Idle re-check interval: starts at `initial`, doubles while nothing happens, up to `max`. */
  readonly idleBackoffMs?: { readonly initial: number; readonly max: number };
  /** How long waitForPosition waits when the caller gives no timeout. */
  readonly waitTimeoutMs?: number;
  /**
   * How long a projection no read is waiting for lets appends gather before it applies them; 0 applies
   * each append at once. A wait for the projection ends the pause.
   */
  readonly deferMs?: number;
  readonly logger?: ProjectionLogger;
  /** Called for each event given up on, after the log line; e.g. to raise an alert. */
  readonly onDeadLetter?: (deadLetter: DeadLetter) => void;
  /** Called after each committed batch (progress reports of the follow CLI, tests). */
  readonly onBatchCommitted?: (projection: string, checkpoint: GlobalPosition) => void;
}

export interface ProjectionStatus {
  readonly projection: string;
  /** Stored checkpoint: the last position whose effects are committed. */
  readonly checkpoint: GlobalPosition | null;
  readonly head: GlobalPosition | null;
  /** Head minus checkpoint, in position units (events on SQLite; positions have gaps elsewhere). */
  readonly lag: number;
  readonly deadLetters: number;
  readonly running: boolean;
  /** The last error that stopped a batch (not an event's: those are dead letters), until one succeeds. */
  readonly lastError: string | null;
}

export class ProjectionWaitTimeoutError extends Error {
  constructor(
    readonly position: GlobalPosition,
    readonly timeoutMs: number,
    readonly checkpoints: Readonly<Record<string, GlobalPosition | null>>,
  ) {
    super(
      `The read models did not reach position ${position} within ${timeoutMs} ms (checkpoints: ${JSON.stringify(checkpoints)})`,
    );
    this.name = 'ProjectionWaitTimeoutError';
  }
}

type LogFollowed = Pick<EventStore, 'readAll' | 'headPosition' | 'onAppended'>;

interface Follower {
  readonly projection: Projection;
  /** Committed checkpoint as this runner last knew it; re-checked inside every transaction. */
  checkpoint: GlobalPosition | null;
  /** Set by the append signal, cleared before each read: an append during a batch is never missed. */
  appendedSinceLastRead: boolean;
  wake: (() => void) | null;
  finished: Promise<void>;
  lastError: string | null;
}

interface PositionWaiter {
  readonly position: GlobalPosition;
  /** The projections it waits for. */
  readonly followers: readonly Follower[];
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_IDLE_BACKOFF_MS = { initial: 25, max: 1_000 };
const DEFAULT_WAIT_TIMEOUT_MS = 10_000;
const DEFAULT_DEFER_MS = 40;

export class ProjectionRunner {
  private readonly followers: Follower[];
  private readonly waiters = new Set<PositionWaiter>();
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly idleBackoffMs: { readonly initial: number; readonly max: number };
  private readonly logger: ProjectionLogger;
  private readonly deferMs: number;
  /** The one timer that wakes, together, the projections nobody waited for since the last appends. */
  private deferredWake: NodeJS.Timeout | null = null;
  private running = false;
  private unsubscribeFromAppends: (() => void) | null = null;
  /**
   * Reads of the log in flight (and just finished), by the position they read after: the followers woken
   * by one append are all at the same checkpoint and share one read instead of each reading the same
   * events. An entry lives until the turn after it settles, and every append clears them all.
   */
  private readonly sharedReads = new Map<string, Promise<RecordedEvent[]>>();

  constructor(
    private readonly eventStore: LogFollowed,
    private readonly readModels: ReadModelStore,
    projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    projections.forEach(assertValidProjection);
    const names = projections.map((projection) => projection.name);
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate !== undefined) throw new Error(`Two projections are named ${duplicate}`);
    this.followers = projections.map((projection) => ({
      projection,
      checkpoint: null,
      appendedSinceLastRead: false,
      wake: null,
      finished: Promise.resolve(),
      lastError: null,
    }));
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.idleBackoffMs = options.idleBackoffMs ?? DEFAULT_IDLE_BACKOFF_MS;
    this.logger = options.logger ?? silentProjectionLogger;
    this.deferMs = options.deferMs ?? DEFAULT_DEFER_MS;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1)
      throw new Error('batchSize must be a positive integer');
  }

  /** Declares the indexes, loads the checkpoints and starts following; returns without waiting to catch up. */
  async start(): Promise<void> {
    if (this.running) return;
    for (const { projection } of this.followers) {
      for (const [collection, fields] of Object.entries(projection.indexes ?? {})) {
        await this.readModels.ensureIndexes(collection, fields);
      }
      for (const [collection, fields] of Object.entries(projection.textIndexes ?? {})) {
        await this.readModels.ensureTextIndexes(collection, fields);
      }
    }
    for (const follower of this.followers) {
      follower.checkpoint = await this.readModels.getCheckpoint(follower.projection.name);
      follower.lastError = null;
    }
    this.running = true;
    this.unsubscribeFromAppends = this.eventStore.onAppended(() => {
      this.sharedReads.clear();
      for (const follower of this.followers) {
        follower.appendedSinceLastRead = true;
        if (this.deferMs === 0 || this.isAwaited(follower)) follower.wake?.();
      }
      this.scheduleDeferredWake();
    });
    for (const follower of this.followers) {
      this.logger.log(
        `Projection ${follower.projection.name} follows the log from ${String(follower.checkpoint)}`,
      );
      follower.finished = this.follow(follower);
    }
    this.settleWaiters();
  }

  /**
   * Applies what the projections let gather (bounded by `waitTimeoutMs`), then stops after the batch in
   * flight commits; waiters still pending are rejected.
   */
  async stop(): Promise<void> {
    if (!this.running) return;
    // A store already closed (or down) has nothing more to give: stop at once.
    const head = await this.eventStore.headPosition().catch(() => null);
    if (head !== null && this.isFollowing()) await this.waitForPosition(head).catch(() => undefined);
    if (!this.running) return;
    this.running = false;
    this.unsubscribeFromAppends?.();
    this.unsubscribeFromAppends = null;
    if (this.deferredWake !== null) clearTimeout(this.deferredWake);
    this.deferredWake = null;
    for (const follower of this.followers) follower.wake?.();
    await Promise.all(this.followers.map((follower) => follower.finished));
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('The projection runner stopped before the read models reached the position'));
    }
    this.waiters.clear();
  }

  /**
   * Resolves once every projection named (all of them when none is) has committed the event at
   * `position` or a later one: a read after a command awaits it for the read models it reads, so the
   * answer and the next query agree. Rejects with ProjectionWaitTimeoutError.
   */
  waitForPosition(
    position: GlobalPosition,
    timeoutMs = this.options.waitTimeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS,
    projections?: readonly string[],
  ): Promise<void> {
    const followers = this.followersNamed(projections);
    if (this.hasReached(followers, position)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: PositionWaiter = {
        position,
        followers,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new ProjectionWaitTimeoutError(position, timeoutMs, this.knownCheckpoints()));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
      // Those it waits for stop gathering appends and apply what they have now.
      for (const follower of followers) if (!this.hasReached([follower], position)) follower.wake?.();
    });
  }

  /**
   * Whether waiting for these projections can end soon: the runner follows the log and none of them is
   * stopped on an error (storage down). A reader does not wait for a projection that cannot move.
   */
  isFollowing(projections?: readonly string[]): boolean {
    return this.running && this.followersNamed(projections).every((follower) => follower.lastError === null);
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.eventStore.headPosition();
    return Promise.all(
      this.followers.map(async (follower): Promise<ProjectionStatus> => {
        const name = follower.projection.name;
        const checkpoint = await this.readModels.getCheckpoint(name);
        return {
          projection: name,
          checkpoint,
          head,
          lag: head === null ? 0 : Math.max(0, head - (checkpoint ?? 0)),
          deadLetters: await this.readModels.count(deadLetterCollectionOf(name), {}),
          running: this.running,
          lastError: follower.lastError,
        };
      }),
    );
  }

  private async follow(follower: Follower): Promise<void> {
    const name = follower.projection.name;
    let idleMs = this.idleBackoffMs.initial;
    while (this.running) {
      try {
        follower.appendedSinceLastRead = false;
        const events = await this.readAfter(follower.checkpoint);
        if (!this.running) return;
        if (events.length > 0) {
          const outcome = await applyBatch(
            this.readModels,
            follower.projection,
            events,
            {
              checkpoint: { name, expected: follower.checkpoint },
              collectionName: (collection) => collection,
            },
            {
              maxAttempts: this.maxAttempts,
              logger: this.logger,
              ...(this.options.onDeadLetter ? { onDeadLetter: this.options.onDeadLetter } : {}),
            },
          );
          follower.checkpoint = outcome.checkpoint;
          follower.lastError = null;
          idleMs = this.idleBackoffMs.initial;
          this.options.onBatchCommitted?.(name, outcome.checkpoint);
          this.settleWaiters();
          // A full batch means more may be waiting: read again — after letting the event loop turn, or a
          // catch-up made only of promise callbacks would hold every request (and every timer) until it
          // ended, and the shared reads it let go of would never be released.
          if (events.length === this.batchSize) {
            await new Promise((resolve) => setImmediate(resolve));
            continue;
          }
        }
        if (follower.appendedSinceLastRead) {
          // Nobody reads it right now: let the appends gather, unless a wait for it ends the pause.
          if (!this.isAwaited(follower) && this.deferMs > 0) await this.idle(follower, this.deferMs);
          continue;
        }
        const woken = await this.idle(follower, idleMs);
        idleMs =
          woken === 'signal' ? this.idleBackoffMs.initial : Math.min(idleMs * 2, this.idleBackoffMs.max);
      } catch (error) {
        if (error instanceof CheckpointMovedError) {
          // A rebuild swapped in its read models and checkpoint: go on from there.
          this.logger.warn(
            `Projection ${name}: checkpoint moved to ${String(error.actual)} by another writer`,
          );
          follower.checkpoint = error.actual;
          continue;
        }
        follower.lastError = describeError(error);
        this.logger.error(
          `Projection ${name} stopped at ${String(follower.checkpoint)} and will retry: ${follower.lastError}`,
          stackOf(error),
        );
        // Not an event's fault (storage unavailable, disk full): back off fully before trying again.
        await this.idle(follower, this.idleBackoffMs.max);
      }
    }
  }

  /** The next batch after a position, read once for every follower at that position. */
  private readAfter(position: GlobalPosition | null): Promise<RecordedEvent[]> {
    const key = String(position);
    const shared = this.sharedReads.get(key);
    if (shared !== undefined) return shared;
    const read = this.eventStore.readAll(position, this.batchSize);
    this.sharedReads.set(key, read);
    const forget = () =>
      setImmediate(() => {
        if (this.sharedReads.get(key) === read) this.sharedReads.delete(key);
      });
    read.then(forget, forget);
    return read;
  }

  private idle(follower: Follower, ms: number): Promise<'signal' | 'timer'> {
    if (!this.running) return Promise.resolve('signal');
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        follower.wake = null;
        resolve('timer');
      }, ms);
      // An idle runner must not keep the process alive on its own.
      timer.unref();
      follower.wake = () => {
        clearTimeout(timer);
        follower.wake = null;
        resolve('signal');
      };
    });
  }

  /** Whether a read is waiting for this projection to apply what it has not applied yet. */
  private isAwaited(follower: Follower): boolean {
    for (const waiter of this.waiters) {
      if (waiter.followers.includes(follower) && !this.hasReached([follower], waiter.position)) return true;
    }
    return false;
  }

  private scheduleDeferredWake(): void {
    if (this.deferMs === 0 || this.deferredWake !== null) return;
    this.deferredWake = setTimeout(() => {
      this.deferredWake = null;
      for (const follower of this.followers) if (follower.appendedSinceLastRead) follower.wake?.();
    }, this.deferMs);
    this.deferredWake.unref();
  }

  private followersNamed(projections: readonly string[] | undefined): readonly Follower[] {
    if (projections === undefined) return this.followers;
    return projections.map((name) => {
      const follower = this.followers.find((candidate) => candidate.projection.name === name);
      if (follower === undefined) throw new Error(`The runner does not follow a projection named ${name}`);
      return follower;
    });
  }

  private hasReached(followers: readonly Follower[], position: GlobalPosition): boolean {
    return followers.every((follower) => follower.checkpoint !== null && follower.checkpoint >= position);
  }

  private settleWaiters(): void {
    for (const waiter of this.waiters) {
      if (!this.hasReached(waiter.followers, waiter.position)) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(waiter);
      waiter.resolve();
    }
  }

  private knownCheckpoints(): Record<string, GlobalPosition | null> {
    return Object.fromEntries(
      this.followers.map((follower) => [follower.projection.name, follower.checkpoint]),
    );
  }
}
