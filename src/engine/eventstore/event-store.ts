// The EventStore port: the append-only log every aggregate stream lives in. Adapters: sqlite/ (embedded
// default) and kurrentdb/ (EventStoreDB / KurrentDB). Both must pass test/eventstore/event-store.contract.ts.

// UnusableStreamError: raised by the store adapters, mapped by the gateway: it lives with the application's errors.
import type { UnusableStreamReason } from '../application-errors.js';
export { UnusableStreamError, type UnusableStreamReason } from '../application-errors.js';

/** Global log position. Opaque but comparable; adapters may leave gaps, so never look for +1. */
export type GlobalPosition = number;

/** What the writer expects of the stream before its append. */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

/** Who did it, when, and why: carried by every event, so the log is the audit trail. */
export interface EventMetadata {
  readonly actorId: string;
  readonly actorRole: string;
  /** When it happened in the world (may precede recordedAt: a letter received yesterday). */
  readonly occurredAt: string;
  /**
   * When the store recorded it; set by the store at append. Never decreases along the global order, so
   * the events recorded up to any instant are a prefix of the log.
   */
  readonly recordedAt: string;
  readonly correlationId: string;
  readonly causationId: string;
  /** SHA-256 (hex) of the previous event of the same stream; '' for the first. Set by the store. */
  readonly previousHash: string;
  /**
   * SHA-256 (hex) of this event's canonical encoding: its whole envelope but this field, as the hash
   * scheme of `hashVersion` defines it (see hash-chain.ts). Set by the store.
   */
  readonly hash: string;
  /**
   * The hash scheme the event was sealed with; absent on events sealed before schemes were versioned
   * (scheme 1). Set by the store, and covered by the hash.
   */
  readonly hashVersion?: number;
  /**
   * The event's number in the global log of the store that recorded it (1 for the first event): its
   * SQLite position. Set by stores that know the position before they commit; KurrentDB assigns it only
   * at commit, so its events go without (the chain over the global log and the signed heads cover their
   * order instead). Covered by the hash; a copied log keeps it, and audit:verify checks it against the
   * event's place in the log it is read from.
   */
  readonly sequence?: number;
}

/** Metadata the writer supplies; the store adds recordedAt, the hash chain and the sequence. */
export type EventMetadataInput = Omit<
  EventMetadata,
  'recordedAt' | 'previousHash' | 'hash' | 'hashVersion' | 'sequence'
>;

export interface NewEvent {
  /** Unique in the whole store; derive it from the command id so a retried command is a no-op. */
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadataInput;
}

export interface RecordedEvent {
  readonly id: string;
  readonly stream: string;
  /** 0-based position in its stream. */
  readonly revision: number;
  readonly position: GlobalPosition;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface AppendResult {
  /** Revision of the last event of the batch: pass it as expectedRevision next time. */
  readonly nextExpectedRevision: number;
  /** Global position of the last event of the batch. */
  readonly position: GlobalPosition;
  /** True when every event id was already stored: a retried command, nothing written this time. */
  readonly alreadyAppended: boolean;
}

export interface ReadStreamOptions {
  readonly fromRevision?: number;
  readonly maxCount?: number;
  /** Only events recorded at or before this instant (time travel for auditors). */
  readonly recordedUpTo?: string;
}

export interface AppendOptions {
  /**
   * An earlier append to the same stream, through this same store, that this batch was decided on while
   * it was still pending: when it did not write, this batch is refused with WrongExpectedRevisionError and
   * writes nothing, so no batch lands on a state that never held (even if another writer made the stream
   * reach the expected revision meanwhile). A store that commits appends together checks it inside the
   * group; one that does not waits for it before sending this one.
   */
  readonly after?: Promise<AppendResult>;
}

/**
 * For stores that cannot check `after` inside their own commit: waits for it, and refuses the batch when it
 * did not write.
 */
export async function awaitBaseAppend(
  stream: string,
  expectedRevision: ExpectedRevision,
  options: AppendOptions | undefined,
  currentRevision: () => Promise<number | 'no_stream'>,
): Promise<void> {
  if (options?.after === undefined) return;
  try {
    await options.after;
  } catch {
    throw new WrongExpectedRevisionError(stream, expectedRevision, await currentRevision());
  }
}

export interface EventStore {
  /**
   * Appends the batch atomically if the stream is in the expected state, else throws
   * WrongExpectedRevisionError and writes nothing. Durable once the promise resolves.
   * The batch must hold at least one event (a command that changes nothing does not append).
   * When every event id is already stored in this stream, nothing is written and the first result comes
   * back with alreadyAppended (the expected revision is not checked: it is a retry); when only some are,
   * it is refused with an Error, since a retry must repeat exactly the same ids.
   */
  append(
    stream: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /** The stream's events in revision order; [] for a stream that does not exist. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Events of every stream after `after` (exclusive; null = from the start), in global order. */
  readAll(after: GlobalPosition | null, maxCount: number): Promise<RecordedEvent[]>;
  /** Position of the last event in the store, or null when it is empty. */
  headPosition(): Promise<GlobalPosition | null>;
  /** Follows the global log from `after`: handler is awaited event by event, in order, until stopped. */
  subscribeToAll(
    after: GlobalPosition | null,
    handler: (event: RecordedEvent) => Promise<void>,
  ): Subscription;
  /**
   * In-process signal after each acknowledged commit (with its last position), so followers wake at
   * once instead of polling; returns the unsubscribe function.
   */
  onAppended(listener: (position: GlobalPosition) => void): () => void;
  /** Every stream name, for the audit walk. */
  streamNames(): AsyncIterable<string>;
  /**
   * Every stream the store lists, with the revision and hash of its last event as the store keeps them
   * apart from the events (SQLite: its `streams` table; KurrentDB: each stream's own index), so the audit
   * can cross-check the list against the log.
   */
  streamHeads(): AsyncIterable<StreamHead>;
  close(): Promise<void>;
}

/**
 * A stream as the store lists it: the revision and hash of its last event. A stream the store names but
 * cannot hand over whole (deleted or truncated on the server behind the application's back, or holding
 * events that are not ours) is listed with `unusable` set, revision -1 and no hash, for the audit to report.
 */
export interface StreamHead {
  readonly stream: string;
  readonly revision: number;
  readonly lastHash: string;
  readonly unusable?: UnusableStreamReason;
}

export interface Subscription {
  /**
   * Ends the subscription; resolves once the handler in progress (if any) has returned. Safe to call
   * from inside the handler: it does not wait for itself then.
   */
  stop(): Promise<void>;
  /**
   * Settles when the subscription ends: resolves after stop() (or close()), rejects with the error that
   * ended it otherwise (a handler that threw, a failed read), so a follower never dies silently.
   */
  readonly finished: Promise<void>;
}

/** The result of importing already-recorded events into a stream. */
export interface ImportResult {
  /** Events written this time (those already present with the same id and revision are skipped). */
  readonly written: number;
  /** Revision of the stream's last event after the import. */
  readonly revision: number;
  /** Global position, in this store, of the last event written; null when nothing was written. */
  readonly position: GlobalPosition | null;
}

/**
 * Writing events exactly as another store recorded them: the migration tool's way in. Unlike append, the
 * store stamps nothing: id, type, schema version, data and the whole metadata (recordedAt and the hash
 * chain included) are kept as they come, so the copy verifies with the same hashes as the original.
 */
export interface EventImporter {
  /**
   * Writes `events` (consecutive revisions of `stream`, in order) at the end of the stream, atomically.
   * Events already stored at their revision with the same id are skipped, so a resumed copy never
   * duplicates anything; any other mismatch (a gap, another id at that revision, a previousHash that is
   * not the hash of the stream's last event) is refused with an Error and nothing is written.
   */
  importRecorded(stream: string, events: readonly RecordedEvent[]): Promise<ImportResult>;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Concurrency conflict on ${stream}: expected ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

export const EVENT_STORE = Symbol('EventStore');
