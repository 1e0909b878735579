// Applies a batch of events to one projection's read models, once, for the live runner and for
// rebuilds alike: the batch's documents and its checkpoint commit in one transaction; an event that
// keeps failing is isolated, retried, then dead-lettered so the events after it still get applied.
// applyBatchToEach does the same for several projections in one transaction, falling back to
// applyBatch for a projection that fails.
import type { GlobalPosition, RecordedEvent } from '../eventstore/event-store.js';
import { deadLetterCollectionOf, readsEvent, type DeadLetter, type Projection } from './projection.js';
import type {
  ReadModelDocument,
  ReadModelStore,
  ReadModelTransaction,
} from '../read-models/read-model-store.js';
import { writeBackTransaction } from './write-back-transaction.js';

/** Where the runner reports; a NestJS Logger fits it as is. */
export interface ProjectionLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string, stack?: string): void;
}

export const silentProjectionLogger: ProjectionLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * The stored checkpoint is not the one this writer started from: another process (a rebuild's swap)
 * moved it. Nothing was written; the writer must re-read the checkpoint and go on from there.
 */
export class CheckpointMovedError extends Error {
  constructor(
    readonly projection: string,
    readonly expected: GlobalPosition | null,
    readonly actual: GlobalPosition | null,
  ) {
    super(
      `The checkpoint of ${projection} moved from ${String(expected)} to ${String(actual)} under this writer`,
    );
    this.name = 'CheckpointMovedError';
  }
}

export interface BatchTarget {
  /**
   * The checkpoint verified and moved with every commit; null when the caller keeps its progress
   * itself (a rebuild, whose targets are thrown away if it does not finish).
   */
  readonly checkpoint: { readonly name: string; readonly expected: GlobalPosition | null } | null;
  /** The physical collection of each logical one: itself when live, the rebuild target in a rebuild. */
  readonly collectionName: (collection: string) => string;
}

export interface BatchOptions {
  /** Tries per event before it is dead-lettered. */
  readonly maxAttempts: number;
  readonly logger: ProjectionLogger;
  readonly onDeadLetter?: (deadLetter: DeadLetter) => void;
  /** Pause before retrying a failed event, times the attempt number. */
  readonly retryDelayMs?: number;
}

export interface BatchOutcome {
  /** Position of the last event of the batch, now committed with the projection's documents. */
  readonly checkpoint: GlobalPosition;
  readonly deadLetters: readonly DeadLetter[];
}

const DEFAULT_RETRY_DELAY_MS = 10;

/** Raised inside the transaction so it rolls back, carrying which event of the attempt failed. */
class EventApplyFailure extends Error {
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super(`Event ${index} of the batch failed`);
  }
}

/** A failure of the batch's writes as a whole: retried event by event to find the one that causes it. */
const UNATTRIBUTED = -1;

type AttemptResult =
  { readonly ok: true } | { readonly ok: false; readonly failedIndex: number; readonly error: unknown };

export async function applyBatch(
  store: ReadModelStore,
  projection: Projection,
  events: readonly RecordedEvent[],
  target: BatchTarget,
  options: BatchOptions,
): Promise<BatchOutcome> {
  if (events.length === 0) throw new Error('applyBatch needs at least one event');
  let expected = target.checkpoint?.expected ?? null;
  const deadLetters: DeadLetter[] = [];
  const failuresByEventId = new Map<string, number>();
  let pending = events;
  // How many of the pending events the next attempt takes: all, until one fails.
  let window = pending.length;

  const verifyCheckpoint = async (tx: ReadModelTransaction): Promise<void> => {
    if (!target.checkpoint) return;
    const stored = await tx.getCheckpoint(target.checkpoint.name);
    if (stored !== expected) throw new CheckpointMovedError(target.checkpoint.name, expected, stored);
  };
  const moveCheckpoint = async (tx: ReadModelTransaction, position: GlobalPosition): Promise<void> => {
    if (target.checkpoint) await tx.setCheckpoint(target.checkpoint.name, position);
  };

  const attempt = async (attempted: readonly RecordedEvent[]): Promise<AttemptResult> => {
    try {
      await store.transaction(async (tx) => {
        await verifyCheckpoint(tx);
        const batch = writeBackTransaction(scopedTransaction(tx, projection, target.collectionName));
        for (const [index, event] of attempted.entries()) {
          if (!readsEvent(projection, event)) continue;
          try {
            await projection.apply(event, batch.tx);
          } catch (error) {
            throw new EventApplyFailure(index, error);
          }
        }
        try {
          await batch.flush();
        } catch (error) {
          // The batch's writes go out together, so a failing write names no event unless only one was applied.
          throw new EventApplyFailure(attempted.length === 1 ? 0 : UNATTRIBUTED, error);
        }
        await moveCheckpoint(tx, attempted[attempted.length - 1].position);
      });
      return { ok: true };
    } catch (error) {
      if (error instanceof EventApplyFailure)
        return { ok: false, failedIndex: error.index, error: error.cause };
      throw error;
    }
  };

  while (pending.length > 0) {
    const attempted = pending.slice(0, window);
    const result = await attempt(attempted);
    if (result.ok) {
      expected = attempted[attempted.length - 1].position;
      pending = pending.slice(attempted.length);
      window = pending.length;
      continue;
    }
    if (result.failedIndex === UNATTRIBUTED) {
      window = 1;
      continue;
    }
    const failing = attempted[result.failedIndex];
    const failures = (failuresByEventId.get(failing.id) ?? 0) + 1;
    failuresByEventId.set(failing.id, failures);
    options.logger.warn(
      `Projection ${projection.name}: event ${failing.type} at ${failing.position} (${failing.stream}) failed ` +
        `(attempt ${failures} of ${options.maxAttempts}): ${describeError(result.error)}`,
    );
    if (result.failedIndex > 0) {
      // Commit what applied cleanly before it, so only the failing event is retried.
      window = result.failedIndex;
      continue;
    }
    if (failures < options.maxAttempts) {
      window = 1;
      await sleep((options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS) * failures);
      continue;
    }
    const deadLetter = deadLetterOf(projection, failing, result.error, failures);
    await store.transaction(async (tx) => {
      await verifyCheckpoint(tx);
      await tx.put(target.collectionName(deadLetterCollectionOf(projection.name)), deadLetter);
      await moveCheckpoint(tx, failing.position);
    });
    expected = failing.position;
    deadLetters.push(deadLetter);
    options.logger.error(
      `Projection ${projection.name}: event ${failing.id} (${failing.type} at ${failing.position}) dead-lettered ` +
        `after ${failures} attempts: ${deadLetter.error}`,
      stackOf(result.error),
    );
    options.onDeadLetter?.(deadLetter);
    pending = pending.slice(1);
    window = pending.length;
  }
  return { checkpoint: events[events.length - 1].position, deadLetters };
}

/** One projection of a shared batch, with where it writes. */
export interface ProjectionBatch {
  readonly projection: Projection;
  readonly target: BatchTarget;
}

export interface SharedBatchOptions extends BatchOptions {
  /** Told how long each projection (by its index in the batches) spent applying and writing its part. */
  readonly onSpent?: (index: number, ms: number) => void;
}

/** Raised inside the shared transaction so it rolls back, naming the projection that failed. */
class ProjectionFailure extends Error {
  constructor(readonly index: number) {
    super(`Projection ${index} of the shared batch failed`);
  }
}

/**
 * Applies the same events to several projections in ONE transaction: each projection's documents and
 * checkpoint commit together with every other's, so a batch costs one commit however many projections
 * read it. A projection that fails anywhere in the batch rolls the shared attempt back; it then gets
 * the batch on its own through applyBatch (which retries, isolates and dead-letters the failing event),
 * and the others try together again without it: a failing projection never stops the rest. Outcomes
 * come in the order of `batches`.
 */
export async function applyBatchToEach(
  store: ReadModelStore,
  batches: readonly ProjectionBatch[],
  events: readonly RecordedEvent[],
  options: SharedBatchOptions,
): Promise<BatchOutcome[]> {
  if (events.length === 0) throw new Error('applyBatchToEach needs at least one event');
  const last = events[events.length - 1].position;
  const outcomes: BatchOutcome[] = new Array<BatchOutcome>(batches.length);
  let together = batches.map((_, index) => index);
  while (together.length > 0) {
    const failed = await attemptTogether(store, batches, together, events, options);
    if (failed === null) {
      for (const index of together) outcomes[index] = { checkpoint: last, deadLetters: [] };
      break;
    }
    const { projection, target } = batches[failed];
    const startedAt = performance.now();
    outcomes[failed] = await applyBatch(store, projection, events, target, options);
    options.onSpent?.(failed, performance.now() - startedAt);
    together = together.filter((index) => index !== failed);
  }
  return outcomes;
}

/** One shared transaction over the given projections: null when it committed, else the failing one. */
async function attemptTogether(
  store: ReadModelStore,
  batches: readonly ProjectionBatch[],
  indexes: readonly number[],
  events: readonly RecordedEvent[],
  options: SharedBatchOptions,
): Promise<number | null> {
  const last = events[events.length - 1].position;
  try {
    await store.transaction(async (tx) => {
      for (const index of indexes) {
        const startedAt = performance.now();
        const { projection, target } = batches[index];
        if (target.checkpoint) {
          const stored = await tx.getCheckpoint(target.checkpoint.name);
          if (stored !== target.checkpoint.expected)
            throw new CheckpointMovedError(target.checkpoint.name, target.checkpoint.expected, stored);
        }
        const batch = writeBackTransaction(scopedTransaction(tx, projection, target.collectionName));
        try {
          for (const event of events)
            if (readsEvent(projection, event)) await projection.apply(event, batch.tx);
          // Flushed per projection, so a failing write names its projection.
          await batch.flush();
        } catch {
          // The slow path meets the error again and reports it with the event it belongs to.
          throw new ProjectionFailure(index);
        }
        if (target.checkpoint) await tx.setCheckpoint(target.checkpoint.name, last);
        options.onSpent?.(index, performance.now() - startedAt);
      }
    });
    return null;
  } catch (error) {
    if (error instanceof ProjectionFailure) return error.index;
    throw error;
  }
}

/**
 * The projection's view of the transaction: only its declared collections (so a rebuild can redirect
 * and swap all it writes), and no checkpoint, which the runner alone moves.
 */
function scopedTransaction(
  tx: ReadModelTransaction,
  projection: Projection,
  collectionName: (collection: string) => string,
): ReadModelTransaction {
  const physical = (collection: string): string => {
    if (!projection.collections.includes(collection)) {
      throw new Error(`Projection ${projection.name} uses undeclared collection ${collection}`);
    }
    return collectionName(collection);
  };
  const checkpointsBelongToTheRunner = (): never => {
    throw new Error(`Projection ${projection.name} may not read or move checkpoints; the runner does`);
  };
  return {
    get: <T extends ReadModelDocument>(collection: string, id: string) => tx.get<T>(physical(collection), id),
    find: (collection, filter, options) => tx.find(physical(collection), filter, options),
    count: (collection, filter) => tx.count(physical(collection), filter),
    put: (collection, document) => tx.put(physical(collection), document),
    delete: (collection, id) => tx.delete(physical(collection), id),
    getCheckpoint: async () => checkpointsBelongToTheRunner(),
    setCheckpoint: async () => checkpointsBelongToTheRunner(),
  };
}

function deadLetterOf(
  projection: Projection,
  event: RecordedEvent,
  error: unknown,
  attempts: number,
): DeadLetter {
  return {
    // Positions are unique in the log, so one dead letter per event and projection.
    id: String(event.position),
    projection: projection.name,
    position: event.position,
    eventId: event.id,
    stream: event.stream,
    revision: event.revision,
    eventType: event.type,
    error: describeError(error),
    attempts,
    failedAt: new Date().toISOString(),
  };
}

/** "Name: message" of any thrown value; duck-typed, since errors of native modules may come from another realm. */
export function describeError(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return typeof message === 'string'
    ? `${typeof name === 'string' ? name : 'Error'}: ${message}`
    : String(error);
}

export function stackOf(error: unknown): string | undefined {
  const { stack } = (error ?? {}) as { stack?: unknown };
  return typeof stack === 'string' ? stack : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
