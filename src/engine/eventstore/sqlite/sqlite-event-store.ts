// The embedded EventStore adapter: one SQLite file (better-sqlite3, WAL, synchronous=FULL) holding the
// global log, each stream's current revision and the head of its hash chain. Appends that arrive
// together are committed as one transaction (group commit), each in its own savepoint. Imports (the
// migration tool's way in) take the same write lock in a transaction of their own. Appended events are
// written at the position taken inside the write lock, so their hash covers it (metadata.sequence).
import { mkdirSync } from 'node:fs';
import { restrictToOwner } from '../../owner-only-file.js';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { startCatchUpSubscription } from '../catch-up-subscription.js';
import {
  awaitBaseAppend,
  WrongExpectedRevisionError,
  type AppendOptions,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type EventImporter,
  type ExpectedRevision,
  type GlobalPosition,
  type ImportResult,
  type NewEvent,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamHead as PortStreamHead,
  type Subscription,
} from '../event-store.js';
import {
  assertNonNegativeInteger,
  assertValidAppend,
  assertValidImport,
  normalizeRecordedAt,
} from '../batch-validation.js';
import { GENESIS_HASH, sealBatch, type SealedEvent } from '../hash-chain.js';

export interface SqliteEventStoreOptions {
  /** Path of the database file (see eventStoreFile in paths.ts); its directory is created if missing. */
  readonly file: string;
  /** Source of recordedAt; injectable so tests can fix time. */
  readonly clock?: () => Date;
  /** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
  readonly busyTimeoutMs?: number;
  /** Longest sleep of an idle subscription (it wakes at once on appends made through this instance). */
  readonly subscriptionIdleRecheckMs?: number;
}

/** The connection settings that decide durability, for health checks and tests. */
export interface SqliteDurabilitySettings {
  readonly journalMode: string;
  readonly synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';
  readonly busyTimeoutMs: number;
}

/** Bumped with every schema change; a file written by a newer version is refused rather than misread. */
const SCHEMA_VERSION = 1;
const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
const STREAM_NAMES_PAGE_SIZE = 1_000;
const SYNCHRONOUS_LEVELS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position       INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT    NOT NULL UNIQUE,
    stream         TEXT    NOT NULL,
    revision       INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    data           TEXT    NOT NULL,
    metadata       TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL,
    UNIQUE (stream, revision)
  );
  CREATE TABLE IF NOT EXISTS streams (
    name      TEXT    PRIMARY KEY,
    revision  INTEGER NOT NULL,
    last_hash TEXT    NOT NULL
  );
`;

interface EventRow {
  readonly position: number;
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly schema_version: number;
  readonly data: string;
  readonly metadata: string;
  readonly recorded_at: string;
}

interface StoredEventLocation {
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
}

interface StoredEventAtRevision {
  readonly id: string;
  readonly metadata: string;
}

interface StreamHead {
  readonly revision: number;
  readonly last_hash: string;
}

interface PendingAppend {
  readonly stream: string;
  readonly events: readonly NewEvent[];
  readonly expectedRevision: ExpectedRevision;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
  /** The earlier append this one was decided on (AppendOptions.after); dropped once this one settles. */
  after: PendingAppend | null;
  /** 'written' once committed (or found already stored), 'failed' once refused or rolled back. */
  status: 'pending' | 'written' | 'failed';
}

type AppendOutcome =
  | { readonly request: PendingAppend; readonly result: AppendResult }
  | { readonly request: PendingAppend; readonly error: unknown };

const EVENT_COLUMNS = 'position, id, stream, revision, type, schema_version, data, metadata, recorded_at';

export class SqliteEventStore implements EventStore, EventImporter {
  private readonly pendingAppends: PendingAppend[] = [];
  /** Each append's request, by the promise append() answered with: what AppendOptions.after names. */
  private readonly appendsByPromise = new WeakMap<Promise<AppendResult>, PendingAppend>();
  private flushScheduled = false;
  private closed = false;
  private transactionsCommitted = 0;
  private readonly appendedListeners = new Set<(position: GlobalPosition) => void>();
  private readonly subscriptions = new Set<Subscription>();

  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly commitGroup: Database.Transaction<
    (requests: PendingAppend[], recordedAt: string) => AppendOutcome[]
  >;
  private readonly appendInSavepoint: Database.Transaction<
    (request: PendingAppend, recordedAt: string) => AppendResult
  >;
  private readonly importBatch: Database.Transaction<
    (stream: string, events: readonly RecordedEvent[]) => ImportResult
  >;

  private constructor(
    private readonly db: Database.Database,
    private readonly clock: () => Date,
    private readonly subscriptionIdleRecheckMs: number | undefined,
  ) {
    this.statements = prepareStatements(db);
    // Nested better-sqlite3 transactions run as SAVEPOINTs: one batch's conflict undoes that batch only.
    this.appendInSavepoint = db.transaction((request: PendingAppend, recordedAt: string) =>
      this.writeBatch(request.stream, request.events, request.expectedRevision, recordedAt),
    );
    this.commitGroup = db.transaction((requests: PendingAppend[], clockReading: string) => {
      // Read inside the write lock, so recordedAt never decreases along the log, even when the clock steps
      // back or another process wrote last: "recorded up to T" is then always a prefix of the log, which
      // is what point-in-time reports and histories rely on.
      const lastRecordedAt = (this.statements.lastRecordedAt.get() as { recorded_at: string } | undefined)
        ?.recorded_at;
      const recordedAt =
        lastRecordedAt !== undefined && lastRecordedAt > clockReading ? lastRecordedAt : clockReading;
      // Those of this group written so far: a batch decided on one of them may follow it in the same commit.
      const writtenHere = new Set<PendingAppend>();
      const alone = requests.length === 1;
      return requests.map((request): AppendOutcome => {
        try {
          const base = request.after;
          if (base !== null && base.status !== 'written' && !writtenHere.has(base)) {
            const head = this.statements.streamHead.get(request.stream) as StreamHead | undefined;
            throw new WrongExpectedRevisionError(
              request.stream,
              request.expectedRevision,
              head?.revision ?? 'no_stream',
            );
          }
          // A group of one needs no savepoint: its failure rolls back the whole transaction, which holds
          // nothing else (a savepoint and its release are two more statements on every lone append).
          const result = alone
            ? this.writeBatch(request.stream, request.events, request.expectedRevision, recordedAt)
            : this.appendInSavepoint(request, recordedAt);
          writtenHere.add(request);
          return { request, result };
        } catch (error) {
          // SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM and the like roll back the whole transaction, not
          // just the savepoint: nothing of the group holds any more, so the whole group must fail.
          if (alone || !this.db.inTransaction) throw error;
          return { request, error };
        }
      });
    });
    this.importBatch = db.transaction((stream: string, events: readonly RecordedEvent[]) =>
      this.writeImport(stream, events),
    );
  }

  static async open(options: SqliteEventStoreOptions): Promise<SqliteEventStore> {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    const db = new Database(options.file);
    if (options.file !== ':memory:') restrictToOwner(options.file);
    try {
      configureConnection(db, options);
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteEventStore(db, options.clock ?? (() => new Date()), options.subscriptionIdleRecheckMs);
  }

  /** Transactions committed by this instance: with group commit, fewer than the appends acknowledged. */
  get committedTransactions(): number {
    return this.transactionsCommitted;
  }

  durabilitySettings(): SqliteDurabilitySettings {
    this.ensureOpen();
    const synchronousLevel = this.db.pragma('synchronous', { simple: true }) as number;
    return {
      journalMode: String(this.db.pragma('journal_mode', { simple: true })),
      synchronous: SYNCHRONOUS_LEVELS[synchronousLevel] ?? 'OFF',
      busyTimeoutMs: Number(this.db.pragma('busy_timeout', { simple: true })),
    };
  }

  append(
    stream: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
    options?: AppendOptions,
  ): Promise<AppendResult> {
    try {
      this.ensureOpen();
      assertValidAppend(stream, events, expectedRevision);
    } catch (error) {
      return Promise.reject(error);
    }
    const base = options?.after === undefined ? null : this.appendsByPromise.get(options.after);
    if (base === undefined) {
      // Not an append of this instance (nothing to check inside the commit): wait for it first.
      return awaitBaseAppend(stream, expectedRevision, options, async () => {
        const head = this.statements.streamHead.get(stream) as StreamHead | undefined;
        return head?.revision ?? 'no_stream';
      }).then(() => this.append(stream, events, expectedRevision));
    }
    let request!: PendingAppend;
    const appended = new Promise<AppendResult>((resolve, reject) => {
      request = { stream, events, expectedRevision, resolve, reject, after: base, status: 'pending' };
      this.pendingAppends.push(request);
      this.scheduleFlush();
    });
    this.appendsByPromise.set(appended, request);
    return appended;
  }

  async importRecorded(stream: string, events: readonly RecordedEvent[]): Promise<ImportResult> {
    this.ensureOpen();
    assertValidImport(stream, events);
    // Synchronous, like a group flush: in this process the two cannot interleave, and IMMEDIATE takes
    // the file's write lock against other processes before anything is read.
    const result = this.importBatch.immediate(stream, events);
    this.transactionsCommitted++;
    if (result.position !== null) this.notifyAppended(result.position);
    return result;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.ensureOpen();
    const fromRevision = options.fromRevision ?? 0;
    assertNonNegativeInteger('fromRevision', fromRevision);
    if (options.maxCount !== undefined) assertNonNegativeInteger('maxCount', options.maxCount);
    const rows = this.statements.readStream.all({
      stream,
      fromRevision,
      recordedUpTo: options.recordedUpTo === undefined ? null : normalizeInstant(options.recordedUpTo),
      // LIMIT -1 is SQLite for "no limit".
      maxCount: options.maxCount ?? -1,
    }) as EventRow[];
    return rows.map(toRecordedEvent);
  }

  async readAll(after: GlobalPosition | null, maxCount: number): Promise<RecordedEvent[]> {
    this.ensureOpen();
    assertNonNegativeInteger('maxCount', maxCount);
    // Positions start at 1 (AUTOINCREMENT), so 0 reads from the very first event.
    const rows = this.statements.readAll.all(after ?? 0, maxCount) as EventRow[];
    return rows.map(toRecordedEvent);
  }

  async headPosition(): Promise<GlobalPosition | null> {
    this.ensureOpen();
    const row = this.statements.headPosition.get() as { head: number | null };
    return row.head;
  }

  subscribeToAll(
    after: GlobalPosition | null,
    handler: (event: RecordedEvent) => Promise<void>,
  ): Subscription {
    this.ensureOpen();
    const subscription = startCatchUpSubscription(this, after, handler, {
      ...(this.subscriptionIdleRecheckMs === undefined
        ? {}
        : { idleRecheckMs: this.subscriptionIdleRecheckMs }),
    });
    this.subscriptions.add(subscription);
    void subscription.finished.catch(() => undefined).finally(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  onAppended(listener: (position: GlobalPosition) => void): () => void {
    this.appendedListeners.add(listener);
    return () => {
      this.appendedListeners.delete(listener);
    };
  }

  async *streamNames(): AsyncIterable<string> {
    // Paged rather than one open iterator: an append between two pages would find the connection busy.
    let afterRowId = 0;
    for (;;) {
      this.ensureOpen();
      const page = this.statements.streamNamesPage.all(afterRowId, STREAM_NAMES_PAGE_SIZE) as {
        rowid: number;
        name: string;
      }[];
      for (const row of page) yield row.name;
      if (page.length < STREAM_NAMES_PAGE_SIZE) return;
      afterRowId = page[page.length - 1].rowid;
    }
  }

  async *streamHeads(): AsyncIterable<PortStreamHead> {
    let afterRowId = 0;
    for (;;) {
      this.ensureOpen();
      const page = this.statements.streamHeadsPage.all(afterRowId, STREAM_NAMES_PAGE_SIZE) as {
        rowid: number;
        name: string;
        revision: number;
        last_hash: string;
      }[];
      for (const row of page) yield { stream: row.name, revision: row.revision, lastHash: row.last_hash };
      if (page.length < STREAM_NAMES_PAGE_SIZE) return;
      afterRowId = page[page.length - 1].rowid;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Appends already accepted are committed, not dropped: their callers are waiting for an answer.
    this.flushPendingAppends();
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.appendedListeners.clear();
    this.db.close();
  }

  private ensureOpen(): void {
    if (this.closed) throw new Error('The SQLite event store is closed');
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // setImmediate runs after the I/O callbacks of this loop turn: every append they made joins the group.
    setImmediate(() => this.flushPendingAppends());
  }

  private flushPendingAppends(): void {
    this.flushScheduled = false;
    const requests = this.pendingAppends.splice(0);
    if (requests.length === 0) return;

    let outcomes: AppendOutcome[];
    try {
      outcomes = this.commitGroup.immediate(requests, this.clock().toISOString());
    } catch (error) {
      for (const request of requests) settle(request, 'failed').reject(error);
      return;
    }
    this.transactionsCommitted++;

    let lastWrittenPosition: GlobalPosition | null = null;
    for (const outcome of outcomes) {
      if ('error' in outcome) {
        settle(outcome.request, 'failed').reject(outcome.error);
        continue;
      }
      settle(outcome.request, 'written').resolve(outcome.result);
      if (!outcome.result.alreadyAppended) {
        lastWrittenPosition = Math.max(lastWrittenPosition ?? 0, outcome.result.position);
      }
    }
    if (lastWrittenPosition !== null) this.notifyAppended(lastWrittenPosition);
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

  /** Runs inside a savepoint of the group transaction; throwing undoes this batch only. */
  private writeBatch(
    stream: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
    recordedAt: string,
  ): AppendResult {
    const retried = this.findRetriedBatch(stream, events);
    if (retried) return retried;

    const head = this.statements.streamHead.get(stream) as StreamHead | undefined;
    assertExpectedRevision(stream, expectedRevision, head?.revision);

    // Inside the write lock nobody else takes positions: the batch's are known before it is sealed.
    const { last: lastPosition } = this.statements.lastPositionTaken.get() as { last: number };
    const sealed = sealBatch(
      stream,
      events,
      { revision: head?.revision ?? -1, lastHash: head?.last_hash ?? GENESIS_HASH },
      recordedAt,
      lastPosition + 1,
    );
    const position = this.insertEvents(stream, sealed);
    const last = sealed[sealed.length - 1];
    const revision = last.revision;
    const previousHash = last.metadata.hash;

    if (head === undefined) {
      this.statements.insertStream.run(stream, revision, previousHash);
    } else {
      this.statements.updateStream.run(revision, previousHash, stream);
    }
    return { nextExpectedRevision: revision, position, alreadyAppended: false };
  }

  /** Runs inside the import's transaction; throwing writes nothing. */
  private writeImport(stream: string, events: readonly RecordedEvent[]): ImportResult {
    const head = this.statements.streamHead.get(stream) as StreamHead | undefined;
    const currentRevision = head?.revision ?? -1;

    // The prefix already stored is what a resumed copy sends again: skipped when it is the same event.
    let firstNew = 0;
    while (firstNew < events.length && events[firstNew].revision <= currentRevision) {
      assertSameStoredEvent(
        stream,
        events[firstNew],
        this.statements.eventAtRevision.get(stream, events[firstNew].revision) as
          StoredEventAtRevision | undefined,
      );
      firstNew++;
    }
    const newEvents = events.slice(firstNew);
    if (newEvents.length === 0) return { written: 0, revision: currentRevision, position: null };

    const first = newEvents[0];
    if (first.revision !== currentRevision + 1) {
      throw new Error(
        `Cannot import into ${stream} from revision ${first.revision}: the stream's last revision is ` +
          `${currentRevision}, so the next event must have revision ${currentRevision + 1}`,
      );
    }
    const lastHash = head?.last_hash ?? GENESIS_HASH;
    if (first.metadata.previousHash !== lastHash) {
      throw new Error(
        `Cannot import event ${first.id} into ${stream} at revision ${first.revision}: its previousHash ` +
          `"${first.metadata.previousHash}" is not the hash of the stream's last event ("${lastHash}")`,
      );
    }
    const lastRecordedAt = (this.statements.lastRecordedAt.get() as { recorded_at: string } | undefined)
      ?.recorded_at;
    const firstRecordedAt = normalizeRecordedAt(first);
    if (lastRecordedAt !== undefined && firstRecordedAt < lastRecordedAt) {
      throw new Error(
        `Cannot import event ${first.id} into ${stream}: it was recorded at ${firstRecordedAt}, before the ` +
          `last event of this store (${lastRecordedAt}), and recordedAt never decreases along the log`,
      );
    }

    for (const event of newEvents) {
      const location = this.statements.eventLocation.get(event.id) as StoredEventLocation | undefined;
      if (location !== undefined) {
        throw new Error(
          `Cannot import event ${event.id} into ${stream}: that id is already stored in stream ` +
            `${location.stream} at revision ${location.revision}; event ids must be unique in the store`,
        );
      }
    }
    // An imported event keeps the sequence of the store that recorded it; here it takes the next position.
    const position = this.insertEvents(stream, newEvents, false);
    const last = newEvents[newEvents.length - 1];
    if (head === undefined) {
      this.statements.insertStream.run(stream, last.revision, last.metadata.hash);
    } else {
      this.statements.updateStream.run(last.revision, last.metadata.hash, stream);
    }
    return { written: newEvents.length, revision: last.revision, position };
  }

  /**
   * Inserts sealed events as they are (recorded_at from their metadata), each at the position its
   * sequence names when it has one stamped here, else at the next one; the last one's position.
   */
  private insertEvents(stream: string, events: readonly SealedEvent[], stampedHere = true): GlobalPosition {
    let position = 0;
    for (const event of events) {
      const inserted = this.statements.insertEvent.run({
        position: stampedHere ? (event.metadata.sequence ?? null) : null,
        id: event.id,
        stream,
        revision: event.revision,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata),
        // Stored as toISOString() text, so the recordedUpTo bound compares as text.
        recordedAt: normalizeRecordedAt(event),
      });
      position = Number(inserted.lastInsertRowid);
    }
    return position;
  }

  /** The first result of a batch whose ids are all stored already (a retried command), else null. */
  private findRetriedBatch(stream: string, events: readonly NewEvent[]): AppendResult | null {
    const stored: StoredEventLocation[] = [];
    const missing: string[] = [];
    for (const event of events) {
      const location = this.statements.eventLocation.get(event.id) as StoredEventLocation | undefined;
      if (location === undefined) missing.push(event.id);
      else stored.push(location);
    }
    if (stored.length === 0) return null;

    const elsewhere = stored.find((location) => location.stream !== stream);
    if (elsewhere !== undefined) {
      throw new Error(
        `Event ids of this batch for ${stream} are already stored in stream ${elsewhere.stream}: event ids must be unique in the store`,
      );
    }
    if (missing.length > 0) {
      throw new Error(
        `Partial retry on ${stream}: ${stored.length} of ${events.length} event ids are already stored ` +
          `(not ${missing.join(', ')}); a retried command must repeat exactly the same event ids`,
      );
    }
    const last = stored.reduce((latest, location) =>
      location.revision > latest.revision ? location : latest,
    );
    return { nextExpectedRevision: last.revision, position: last.position, alreadyAppended: true };
  }
}

function configureConnection(db: Database.Database, options: SqliteEventStoreOptions): void {
  const journalMode = db.pragma('journal_mode = WAL', { simple: true });
  if (journalMode !== 'wal' && options.file !== ':memory:') {
    throw new Error(`Could not switch ${options.file} to WAL journal mode (got ${String(journalMode)})`);
  }
  // FULL syncs the WAL on every commit: an acknowledged append survives a power cut, not just a crash.
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
}

function migrate(db: Database.Database): void {
  const fileVersion = db.pragma('user_version', { simple: true }) as number;
  if (fileVersion > SCHEMA_VERSION) {
    throw new Error(
      `The event store file has schema version ${fileVersion}, newer than this program's ${SCHEMA_VERSION}`,
    );
  }
  if (fileVersion === SCHEMA_VERSION) return;
  db.transaction(() => {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/** Records how an append ended and lets go of the one it was decided on (no chain kept along a stream). */
function settle(request: PendingAppend, status: 'written' | 'failed'): PendingAppend {
  request.status = status;
  request.after = null;
  return request;
}

function prepareStatements(db: Database.Database) {
  return {
    readStream: db.prepare(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream = @stream AND revision >= @fromRevision
         AND (@recordedUpTo IS NULL OR recorded_at <= @recordedUpTo)
       ORDER BY revision LIMIT @maxCount`,
    ),
    readAll: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
    headPosition: db.prepare('SELECT MAX(position) AS head FROM events'),
    lastRecordedAt: db.prepare('SELECT recorded_at FROM events ORDER BY position DESC LIMIT 1'),
    streamNamesPage: db.prepare('SELECT rowid, name FROM streams WHERE rowid > ? ORDER BY rowid LIMIT ?'),
    streamHeadsPage: db.prepare(
      'SELECT rowid, name, revision, last_hash FROM streams WHERE rowid > ? ORDER BY rowid LIMIT ?',
    ),
    // AUTOINCREMENT never reuses a position, even one whose row is gone: its counter decides the next one.
    lastPositionTaken: db.prepare(
      `SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0),
                  COALESCE((SELECT MAX(position) FROM events), 0)) AS last`,
    ),
    eventLocation: db.prepare('SELECT stream, revision, position FROM events WHERE id = ?'),
    eventAtRevision: db.prepare('SELECT id, metadata FROM events WHERE stream = ? AND revision = ?'),
    streamHead: db.prepare('SELECT revision, last_hash FROM streams WHERE name = ?'),
    insertEvent: db.prepare(
      `INSERT INTO events (position, id, stream, revision, type, schema_version, data, metadata, recorded_at)
       VALUES (@position, @id, @stream, @revision, @type, @schemaVersion, @data, @metadata, @recordedAt)`,
    ),
    insertStream: db.prepare('INSERT INTO streams (name, revision, last_hash) VALUES (?, ?, ?)'),
    updateStream: db.prepare('UPDATE streams SET revision = ?, last_hash = ? WHERE name = ?'),
  };
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    stream: row.stream,
    revision: row.revision,
    position: row.position,
    type: row.type,
    schemaVersion: row.schema_version,
    data: JSON.parse(row.data) as unknown,
    metadata: metadataAsStored(row),
  };
}

/**
 * The metadata, with the recordedAt this store acts on: point-in-time reads filter on the recorded_at
 * column, so when someone changed the column behind the store's back, the event reads back with the
 * column's instant, and its hash (which covers the recordedAt sealed with it) no longer matches.
 */
function metadataAsStored(row: EventRow): EventMetadata {
  const metadata = JSON.parse(row.metadata) as EventMetadata;
  // Metadata edited into something else than an object is reported as it is.
  if (metadata === null || typeof metadata !== 'object') return metadata;
  const sealed = (metadata as Partial<EventMetadata>).recordedAt;
  if (sealed === row.recorded_at) return metadata;
  const sealedInstant = typeof sealed === 'string' ? Date.parse(sealed) : Number.NaN;
  if (!Number.isNaN(sealedInstant) && new Date(sealedInstant).toISOString() === row.recorded_at)
    return metadata;
  return { ...metadata, recordedAt: row.recorded_at };
}

function assertExpectedRevision(
  stream: string,
  expected: ExpectedRevision,
  current: number | undefined,
): void {
  const actual = current ?? 'no_stream';
  const matches =
    expected === 'any' ||
    (expected === 'no_stream' && current === undefined) ||
    (expected === 'stream_exists' && current !== undefined) ||
    expected === current;
  if (!matches) throw new WrongExpectedRevisionError(stream, expected, actual);
}

/** An imported event already stored at its revision must be that very event (same id, same hash). */
function assertSameStoredEvent(
  stream: string,
  event: RecordedEvent,
  stored: StoredEventAtRevision | undefined,
): void {
  if (stored === undefined) {
    // The streams table says the revision exists; a missing row means the file was edited by hand.
    throw new Error(`Revision ${event.revision} of ${stream} is missing from the log`);
  }
  if (stored.id !== event.id) {
    throw new Error(
      `Cannot import event ${event.id} into ${stream} at revision ${event.revision}: event ${stored.id} ` +
        'is stored there',
    );
  }
  const storedHash = (JSON.parse(stored.metadata) as EventMetadata).hash;
  if (storedHash !== event.metadata.hash) {
    throw new Error(
      `Cannot import event ${event.id} into ${stream} at revision ${event.revision}: an event with that id ` +
        'is stored there with another hash (different content)',
    );
  }
}

/**
 * The recorded_at column compares as text, so it holds toISOString() form; the metadata keeps the
 * original text, since the hash covers it.
 */

/** recordedAt is stored as toISOString() text, so the bound must be in that form to compare as text. */
function normalizeInstant(instant: string): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime()))
    throw new RangeError(`recordedUpTo is not an ISO 8601 instant: ${instant}`);
  return parsed.toISOString();
}
