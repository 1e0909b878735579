// The MongoDB ReadModelStore adapter (official driver). A projection's writes and its checkpoint commit in
// one multi-document transaction, so a crash can never apply an event twice: the checkpoint moves with
// the writes or not at all. That needs a replica set (one node is enough; docker compose runs one).
//
// Logical collections are names in `collection_names`, each pointing at a physical collection
// (`rm_<logical>_<ObjectId>`) and remembering its declared indexes. A rebuild's swap re-points the
// names and moves the checkpoint in one transaction, then drops the old physical collections; every
// operation looks the name up (an indexed get), so other app instances see a swap at once.
import {
  MongoClient,
  ObjectId,
  type ClientSession,
  type Collection,
  type Db,
  type Document,
  type IndexDescription,
} from 'mongodb';
import type { GlobalPosition } from '../../eventstore/event-store.js';
import {
  COLLECTION_NAME_PATTERN,
  type CollectionSwap,
  type Filter,
  type FindOptions,
  type ReadModelDocument,
  type ReadModelStore,
  type ReadModelTransaction,
} from '../read-model-store.js';
import { ID_FIELD, mongoIndexKeysOf, mongoQueryOf, mongoSortOf, type MongoKeySpec } from './mongo-filter.js';

export interface MongoReadModelStoreOptions {
  /** A mongodb:// or mongodb+srv:// connection string. */
  readonly url: string;
  /** Default: the database named in the URL, else 'ventanilla'. */
  readonly database?: string;
  /** How long connect() waits for a server before failing (ms); default 5000. */
  readonly serverSelectionTimeoutMs?: number;
}

export const DEFAULT_MONGODB_DATABASE = 'ventanilla';
const DEFAULT_SERVER_SELECTION_TIMEOUT_MS = 5_000;
/** Projection checkpoints: `_id` is the projection's name. */
export const CHECKPOINTS_COLLECTION = 'checkpoints';
/** Logical collection → its current physical collection and declared indexes. */
export const COLLECTION_NAMES_COLLECTION = 'collection_names';
/** MongoDB 4.4 (wire version 9) is the first to create collections and indexes inside a transaction. */
const MIN_WIRE_VERSION = 9;
/** Reads retried when a swap re-pointed the name between looking it up and querying. */
const MAX_READ_ATTEMPTS = 3;
const NAMESPACE_NOT_FOUND = 26;
const NAMESPACE_EXISTS = 48;

/** A document as MongoDB stores it: the port's `id` in `_id`, the other fields as they are. */
export interface StoredDocument {
  readonly _id: string;
  readonly [field: string]: unknown;
}

export interface CollectionNameEntry {
  /** The logical name, as the port's callers use it. */
  readonly _id: string;
  /** The physical collection holding its documents; null (or absent) until the first write. */
  readonly physical?: string | null;
  /** Declared with ensureIndexes, so a new physical collection gets them. */
  readonly indexes?: readonly string[];
  /** Declared with ensureTextIndexes; indexed plainly (see ensureTextIndexes). */
  readonly textIndexes?: readonly string[];
}

interface CheckpointEntry {
  readonly _id: string;
  readonly position: GlobalPosition;
  readonly updatedAt: Date;
}

export class MongoReadModelStore implements ReadModelStore {
  /** Serialises transactions and the index and collection changes: one at a time, as in SQLite. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly catalog: Catalog;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
  ) {
    this.catalog = new Catalog(db);
  }

  /** Connects and checks the server can run transactions; throws with the reason otherwise. */
  static async connect(options: MongoReadModelStoreOptions): Promise<MongoReadModelStore> {
    // The connection string's own serverSelectionTimeoutMS, when it names one, is the operator's choice.
    const timeoutInUrl = /[?&]serverSelectionTimeoutMS=(\d+)/i.exec(options.url)?.[1];
    const timeoutMs =
      options.serverSelectionTimeoutMs ??
      (timeoutInUrl === undefined ? DEFAULT_SERVER_SELECTION_TIMEOUT_MS : Number(timeoutInUrl));
    // ignoreUndefined: an undefined field is absent, as in the JSON the SQLite adapter stores.
    const client = new MongoClient(options.url, {
      serverSelectionTimeoutMS: timeoutMs,
      ignoreUndefined: true,
    });
    try {
      try {
        await client.connect();
      } catch (error) {
        throw new Error(`MongoDB did not answer within ${timeoutMs} ms: ${messageOf(error)}`, {
          cause: error,
        });
      }
      assertSupportsTransactions(await client.db('admin').command({ hello: 1 }));
      return await MongoReadModelStore.fromClient(client, {
        database: options.database ?? databaseNameOf(options.url) ?? DEFAULT_MONGODB_DATABASE,
      });
    } catch (error) {
      await client.close().catch(() => undefined);
      throw error;
    }
  }

  /**
   * An adapter over a client built elsewhere (custom options, a test stand-in): it does not check the
   * server can run transactions, only creates the store's own collections; close() closes the client.
   */
  static async fromClient(
    client: MongoClient,
    options: { readonly database?: string } = {},
  ): Promise<MongoReadModelStore> {
    const db = client.db(options.database ?? DEFAULT_MONGODB_DATABASE);
    // Created up front: creating them inside concurrent transactions would only make them retry.
    for (const name of [CHECKPOINTS_COLLECTION, COLLECTION_NAMES_COLLECTION])
      await createCollectionIfMissing(db, name);
    return new MongoReadModelStore(client, db);
  }

  /** Resolves when the server answers; for /health. */
  async ping(): Promise<void> {
    this.ensureOpen();
    await this.db.command({ ping: 1 });
  }

  async get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | null> {
    this.ensureOpen();
    return this.readCommitted(
      collection,
      (documents) => getDocument<T>(documents, id),
      (found) => found === null,
      null,
    );
  }

  async find<T extends ReadModelDocument>(
    collection: string,
    filter: Filter,
    options?: FindOptions,
  ): Promise<T[]> {
    this.ensureOpen();
    const query = findQueryOf(filter, options);
    return this.readCommitted(
      collection,
      (documents) => findDocuments<T>(documents, query),
      (found) => found.length === 0,
      [],
    );
  }

  async count(collection: string, filter: Filter): Promise<number> {
    this.ensureOpen();
    const query = mongoQueryOf(filter);
    return this.readCommitted(
      collection,
      (documents) => documents.countDocuments(query),
      (total) => total === 0,
      0,
    );
  }

  async getCheckpoint(projection: string): Promise<GlobalPosition | null> {
    this.ensureOpen();
    return this.catalog.checkpointOf(projection);
  }

  transaction<T>(work: (tx: ReadModelTransaction) => Promise<T>): Promise<T> {
    return this.exclusive(() =>
      this.inTransaction(async (session) => {
        const tx = new MongoTransaction(this.catalog, session);
        try {
          return await work(tx);
        } catch (error) {
          // The runner wraps errors in its own; a transaction the server aborted must still be retried whole.
          throw tx.transientFailure ?? error;
        } finally {
          tx.end();
        }
      }),
    );
  }

  ensureIndexes(collection: string, fields: readonly string[]): Promise<void> {
    return this.declareIndexes(collection, 'indexes', fields);
  }

  /**
   * MongoDB text indexes match whole words (stemmed), not substrings, so they cannot answer $contains
   * as the port defines it. A plain index on the folded field is created instead: the regex then scans
   * the index keys rather than whole documents, and the answers are exactly SQLite's.
   */
  ensureTextIndexes(collection: string, fields: readonly string[]): Promise<void> {
    return this.declareIndexes(collection, 'textIndexes', fields);
  }

  dropCollection(collection: string): Promise<void> {
    assertCollectionName(collection);
    return this.exclusive(async () => {
      // Forget the name first: from then on readers see an empty collection, whatever the drop does.
      const entry = await this.catalog.names.findOneAndDelete({ _id: collection });
      if (entry?.physical) await dropPhysical(this.db, entry.physical);
    });
  }

  swapCollections(
    swaps: readonly CollectionSwap[],
    checkpoint: { readonly projection: string; readonly position: GlobalPosition | null },
  ): Promise<void> {
    for (const { source, target } of swaps) {
      assertCollectionName(source);
      assertCollectionName(target);
    }
    return this.exclusive(async () => {
      // The target keeps its declared indexes: build them on the source's documents before they go live
      // (index builds cannot run inside a transaction on an existing collection).
      for (const { source, target } of swaps) {
        const [sourceEntry, targetEntry] = [
          await this.catalog.entryOf(source),
          await this.catalog.entryOf(target),
        ];
        if (sourceEntry?.physical) {
          await createIndexes(this.db, sourceEntry.physical, declaredIndexesOf(sourceEntry, targetEntry));
        }
      }
      const retired = await this.inTransaction(async (session) => {
        const plan = await planSwap(swaps, (name) => this.catalog.entryOf(name, session));
        for (const [name, entry] of plan.entries) {
          if (entry === null) await this.catalog.names.deleteOne({ _id: name }, { session });
          else await this.catalog.names.replaceOne({ _id: name }, entry, { upsert: true, session });
        }
        if (checkpoint.position === null) {
          await this.catalog.checkpoints.deleteOne({ _id: checkpoint.projection }, { session });
        } else {
          await this.catalog.setCheckpoint(checkpoint.projection, checkpoint.position, session);
        }
        return plan.retired;
      });
      // Readers that looked the name up just before the swap and find the collection gone look again
      // (see readCommitted), so dropping at once is safe.
      for (const physical of retired) {
        try {
          await dropPhysical(this.db, physical);
        } catch (error) {
          throw new Error(
            `The swap committed, but the replaced collection ${physical} could not be dropped; drop it by hand: ${messageOf(error)}`,
            { cause: error },
          );
        }
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.catch(() => undefined);
    await this.client.close();
  }

  private declareIndexes(
    collection: string,
    kind: 'indexes' | 'textIndexes',
    fields: readonly string[],
  ): Promise<void> {
    assertCollectionName(collection);
    fields.forEach((field) => mongoIndexKeysOf(field));
    return this.exclusive(async () => {
      const entry = await this.catalog.names.findOneAndUpdate(
        { _id: collection },
        { $addToSet: { [kind]: { $each: [...fields] } } },
        { upsert: true, returnDocument: 'after' },
      );
      if (entry?.physical) await createIndexes(this.db, entry.physical, fields);
    });
  }

  /**
   * A read outside any transaction. An empty answer (or an error) may come from a physical collection
   * a swap retired between the name lookup and the query: when the name moved meanwhile, ask again.
   */
  private async readCommitted<R>(
    collection: string,
    query: (documents: Collection<StoredDocument>) => Promise<R>,
    isEmpty: (result: R) => boolean,
    whenMissing: R,
  ): Promise<R> {
    assertCollectionName(collection);
    for (let attempt = 1; ; attempt++) {
      const physical = await this.catalog.physicalOf(collection);
      if (physical === null) return whenMissing;
      let result: R;
      try {
        result = await query(this.db.collection<StoredDocument>(physical));
      } catch (error) {
        if (attempt >= MAX_READ_ATTEMPTS || (await this.catalog.physicalOf(collection)) === physical)
          throw error;
        continue;
      }
      if (!isEmpty(result) || attempt >= MAX_READ_ATTEMPTS) return result;
      if ((await this.catalog.physicalOf(collection)) === physical) return result;
    }
  }

  /** Runs `body` in a transaction, retried whole on transient errors and unknown commit results. */
  private async inTransaction<T>(body: (session: ClientSession) => Promise<T>): Promise<T> {
    const session = this.client.startSession();
    try {
      return await session.withTransaction(() => body(session), {
        readConcern: { level: 'local' },
        writeConcern: { w: 'majority' },
      });
    } finally {
      await session.endSession();
    }
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    this.ensureOpen();
    const result = this.queue.then(operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private ensureOpen(): void {
    if (this.closed) throw new Error('The MongoDB read-model store is closed');
  }
}

/** The writes of one attempt of a transaction; unusable once it has committed, aborted or been retried. */
class MongoTransaction implements ReadModelTransaction {
  private active = true;
  /** The first error that doomed the server-side transaction: the whole work must run again. */
  transientFailure: unknown = null;
  /** Names looked up in this attempt: the transaction's snapshot cannot see them change anyway. */
  private readonly entries = new Map<string, CollectionNameEntry | null>();

  constructor(
    private readonly catalog: Catalog,
    private readonly session: ClientSession,
  ) {}

  end(): void {
    this.active = false;
  }

  get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | null> {
    return this.run(async () => {
      const documents = await this.existing(collection);
      return documents === null ? null : getDocument<T>(documents, id, this.session);
    });
  }

  find<T extends ReadModelDocument>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]> {
    return this.run(async () => {
      const query = findQueryOf(filter, options);
      const documents = await this.existing(collection);
      return documents === null ? [] : findDocuments<T>(documents, query, this.session);
    });
  }

  count(collection: string, filter: Filter): Promise<number> {
    return this.run(async () => {
      const query = mongoQueryOf(filter);
      const documents = await this.existing(collection);
      return documents === null ? 0 : documents.countDocuments(query, { session: this.session });
    });
  }

  getCheckpoint(projection: string): Promise<GlobalPosition | null> {
    return this.run(() => this.catalog.checkpointOf(projection, this.session));
  }

  put(collection: string, document: ReadModelDocument): Promise<void> {
    return this.run(async () => {
      const stored = storedDocumentOf(collection, document);
      const documents = await this.writable(collection);
      await documents.replaceOne({ _id: stored._id }, stored, { upsert: true, session: this.session });
    });
  }

  delete(collection: string, id: string): Promise<void> {
    return this.run(async () => {
      const documents = await this.existing(collection);
      await documents?.deleteOne({ _id: id }, { session: this.session });
    });
  }

  setCheckpoint(projection: string, position: GlobalPosition): Promise<void> {
    return this.run(() => this.catalog.setCheckpoint(projection, position, this.session));
  }

  private async run<R>(operation: () => Promise<R>): Promise<R> {
    if (!this.active) throw new Error('This read-model transaction has already ended');
    try {
      return await operation();
    } catch (error) {
      if (hasErrorLabel(error, 'TransientTransactionError')) this.transientFailure ??= error;
      throw error;
    }
  }

  private async entryOf(collection: string): Promise<CollectionNameEntry | null> {
    assertCollectionName(collection);
    if (!this.entries.has(collection))
      this.entries.set(collection, await this.catalog.entryOf(collection, this.session));
    return this.entries.get(collection) ?? null;
  }

  /** The physical collection, or null when nothing was ever written to this one. */
  private async existing(collection: string): Promise<Collection<StoredDocument> | null> {
    const physical = (await this.entryOf(collection))?.physical;
    return physical ? this.catalog.db.collection<StoredDocument>(physical) : null;
  }

  /**
   * The physical collection, created in this transaction (with the declared indexes) on the first
   * write: a rollback takes the new collection and its name with it.
   */
  private async writable(collection: string): Promise<Collection<StoredDocument>> {
    const existing = await this.existing(collection);
    if (existing !== null) return existing;
    const entry = await this.entryOf(collection);
    const physical = physicalNameOf(collection);
    const created: CollectionNameEntry = {
      _id: collection,
      physical,
      indexes: entry?.indexes ?? [],
      textIndexes: entry?.textIndexes ?? [],
    };
    await this.catalog.names.replaceOne({ _id: collection }, created, {
      upsert: true,
      session: this.session,
    });
    await createIndexes(this.catalog.db, physical, declaredIndexesOf(created), this.session);
    this.entries.set(collection, created);
    return this.catalog.db.collection<StoredDocument>(physical);
  }
}

/** The store's own collections: names and checkpoints. */
class Catalog {
  readonly names: Collection<CollectionNameEntry>;
  readonly checkpoints: Collection<CheckpointEntry>;

  constructor(readonly db: Db) {
    this.names = db.collection<CollectionNameEntry>(COLLECTION_NAMES_COLLECTION);
    this.checkpoints = db.collection<CheckpointEntry>(CHECKPOINTS_COLLECTION);
  }

  entryOf(collection: string, session?: ClientSession): Promise<CollectionNameEntry | null> {
    return this.names.findOne({ _id: collection }, { session });
  }

  async physicalOf(collection: string): Promise<string | null> {
    return (await this.entryOf(collection))?.physical ?? null;
  }

  async checkpointOf(projection: string, session?: ClientSession): Promise<GlobalPosition | null> {
    const entry = await this.checkpoints.findOne({ _id: projection }, { session });
    return entry ? entry.position : null;
  }

  async setCheckpoint(projection: string, position: GlobalPosition, session: ClientSession): Promise<void> {
    if (!Number.isFinite(position)) throw new Error(`Invalid checkpoint: ${position}`);
    await this.checkpoints.updateOne(
      { _id: projection },
      { $set: { position, updatedAt: new Date() } },
      { upsert: true, session },
    );
  }
}

interface SwapPlan {
  /** The new entry of every name the swaps touch; null to forget the name. */
  readonly entries: ReadonlyMap<string, CollectionNameEntry | null>;
  /** Physical collections no name points at any more: dropped after the commit. */
  readonly retired: readonly string[];
}

/**
 * What the swaps do to the names, applied in order: each target takes its source's physical collection
 * (none: the target is empty) and the union of both declared index sets; the source name is forgotten.
 */
export async function planSwap(
  swaps: readonly CollectionSwap[],
  entryOf: (name: string) => Promise<CollectionNameEntry | null>,
): Promise<SwapPlan> {
  const entries = new Map<string, CollectionNameEntry | null>();
  const before = new Set<string>();
  const current = async (name: string): Promise<CollectionNameEntry | null> => {
    if (!entries.has(name)) {
      const entry = await entryOf(name);
      if (entry?.physical) before.add(entry.physical);
      entries.set(name, entry);
    }
    return entries.get(name) ?? null;
  };
  for (const { source, target } of swaps) {
    const sourceEntry = await current(source);
    const targetEntry = await current(target);
    entries.set(source, null);
    entries.set(target, {
      _id: target,
      physical: sourceEntry?.physical ?? null,
      indexes: union(sourceEntry?.indexes, targetEntry?.indexes),
      textIndexes: union(sourceEntry?.textIndexes, targetEntry?.textIndexes),
    });
  }
  const after = new Set([...entries.values()].flatMap((entry) => (entry?.physical ? [entry.physical] : [])));
  return { entries, retired: [...before].filter((physical) => !after.has(physical)) };
}

function union(...lists: (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((list) => list ?? []))].sort();
}

/** Every index declared for the names (plain and text), as index declarations. */
export function declaredIndexesOf(...entries: (CollectionNameEntry | null)[]): string[] {
  return union(...entries.flatMap((entry) => [entry?.indexes, entry?.textIndexes]));
}

/** A fresh physical name: unique by its ObjectId, so no logical name can ever reach another's documents. */
export function physicalNameOf(collection: string): string {
  return `rm_${collection}_${new ObjectId().toHexString()}`;
}

async function createIndexes(
  db: Db,
  physical: string,
  declarations: readonly string[],
  session?: ClientSession,
): Promise<void> {
  const keys = declarations
    .map(mongoIndexKeysOf)
    .filter((spec): spec is MongoKeySpec => spec !== null)
    .map((key): IndexDescription => ({ key }));
  if (keys.length > 0) await db.collection(physical).createIndexes(keys, { session });
}

async function createCollectionIfMissing(db: Db, name: string): Promise<void> {
  try {
    await db.createCollection(name);
  } catch (error) {
    if (codeOf(error) !== NAMESPACE_EXISTS) throw error;
  }
}

async function dropPhysical(db: Db, physical: string): Promise<void> {
  try {
    await db.collection(physical).drop();
  } catch (error) {
    if (codeOf(error) !== NAMESPACE_NOT_FOUND) throw error;
  }
}

interface FindQuery {
  readonly filter: Document;
  readonly sort: MongoKeySpec;
  readonly skip: number;
  /** null: no limit. */
  readonly limit: number | null;
}

function findQueryOf(filter: Filter, options: FindOptions = {}): FindQuery {
  const limit = countOption('limit', options.limit ?? -1);
  return {
    filter: mongoQueryOf(filter),
    sort: mongoSortOf(options.sort),
    skip: countOption('skip', options.skip ?? 0),
    limit: limit === -1 ? null : limit,
  };
}

async function findDocuments<T extends ReadModelDocument>(
  documents: Collection<StoredDocument>,
  query: FindQuery,
  session?: ClientSession,
): Promise<T[]> {
  // MongoDB reads limit 0 as "no limit"; the port (and SQLite) read it as "none".
  if (query.limit === 0) return [];
  const cursor = documents.find(query.filter, { session, sort: query.sort, skip: query.skip });
  if (query.limit !== null) cursor.limit(query.limit);
  return (await cursor.toArray()).map((stored) => readModelDocumentOf<T>(stored));
}

async function getDocument<T extends ReadModelDocument>(
  documents: Collection<StoredDocument>,
  id: string,
  session?: ClientSession,
): Promise<T | null> {
  const stored = await documents.findOne({ _id: id }, { session });
  return stored === null ? null : readModelDocumentOf<T>(stored);
}

/** As SQLite: -1 is "no limit", a skip is never negative. */
function countOption(name: 'limit' | 'skip', value: number): number {
  if (!Number.isInteger(value) || value < -1 || (name === 'skip' && value < 0)) {
    throw new Error(`Invalid ${name}: ${value}`);
  }
  return value;
}

/**
 * The document as stored: the id in `_id`, the fields as JSON has them (what SQLite stores too: no
 * undefined, no class instances), so both adapters give the same document back.
 */
export function storedDocumentOf(collection: string, document: ReadModelDocument): StoredDocument {
  if (typeof document.id !== 'string' || document.id === '') {
    throw new Error(`A document of ${collection} needs a non-empty string id`);
  }
  if (Object.hasOwn(document, ID_FIELD)) {
    throw new Error(
      `A document of ${collection} cannot have a field ${ID_FIELD}: MongoDB keeps the id there`,
    );
  }
  const { id, ...fields } = JSON.parse(JSON.stringify(document)) as ReadModelDocument;
  return { _id: id, ...fields };
}

export function readModelDocumentOf<T extends ReadModelDocument>(stored: StoredDocument): T {
  const { _id, ...fields } = stored;
  return { id: _id, ...fields } as unknown as T;
}

/** What `hello` says about a server; only the fields that decide whether it can run transactions. */
export interface HelloReply {
  readonly setName?: unknown;
  readonly msg?: unknown;
  readonly isWritablePrimary?: unknown;
  readonly maxWireVersion?: unknown;
}

/** Refuses a server that cannot run multi-document transactions, saying what to run instead. */
export function assertSupportsTransactions(hello: HelloReply): void {
  const isRouter = hello.msg === 'isdbgrid';
  if (!isRouter && typeof hello.setName !== 'string') {
    // Operators read these three at start-up (through EngineUnavailableError): in Spanish.
    throw new Error(
      'MongoDB es un servidor independiente (standalone), pero los modelos de lectura necesitan un replica ' +
        'set: cada proyección confirma sus documentos y su punto de control en una sola transacción. Inicie ' +
        'mongod como replica set (--replSet rs0 y luego rs.initiate(); basta un nodo), como hace docker compose',
    );
  }
  if (typeof hello.maxWireVersion === 'number' && hello.maxWireVersion < MIN_WIRE_VERSION) {
    throw new Error(
      'Los modelos de lectura necesitan MongoDB 4.4 o posterior (transacciones que crean colecciones)',
    );
  }
  if (!isRouter && hello.isWritablePrimary === false) {
    throw new Error(
      `El servidor MongoDB no es el primario del replica set ${String(hello.setName)}: conéctese al ` +
        'replica set (sin directConnection) o a su primario',
    );
  }
}

/** The database named in the connection string's path, or null when it names none. */
export function databaseNameOf(url: string): string | null {
  const match = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]*)/.exec(url);
  const name = match?.[1] ? decodeURIComponent(match[1]) : '';
  return name === '' ? null : name;
}

function assertCollectionName(collection: string): void {
  if (!COLLECTION_NAME_PATTERN.test(collection)) {
    throw new Error(`Invalid read-model collection name: ${collection}`);
  }
}

/** Duck-typed, not instanceof: errors may come from another realm (a test runner's VM context). */
function hasErrorLabel(error: unknown, label: string): boolean {
  const { hasErrorLabel: has } = (error ?? {}) as { hasErrorLabel?: unknown };
  return typeof has === 'function' && (has as (label: string) => boolean).call(error, label) === true;
}

function codeOf(error: unknown): unknown {
  return ((error ?? {}) as { code?: unknown }).code;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
