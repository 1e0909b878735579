// The SQLite read-model store: the port's contract on a temporary file, plus what only SQLite has — the
// file's place and pragmas, folding the stored text at query time, the expression and full-text indexes
// the query planner uses, and the index names a swapped-in table carries.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Filter } from '../../src/engine/read-models/read-model-store.js';
import { readModelStoreFile } from '../../src/engine/read-models/sqlite/paths.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { caseDocuments, readModelStoreContract } from './read-model-store.contract.js';

function temporaryDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'ventanilla-read-models-'));
}

readModelStoreContract('SQLite', async () => {
  const dataDir = temporaryDataDir();
  let current = await SqliteReadModelStore.open({ dataDir });
  return {
    store: current,
    reopen: async () => {
      await current.close();
      current = await SqliteReadModelStore.open({ dataDir });
      return current;
    },
    cleanup: async () => {
      await current.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});

describe('SQLite only', () => {
  let dataDir: string;
  let store: SqliteReadModelStore;

  beforeEach(async () => {
    dataDir = temporaryDataDir();
    store = await SqliteReadModelStore.open({ dataDir });
    await store.transaction(async (tx) => {
      for (const document of caseDocuments) await tx.put('cases', document);
    });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const idsOf = async (filter: Filter): Promise<string[]> =>
    (await store.find('cases', filter, { sort: [{ field: 'id', direction: 'asc' }] })).map((doc) => doc.id);

  const withFile = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(readModelStoreFile(dataDir), { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };

  it('keeps its file in the data directory, WAL with synchronous=NORMAL on the write connection', () => {
    // Crash-consistent, not durable: a commit lost to a power cut is re-applied from the log.
    expect(store.durabilitySettings()).toEqual({ journalMode: 'wal', synchronous: 'NORMAL' });
    expect(withFile((db) => db.name)).toBe(readModelStoreFile(dataDir));
  });

  it('refuses :memory:, where its reader and writer would be two databases', async () => {
    await expect(SqliteReadModelStore.open({ file: ':memory:' })).rejects.toThrow(/needs a file/);
  });

  const needles: [string, string[]][] = [
    ['peticion', ['c1']],
    ['PETICIÓN', ['c1']],
    ['queja', ['c2']],
    ['conyuge', ['c4']],
    ['Afiliación DEL cónyuge', ['c4']],
    ['por', ['c2', 'c3']],
    ['de', ['c1', 'c4']],
    ['"x', []],
  ];

  it.each(needles)(
    '$contains "%s" folds the stored text too, so it ignores case and accents on both sides',
    async (needle, expected) => {
      expect(await idsOf({ subject: { $contains: needle } })).toEqual(expected);
    },
  );

  it.each(needles)(
    '$contains "%s" on unfolded text answers the same from the full-text index',
    async (needle, expected) => {
      await store.ensureTextIndexes('cases', ['subject']);
      expect(await idsOf({ subject: { $contains: needle } })).toEqual(expected);
      expect(await store.count('cases', { subject: { $contains: needle } })).toBe(expected.length);
    },
  );

  it('creates expression indexes that the queries use', async () => {
    await store.ensureIndexes('cases', ['status', 'petitioner.city']);
    await store.ensureIndexes('cases', ['status']);
    const plan = (sql: string): string =>
      withFile((db) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[])
          .map((row) => row.detail)
          .join('\n'),
      );
    expect(plan(`SELECT doc FROM "rm_cases" WHERE json_extract(doc, '$.status') = ?`)).toMatch(
      /USING INDEX ix_cases\.status/,
    );
    expect(plan(`SELECT doc FROM "rm_cases" WHERE json_extract(doc, '$.petitioner.city') = ?`)).toMatch(
      /USING INDEX ix_cases\.petitioner\.city/,
    );
    expect(await idsOf({ status: 'ASSIGNED' })).toEqual(['c2', 'c4']);
  });

  it('answers $contains from a trigram full-text table kept in step by triggers', async () => {
    await store.ensureTextIndexes('cases', ['subject']);
    expect(
      withFile((db) => db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all()),
    ).toContain('ft_cases.subject');
    await store.transaction(async (tx) => {
      await tx.put('cases', { ...caseDocuments[0]!, subject: 'Derecho de petición renovado' });
      await tx.delete('cases', 'c4');
    });
    expect(await idsOf({ subject: { $contains: 'renovado' } })).toEqual(['c1']);
    expect(await idsOf({ subject: { $contains: 'cónyuge' } })).toEqual([]);
  });

  it('a swapped-in table carries the target index names and full-text table', async () => {
    await store.ensureIndexes('cases', ['status']);
    await store.ensureTextIndexes('cases', ['subject']);
    await store.transaction(async (tx) => {
      await tx.put('cases__rebuild_v1', { id: 'n1', status: 'RECEIVED', subject: 'Queja por demora' });
    });
    await store.swapCollections([{ source: 'cases__rebuild_v1', target: 'cases' }], {
      projection: 'cases',
      position: 7,
    });
    const names = withFile((db) =>
      db
        .prepare(`SELECT name FROM sqlite_master WHERE tbl_name = 'rm_cases' OR name LIKE 'ft_cases%'`)
        .pluck()
        .all(),
    );
    expect(names).toEqual(expect.arrayContaining(['ix_cases.status', 'ft_cases.subject']));
    expect(await idsOf({ subject: { $contains: 'demora' } })).toEqual(['n1']);
  });
});
