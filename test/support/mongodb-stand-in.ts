// An in-memory stand-in of the official MongoDB driver's client, for tests: a server object several clients
// share (so two stores see each other), databases of collections keyed by `_id` holding deep copies, queries
// and sorts evaluated by mingo (a MongoDB query engine in JS, BSON comparison order), indexes recorded (unique
// ones enforced), `hello` answering as a replica-set primary, and transactions with snapshot isolation: reads
// see the snapshot taken at the first operation plus their own writes, other readers see committed data only,
// a write to a document changed since the snapshot or held by another open transaction fails with
// WriteConflict and aborts the transaction, an abort discards everything, and a session's next transaction
// (a higher txnNumber) aborts the one it left open.
//
// The stand-in sits below the driver's session code: `withTransaction`, `startTransaction`,
// `commitTransaction`, `abortTransaction` and `inTransaction` are `ClientSession.prototype`'s (mongodb
// lib/sessions.js) called on the stand-in session, which carries what they read (the driver's own
// Transaction state machine, timeoutContext, clientOptions…). Commit and abort reach the stand-in through the
// driver's executeOperation: the client's `topology` selects a stand-in server whose `command()` runs them
// here. So the retries, the write concerns of retried commits (w: majority, wtimeout 10000), the
// UnknownTransactionCommitResult label and the retry deadline are the driver's, not copies.
//
// Errors are labelled as a real deployment labels them: mongod's labels (src/mongo/db/error_labels.cpp) on
// server errors — TransientTransactionError, or RetryableWriteError on commit/abort — unless the fail point
// names `errorLabels` (even []), which replace them, as on mongod; the driver's labels on network errors
// (Server.decorateCommandError, lib/sdam/server.js). `failCommand` fail points (the server's own test
// mechanism) support errorCode, errorLabels, errmsg, closeConnection, writeConcernError (commit and abort
// only) and the modes times / alwaysOn / off. `commandLog` records each command with the fields the
// specification tests' commandStartedEvent checks (txnNumber, startTransaction, autocommit, readConcern,
// writeConcern, maxTimeMS).
//
// Not modelled: retryable reads and writes outside transactions (a fail point that the driver would answer
// by retrying one — closeConnection or a RetriableError code outside a transaction — is refused), causal
// consistency (afterClusterTime), read concern levels (logged, not applied: every read is a snapshot or
// committed data), pinning, CSOT (timeoutMS). It proves the adapter's logic and whatever
// runs on it, not the server: the suites against a real MongoDB are the ones in containers. Anything it does
// not implement (a method, an option, a command, an update operator) throws an Error that names it. Binary
// data (a Buffer or Uint8Array) is stored and read back as BSON Binary, as the driver does, and cursors step
// with next(), so the driver's own GridFSBucket runs on it unchanged.
import { Query } from 'mingo';
import { update as applyUpdate } from 'mingo/updater';
import {
  Binary,
  ClientSession,
  MongoError,
  MongoNetworkError,
  MongoServerError,
  MongoWriteConcernError,
  ObjectId,
  type TransactionOptions,
} from 'mongodb';

type Doc = Record<string, unknown>;

interface IndexInfo {
  readonly v: 2;
  readonly key: Record<string, 1 | -1>;
  readonly name: string;
  readonly unique?: boolean;
}

/** One version of a collection; never mutated once published (a commit publishes a new one). */
interface CollectionVersion {
  readonly docs: ReadonlyMap<string, Doc>;
  readonly indexes: readonly IndexInfo[];
}

/** Namespace ("db.collection") → collection; replaced whole on every commit, so a snapshot is a reference. */
type Catalog = ReadonlyMap<string, CollectionVersion>;

interface FailPoint {
  remaining: number | 'always';
  readonly commands: ReadonlySet<string>;
  readonly errorCode: number | undefined;
  /** The labels the fail point names, replacing the server's own (even when empty); undefined if unnamed. */
  readonly errorLabels: readonly string[] | undefined;
  readonly closeConnection: boolean;
  readonly writeConcernError: WriteConcernErrorDoc | undefined;
  readonly errmsg: string;
}

interface WriteConcernErrorDoc {
  readonly code: number;
  readonly codeName?: string;
  readonly errmsg?: string;
  readonly errInfo?: Doc;
}

/** A commit or abort that ran, whose reply carries a writeConcernError (a fail point's), with its labels. */
interface PendingWriteConcernError {
  readonly writeConcernError: WriteConcernErrorDoc;
  readonly errorLabels: readonly string[];
}

/**
 * A command as it reached the server, with the fields of a commandStartedEvent that the specification
 * tests check of sessions and transactions.
 */
export interface StandInCommand {
  readonly commandName: string;
  readonly databaseName: string;
  /** Sent with every command of a transaction and with commit/abort (the driver's applySession). */
  readonly txnNumber?: number;
  /** On the first command of a transaction. */
  readonly startTransaction?: true;
  /** The transaction's read concern, on its first command. */
  readonly readConcern?: Doc;
  /** false on every command of a transaction and on commit/abort. */
  readonly autocommit?: false;
  /** As sent: `{ w, wtimeout, j }` (only commit and abort carry one here). */
  readonly writeConcern?: Doc;
  readonly maxTimeMS?: number;
}

const ID_INDEX: IndexInfo = { v: 2, key: { _id: 1 }, name: '_id_' };
/** MongoDB 8.0. */
export const STAND_IN_MAX_WIRE_VERSION = 25;
export const STAND_IN_REPLICA_SET = 'rs0';
const STAND_IN_HOST = 'stand-in:27017';

const WRITE_CONFLICT = 112;
const NO_SUCH_TRANSACTION = 251;
const OPERATION_NOT_SUPPORTED_IN_TRANSACTION = 263;
const NAMESPACE_EXISTS = 48;
const DUPLICATE_KEY = 11000;
const INDEX_OPTIONS_CONFLICT = 85;
const INDEX_KEY_SPECS_CONFLICT = 86;
const COMMAND_NOT_FOUND = 59;
const INTERNAL_TRANSACTION_NOT_SUPPORTED = 358;

/** Names of the codes the stand-in and its tests raise (mongo src/mongo/base/error_codes.yml). */
const CODE_NAMES: ReadonlyMap<number, string> = new Map([
  [2, 'BadValue'],
  [8, 'UnknownError'],
  [24, 'LockTimeout'],
  [50, 'MaxTimeMSExpired'],
  [64, 'WriteConcernTimeout'],
  [79, 'UnknownReplWriteConcern'],
  [91, 'ShutdownInProgress'],
  [100, 'UnsatisfiableWriteConcern'],
  [112, 'WriteConflict'],
  [189, 'PrimarySteppedDown'],
  [246, 'SnapshotUnavailable'],
  [251, 'NoSuchTransaction'],
  [262, 'ExceededTimeLimit'],
  [267, 'PreparedTransactionInProgress'],
  [10107, 'NotWritablePrimary'],
  [11000, 'DuplicateKey'],
  [11600, 'InterruptedAtShutdown'],
  [11602, 'InterruptedDueToReplStateChange'],
]);

function codeNameOf(code: number): string {
  return CODE_NAMES.get(code) ?? `Location${code}`;
}

// --- error labels, as mongod adds them (src/mongo/db/error_labels.cpp, mongodb/mongo@02fe612f) ---

/** The RetriableError category of mongo src/mongo/base/error_codes.yml (@007ba934). */
const RETRIABLE_ERROR_CODES: ReadonlySet<number> = new Set([
  6, 7, 89, 91, 134, 189, 262, 317, 358, 384, 402, 406, 407, 412, 453, 462, 9001, 10107, 11600, 11602, 13435,
  13436, 50915, 91331, 10045600,
]);

/**
 * The codes `isTransientTransactionError` names (WriteConflict, LockTimeout, PreparedTransactionInProgress,
 * ShardCannotRefreshDueToLocksHeld, StaleDbVersion), plus the SnapshotError category (239, 246, 250, 272)
 * and the NeedRetargettingError one (150, 13388).
 */
const TRANSIENT_ERROR_CODES: ReadonlySet<number> = new Set([
  112, 24, 267, 343, 249, 239, 246, 250, 272, 150, 13388,
]);

const COMMIT_OR_ABORT: ReadonlySet<string> = new Set(['commitTransaction', 'abortTransaction']);

/** error_labels.cpp `isTransientTransactionError(code, hasWriteConcernError, isCommitOrAbort)`. */
function isTransientTransactionError(code: number, hasWriteConcernError: boolean, isCommitOrAbort: boolean) {
  if (code === INTERNAL_TRANSACTION_NOT_SUPPORTED) return false;
  if (TRANSIENT_ERROR_CODES.has(code)) return true;
  // On NoSuchTransaction the whole transaction may be retried only if no data could be rolled back.
  if (isCommitOrAbort) return code === NO_SUCH_TRANSACTION && !hasWriteConcernError;
  return RETRIABLE_ERROR_CODES.has(code) || code === NO_SUCH_TRANSACTION;
}

/**
 * The labels mongod gives an error reply (`getErrorLabels`, `ErrorLabelBuilder::build`), for an external
 * client of a replica set: TransientTransactionError for a command sent in a transaction (txnNumber and
 * autocommit) whose code is transient; else RetryableWriteError for commit/abort (or a retryable write, which
 * the stand-in never sends) whose code or write-concern error code is retriable. Never both.
 */
function serverErrorLabels(
  command: StandInCommand,
  code: number | undefined,
  writeConcernCode: number | undefined,
): string[] {
  const inTransaction = command.txnNumber !== undefined && command.autocommit === false;
  const isCommitOrAbort = COMMIT_OR_ABORT.has(command.commandName);
  if (
    inTransaction &&
    code !== undefined &&
    isTransientTransactionError(code, writeConcernCode !== undefined, isCommitOrAbort)
  )
    return ['TransientTransactionError'];
  const retriable =
    (code !== undefined && RETRIABLE_ERROR_CODES.has(code)) ||
    (writeConcernCode !== undefined && RETRIABLE_ERROR_CODES.has(writeConcernCode));
  if (inTransaction && isCommitOrAbort && retriable) return ['RetryableWriteError'];
  return [];
}

function serverError(code: number, codeName: string, errmsg: string, labels: readonly string[] = []) {
  return new MongoServerError({ ok: 0, code, codeName, errmsg, errorLabels: [...labels] });
}

/** An error of a command run in a transaction, labelled as mongod labels it. */
function transactionError(command: StandInCommand, code: number, errmsg: string): MongoServerError {
  return serverError(code, codeNameOf(code), errmsg, serverErrorLabels(command, code, undefined));
}

function notImplemented(what: string): Error {
  return new Error(`The MongoDB stand-in does not implement ${what}`);
}

/** Wraps an object so that reaching a member it lacks throws an Error naming it, instead of `undefined`. */
function loud<T extends object>(target: T, kind: string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object) return Reflect.get(object, property, receiver);
      // Probed by await, JSON, Jest's matchers and printers: absent, as on any plain object.
      if (
        property === 'then' ||
        property === 'toJSON' ||
        property === 'asymmetricMatch' ||
        property === 'nodeType'
      )
        return undefined;
      if (property.startsWith('$$') || property.startsWith('@@') || property.startsWith('_'))
        return undefined;
      throw notImplemented(`${kind}.${property}`);
    },
  });
}

function checkOptions(method: string, options: object | undefined, known: readonly string[]): void {
  for (const [name, value] of Object.entries(options ?? {})) {
    if (value !== undefined && !known.includes(name)) throw notImplemented(`the option ${name} of ${method}`);
  }
}

/** The key of a document's `_id` in a collection's map: its type and value, as BSON tells them apart. */
function idKeyOf(id: unknown): string {
  if (id === undefined) throw notImplemented('documents without an _id');
  if (id instanceof ObjectId) return `oid:${id.toHexString()}`;
  if (typeof id === 'string') return `s:${id}`;
  if (typeof id === 'number') return `n:${id}`;
  return `j:${JSON.stringify(id)}`;
}

/** A deep copy as BSON would store it: undefined dropped (ignoreUndefined) or null, unknown classes refused. */
function bsonCopy(value: unknown, ignoreUndefined: boolean): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
    return value;
  if (value === undefined) return null;
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp || value instanceof ObjectId) return value;
  // Bytes are stored as BSON Binary and read back as Binary (the driver's default, promoteBuffers off).
  if (value instanceof Binary)
    return new Binary(Uint8Array.from(value.buffer.subarray(0, value.position)), value.sub_type);
  if (value instanceof Uint8Array) return new Binary(Uint8Array.from(value));
  if (Array.isArray(value))
    return value.map((item) => (item === undefined ? null : bsonCopy(item, ignoreUndefined)));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Doc = {};
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined && ignoreUndefined) continue;
      copy[key] = bsonCopy(field, ignoreUndefined);
    }
    return copy;
  }
  throw notImplemented(`storing a value of type ${typeof value} (${Object.prototype.toString.call(value)})`);
}

/** What the stored documents give back: a fresh copy each time, so callers cannot change the store. */
function copyOut<T>(doc: T): T {
  return bsonCopy(doc, false) as T;
}

function matcher(filter: Doc): Query {
  return new Query(filter, {});
}

/** The value of an index key path, missing as null (as unique indexes see it). */
function pathValue(doc: Doc, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Doc)[part];
  }
  return current ?? null;
}

/**
 * A multi-document transaction on the server (one txnNumber of one session): its snapshot, its own writes,
 * the documents it holds.
 */
class ServerTransaction {
  state: 'starting' | 'in_progress' | 'committed' | 'aborted' = 'starting';
  snapshot: Catalog | null = null;
  /** Collections this transaction changed: copies of the snapshot's with its writes applied. */
  readonly overlay = new Map<string, CollectionVersion | null>();
  /** Per namespace, the ids this transaction wrote (set or deleted). */
  readonly written = new Map<string, Set<string>>();
  /** Namespaces this transaction created (with their indexes). */
  readonly created = new Set<string>();
  readonly txnNumber: number;
  /** The command running in it now: the server labels its errors. */
  command: StandInCommand;
  private release!: () => void;
  /** Resolves when the transaction ends: writers waiting for its documents go on. */
  readonly ended = new Promise<void>((resolve) => (this.release = resolve));

  constructor(first: StandInCommand) {
    this.txnNumber = first.txnNumber!;
    this.command = first;
  }

  end(state: 'committed' | 'aborted'): void {
    this.state = state;
    this.release();
  }
}

/** The shared server: every StandInMongoClient over it sees the same data. */
export class StandInMongoServer {
  private committed: Catalog = new Map();
  /** "ns|idKey" → the open transaction that wrote it. */
  private readonly locks = new Map<string, ServerTransaction>();
  private readonly failPoints: FailPoint[] = [];
  /** How long an open transaction may block other writers before the server aborts it. */
  transactionLifetimeLimitMs = 5_000;
  /**
   * Every command that reached the server, in order, with what sessions and transactions add to it: lets
   * tests see what the driver sent, as the specification tests' expectEvents do.
   */
  readonly commandLog: StandInCommand[] = [];
  /**
   * Awaited before each collection command reaches the server, with its namespace: a test can run other
   * work at exactly that point, as another client could over a network.
   */
  beforeCommand: ((command: string, ns: string) => Promise<void>) | null = null;

  async arrive(command: string, ns: string): Promise<void> {
    await Promise.resolve();
    if (this.beforeCommand !== null) await this.beforeCommand(command, ns);
  }

  /** The namespaces that exist now (committed), "db.collection". */
  namespaces(): string[] {
    return [...this.committed.keys()].sort();
  }

  /**
   * Runs as every command arrives: logs it and fires a matching fail point. A fail point with errorCode
   * or closeConnection fails the command before it runs (aborting the transaction of any command but
   * commit and abort); one with writeConcernError lets commit or abort run and gives back the error its
   * reply carries.
   */
  enter(command: StandInCommand, transaction: ServerTransaction | null): PendingWriteConcernError | null {
    this.commandLog.push(command);
    if (transaction !== null) transaction.command = command;
    const name = command.commandName;
    const point = this.failPoints.find((candidate) => candidate.commands.has(name));
    if (point === undefined) return null;
    if (point.remaining !== 'always') {
      point.remaining -= 1;
      if (point.remaining <= 0) this.failPoints.splice(this.failPoints.indexOf(point), 1);
    }
    const isCommitOrAbort = COMMIT_OR_ABORT.has(name);
    const inTransaction = command.autocommit === false;
    if (!inTransaction && (point.closeConnection || RETRIABLE_ERROR_CODES.has(point.errorCode ?? 0)))
      throw notImplemented(
        `a fail point failing ${name} outside a transaction with an error the driver retries (retryable reads and writes)`,
      );
    if (point.closeConnection) {
      // The server closes the connection; the driver raises a network error and labels it
      // (Server.decorateCommandError): TransientTransactionError on a command of the active transaction,
      // RetryableWriteError on commit and abort.
      const error = new MongoNetworkError(`connection to ${STAND_IN_HOST} closed`);
      error.addErrorLabel(isCommitOrAbort ? 'RetryableWriteError' : 'TransientTransactionError');
      if (transaction !== null && !isCommitOrAbort) this.abort(transaction);
      throw error;
    }
    if (point.errorCode !== undefined) {
      const labels = point.errorLabels ?? serverErrorLabels(command, point.errorCode, undefined);
      // A command that fails aborts its transaction; a commit or abort that never ran leaves it as it was.
      if (transaction !== null && !isCommitOrAbort) this.abort(transaction);
      throw serverError(point.errorCode, codeNameOf(point.errorCode), point.errmsg, labels);
    }
    if (!isCommitOrAbort) throw notImplemented(`a writeConcernError fail point on ${name}`);
    const writeConcernError = point.writeConcernError!;
    return {
      writeConcernError,
      errorLabels: point.errorLabels ?? serverErrorLabels(command, undefined, writeConcernError.code),
    };
  }

  /** `configureFailPoint: 'failCommand'`, as mongod runs it with enableTestCommands. */
  configureFailPoint(command: Doc): Doc {
    if (command['configureFailPoint'] !== 'failCommand')
      throw notImplemented(`the fail point ${String(command['configureFailPoint'])}`);
    const mode = command['mode'];
    const data = (command['data'] ?? {}) as Doc;
    this.failPoints.length = 0;
    if (mode === 'off') return { ok: 1 };
    const remaining =
      mode === 'alwaysOn'
        ? 'always'
        : typeof mode === 'object' && mode !== null && typeof (mode as Doc)['times'] === 'number'
          ? ((mode as Doc)['times'] as number)
          : null;
    if (remaining === null) throw notImplemented(`the fail point mode ${JSON.stringify(mode)}`);
    const known = [
      'failCommands',
      'errorCode',
      'errorLabels',
      'errmsg',
      'closeConnection',
      'writeConcernError',
    ];
    for (const key of Object.keys(data)) {
      if (!known.includes(key)) throw notImplemented(`the fail point option ${key}`);
    }
    const errorCode = data['errorCode'] as number | undefined;
    const closeConnection = data['closeConnection'] === true;
    const writeConcernError = data['writeConcernError'] as WriteConcernErrorDoc | undefined;
    if (writeConcernError !== undefined) {
      checkOptions('a writeConcernError', writeConcernError, ['code', 'codeName', 'errmsg', 'errInfo']);
      if (typeof writeConcernError.code !== 'number')
        throw new MongoError('A writeConcernError needs a code');
    }
    if (errorCode === undefined && !closeConnection && writeConcernError === undefined)
      throw notImplemented(
        'a failCommand fail point without errorCode, closeConnection or writeConcernError',
      );
    this.failPoints.push({
      remaining,
      commands: new Set(data['failCommands'] as string[]),
      errorCode,
      errorLabels: data['errorLabels'] as string[] | undefined,
      closeConnection,
      writeConcernError,
      errmsg: (data['errmsg'] as string | undefined) ?? "Failing command via 'failCommand' failpoint",
    });
    return { ok: 1 };
  }

  // --- reading ---

  /** The collection as `transaction` (or a reader outside any) sees it. */
  view(ns: string, transaction: ServerTransaction | null): CollectionVersion | undefined {
    if (transaction === null) return this.committed.get(ns);
    const snapshot = this.snapshotOf(transaction);
    if (transaction.overlay.has(ns)) return transaction.overlay.get(ns) ?? undefined;
    return snapshot.get(ns);
  }

  /** The snapshot is taken at the transaction's first operation, as the server does. */
  private snapshotOf(transaction: ServerTransaction): Catalog {
    if (transaction.state === 'aborted')
      throw transactionError(transaction.command, NO_SUCH_TRANSACTION, 'Transaction has been aborted.');
    if (transaction.state === 'committed') throw new MongoError('The transaction has already been committed');
    if (transaction.snapshot === null) {
      transaction.snapshot = this.committed;
      transaction.state = 'in_progress';
    }
    return transaction.snapshot;
  }

  // --- writing ---

  /**
   * Changes the collection `ns` with `change` (which gets a mutable copy of the documents and returns
   * the ids it touched), in `transaction` or committed at once.
   */
  async write<R>(
    ns: string,
    transaction: ServerTransaction | null,
    change: (
      docs: Map<string, Doc>,
      indexes: readonly IndexInfo[],
    ) => { result: R; touched: readonly string[] },
  ): Promise<R> {
    if (transaction === null) {
      // Outside a transaction a write waits for the transactions holding its documents, as on the server.
      for (;;) {
        const current = this.committed.get(ns);
        const docs = new Map(current?.docs ?? []);
        const { result, touched } = change(docs, current?.indexes ?? [ID_INDEX]);
        const holder = touched.map((id) => this.locks.get(`${ns}|${id}`)).find((lock) => lock !== undefined);
        if (holder !== undefined) {
          await this.outlive(holder);
          continue;
        }
        this.assertUnique(ns, docs, current?.indexes ?? [ID_INDEX], touched);
        this.publish(ns, { docs, indexes: current?.indexes ?? [ID_INDEX] });
        return result;
      }
    }
    const snapshot = this.snapshotOf(transaction);
    try {
      const base = this.view(ns, transaction);
      if (
        !transaction.overlay.has(ns) &&
        (snapshot.get(ns) === undefined) !== (this.committed.get(ns) === undefined)
      )
        throw this.writeConflict(transaction);
      const docs = new Map(base?.docs ?? []);
      const indexes = base?.indexes ?? [ID_INDEX];
      const { result, touched } = change(docs, indexes);
      for (const id of touched) {
        const key = `${ns}|${id}`;
        const holder = this.locks.get(key);
        if (holder !== undefined && holder !== transaction) throw this.writeConflict(transaction);
        // First writer wins: a document committed since this transaction's snapshot cannot be written.
        if (holder === undefined && this.committed.get(ns)?.docs.get(id) !== snapshot.get(ns)?.docs.get(id))
          throw this.writeConflict(transaction);
      }
      this.assertUnique(ns, docs, indexes, touched);
      for (const id of touched) this.locks.set(`${ns}|${id}`, transaction);
      if (base === undefined) transaction.created.add(ns);
      transaction.overlay.set(ns, { docs, indexes });
      const written = transaction.written.get(ns) ?? new Set<string>();
      touched.forEach((id) => written.add(id));
      transaction.written.set(ns, written);
      return result;
    } catch (error) {
      // Any error inside a transaction aborts it on the server.
      this.abort(transaction);
      throw error;
    }
  }

  /**
   * Waits for a transaction holding documents to end; one that outlives the lifetime limit is aborted,
   * as the server does with transactionLifetimeLimitSeconds (60 s there, short here so a test that
   * deadlocks fails on its own error rather than Jest's timeout).
   */
  private async outlive(holder: ServerTransaction): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<void>(
      (resolve) => (timer = setTimeout(resolve, this.transactionLifetimeLimitMs)),
    );
    await Promise.race([holder.ended, expired]);
    clearTimeout(timer);
    this.abort(holder);
  }

  private writeConflict(transaction: ServerTransaction): MongoServerError {
    return transactionError(
      transaction.command,
      WRITE_CONFLICT,
      'Write conflict during plan execution and yielding is disabled.',
    );
  }

  private assertUnique(
    ns: string,
    docs: ReadonlyMap<string, Doc>,
    indexes: readonly IndexInfo[],
    touched: readonly string[],
  ): void {
    for (const index of indexes) {
      if (!index.unique) continue;
      const keyOf = (doc: Doc) => JSON.stringify(Object.keys(index.key).map((path) => pathValue(doc, path)));
      for (const id of touched) {
        const doc = docs.get(id);
        if (doc === undefined) continue;
        const key = keyOf(doc);
        for (const [otherId, other] of docs) {
          if (otherId !== id && keyOf(other) === key)
            throw serverError(
              DUPLICATE_KEY,
              'DuplicateKey',
              `E11000 duplicate key error collection: ${ns} index: ${index.name} dup key: ${key}`,
            );
        }
      }
    }
  }

  private publish(ns: string, version: CollectionVersion | null): void {
    const next = new Map(this.committed);
    if (version === null) next.delete(ns);
    else next.set(ns, version);
    this.committed = next;
  }

  /** Creates the collection outside any transaction; false when it already exists. */
  create(ns: string): boolean {
    if (this.committed.has(ns)) return false;
    this.publish(ns, { docs: new Map(), indexes: [ID_INDEX] });
    return true;
  }

  /** Drops the collection once no open transaction holds its documents; false when it did not exist. */
  async drop(ns: string): Promise<boolean> {
    for (;;) {
      const holder = [...this.locks].find(([key]) => key.startsWith(`${ns}|`))?.[1];
      if (holder === undefined) break;
      await this.outlive(holder);
    }
    if (!this.committed.has(ns)) return false;
    this.publish(ns, null);
    return true;
  }

  /** Adds indexes; in a transaction only to a collection it creates, as on the server. */
  addIndexes(ns: string, specs: readonly IndexInfo[], transaction: ServerTransaction | null): void {
    const merge = (existing: readonly IndexInfo[], docs: ReadonlyMap<string, Doc>): IndexInfo[] => {
      const merged = [...existing];
      for (const spec of specs) {
        const sameName = merged.find((index) => index.name === spec.name);
        const sameKey = merged.find((index) => JSON.stringify(index.key) === JSON.stringify(spec.key));
        if (sameName && JSON.stringify(sameName.key) !== JSON.stringify(spec.key))
          throw serverError(
            INDEX_KEY_SPECS_CONFLICT,
            'IndexKeySpecsConflict',
            `An index named ${spec.name} exists with other keys`,
          );
        if (sameKey && (sameKey.name !== spec.name || !!sameKey.unique !== !!spec.unique))
          throw serverError(
            INDEX_OPTIONS_CONFLICT,
            'IndexOptionsConflict',
            `An equivalent index exists: ${sameKey.name}`,
          );
        if (!sameKey) {
          merged.push(spec);
          this.assertUnique(ns, docs, [spec], [...docs.keys()]);
        }
      }
      return merged;
    };
    if (transaction === null) {
      const current = this.committed.get(ns);
      this.publish(ns, {
        docs: current?.docs ?? new Map(),
        indexes: merge(current?.indexes ?? [ID_INDEX], current?.docs ?? new Map()),
      });
      return;
    }
    const snapshot = this.snapshotOf(transaction);
    const base = this.view(ns, transaction);
    if (base !== undefined && !transaction.created.has(ns)) {
      this.abort(transaction);
      throw serverError(
        OPERATION_NOT_SUPPORTED_IN_TRANSACTION,
        'OperationNotSupportedInTransaction',
        `Cannot create new indexes on existing collection ${ns} in a multi-document transaction.`,
      );
    }
    if (base === undefined && this.committed.has(ns) !== snapshot.has(ns)) {
      this.abort(transaction);
      throw this.writeConflict(transaction);
    }
    try {
      transaction.overlay.set(ns, {
        docs: base?.docs ?? new Map(),
        indexes: merge(base?.indexes ?? [ID_INDEX], base?.docs ?? new Map()),
      });
      transaction.created.add(ns);
    } catch (error) {
      this.abort(transaction);
      throw error;
    }
  }

  /**
   * commitTransaction as mongod runs it: again on a committed transaction it succeeds (a retried commit);
   * on an aborted or unknown one it fails with NoSuchTransaction.
   */
  commitCommand(
    command: StandInCommand,
    transaction: ServerTransaction | null,
    pending: PendingWriteConcernError | null,
  ): void {
    if (transaction === null || transaction.state === 'aborted')
      throw serverError(
        NO_SUCH_TRANSACTION,
        'NoSuchTransaction',
        'Transaction has been aborted.',
        serverErrorLabels(command, NO_SUCH_TRANSACTION, pending?.writeConcernError.code),
      );
    if (transaction.state !== 'committed') this.commit(transaction);
  }

  /** abortTransaction as mongod runs it: NoSuchTransaction when the transaction has already ended. */
  abortCommand(command: StandInCommand, transaction: ServerTransaction | null): void {
    if (transaction === null || transaction.state === 'aborted' || transaction.state === 'committed')
      throw serverError(
        NO_SUCH_TRANSACTION,
        'NoSuchTransaction',
        'Transaction has been aborted.',
        serverErrorLabels(command, NO_SUCH_TRANSACTION, undefined),
      );
    this.abort(transaction);
  }

  /** Publishes the transaction's writes over what is committed now (only its own documents change). */
  private commit(transaction: ServerTransaction): void {
    for (const [ns, version] of transaction.overlay) {
      const current = this.committed.get(ns);
      const docs = new Map(current?.docs ?? []);
      for (const id of transaction.written.get(ns) ?? []) {
        const doc = version?.docs.get(id);
        if (doc === undefined) docs.delete(id);
        else docs.set(id, doc);
      }
      const indexes = transaction.created.has(ns)
        ? (version?.indexes ?? [ID_INDEX])
        : (current?.indexes ?? [ID_INDEX]);
      this.publish(ns, { docs, indexes });
    }
    this.unlock(transaction);
    transaction.end('committed');
  }

  abort(transaction: ServerTransaction): void {
    if (transaction.state === 'committed' || transaction.state === 'aborted') return;
    this.unlock(transaction);
    transaction.overlay.clear();
    transaction.end('aborted');
  }

  private unlock(transaction: ServerTransaction): void {
    for (const [key, holder] of this.locks) if (holder === transaction) this.locks.delete(key);
  }
}

/** What `find` and the cursor options ask for. */
interface CursorSpec {
  sort?: Doc;
  skip?: number;
  limit?: number;
  projection?: Doc;
}

class StandInCursor<T> {
  private consumed = false;
  /** What next() has still to give, fetched on its first call. */
  private pending: T[] | null = null;

  constructor(
    private readonly run: (spec: CursorSpec) => T[],
    private readonly spec: CursorSpec,
    private readonly arrive: () => Promise<void> = () => Promise.resolve(),
  ) {}

  sort(sort: Doc): this {
    this.spec.sort = sort;
    return this;
  }

  skip(skip: number): this {
    this.spec.skip = skip;
    return this;
  }

  limit(limit: number): this {
    this.spec.limit = limit;
    return this;
  }

  project(projection: Doc): this {
    this.spec.projection = projection;
    return this;
  }

  async toArray(): Promise<T[]> {
    if (this.consumed) throw new MongoError('Cursor is closed');
    this.consumed = true;
    await this.arrive();
    return this.run(this.spec);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (const item of await this.toArray()) yield item;
  }

  /** One document at a time (GridFS reads chunks so), null once there are no more. */
  async next(): Promise<T | null> {
    if (this.pending === null) this.pending = await this.toArray();
    return this.pending.shift() ?? null;
  }

  async close(): Promise<void> {
    this.consumed = true;
    this.pending = [];
  }
}

/** The driver's TxnState values (lib/transactions.js; internal to the driver, so not importable). */
type TxnState =
  | 'NO_TRANSACTION'
  | 'STARTING_TRANSACTION'
  | 'TRANSACTION_IN_PROGRESS'
  | 'TRANSACTION_COMMITTED'
  | 'TRANSACTION_COMMITTED_EMPTY'
  | 'TRANSACTION_ABORTED';

/** What the stand-in uses of the driver's Transaction (lib/transactions.js), the session's state machine. */
interface DriverTransaction {
  readonly state: TxnState;
  readonly options: { readonly readConcern?: { readonly level: string } };
  readonly isActive: boolean;
  readonly isPinned: boolean;
  transition(next: TxnState): void;
  unpinServer(): void;
}

const driverSession = ClientSession.prototype;

/**
 * The driver's Transaction class. It is internal (not exported), but ClientSession.startTransaction makes
 * one: it is taken from one started on a scratch object carrying what startTransaction reads.
 */
const DriverTransactionClass = ((): new () => DriverTransaction => {
  const scratch = {
    snapshotEnabled: false,
    isPinned: false,
    transaction: { isActive: false },
    inTransaction: () => false,
    incrementTransactionNumber: () => undefined,
    defaultTransactionOptions: {},
    clientOptions: {},
  };
  driverSession.startTransaction.call(scratch as unknown as ClientSession);
  return (scratch.transaction as object).constructor as new () => DriverTransaction;
})();

/**
 * A session. Its transaction methods are the driver's own, run on this object: it carries what they read
 * of a ClientSession (an explicit session of a client with no transaction defaults, not load balanced,
 * never pinned, no CSOT). Commit and abort go through the driver's executeOperation to the client's
 * stand-in topology, which hands them to `runTransactionCommand`.
 */
class StandInSession {
  /** The driver's transaction state machine, replaced by the driver's startTransaction. */
  transaction: DriverTransaction = new DriverTransactionClass();
  timeoutContext: null = null;
  commitAttempted: boolean | undefined = undefined;
  txnNumberIncrement = 0;
  hasEnded = false;
  readonly snapshotEnabled = false;
  readonly defaultTransactionOptions = {};
  readonly owner = undefined;
  readonly loadBalanced = false;
  readonly clientOptions: StandInClientOptions;
  /** serverSession.txnNumber: the latest transaction's number (applySession adds the increments). */
  private txnNumber = 0;
  /** The server-side transaction of the latest txnNumber, once its first command ran. */
  private serverTransaction: ServerTransaction | null = null;

  constructor(
    readonly client: StandInMongoClient,
    readonly server: StandInMongoServer,
  ) {
    this.clientOptions = client.s.options;
  }

  get isPinned(): boolean {
    return this.transaction.isPinned;
  }

  unpin(): void {
    this.transaction.unpinServer();
  }

  inTransaction(): boolean {
    return driverSession.inTransaction.call(this.asDriverSession());
  }

  incrementTransactionNumber(): void {
    driverSession.incrementTransactionNumber.call(this.asDriverSession());
  }

  startTransaction(options?: TransactionOptions): void {
    checkOptions('startTransaction', options, [
      'readConcern',
      'writeConcern',
      'readPreference',
      'maxCommitTimeMS',
    ]);
    driverSession.startTransaction.call(this.asDriverSession(), options);
  }

  commitTransaction(): Promise<void> {
    return driverSession.commitTransaction.call(this.asDriverSession());
  }

  abortTransaction(): Promise<void> {
    return driverSession.abortTransaction.call(this.asDriverSession());
  }

  withTransaction<T>(fn: (session: ClientSession) => Promise<T>, options?: TransactionOptions): Promise<T> {
    return driverSession.withTransaction.call(this.asDriverSession(), fn, options) as Promise<T>;
  }

  /** As the driver's endSession: aborts a transaction in progress, ignoring errors, and ends. */
  async endSession(): Promise<void> {
    try {
      if (this.inTransaction()) await this.abortTransaction();
    } catch {
      // The driver ignores every error of that abort (sessions spec).
    } finally {
      this.hasEnded = true;
    }
  }

  /**
   * What the driver's applySession and updateSessionFromResponse (lib/sessions.js) do to a command sent
   * with this session: inside a transaction (or for commit/abort) it carries the txnNumber and autocommit:
   * false, the first one also startTransaction and the transaction's read concern, and the transaction goes
   * in progress; outside one the state goes back to NO_TRANSACTION. Gives the command and the server-side
   * transaction it runs in.
   */
  send(
    commandName: string,
    databaseName: string,
    extra: Pick<StandInCommand, 'writeConcern' | 'maxTimeMS'> = {},
  ): { command: StandInCommand; transaction: ServerTransaction | null } {
    if (this.hasEnded) throw new MongoError('Cannot use a session that has ended');
    if (!this.inTransaction() && !COMMIT_OR_ABORT.has(commandName)) {
      if (this.transaction.state !== 'NO_TRANSACTION') this.transaction.transition('NO_TRANSACTION');
      return { command: { commandName, databaseName, ...extra }, transaction: null };
    }
    this.txnNumber += this.txnNumberIncrement;
    this.txnNumberIncrement = 0;
    const starting = this.transaction.state === 'STARTING_TRANSACTION';
    const readConcern = this.transaction.options.readConcern;
    const command: StandInCommand = {
      commandName,
      databaseName,
      txnNumber: this.txnNumber,
      ...(starting ? { startTransaction: true as const } : {}),
      ...(starting && readConcern !== undefined ? { readConcern: { level: readConcern.level } } : {}),
      autocommit: false,
      ...extra,
    };
    if (starting) {
      // A higher txnNumber on the session aborts the transaction it left open, as mongod does.
      if (this.serverTransaction !== null) this.server.abort(this.serverTransaction);
      this.serverTransaction = new ServerTransaction(command);
      this.transaction.transition('TRANSACTION_IN_PROGRESS');
    }
    const transaction = this.serverTransaction?.txnNumber === this.txnNumber ? this.serverTransaction : null;
    return { command, transaction };
  }

  /**
   * commitTransaction or abortTransaction as the driver built it, reaching the server through the
   * stand-in topology: a fail point may fail it (before it runs) or give its reply a writeConcernError
   * (after it ran), which the driver raises as a MongoWriteConcernError.
   */
  async runTransactionCommand(document: Doc): Promise<void> {
    const commandName = Object.keys(document)[0] ?? '';
    if (!COMMIT_OR_ABORT.has(commandName)) throw notImplemented(`the session command ${commandName}`);
    checkOptions(commandName, document, [commandName, 'writeConcern', 'maxTimeMS']);
    await this.server.arrive(commandName, 'admin');
    this.client.assertOpen();
    const { command, transaction } = this.send(commandName, 'admin', {
      ...(document['writeConcern'] === undefined
        ? {}
        : { writeConcern: { ...(document['writeConcern'] as Doc) } }),
      ...(document['maxTimeMS'] === undefined ? {} : { maxTimeMS: document['maxTimeMS'] as number }),
    });
    const pending = this.server.enter(command, transaction);
    if (commandName === 'commitTransaction') this.server.commitCommand(command, transaction, pending);
    else this.server.abortCommand(command, transaction);
    if (pending !== null)
      throw new MongoWriteConcernError({
        ok: 1,
        writeConcernError: { errmsg: '', ...pending.writeConcernError },
        errorLabels: [...pending.errorLabels],
      });
  }

  private asDriverSession(): ClientSession {
    return this as unknown as ClientSession;
  }
}

/** The command a collection operation sends, with or without a session, and the transaction it runs in. */
function sendWith(
  session: unknown,
  commandName: string,
  databaseName: string,
): { command: StandInCommand; transaction: ServerTransaction | null } {
  if (session === undefined) return { command: { commandName, databaseName }, transaction: null };
  return (session as StandInSession).send(commandName, databaseName);
}

type Update = Doc;

class StandInCollection {
  constructor(
    private readonly client: StandInMongoClient,
    readonly dbName: string,
    readonly collectionName: string,
  ) {}

  private get ns(): string {
    return `${this.dbName}.${this.collectionName}`;
  }

  private get server(): StandInMongoServer {
    return this.client.server;
  }

  /** Checks the client and the session, runs the fail points, and gives the transaction to use. */
  private async begin(command: string, session: unknown): Promise<ServerTransaction | null> {
    await this.server.arrive(command, this.ns);
    this.client.assertOpen();
    const { command: sent, transaction } = sendWith(session, command, this.dbName);
    this.server.enter(sent, transaction);
    return transaction;
  }

  private documents(transaction: ServerTransaction | null): Doc[] {
    return [...(this.server.view(this.ns, transaction)?.docs.values() ?? [])];
  }

  private select(filter: Doc, transaction: ServerTransaction | null, spec: CursorSpec = {}): Doc[] {
    const query = matcher(filter);
    let cursor = query.find<Doc>(this.documents(transaction), spec.projection);
    if (spec.sort !== undefined) cursor = cursor.sort(spec.sort);
    if (spec.skip !== undefined && spec.skip > 0) cursor = cursor.skip(spec.skip);
    // MongoDB reads limit 0 as no limit, and a negative limit as its absolute value (one batch).
    if (spec.limit !== undefined && spec.limit !== 0) cursor = cursor.limit(Math.abs(spec.limit));
    return cursor.all().map(copyOut);
  }

  find(filter: Doc = {}, options: Doc = {}): StandInCursor<Doc> {
    checkOptions('find', options, ['session', 'sort', 'skip', 'limit', 'projection', 'timeoutMS']);
    const session = options['session'];
    const spec: CursorSpec = {
      sort: options['sort'] as Doc | undefined,
      skip: options['skip'] as number | undefined,
      limit: options['limit'] as number | undefined,
      projection: options['projection'] as Doc | undefined,
    };
    const filterCopy = bsonCopy(filter, this.client.ignoreUndefined) as Doc;
    return loud(
      new StandInCursor(
        (finalSpec) => {
          this.client.assertOpen();
          const { command, transaction } = sendWith(session, 'find', this.dbName);
          this.server.enter(command, transaction);
          return this.select(filterCopy, transaction, finalSpec);
        },
        spec,
        () => this.server.arrive('find', this.ns),
      ),
      'FindCursor',
    );
  }

  async findOne(filter: Doc = {}, options: Doc = {}): Promise<Doc | null> {
    checkOptions('findOne', options, ['session', 'sort', 'skip', 'projection', 'timeoutMS']);
    const transaction = await this.begin('find', options['session']);
    const found = this.select(filter, transaction, {
      sort: options['sort'] as Doc | undefined,
      skip: options['skip'] as number | undefined,
      projection: options['projection'] as Doc | undefined,
      limit: 1,
    });
    return found[0] ?? null;
  }

  async countDocuments(filter: Doc = {}, options: Doc = {}): Promise<number> {
    checkOptions('countDocuments', options, ['session', 'skip', 'limit']);
    const transaction = await this.begin('aggregate', options['session']);
    return this.select(filter, transaction, {
      skip: options['skip'] as number | undefined,
      limit: options['limit'] as number | undefined,
    }).length;
  }

  async insertOne(document: Doc, options: Doc = {}) {
    // GridFS passes the bucket's write concern (undefined unless one was set) and timeoutMS.
    checkOptions('insertOne', options, ['session', 'writeConcern', 'timeoutMS']);
    const transaction = await this.begin('insert', options['session']);
    const stored = bsonCopy(document, this.client.ignoreUndefined) as Doc;
    if (stored['_id'] === undefined) stored['_id'] = new ObjectId();
    const id = idKeyOf(stored['_id']);
    return this.server.write(this.ns, transaction, (docs) => {
      if (docs.has(id))
        throw serverError(
          DUPLICATE_KEY,
          'DuplicateKey',
          `E11000 duplicate key error collection: ${this.ns} index: _id_ dup key: { _id: ${JSON.stringify(stored['_id'])} }`,
        );
      docs.set(id, stored);
      return { result: { acknowledged: true, insertedId: stored['_id'] }, touched: [id] };
    });
  }

  async replaceOne(filter: Doc, replacement: Doc, options: Doc = {}) {
    checkOptions('replaceOne', options, ['session', 'upsert']);
    if (Object.keys(replacement).some((key) => key.startsWith('$')))
      throw new MongoError('Replacement document must not contain atomic operators');
    const transaction = await this.begin('update', options['session']);
    return this.server.write(this.ns, transaction, (docs) => {
      const target = this.first(filter, docs);
      const stored = bsonCopy(replacement, this.client.ignoreUndefined) as Doc;
      if (target !== null) {
        const [id, current] = target;
        if (stored['_id'] !== undefined && idKeyOf(stored['_id']) !== id)
          throw serverError(
            66,
            'ImmutableField',
            "After applying the update, the (immutable) field '_id' was found to have been altered",
          );
        docs.set(id, { _id: current['_id'], ...stored });
        return { result: updateResult(1, 1, 0, null), touched: [id] };
      }
      if (options['upsert'] !== true) return { result: updateResult(0, 0, 0, null), touched: [] };
      const created = { ...seedOf(filter), ...stored };
      if (created['_id'] === undefined) created['_id'] = new ObjectId();
      const id = idKeyOf(created['_id']);
      docs.set(id, { _id: created['_id'], ...created });
      return { result: updateResult(0, 0, 1, created['_id']), touched: [id] };
    });
  }

  async updateOne(filter: Doc, update: Update, options: Doc = {}) {
    checkOptions('updateOne', options, ['session', 'upsert']);
    const transaction = await this.begin('update', options['session']);
    return this.server.write(this.ns, transaction, (docs) => {
      const outcome = this.modify(filter, update, options['upsert'] === true, docs);
      return {
        result: updateResult(
          outcome.matched,
          outcome.matched,
          outcome.upsertedId === null ? 0 : 1,
          outcome.upsertedId,
        ),
        touched: outcome.id === null ? [] : [outcome.id],
      };
    });
  }

  async findOneAndUpdate(filter: Doc, update: Update, options: Doc = {}): Promise<Doc | null> {
    checkOptions('findOneAndUpdate', options, ['session', 'upsert', 'returnDocument']);
    const transaction = await this.begin('findAndModify', options['session']);
    return this.server.write(this.ns, transaction, (docs) => {
      const outcome = this.modify(filter, update, options['upsert'] === true, docs);
      const result = options['returnDocument'] === 'after' ? outcome.after : outcome.before;
      return {
        result: result === null ? null : copyOut(result),
        touched: outcome.id === null ? [] : [outcome.id],
      };
    });
  }

  async deleteOne(filter: Doc, options: Doc = {}) {
    checkOptions('deleteOne', options, ['session', 'timeoutMS']);
    const transaction = await this.begin('delete', options['session']);
    return this.server.write(this.ns, transaction, (docs) => {
      const target = this.first(filter, docs);
      if (target === null) return { result: { acknowledged: true, deletedCount: 0 }, touched: [] };
      docs.delete(target[0]);
      return { result: { acknowledged: true, deletedCount: 1 }, touched: [target[0]] };
    });
  }

  async deleteMany(filter: Doc, options: Doc = {}) {
    checkOptions('deleteMany', options, ['session', 'timeoutMS']);
    const transaction = await this.begin('delete', options['session']);
    return this.server.write(this.ns, transaction, (docs) => {
      const query = matcher(filter);
      const targets = [...docs].filter(([, doc]) => query.test(doc)).map(([id]) => id);
      for (const id of targets) docs.delete(id);
      return { result: { acknowledged: true, deletedCount: targets.length }, touched: targets };
    });
  }

  async findOneAndDelete(filter: Doc, options: Doc = {}): Promise<Doc | null> {
    checkOptions('findOneAndDelete', options, ['session']);
    const transaction = await this.begin('findAndModify', options['session']);
    return this.server.write(this.ns, transaction, (docs) => {
      const target = this.first(filter, docs);
      if (target === null) return { result: null, touched: [] };
      docs.delete(target[0]);
      return { result: copyOut(target[1]), touched: [target[0]] };
    });
  }

  async createIndexes(specs: readonly Doc[], options: Doc = {}): Promise<string[]> {
    checkOptions('createIndexes', options, ['session']);
    const transaction = await this.begin('createIndexes', options['session']);
    const indexes = specs.map(indexInfoOf);
    this.server.addIndexes(this.ns, indexes, transaction);
    return indexes.map((index) => index.name);
  }

  /** GridFS passes a third argument (timeoutMS) that the driver's createIndex ignores; so does this. */
  async createIndex(key: Record<string, 1 | -1>, options: Doc = {}): Promise<string> {
    checkOptions('createIndex', options, ['session', 'name', 'unique']);
    const { session, ...rest } = options;
    const [name] = await this.createIndexes([{ key, ...rest }], { session });
    return name!;
  }

  listIndexes(options: Doc = {}): StandInCursor<Doc> {
    checkOptions('listIndexes', options, ['session', 'timeoutMS']);
    return loud(
      new StandInCursor(() => {
        this.client.assertOpen();
        this.server.enter({ commandName: 'listIndexes', databaseName: this.dbName }, null);
        const collection = this.server.view(this.ns, null);
        if (collection === undefined)
          throw serverError(26, 'NamespaceNotFound', `ns does not exist: ${this.ns}`);
        return collection.indexes.map((index) => copyOut(index) as unknown as Doc);
      }, {}),
      'ListIndexesCursor',
    );
  }

  indexes(options: Doc = {}): Promise<Doc[]> {
    return this.listIndexes(options).toArray();
  }

  /** As the driver: true when dropped, false when there was nothing to drop. */
  async drop(options: Doc = {}): Promise<boolean> {
    checkOptions('drop', options, []);
    await this.begin('drop', undefined);
    return this.server.drop(this.ns);
  }

  private first(filter: Doc, docs: ReadonlyMap<string, Doc>): [string, Doc] | null {
    const query = matcher(filter);
    for (const entry of docs) if (query.test(entry[1])) return entry;
    return null;
  }

  /** An update with operators (mingo's updater), upserting from the filter's equalities when asked. */
  private modify(filter: Doc, update: Update, upsert: boolean, docs: Map<string, Doc>) {
    const operators = Object.keys(update);
    if (operators.length === 0 || operators.some((key) => !key.startsWith('$')))
      throw new MongoError('Update document requires atomic operators');
    for (const operator of operators) {
      if (!['$set', '$unset', '$inc', '$addToSet', '$push', '$pull', '$min', '$max'].includes(operator))
        throw notImplemented(`the update operator ${operator}`);
    }
    const modifier = bsonCopy(update, this.client.ignoreUndefined) as Doc;
    const target = this.first(filter, docs);
    if (target !== null) {
      const [id, before] = target;
      const after = copyOut(before);
      applyUpdate(after, modifier, undefined, undefined, { cloneMode: 'deep' });
      docs.set(id, after);
      return { id, before, after, matched: 1, upsertedId: null as unknown };
    }
    if (!upsert) return { id: null, before: null, after: null, matched: 0, upsertedId: null as unknown };
    const after = seedOf(filter);
    applyUpdate(after, modifier, undefined, undefined, { cloneMode: 'deep' });
    if (after['_id'] === undefined) after['_id'] = new ObjectId();
    const id = idKeyOf(after['_id']);
    docs.set(id, after);
    return { id, before: null, after, matched: 0, upsertedId: after['_id'] };
  }
}

function updateResult(
  matchedCount: number,
  modifiedCount: number,
  upsertedCount: number,
  upsertedId: unknown,
) {
  return { acknowledged: true, matchedCount, modifiedCount, upsertedCount, upsertedId };
}

/** The document an upsert starts from: the filter's top-level equalities. */
function seedOf(filter: Doc): Doc {
  const seed: Doc = {};
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith('$')) throw notImplemented(`upserts with a filter using ${field}`);
    if (field.includes('.')) throw notImplemented('upserts with a dotted filter field');
    const isOperator =
      condition !== null &&
      typeof condition === 'object' &&
      !(condition instanceof ObjectId) &&
      Object.keys(condition).some((key) => key.startsWith('$'));
    if (!isOperator) seed[field] = copyOut(condition);
    else if (Object.keys(condition).length === 1 && '$eq' in (condition as Doc))
      seed[field] = copyOut((condition as Doc)['$eq']);
  }
  return seed;
}

function indexInfoOf(spec: Doc): IndexInfo {
  checkOptions('an index description', spec, ['key', 'name', 'unique']);
  const key = spec['key'] as Record<string, 1 | -1>;
  if (key === null || typeof key !== 'object' || Object.keys(key).length === 0)
    throw new MongoError('An index needs a key');
  for (const [field, direction] of Object.entries(key)) {
    if (direction !== 1 && direction !== -1) throw notImplemented(`index key ${field}: ${String(direction)}`);
  }
  const name =
    (spec['name'] as string | undefined) ??
    Object.entries(key)
      .map(([f, d]) => `${f}_${d}`)
      .join('_');
  return { v: 2, key: { ...key }, name, ...(spec['unique'] === true ? { unique: true } : {}) };
}

class StandInDb {
  // What the driver's option resolution reads from a Db (GridFSBucket does): nothing set, as on a Db whose
  // client named no defaults.
  readonly bsonOptions = undefined;
  readonly readConcern = undefined;
  readonly writeConcern = undefined;
  readonly readPreference = undefined;
  readonly timeoutMS = undefined;

  constructor(
    private readonly client: StandInMongoClient,
    readonly databaseName: string,
  ) {}

  collection(name: string, options?: object): StandInCollection {
    checkOptions('collection', options, []);
    if (name === '' || name.includes('$')) throw new MongoError(`Invalid collection name: ${name}`);
    return loud(new StandInCollection(this.client, this.databaseName, name), 'Collection');
  }

  async createCollection(name: string, options?: object): Promise<StandInCollection> {
    checkOptions('createCollection', options, []);
    await Promise.resolve();
    this.client.assertOpen();
    this.client.server.enter({ commandName: 'create', databaseName: this.databaseName }, null);
    if (!this.client.server.create(`${this.databaseName}.${name}`))
      throw serverError(
        NAMESPACE_EXISTS,
        'NamespaceExists',
        `Collection ${this.databaseName}.${name} already exists.`,
      );
    return this.collection(name);
  }

  listCollections(filter: Doc = {}, options: Doc = {}): StandInCursor<Doc> {
    checkOptions('listCollections', options, ['nameOnly']);
    return loud(
      new StandInCursor(() => {
        this.client.assertOpen();
        this.client.server.enter({ commandName: 'listCollections', databaseName: this.databaseName }, null);
        const prefix = `${this.databaseName}.`;
        const all = this.client.server
          .namespaces()
          .filter((ns) => ns.startsWith(prefix))
          .map((ns): Doc => ({ name: ns.slice(prefix.length), type: 'collection' }));
        return all.filter((entry) => matcher(filter).test(entry));
      }, {}),
      'ListCollectionsCursor',
    );
  }

  async command(command: Doc, options?: object): Promise<Doc> {
    checkOptions('command', options, []);
    await Promise.resolve();
    this.client.assertOpen();
    const name = Object.keys(command)[0] ?? '';
    this.client.server.enter({ commandName: name, databaseName: this.databaseName }, null);
    switch (name) {
      case 'ping':
        return { ok: 1 };
      case 'hello':
      case 'isMaster':
        return {
          isWritablePrimary: true,
          ismaster: true,
          setName: STAND_IN_REPLICA_SET,
          setVersion: 1,
          hosts: ['stand-in:27017'],
          primary: 'stand-in:27017',
          me: 'stand-in:27017',
          minWireVersion: 0,
          maxWireVersion: STAND_IN_MAX_WIRE_VERSION,
          logicalSessionTimeoutMinutes: 30,
          ok: 1,
        };
      case 'configureFailPoint':
        if (this.databaseName !== 'admin')
          throw serverError(
            13,
            'Unauthorized',
            'configureFailPoint may only be run against the admin database.',
          );
        return this.client.server.configureFailPoint(command);
      default:
        throw serverError(COMMAND_NOT_FOUND, 'CommandNotFound', `no such command: '${name}'`);
    }
  }

  admin(): { command: (command: Doc) => Promise<Doc> } {
    const admin = this.client.db('admin');
    return loud({ command: (command: Doc) => admin.command(command) }, 'Admin');
  }
}

export interface StandInMongoClientOptions {
  /** As the driver's option: an undefined field is left out instead of stored as null. */
  readonly ignoreUndefined?: boolean;
}

/**
 * The options the driver reads of a MongoClient where a session commits or aborts (client.s.options in
 * executeOperation, the session's clientOptions): a client given none, on a replica set.
 */
interface StandInClientOptions {
  readonly retryReads: true;
  readonly retryWrites: true;
  readonly maxAdaptiveRetries: number;
  readonly enableOverloadRetargeting: false;
  readonly serverSelectionTimeoutMS: number;
  readonly waitQueueTimeoutMS: number;
  readonly directConnection: false;
  readonly readConcern: undefined;
  readonly writeConcern: undefined;
  readonly readPreference: undefined;
}

/** The server the stand-in topology selects: what executeOperation and its retry checks read of one. */
interface StandInWireServer {
  readonly loadBalanced: false;
  readonly description: {
    readonly type: 'RSPrimary';
    readonly maxWireVersion: number;
    readonly logicalSessionTimeoutMinutes: number;
  };
  command(operation: {
    readonly command: Doc;
    readonly session: StandInSession;
  }): Promise<{ toObject(): Doc }>;
}

/** A client over a shared StandInMongoServer; cast it to MongoClient where the adapter takes one. */
export class StandInMongoClient {
  readonly ignoreUndefined: boolean;
  private closed = false;
  /** What the driver's executeOperation reads of a MongoClient's internal state. */
  readonly s: { readonly options: StandInClientOptions } = {
    options: {
      retryReads: true,
      retryWrites: true,
      maxAdaptiveRetries: 2, // the driver's default (lib/connection_string.js)
      enableOverloadRetargeting: false,
      serverSelectionTimeoutMS: 30_000,
      waitQueueTimeoutMS: 0,
      directConnection: false,
      readConcern: undefined,
      writeConcern: undefined,
      readPreference: undefined,
    },
  };
  /**
   * The topology the driver's executeOperation selects a server from when a session commits or aborts
   * (lib/operations/execute_operation.js): a replica-set primary whose `command()` runs the command on
   * the stand-in server, in place of the wire.
   */
  readonly topology: {
    readonly s: { readonly options: StandInClientOptions };
    readonly description: { readonly type: 'ReplicaSetWithPrimary' };
    readonly commonWireVersion: number;
    selectServer(): Promise<StandInWireServer>;
  };

  constructor(
    readonly server: StandInMongoServer,
    options: StandInMongoClientOptions = {},
  ) {
    this.ignoreUndefined = options.ignoreUndefined ?? false;
    const wire: StandInWireServer = loud(
      {
        loadBalanced: false,
        description: {
          type: 'RSPrimary',
          maxWireVersion: STAND_IN_MAX_WIRE_VERSION,
          logicalSessionTimeoutMinutes: 30,
        },
        async command(operation: { readonly command: Doc; readonly session: StandInSession }) {
          await operation.session.runTransactionCommand(operation.command);
          return { toObject: () => ({ ok: 1 }) };
        },
      },
      'Server',
    );
    this.topology = loud(
      {
        s: this.s,
        description: { type: 'ReplicaSetWithPrimary' },
        commonWireVersion: STAND_IN_MAX_WIRE_VERSION,
        selectServer: async () => wire,
      },
      'Topology',
    );
    return loud(this, 'MongoClient');
  }

  assertOpen(): void {
    if (this.closed) throw new MongoError('Topology is closed');
  }

  async connect(): Promise<this> {
    this.assertOpen();
    return this;
  }

  db(name = 'test'): StandInDb {
    return loud(new StandInDb(this, name), 'Db');
  }

  startSession(options?: object): StandInSession {
    checkOptions('startSession', options, []);
    this.assertOpen();
    return loud(new StandInSession(this, this.server), 'ClientSession');
  }

  async close(): Promise<void> {
    await Promise.resolve();
    this.closed = true;
  }
}
