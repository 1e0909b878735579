// Issue 14, target 5: the rebuild of every read model of the application from the seeded log, against a
// bare better-sqlite3 loop, in the same run, that writes the same rows with upsert and a checkpoint per
// batch — as many upserts per collection as the rebuild made, of the documents it ended with — at the
// read-model store's own durability. The bare loop neither reads the log nor runs a projection, and its
// tables carry no secondary indexes: it is the floor of the write work alone.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eventStoreFile } from '../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { deadLetterCollectionOf, type Projection } from '../src/engine/projections/projection.js';
import { rebuildProjections, rebuildTargetOf } from '../src/engine/projections/rebuild.js';
import type { ReadModelStore, ReadModelTransaction } from '../src/engine/read-models/read-model-store.js';
import { readModelStoreFile } from '../src/engine/read-models/sqlite/paths.js';
import { SqliteReadModelStore } from '../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { APPLICATION_PROJECTIONS } from '../src/features/read-models.js';
import { withTemporaryDataDir } from './temporary-data-dir.js';

/**
 * Upserts per transaction in the bare loop. The rebuild now commits once per 4,000 events for all
 * projections together (about 13,000 upserts per commit); the bare loop keeps committing more often.
 */
const BARE_LOOP_BATCH = 1_000;

export interface RebuildAllResult {
  readonly projections: number;
  readonly eventsInLog: number;
  readonly rebuildMs: number;
  readonly bareLoopMs: number;
  /** Upserts the rebuild made, all collections together (the bare loop makes as many). */
  readonly upserts: number;
  readonly rows: number;
  readonly synchronous: string;
  readonly perProjection: readonly { readonly projection: string; readonly eventsPerSecond: number }[];
  /** process.memoryUsage().rss right after the rebuild, in MB. */
  readonly rssAfterRebuildMb: number;
}

export async function measureRebuildAll(
  dataDir: string,
  projections: readonly Projection[] = APPLICATION_PROJECTIONS,
): Promise<RebuildAllResult> {
  const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  const readModels = await SqliteReadModelStore.open({ dataDir });
  const upsertsByTable = new Map<string, number>();
  let synchronous: string;
  let rebuildMs: number;
  let results;
  try {
    synchronous = readModels.durabilitySettings().synchronous;
    const startedAt = performance.now();
    results = await rebuildProjections(eventStore, countingPuts(readModels, upsertsByTable), projections);
    rebuildMs = performance.now() - startedAt;
    for (const result of results)
      if (result.deadLetters > 0) throw new Error(`${result.projection}: ${result.deadLetters} dead letters`);
  } finally {
    await readModels.close();
    await eventStore.close();
  }
  const rssAfterRebuildMb = process.memoryUsage().rss / 2 ** 20;

  // Each rebuild target was swapped in under its live name: the bare loop reads the rows from there.
  const liveNameOf = new Map<string, string>();
  for (const projection of projections)
    for (const collection of [...projection.collections, deadLetterCollectionOf(projection.name)])
      liveNameOf.set(rebuildTargetOf(collection, projection.version), collection);
  const writes = [...upsertsByTable].map(([table, upserts]) => ({
    collection: liveNameOf.get(table) ?? table,
    upserts,
  }));
  const bare = await bareUpsertLoop(readModelStoreFile(dataDir), writes, synchronous);
  return {
    projections: projections.length,
    eventsInLog: results[0]?.eventsRead ?? 0,
    rebuildMs,
    bareLoopMs: bare.durationMs,
    upserts: writes.reduce((sum, write) => sum + write.upserts, 0),
    rows: bare.rows,
    synchronous,
    perProjection: results.map((result) => ({
      projection: result.projection,
      eventsPerSecond: result.eventsRead / (result.durationMs / 1000),
    })),
    rssAfterRebuildMb,
  };
}

/** The store, counting the puts made inside its transactions per collection. */
function countingPuts(store: ReadModelStore, counts: Map<string, number>): ReadModelStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'transaction') {
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      }
      return <T>(work: (tx: ReadModelTransaction) => Promise<T>) =>
        target.transaction((tx) =>
          work(
            new Proxy(tx, {
              get(innerTarget, innerProperty, innerReceiver) {
                const value: unknown = Reflect.get(innerTarget, innerProperty, innerReceiver);
                if (typeof value !== 'function') return value;
                if (innerProperty !== 'put') return (value as () => unknown).bind(innerTarget);
                return (collection: string, ...rest: unknown[]) => {
                  counts.set(collection, (counts.get(collection) ?? 0) + 1);
                  return (value as (...args: unknown[]) => unknown).call(innerTarget, collection, ...rest);
                };
              },
            }),
          ),
        );
    },
  });
}

/**
 * Writes, for each collection, its final rows over and over until it has made as many upserts as the
 * rebuild did, BARE_LOOP_BATCH per transaction, each transaction with its checkpoint upsert.
 */
async function bareUpsertLoop(
  readModelsFile: string,
  writes: readonly { readonly collection: string; readonly upserts: number }[],
  synchronous: string,
): Promise<{ durationMs: number; rows: number }> {
  const source = new Database(readModelsFile, { readonly: true });
  return withTemporaryDataDir('bare-loop', async (dir) => {
    const db = new Database(join(dir, 'bare.sqlite'));
    try {
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${synchronous}`);
      db.exec(
        'CREATE TABLE checkpoints (projection TEXT PRIMARY KEY, position INTEGER NOT NULL, updated_at TEXT NOT NULL)',
      );
      // The rows are read before the clock starts: the baseline is the writes'.
      const tables = writes.map(({ collection, upserts }) => {
        const exists = source
          .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
          .get(`rm_${collection}`);
        const rows = exists
          ? (source.prepare(`SELECT id, doc FROM "rm_${collection}"`).raw().all() as [string, string][])
          : [];
        db.exec(`CREATE TABLE "bare_${collection}" (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
        return {
          rows,
          upserts,
          upsert: db.prepare(
            `INSERT INTO "bare_${collection}" (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`,
          ),
        };
      });
      const checkpoint = db.prepare(
        `INSERT INTO checkpoints (projection, position, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (projection) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
      );
      const batch = db.transaction(
        (
          upsert: Database.Statement,
          rows: readonly [string, string][],
          from: number,
          count: number,
          at: number,
        ) => {
          for (let index = from; index < from + count; index++) upsert.run(rows[index % rows.length]!);
          checkpoint.run('bare', at, new Date().toISOString());
        },
      );
      const startedAt = performance.now();
      for (const { rows, upserts, upsert } of tables) {
        if (rows.length === 0) continue;
        for (let done = 0; done < upserts; done += BARE_LOOP_BATCH)
          batch.immediate(upsert, rows, done, Math.min(BARE_LOOP_BATCH, upserts - done), done);
      }
      return {
        durationMs: performance.now() - startedAt,
        rows: tables.reduce((sum, table) => sum + table.rows.length, 0),
      };
    } finally {
      db.close();
      source.close();
    }
  });
}
