// The embedded ReadModelStore adapter: one SQLite file (better-sqlite3, WAL, synchronous=FULL) with a
// table of JSON documents per collection, the projection checkpoints and the declared indexes. One
// write connection (the projection runner is the only writer) and one read connection, so queries
// only ever see committed data while a projection batch is in flight.
import { mkdirSync } from 'node:fs';
import { restrictToOwner } from '../../owner-only-file.js';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { GlobalPosition } from '../../eventstore/event-store.js';
import {
  indexFieldsOf,
  type CollectionSwap,
  type Filter,
  type FindOptions,
  type ReadModelDocument,
  type ReadModelStore,
  type ReadModelTransaction,
} from '../read-model-store.js';
import { foldForSearch } from '../search-text.js';
import { readModelStoreFile } from './paths.js';
import {
  assertCollectionName,
  assertFieldName,
  fieldExpression,
  FOLD_FUNCTION_NAME,
  orderByClause,
  tableOf,
  whereClause,
  type TextIndexes,
  type TextMatch,
  type SqlParameter,
} from './sql-filter.js';

export type SqliteReadModelStoreOptions = (
  | {
      /** The data directory: the file is `read-models.sqlite` in it (see paths.ts). */
      readonly dataDir: string;
    }
  | {
      /** Path of the database file; its directory is created if missing. */
      readonly file: string;
    }
) & {
  /** How long a write waits for another process's lock (a rebuild CLI) before failing with SQLITE_BUSY. */
  readonly busyTimeoutMs?: number;
  /** Up to how many full-text matches a query is driven from them (see DEFAULT_FEW_TEXT_MATCHES). */
  readonly fewTextMatches?: number;
};

/** Bumped with every schema change; a file written by a newer version is refused rather than misread. */
const SCHEMA_VERSION = 1;
const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
/** Queries with $in lists of varying length make many distinct statements; past this, start over. */
const STATEMENT_CACHE_LIMIT = 256;
/**
 * Up to this many full-text matches, a query looks each one up and sorts them; past it, it walks the order
 * index instead. Looking up a match costs a few microseconds (a document read), stepping an index entry a
 * fraction of one: with 500 matches in 100,000 documents a 25-row page is some 5,000 entries into the
 * index, and looking the 500 up costs about as much.
 */
const DEFAULT_FEW_TEXT_MATCHES = 500;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS read_model_checkpoints (
    projection TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    updated_at TEXT    NOT NULL
  );
  CREATE TABLE IF NOT EXISTS read_model_indexes (
    collection TEXT NOT NULL,
    field      TEXT NOT NULL,
    PRIMARY KEY (collection, field)
  );
  CREATE TABLE IF NOT EXISTS read_model_text_indexes (
    collection TEXT NOT NULL,
    field      TEXT NOT NULL,
    PRIMARY KEY (collection, field)
  );
`;

export class SqliteReadModelStore implements ReadModelStore {
  /** Serialises everything that uses the write connection: one transaction at a time. */
  private writeQueue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly writer: DocumentConnection,
    private readonly reader: DocumentConnection,
  ) {}

  static async open(options: SqliteReadModelStoreOptions): Promise<SqliteReadModelStore> {
    const file = 'file' in options ? options.file : readModelStoreFile(options.dataDir);
    if (file === ':memory:') {
      // Two connections to ':memory:' would be two different databases.
      throw new Error('SqliteReadModelStore needs a file: its reader and writer are separate connections');
    }
    mkdirSync(dirname(file), { recursive: true });
    const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
    const writeDb = new Database(file);
    restrictToOwner(file);
    let readDb: Database.Database | null = null;
    try {
      configureConnection(writeDb, busyTimeoutMs);
      writeDb.pragma('journal_mode = WAL');
      // NORMAL, not FULL: in WAL mode a commit is not synced until the next checkpoint, so a power cut may
      // undo the last commits, never tear one. Each commit holds a batch's documents with its checkpoint,
      // so what is undone is re-applied from the log on restart (projections are idempotent): the read
      // models stay consistent, and commands stop paying one fsync per projection per event. The event log
      // itself stays FULL: an acknowledged command survives power loss.
      writeDb.pragma('synchronous = NORMAL');
      migrate(writeDb);
      // Index statistics let the planner pick the selective index (status+dueDate over kind, say);
      // 0x10002 analyzes the tables that need it, even on a fresh connection.
      writeDb.pragma('optimize = 0x10002');
      readDb = new Database(file);
      configureConnection(readDb, busyTimeoutMs);
      readDb.pragma('query_only = ON');
    } catch (error) {
      readDb?.close();
      writeDb.close();
      throw error;
    }
    const fewTextMatches = options.fewTextMatches ?? DEFAULT_FEW_TEXT_MATCHES;
    return new SqliteReadModelStore(
      new DocumentConnection(writeDb, fewTextMatches),
      new DocumentConnection(readDb, fewTextMatches),
    );
  }

  async get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | null> {
    this.ensureOpen();
    return this.reader.get<T>(collection, id);
  }

  async find<T extends ReadModelDocument>(
    collection: string,
    filter: Filter,
    options?: FindOptions,
  ): Promise<T[]> {
    this.ensureOpen();
    return this.reader.find<T>(collection, filter, options);
  }

  async count(collection: string, filter: Filter): Promise<number> {
    this.ensureOpen();
    return this.reader.count(collection, filter);
  }

  async getCheckpoint(projection: string): Promise<GlobalPosition | null> {
    this.ensureOpen();
    return this.reader.getCheckpoint(projection);
  }

  /** The write connection's settings that decide durability, for health checks and tests. */
  durabilitySettings(): { readonly journalMode: string; readonly synchronous: string } {
    this.ensureOpen();
    const synchronousLevel = this.writer.db.pragma('synchronous', { simple: true }) as number;
    return {
      journalMode: String(this.writer.db.pragma('journal_mode', { simple: true })),
      synchronous: ['OFF', 'NORMAL', 'FULL', 'EXTRA'][synchronousLevel] ?? String(synchronousLevel),
    };
  }

  transaction<T>(work: (tx: ReadModelTransaction) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      const db = this.writer.db;
      // IMMEDIATE takes the write lock up front: a rebuild in another process waits here, not at COMMIT.
      db.exec('BEGIN IMMEDIATE');
      const tx = new SqliteTransaction(this.writer);
      try {
        const result = await work(tx);
        tx.end();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        tx.end();
        if (db.inTransaction) db.exec('ROLLBACK');
        // Tables created inside the transaction are gone with it.
        this.writer.forgetSchema();
        throw error;
      }
    });
  }

  ensureIndexes(collection: string, fields: readonly string[]): Promise<void> {
    assertCollectionName(collection);
    fields.flatMap(indexFieldsOf).forEach(assertFieldName);
    return this.exclusive(async () => {
      this.writer.inImmediateTransaction(() => {
        this.writer.createTable(collection);
        for (const field of fields) {
          if (field === 'id') continue;
          this.writer.run('INSERT OR IGNORE INTO read_model_indexes (collection, field) VALUES (?, ?)', [
            collection,
            field,
          ]);
          this.writer.createIndex(collection, field);
        }
      });
    });
  }

  ensureTextIndexes(collection: string, fields: readonly string[]): Promise<void> {
    assertCollectionName(collection);
    fields.forEach(assertFieldName);
    return this.exclusive(async () => {
      this.writer.inImmediateTransaction(() => {
        this.writer.createTable(collection);
        for (const field of fields) this.writer.createTextIndex(collection, field);
      });
    });
  }

  dropCollection(collection: string): Promise<void> {
    assertCollectionName(collection);
    return this.exclusive(async () => {
      this.writer.inImmediateTransaction(() => this.writer.dropTable(collection));
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
      // DDL is transactional in SQLite: readers see the old tables until this COMMIT, then the new ones.
      this.writer.inImmediateTransaction(() => {
        for (const { source, target } of swaps) this.writer.replaceTable(source, target);
        if (checkpoint.position === null) {
          this.writer.run('DELETE FROM read_model_checkpoints WHERE projection = ?', [checkpoint.projection]);
        } else {
          this.writer.setCheckpoint(checkpoint.projection, checkpoint.position);
        }
      });
      // A rebuilt table is a new table to the planner: give it statistics.
      this.writer.optimize();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeQueue.catch(() => undefined);
    this.reader.db.close();
    this.writer.db.close();
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    this.ensureOpen();
    const result = this.writeQueue.then(operation);
    this.writeQueue = result.catch(() => undefined);
    return result;
  }

  private ensureOpen(): void {
    if (this.closed) throw new Error('The SQLite read-model store is closed');
  }
}

/** The writes of one transaction; unusable once it has committed or rolled back. */
class SqliteTransaction implements ReadModelTransaction {
  private active = true;

  constructor(private readonly connection: DocumentConnection) {}

  end(): void {
    this.active = false;
  }

  async get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | null> {
    return this.open().get<T>(collection, id);
  }

  async find<T extends ReadModelDocument>(
    collection: string,
    filter: Filter,
    options?: FindOptions,
  ): Promise<T[]> {
    return this.open().find<T>(collection, filter, options);
  }

  async count(collection: string, filter: Filter): Promise<number> {
    return this.open().count(collection, filter);
  }

  async getCheckpoint(projection: string): Promise<GlobalPosition | null> {
    return this.open().getCheckpoint(projection);
  }

  async put(collection: string, document: ReadModelDocument): Promise<void> {
    this.open().put(collection, document);
  }

  async delete(collection: string, id: string): Promise<void> {
    this.open().delete(collection, id);
  }

  async setCheckpoint(projection: string, position: GlobalPosition): Promise<void> {
    this.open().setCheckpoint(projection, position);
  }

  private open(): DocumentConnection {
    if (!this.active) throw new Error('This read-model transaction has already ended');
    return this.connection;
  }
}

/** One better-sqlite3 connection with cached statements and the document operations on it. */
class DocumentConnection {
  private readonly statements = new Map<string, Database.Statement>();
  /** Tables this connection has created or seen, so a put does not ask for CREATE TABLE every time. */
  private readonly knownTables = new Set<string>();

  constructor(
    readonly db: Database.Database,
    private readonly fewTextMatches: number,
  ) {}

  get<T extends ReadModelDocument>(collection: string, id: string): T | null {
    const row = this.orWhenTableMissing(
      undefined,
      () =>
        this.statement(`SELECT doc FROM ${tableOf(collection)} WHERE id = ?`).get(id) as
          { doc: string } | undefined,
    );
    return row ? (JSON.parse(row.doc) as T) : null;
  }

  find<T extends ReadModelDocument>(collection: string, filter: Filter, options: FindOptions = {}): T[] {
    const where = whereClause(filter, this.textIndexesOf(collection));
    const params: SqlParameter[] = [...where.params];
    const table = tableOf(collection);
    const orderBy = orderByClause(options.sort);
    let sql = `SELECT doc FROM ${table} WHERE ${where.sql} ORDER BY ${orderBy}`;
    if (options.limit !== undefined || options.skip !== undefined) {
      // A page is picked by its keys alone, then only its documents are read: sorting the matches holds
      // (keys, rowid), not whole documents, and an index holding the filter's and the sort's fields
      // picks the page without reading a document at all.
      // LIMIT -1 is SQLite for "no limit", needed to give an OFFSET alone.
      sql = `SELECT doc FROM ${table} WHERE rowid IN (SELECT rowid FROM ${table} WHERE ${where.sql} ORDER BY ${orderBy} LIMIT ? OFFSET ?) ORDER BY ${orderBy}`;
      params.push(countOption('limit', options.limit ?? -1), countOption('skip', options.skip ?? 0));
    }
    const rows = this.orWhenTableMissing([], () => this.statement(sql).all(...params) as { doc: string }[]);
    return rows.map((row) => JSON.parse(row.doc) as T);
  }

  count(collection: string, filter: Filter): number {
    const where = whereClause(filter, this.textIndexesOf(collection));
    if (where.textMatch) {
      // The full-text table holds one row per document (its triggers see to it): a filter that is only a
      // match in it is counted there, without looking each match up in the collection.
      const { index, phrase } = where.textMatch;
      return this.orWhenTableMissing(
        0,
        () =>
          (
            this.statement(`SELECT count(*) AS total FROM ${index} WHERE ${index} MATCH ?`).get(phrase) as {
              total: number;
            }
          ).total,
      );
    }
    const sql = `SELECT count(*) AS total FROM ${tableOf(collection)} WHERE ${where.sql}`;
    return this.orWhenTableMissing(
      0,
      () => (this.statement(sql).get(...where.params) as { total: number }).total,
    );
  }

  getCheckpoint(projection: string): GlobalPosition | null {
    const row = this.statement('SELECT position FROM read_model_checkpoints WHERE projection = ?').get(
      projection,
    ) as { position: number } | undefined;
    return row ? row.position : null;
  }

  put(collection: string, document: ReadModelDocument): void {
    if (typeof document.id !== 'string' || document.id === '') {
      throw new Error(`A document of ${collection} needs a non-empty string id`);
    }
    this.createTable(collection);
    this.statement(
      `INSERT INTO ${tableOf(collection)} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`,
    ).run(document.id, JSON.stringify(document));
  }

  delete(collection: string, id: string): void {
    this.orWhenTableMissing(undefined, () => {
      this.statement(`DELETE FROM ${tableOf(collection)} WHERE id = ?`).run(id);
    });
  }

  setCheckpoint(projection: string, position: GlobalPosition): void {
    this.statement(
      `INSERT INTO read_model_checkpoints (projection, position, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (projection) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
    ).run(projection, position, new Date().toISOString());
  }

  run(sql: string, params: readonly SqlParameter[]): void {
    this.statement(sql).run(...params);
  }

  inImmediateTransaction(work: () => void): void {
    try {
      this.db.transaction(work).immediate();
    } catch (error) {
      this.forgetSchema();
      throw error;
    }
  }

  createTable(collection: string): void {
    if (this.knownTables.has(collection)) return;
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS ${tableOf(collection)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`,
    );
    this.knownTables.add(collection);
  }

  /**
   * A trigram full-text table over the folded field, kept in step with the collection by triggers, so
   * every writer (the runner, a rebuild, a swap) maintains it without knowing it exists.
   */
  createTextIndex(collection: string, field: string): void {
    this.run('INSERT OR IGNORE INTO read_model_text_indexes (collection, field) VALUES (?, ?)', [
      collection,
      field,
    ]);
    const index = textIndexNameOf(collection, field);
    const exists = this.db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(unquote(index));
    if (exists) return;
    const table = tableOf(collection);
    const folded = (row: 'new' | 'old') => `${FOLD_FUNCTION_NAME}(json_extract(${row}.doc, '$.${field}'))`;
    this.db.exec(`CREATE VIRTUAL TABLE ${index} USING fts5(value, tokenize = 'trigram')`);
    this.db.exec(
      `INSERT INTO ${index} (rowid, value) SELECT rowid, ${FOLD_FUNCTION_NAME}(json_extract(doc, '$.${field}')) FROM ${table}`,
    );
    this.db.exec(`CREATE TRIGGER ${triggerNameOf(collection, field, 'insert')} AFTER INSERT ON ${table}
      BEGIN INSERT INTO ${index} (rowid, value) VALUES (new.rowid, ${folded('new')}); END`);
    this.db.exec(`CREATE TRIGGER ${triggerNameOf(collection, field, 'update')} AFTER UPDATE ON ${table}
      BEGIN DELETE FROM ${index} WHERE rowid = old.rowid;
            INSERT INTO ${index} (rowid, value) VALUES (new.rowid, ${folded('new')}); END`);
    this.db.exec(`CREATE TRIGGER ${triggerNameOf(collection, field, 'delete')} AFTER DELETE ON ${table}
      BEGIN DELETE FROM ${index} WHERE rowid = old.rowid; END`);
  }

  dropTextIndexes(collection: string): void {
    for (const field of this.textFieldsOf(collection)) {
      for (const event of TRIGGER_EVENTS)
        this.db.exec(`DROP TRIGGER IF EXISTS ${triggerNameOf(collection, field, event)}`);
      this.db.exec(`DROP TABLE IF EXISTS ${textIndexNameOf(collection, field)}`);
    }
    this.run('DELETE FROM read_model_text_indexes WHERE collection = ?', [collection]);
  }

  textFieldsOf(collection: string): string[] {
    return this.statement('SELECT field FROM read_model_text_indexes WHERE collection = ? ORDER BY field')
      .pluck()
      .all(collection) as string[];
  }

  private textIndexesOf(collection: string): TextIndexes {
    const fields = new Set(this.textFieldsOf(collection));
    return {
      indexOf: (field) => (fields.has(field) ? textIndexNameOf(collection, field) : null),
      matchesFew: (match) => this.textMatchesUpTo(match, this.fewTextMatches) <= this.fewTextMatches,
    };
  }

  /** The rows a full-text match finds, counted up to `bound` (the full-text table alone is read). */
  private textMatchesUpTo({ index, phrase }: TextMatch, bound: number): number {
    return (
      this.statement(
        `SELECT count(*) AS total FROM (SELECT 1 FROM ${index} WHERE ${index} MATCH ? LIMIT ?)`,
      ).get(phrase, bound + 1) as { total: number }
    ).total;
  }

  optimize(): void {
    this.db.pragma('optimize = 0x10002');
  }

  createIndex(collection: string, field: string): void {
    this.db.exec(
      `CREATE INDEX IF NOT EXISTS ${indexNameOf(collection, field)} ON ${tableOf(collection)} (${indexFieldsOf(field).map(fieldExpression).join(', ')})`,
    );
  }

  dropTable(collection: string): void {
    this.dropTextIndexes(collection);
    this.db.exec(`DROP TABLE IF EXISTS ${tableOf(collection)}`);
    this.run('DELETE FROM read_model_indexes WHERE collection = ?', [collection]);
    this.forgetSchema();
  }

  /** Target takes source's documents and keeps the union of both declared index sets. */
  replaceTable(source: string, target: string): void {
    const indexedFields = this.db
      .prepare('SELECT DISTINCT field FROM read_model_indexes WHERE collection IN (?, ?) ORDER BY field')
      .pluck()
      .all(source, target) as string[];
    const textFields = [...new Set([...this.textFieldsOf(source), ...this.textFieldsOf(target)])];
    this.createTable(source);
    // Full-text tables and their triggers are named after the collection: drop them, re-create after.
    this.dropTextIndexes(source);
    this.dropTextIndexes(target);
    this.db.exec(`DROP TABLE IF EXISTS ${tableOf(target)}`);
    this.db.exec(`ALTER TABLE ${tableOf(source)} RENAME TO ${tableOf(target)}`);
    for (const field of textFields) this.createTextIndex(target, field);
    // Index names carry the collection's name; a renamed table keeps the old ones, so rename them by rebuilding.
    for (const field of indexedFields) this.db.exec(`DROP INDEX IF EXISTS ${indexNameOf(source, field)}`);
    this.run('DELETE FROM read_model_indexes WHERE collection IN (?, ?)', [source, target]);
    for (const field of indexedFields) {
      this.run('INSERT INTO read_model_indexes (collection, field) VALUES (?, ?)', [target, field]);
      this.createIndex(target, field);
    }
    this.forgetSchema();
  }

  /** After DDL or a rollback: cached statements and known tables may name tables that are gone. */
  forgetSchema(): void {
    this.statements.clear();
    this.knownTables.clear();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** A collection nobody has written yet is empty, not an error: tables are created on first write. */
  private orWhenTableMissing<R>(whenMissing: R, query: () => R): R {
    try {
      return query();
    } catch (error) {
      if (isMissingCollectionError(error)) return whenMissing;
      throw error;
    }
  }
}

/**
 * Duck-typed, not instanceof: SqliteError may come from another realm (a test runner's VM context), where
 * it is not an instance of this realm's Error.
 */
function isMissingCollectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'SQLITE_ERROR' && typeof message === 'string' && message.startsWith('no such table: rm_');
}

const TRIGGER_EVENTS = ['insert', 'update', 'delete'] as const;

function textIndexNameOf(collection: string, field: string): string {
  assertCollectionName(collection);
  assertFieldName(field);
  return `"ft_${collection}.${field}"`;
}

function triggerNameOf(collection: string, field: string, event: (typeof TRIGGER_EVENTS)[number]): string {
  return `"ft_${collection}.${field}_${event}"`;
}

function unquote(name: string): string {
  return name.slice(1, -1);
}

function indexNameOf(collection: string, field: string): string {
  assertCollectionName(collection);
  indexFieldsOf(field).forEach(assertFieldName);
  // Quoted, so the dots of nested fields are fine and 'a.b' never collides with 'a_b'.
  return `"ix_${collection}.${field}"`;
}

function countOption(name: 'limit' | 'skip', value: number): number {
  if (!Number.isInteger(value) || value < -1 || (name === 'skip' && value < 0)) {
    throw new Error(`Invalid ${name}: ${value}`);
  }
  return value;
}

function configureConnection(db: Database.Database, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  db.function(FOLD_FUNCTION_NAME, { deterministic: true }, (value: unknown) =>
    value === null || value === undefined ? null : foldForSearch(String(value)),
  );
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `The read-model file has schema version ${version}, newer than this Ventanilla (${SCHEMA_VERSION}); update the application`,
    );
  }
  db.transaction(() => {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
