// The EventStoreDB / KurrentDB adapter of the EventStore and EventImporter ports, on the gRPC client. Each
// event keeps its id and type; its ESDB metadata is our metadata plus schemaVersion. The hash chain and
// recordedAt are stamped here, and every append names the exact revision it chained onto. The server gives
// an event its $all position only as it commits, so the hash cannot cover it (no metadata.sequence here):
// the order of the global log is covered by the chain over it and its signed heads (log-chain.ts).
//
// Unlike the SQLite adapter, it cannot refuse an event id already stored in *another* stream: KurrentDB
// indexes events by stream, not by id, so a retry is recognised only within its own stream.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type ReadPosition,
  type ReadStreamOptions as ClientReadStreamOptions,
} from '@kurrent/kurrentdb-client';
import {
  awaitBaseAppend,
  UnusableStreamError,
  WrongExpectedRevisionError,
  type AppendOptions,
  type AppendResult,
  type EventImporter,
  type EventStore,
  type ExpectedRevision,
  type GlobalPosition,
  type ImportResult,
  type NewEvent,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamHead,
  type Subscription,
} from '../event-store.js';
import { assertNonNegativeInteger, assertValidAppend, assertValidImport } from '../batch-validation.js';
import { GENESIS_HASH, sealBatch } from '../hash-chain.js';
import {
  DEFAULT_RECONNECT_DELAYS_MS,
  classifyRetry,
  exactStreamState,
  isAfter,
  hiddenBy,
  isStreamDeleted,
  isStreamNotFound,
  isTransientError,
  isWrongExpectedVersion,
  nextReconnectDelay,
  nextRecordedAt,
  satisfiesExpectedRevision,
  appendIdOf,
  toEventData,
  toGlobalPosition,
  toReadPosition,
  toRecordedEvent,
  toWrongExpectedRevisionError,
  userEventsFilter,
} from './kurrentdb-mapping.js';

export interface KurrentDbEventStoreOptions {
  /** esdb://, esdb+discover://, kurrentdb:// or kurrentdb+discover:// */
  readonly connectionString: string;
  /** Source of recordedAt; injectable so tests can fix time. */
  readonly clock?: () => Date;
  /** Waits between attempts to resubscribe after a dropped connection; the last one repeats. */
  readonly reconnectDelaysMs?: readonly number[];
}

const CONNECT_DEADLINE_MS = 5_000;
const PING_DEADLINE_MS = 2_000;
/**
 * How far back from the end of a stream a retried batch is looked for. Case streams are short, so this is
 * in practice the whole stream; a retry older than this window is not recognised as one.
 */
const RETRY_LOOKBACK = 1_000;
/** Attempts at an append that keeps losing the race for the stream's head to other writers. */
const MAX_APPEND_ATTEMPTS = 5;
const READ_ALL_PAGE_SIZE = 1_000;
/** Events looked at, from the end of $all, for the store's last recordedAt (foreign events are skipped). */
const RECORDED_AT_LOOKBACK = 100;

export class KurrentDbEventStore implements EventStore, EventImporter {
  private closed = false;
  /** The latest recordedAt this instance stamped or imported: recordedAt never goes back in this process. */
  private lastRecordedAt: string | null = null;
  /** Appends to one stream from this instance run one after the other (see serialize). */
  private readonly streamQueues = new Map<string, Promise<unknown>>();
  private readonly subscriptions = new Set<KurrentDbSubscription>();
  private readonly appendedListeners = new Set<(position: GlobalPosition) => void>();
  /** Live subscription from END that turns other instances' appends into onAppended signals. */
  private appendWatcher: KurrentDbSubscription | null = null;

  private constructor(
    private readonly client: KurrentDBClient,
    private readonly clock: () => Date,
    private readonly reconnectDelaysMs: readonly number[],
  ) {}

  /** Connects and proves the server answers; throws (with the cause's message) when it cannot be reached. */
  static async connect(options: KurrentDbEventStoreOptions): Promise<KurrentDbEventStore> {
    const client = KurrentDBClient.connectionString(options.connectionString);
    const store = KurrentDbEventStore.fromClient(client, options);
    try {
      await store.probe(CONNECT_DEADLINE_MS);
    } catch (error) {
      await client.dispose().catch(() => undefined);
      throw new Error(
        `Cannot reach KurrentDB at ${redactConnectionString(options.connectionString)}: ${errorMessage(error)}`,
        { cause: error },
      );
    }
    return store;
  }

  /**
   * An adapter over a client built elsewhere (custom credentials, a test stand-in); it does not probe the
   * server, and close() disposes the client.
   */
  static fromClient(
    client: KurrentDBClient,
    options: Omit<KurrentDbEventStoreOptions, 'connectionString'> = {},
  ): KurrentDbEventStore {
    return new KurrentDbEventStore(
      client,
      options.clock ?? (() => new Date()),
      options.reconnectDelaysMs ?? DEFAULT_RECONNECT_DELAYS_MS,
    );
  }

  /** For /health: a one-event read of $all with a short deadline; throws when the server does not answer. */
  async ping(): Promise<void> {
    this.ensureOpen();
    await this.probe(PING_DEADLINE_MS);
  }

  async append(
    stream: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
    options?: AppendOptions,
  ): Promise<AppendResult> {
    this.ensureOpen();
    assertValidAppend(stream, events, expectedRevision);
    assertNoSystemNames(stream, events);
    // Appends to one stream go one after another (serialize): the one this batch was decided on has
    // settled by the time it runs; a batch on top of one that failed is refused without a round trip.
    return this.serialize(stream, async () => {
      await awaitBaseAppend(stream, expectedRevision, options, async () => {
        const [head] = await this.readStreamTail(stream, 1);
        return head === undefined ? 'no_stream' : head.revision;
      });
      return this.appendNow(stream, events, expectedRevision);
    });
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.ensureOpen();
    const fromRevision = options.fromRevision ?? 0;
    assertNonNegativeInteger('fromRevision', fromRevision);
    if (options.maxCount !== undefined) assertNonNegativeInteger('maxCount', options.maxCount);
    if (options.maxCount === 0) return [];
    const recordedUpTo =
      options.recordedUpTo === undefined ? undefined : parseInstant('recordedUpTo', options.recordedUpTo);

    const events = await this.readOwnStream(
      stream,
      {
        direction: FORWARDS,
        fromRevision: BigInt(fromRevision),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      },
      // recordedAt never decreases along a stream, so the first later event ends the prefix.
      (event) => recordedUpTo === undefined || Date.parse(event.metadata.recordedAt) <= recordedUpTo,
    );
    // A forward read starts at the revision asked for; a later first revision means the server hides the
    // ones before it (a truncate-before): the history would look whole and is not.
    if (events.length > 0 && events[0]!.revision !== fromRevision) {
      throw new UnusableStreamError(stream, 'TRUNCATED');
    }
    return events;
  }

  async readAll(after: GlobalPosition | null, maxCount: number): Promise<RecordedEvent[]> {
    this.ensureOpen();
    assertNonNegativeInteger('maxCount', maxCount);
    if (after !== null) assertNonNegativeInteger('after', after);
    const events: RecordedEvent[] = [];
    let cursor = after;
    // Pages, because events that are not ours are skipped client-side: a short page must mean the end.
    while (events.length < maxCount) {
      // The read includes its start position, so ask for one more to make up for it.
      const requested = maxCount - events.length + (cursor === null ? 0 : 1);
      let received = 0;
      for await (const resolved of this.client.readAll({
        direction: FORWARDS,
        fromPosition: toReadPosition(cursor),
        maxCount: requested,
        filter: userEventsFilter(),
      })) {
        received++;
        const position = allPosition(resolved);
        if (!isAfter(position, cursor)) continue;
        cursor = position;
        const event = toRecordedEvent(resolved);
        if (event !== null) events.push(event);
        if (events.length === maxCount) break;
      }
      if (received < requested) break;
    }
    return events;
  }

  /**
   * The position of the last of our events. A shared server's $all also holds other applications' events
   * (the system filter lets them through): they are read past, backwards, never answered as our head, or a
   * store holding none of ours would look written and a reader would wait for a position it never reaches.
   */
  async headPosition(): Promise<GlobalPosition | null> {
    this.ensureOpen();
    for await (const resolved of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      filter: userEventsFilter(),
    })) {
      if (toRecordedEvent(resolved) !== null) return allPosition(resolved);
    }
    return null;
  }

  subscribeToAll(
    after: GlobalPosition | null,
    handler: (event: RecordedEvent) => Promise<void>,
  ): Subscription {
    this.ensureOpen();
    if (after !== null) assertNonNegativeInteger('after', after);
    return this.track(
      new KurrentDbSubscription(
        (from) => this.client.subscribeToAll({ fromPosition: from, filter: userEventsFilter() }),
        toReadPosition(after),
        after,
        async (resolved, position) => {
          const event = toRecordedEvent(resolved);
          if (event !== null) await handler(event);
          return position;
        },
        this.reconnectDelaysMs,
      ),
    );
  }

  onAppended(listener: (position: GlobalPosition) => void): () => void {
    // A closed store appends nothing more: nothing to signal, and shutdown code must not trip over it.
    if (this.closed) return () => undefined;
    this.appendedListeners.add(listener);
    this.startAppendWatcher();
    return () => {
      this.appendedListeners.delete(listener);
      if (this.appendedListeners.size === 0) this.stopAppendWatcher();
    };
  }

  /** Without system projections ($streams), the names come from each stream's first event in $all. */
  async *streamNames(): AsyncIterable<string> {
    let after: GlobalPosition | null = null;
    for (;;) {
      const page = await this.readAll(after, READ_ALL_PAGE_SIZE);
      for (const event of page) if (event.revision === 0) yield event.stream;
      if (page.length < READ_ALL_PAGE_SIZE) return;
      after = page[page.length - 1].position;
    }
  }

  /**
   * Each stream named in $all, with its last event as the stream's own index gives it (read backwards from
   * its end): the audit compares that with what it walked in $all.
   */
  async *streamHeads(): AsyncIterable<StreamHead> {
    for await (const stream of this.streamNames()) {
      try {
        // The first event too: a truncated stream still has a head, but no longer its revision 0.
        await this.readStream(stream, { maxCount: 1 });
        const [last] = await this.readStreamTail(stream, 1);
        if (last !== undefined) yield { stream, revision: last.revision, lastHash: last.metadata.hash };
      } catch (error) {
        if (!(error instanceof UnusableStreamError)) throw error;
        yield { stream, revision: -1, lastHash: '', unusable: error.reason };
      }
    }
  }

  async importRecorded(stream: string, events: readonly RecordedEvent[]): Promise<ImportResult> {
    this.ensureOpen();
    assertValidImport(stream, events);
    return this.serialize(stream, () => this.importNow(stream, events));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.appendedListeners.clear();
    this.stopAppendWatcher();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    // Appends already accepted get their answer before the client goes.
    await Promise.all([...this.streamQueues.values()]);
    await this.client.dispose();
  }

  private ensureOpen(): void {
    if (this.closed) throw new Error('The KurrentDB event store is closed');
  }

  private async probe(deadlineMs: number): Promise<void> {
    const read = (async () => {
      for await (const _event of this.client.readAll({
        direction: BACKWARDS,
        fromPosition: END,
        maxCount: 1,
        deadline: deadlineMs,
      })) {
        return;
      }
    })();
    await withDeadline(read, deadlineMs, 'KurrentDB did not answer');
  }

  /**
   * Runs the appends (and imports) of one stream from this instance one at a time. Writers in other
   * processes are kept apart by the exact expected revision of every append; inside one process, queueing
   * spares those writers a round of losing races, and lets concurrent copies of one command find each other.
   */
  private serialize<T>(stream: string, work: () => Promise<T>): Promise<T> {
    const previous = this.streamQueues.get(stream) ?? Promise.resolve();
    const run = previous.then(work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.streamQueues.set(stream, settled);
    void settled.then(() => {
      if (this.streamQueues.get(stream) === settled) this.streamQueues.delete(stream);
    });
    return run;
  }

  private async appendNow(
    stream: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    const batchIds = events.map((event) => event.id);
    for (let attempt = 1; ; attempt++) {
      // Newest first: the stream's head, and where a retried batch would be.
      const recent = await this.readStreamTail(stream, RETRY_LOOKBACK);
      const retry = classifyRetry(batchIds, recent);
      if (retry.kind === 'retry') return retry.result;
      if (retry.kind === 'partial') {
        throw new Error(
          `Partial retry on ${stream}: ${retry.storedIds.length} of ${events.length} event ids are already ` +
            `stored (not ${retry.missingIds.join(', ')}); a retried command must repeat exactly the same event ids`,
        );
      }

      const head = recent[0];
      if (!satisfiesExpectedRevision(expectedRevision, head?.revision)) {
        throw new WrongExpectedRevisionError(stream, expectedRevision, head?.revision ?? 'no_stream');
      }
      const recordedAt = this.stampRecordedAt(head?.metadata.recordedAt);
      const sealed = sealBatch(
        stream,
        events,
        { revision: head?.revision ?? -1, lastHash: head?.metadata.hash ?? GENESIS_HASH },
        recordedAt,
      );
      try {
        // The exact revision read above, whatever the caller expected: two writers can never both chain
        // onto the same head.
        // Marks this attempt's events, so the answer below can tell them from another instance's copy.
        const appendId = randomUUID();
        const written = await this.client.appendToStream(
          stream,
          sealed.map((event) => toEventData(event, appendId)),
          {
            streamState: exactStreamState(head?.revision),
          },
        );
        const nextExpectedRevision = Number(written.nextExpectedRevision);
        // Appended at the exact head read, the batch ends `length` revisions after it. Anywhere else, the
        // stream was soft-deleted between the read and the append, and the server started it again after
        // its old revisions: written, but off the chain. Said, never answered as a good write.
        if (nextExpectedRevision !== (head?.revision ?? -1) + sealed.length) {
          throw new UnusableStreamError(stream, 'SOFT_DELETED');
        }
        const position = await this.appendedPosition(stream, nextExpectedRevision, written.position);
        // The server also answers success, with the original revision and position, when these ids are
        // already where this batch expected to go (another instance ran the same command between our read
        // and our append: its idempotent write). Only the events this attempt wrote carry its mark.
        if (!(await this.writtenBy(appendId, stream, nextExpectedRevision - sealed.length + 1))) {
          return { nextExpectedRevision, position, alreadyAppended: true };
        }
        this.notifyAppended(position);
        return { nextExpectedRevision, position, alreadyAppended: false };
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw error;
        // Another process moved the stream since it was read. The next round re-reads: it finds a
        // concurrent copy of this command, refuses an exact expectation that no longer holds, or (for
        // 'any' and 'stream_exists') chains onto the new head.
        if (attempt >= MAX_APPEND_ATTEMPTS) {
          throw toWrongExpectedRevisionError(stream, expectedRevision, error.actualState);
        }
      }
    }
  }

  private async importNow(stream: string, events: readonly RecordedEvent[]): Promise<ImportResult> {
    const [head] = await this.readStreamTail(stream, 1);
    const currentRevision = head?.revision ?? -1;
    if (events.length === 0) return { written: 0, revision: currentRevision, position: null };
    const first = events[0].revision;
    if (first > currentRevision + 1) {
      throw new Error(
        `Cannot import ${stream} from revision ${first}: the stream ends at revision ${currentRevision}, so that leaves a gap`,
      );
    }
    // Events at revisions the stream already has must be the very ones stored there: a resumed copy.
    const alreadyStored = events.filter((event) => event.revision <= currentRevision);
    if (alreadyStored.length > 0) {
      const stored = await this.readStream(stream, { fromRevision: first, maxCount: alreadyStored.length });
      for (const [index, event] of alreadyStored.entries()) {
        if (stored[index]?.id !== event.id) {
          throw new Error(
            `Cannot import ${stream}: revision ${event.revision} holds event ${stored[index]?.id ?? '(none)'}, not ${event.id}`,
          );
        }
      }
    }
    const toWrite = events.slice(alreadyStored.length);
    if (toWrite.length === 0) return { written: 0, revision: currentRevision, position: null };

    const lastHash = head?.metadata.hash ?? GENESIS_HASH;
    if (toWrite[0].metadata.previousHash !== lastHash) {
      throw new Error(
        `Cannot import ${stream}@${toWrite[0].revision}: its previousHash is not the hash of the stream's last event`,
      );
    }
    const storeLastRecordedAt = await this.lastRecordedAtInStore();
    if (
      storeLastRecordedAt !== null &&
      Date.parse(toWrite[0].metadata.recordedAt) < Date.parse(storeLastRecordedAt)
    ) {
      throw new Error(
        `Cannot import ${stream}@${toWrite[0].revision}: recorded at ${toWrite[0].metadata.recordedAt}, before ` +
          `the store's last event (${storeLastRecordedAt}); recordedAt must never decrease along the log`,
      );
    }
    let written;
    try {
      written = await this.client.appendToStream(
        stream,
        toWrite.map((event) => toEventData(event)),
        {
          streamState: exactStreamState(head?.revision),
        },
      );
    } catch (error) {
      if (isWrongExpectedVersion(error)) {
        throw toWrongExpectedRevisionError(stream, currentRevision, error.actualState);
      }
      throw error;
    }
    // Imported recordedAt values count as stamped: appends after them must not go back in time.
    this.lastRecordedAt = nextRecordedAt(
      new Date(0),
      this.lastRecordedAt,
      toWrite[toWrite.length - 1].metadata.recordedAt,
    );
    const revision = Number(written.nextExpectedRevision);
    // As in append: elsewhere than after the head read, the stream was soft-deleted in between.
    if (revision !== currentRevision + toWrite.length) throw new UnusableStreamError(stream, 'SOFT_DELETED');
    const position = await this.appendedPosition(stream, revision, written.position);
    this.notifyAppended(position);
    return { written: toWrite.length, revision, position };
  }

  private stampRecordedAt(streamLastRecordedAt: string | undefined): string {
    const recordedAt = nextRecordedAt(this.clock(), this.lastRecordedAt, streamLastRecordedAt);
    this.lastRecordedAt = recordedAt;
    return recordedAt;
  }

  /** recordedAt of the last of our events in $all, or null when there is none. */
  private async lastRecordedAtInStore(): Promise<string | null> {
    for await (const resolved of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: RECORDED_AT_LOOKBACK,
      filter: userEventsFilter(),
    })) {
      const event = toRecordedEvent(resolved);
      if (event !== null) return event.metadata.recordedAt;
    }
    return null;
  }

  /** The stream's last `count` events, newest first; [] for a stream never written. */
  private readStreamTail(stream: string, count: number): Promise<RecordedEvent[]> {
    return this.readOwnStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: count });
  }

  /**
   * The events of one read of a stream, up to the first that `keep` refuses. A stream the server reports
   * missing reads as [] only when it was never written: one deleted behind the application's back (its
   * metadata then hides its events) or tombstoned, or holding events that are not ours, is an
   * UnusableStreamError, so nothing restarts it at revision 0 over a history that existed.
   */
  private async readOwnStream(
    stream: string,
    options: ClientReadStreamOptions,
    keep: (event: RecordedEvent) => boolean = () => true,
  ): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(stream, options)) {
        const event = toRecordedEvent(resolved);
        if (event === null) throw new UnusableStreamError(stream, 'NOT_OURS');
        if (!keep(event)) break;
        events.push(event);
      }
    } catch (error) {
      if (isStreamDeleted(error)) throw new UnusableStreamError(stream, 'TOMBSTONED');
      if (!isStreamNotFound(error)) throw error;
      const hidden = hiddenBy((await this.client.getStreamMetadata(stream)).metadata);
      if (hidden !== null) throw new UnusableStreamError(stream, hidden);
      return [];
    }
    return events;
  }

  /**
   * Whether the event stored at `revision` was written by the append attempt `appendId`, not by another
   * instance running the same command (same ids; the server then answers success without writing).
   */
  private async writtenBy(appendId: string, stream: string, revision: number): Promise<boolean> {
    for await (const resolved of this.client.readStream(stream, {
      direction: FORWARDS,
      fromRevision: BigInt(revision),
      maxCount: 1,
    })) {
      return appendIdOf(resolved) === appendId;
    }
    return false;
  }

  /**
   * The $all position of the last event of a batch just written. The server answers with it (commit and
   * prepare both set to the last event's position); when it does not (an old server), it is read back.
   */
  private async appendedPosition(
    stream: string,
    lastRevision: number,
    answered: { commit: bigint; prepare: bigint } | undefined,
  ): Promise<GlobalPosition> {
    if (answered !== undefined) return toGlobalPosition(answered, stream, lastRevision);
    const [last] = await this.readStream(stream, { fromRevision: lastRevision, maxCount: 1 });
    if (last === undefined)
      throw new Error(`Event ${stream}@${lastRevision} was acknowledged but cannot be read`);
    return last.position;
  }

  private notifyAppended(position: GlobalPosition): void {
    for (const listener of [...this.appendedListeners]) {
      try {
        listener(position);
      } catch (error) {
        // A listener is only a wake-up signal: its failure must not undo or hide an acknowledged append.
        console.error('EventStore onAppended listener failed', error);
      }
    }
  }

  private startAppendWatcher(): void {
    if (this.appendWatcher !== null || this.appendedListeners.size === 0) return;
    const watcher = new KurrentDbSubscription(
      (from) => this.client.subscribeToAll({ fromPosition: from, filter: userEventsFilter() }),
      END,
      null,
      async (_resolved, position) => {
        this.notifyAppended(position);
        return position;
      },
      this.reconnectDelaysMs,
    );
    this.appendWatcher = watcher;
    void watcher.finished.catch((error: unknown) => {
      // The signal is an optimisation (followers also use their own subscriptions): log, do not crash.
      console.error('KurrentDB append watcher ended', error);
      if (this.appendWatcher === watcher) this.appendWatcher = null;
    });
  }

  private stopAppendWatcher(): void {
    const watcher = this.appendWatcher;
    this.appendWatcher = null;
    if (watcher !== null) void watcher.stop();
  }

  private track(subscription: KurrentDbSubscription): KurrentDbSubscription {
    this.subscriptions.add(subscription);
    void subscription.finished.catch(() => undefined).finally(() => this.subscriptions.delete(subscription));
    return subscription;
  }
}

/** Tells stop() whether it runs inside the subscription's own handler, where waiting would deadlock. */
const handlerContext = new AsyncLocalStorage<KurrentDbSubscription>();

/**
 * A native $all subscription that hands events to its handler one at a time (the `for await` pulls the
 * next one only after the handler returned), and resubscribes after a dropped connection from the last
 * delivered position, so an event is neither skipped nor repeated.
 */
class KurrentDbSubscription implements Subscription {
  readonly finished: Promise<void>;
  private stopped = false;
  private current: AllStreamSubscription | null = null;
  private wakeFromBackoff: (() => void) | null = null;

  constructor(
    private readonly open: (from: ReadPosition) => AllStreamSubscription,
    private readonly start: ReadPosition,
    private checkpoint: GlobalPosition | null,
    /** Handles one event and returns the position to resume after. */
    private readonly deliver: (
      resolved: AllStreamResolvedEvent,
      position: GlobalPosition,
    ) => Promise<GlobalPosition>,
    private readonly reconnectDelaysMs: readonly number[],
  ) {
    this.finished = this.follow();
    // Callers who care await `finished`; the rest must not get an unhandled rejection that kills the process.
    this.finished.catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeFromBackoff?.();
    const current = this.current;
    if (current !== null) {
      await current.unsubscribe().catch(() => undefined);
      // Cancelling the call ends the stream; destroying it as well makes sure a waiting `for await` returns.
      current.destroy();
    }
    if (handlerContext.getStore() === this) return;
    await this.finished.catch(() => undefined);
  }

  private async follow(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      const subscription = this.open(this.checkpoint === null ? this.start : toReadPosition(this.checkpoint));
      this.current = subscription;
      let handlerFailed = false;
      try {
        for await (const resolved of subscription as AsyncIterable<AllStreamResolvedEvent>) {
          if (this.stopped) break;
          const position = allPosition(resolved);
          // A subscription from a position may include it: what was delivered is never delivered again.
          if (!isAfter(position, this.checkpoint)) continue;
          attempt = 0;
          try {
            this.checkpoint = await handlerContext.run(this, () => this.deliver(resolved, position));
          } catch (error) {
            handlerFailed = true;
            throw error;
          }
          if (this.stopped) break;
        }
        if (this.stopped) return;
        // The server ended the stream without an error: as good as a dropped connection.
      } catch (error) {
        if (this.stopped) return;
        if (handlerFailed || !isTransientError(error)) throw error;
        console.warn(`KurrentDB subscription dropped (${errorMessage(error)}); resubscribing`);
      } finally {
        this.current = null;
        await subscription.unsubscribe().catch(() => undefined);
      }
      const delay = nextReconnectDelay(attempt++, this.reconnectDelaysMs);
      if (delay === null) throw new Error('KurrentDB subscription dropped and reconnection is disabled');
      await this.backoff(delay);
    }
  }

  private backoff(delayMs: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.wakeFromBackoff = null;
        resolve();
      };
      const timer = setTimeout(wake, delayMs);
      // A subscription waiting to reconnect must not keep the process alive on its own.
      timer.unref();
      this.wakeFromBackoff = wake;
    });
  }
}

function allPosition(resolved: AllStreamResolvedEvent): GlobalPosition {
  const event = resolved.event;
  if (event === undefined) throw new Error('KurrentDB sent a $all entry without an event');
  return toGlobalPosition(event.position, event.streamId, event.revision);
}

/** An event of one of our streams: anything that is not our envelope there is a corrupted stream. */
async function withDeadline<T>(work: Promise<T>, deadlineMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${deadlineMs} ms`)), deadlineMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    // The losing read may still fail later; nobody is waiting for it then.
    work.catch(() => undefined);
  }
}

function redactConnectionString(connectionString: string): string {
  return connectionString.replace(/\/\/[^@/]*@/, '//***@');
}

function errorMessage(error: unknown): string {
  // The client's errors from its native bridge may carry only their name.
  return error instanceof Error ? error.message || error.name : String(error);
}

function parseInstant(name: string, instant: string): number {
  const parsed = Date.parse(instant);
  if (Number.isNaN(parsed)) throw new RangeError(`${name} is not an ISO 8601 instant: ${instant}`);
  return parsed;
}

/** KurrentDB reserves names starting with $ for its system streams and events. */
function assertNoSystemNames(stream: string, events: readonly NewEvent[]): void {
  if (stream.startsWith('$')) throw new Error(`${stream} is a KurrentDB system stream name`);
  const system = events.find((event) => event.type.startsWith('$'));
  if (system !== undefined) throw new TypeError(`Event ${system.id} needs a type that does not start with $`);
}
