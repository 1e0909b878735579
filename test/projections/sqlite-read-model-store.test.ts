// The SQLite read-model store: filters, sorting, paging and counting over JSON documents; transactions
// that commit with the checkpoint or not at all; readers that only see committed data; swaps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Filter, ReadModelDocument } from '../../src/projections/read-model-store.js';
import { readModelStoreFile } from '../../src/projections/sqlite/paths.js';
import { SqliteReadModelStore } from '../../src/projections/sqlite/sqlite-read-model-store.js';

interface CaseLike extends ReadModelDocument {
  readonly status: string;
  readonly subject?: string;
  readonly dueDate?: string;
  readonly priority?: number;
  readonly prioritized?: boolean;
  readonly assigneeId?: string | null;
  readonly petitioner?: { readonly city: string };
}

const documents: CaseLike[] = [
  {
    id: 'c1',
    status: 'RECEIVED',
    subject: 'Petición de información',
    dueDate: '2026-02-10',
    priority: 3,
    prioritized: true,
    assigneeId: null,
    petitioner: { city: 'Tunja' },
  },
  {
    id: 'c2',
    status: 'ASSIGNED',
    subject: 'QUEJA por atención',
    dueDate: '2026-02-01',
    priority: 1,
    prioritized: false,
    assigneeId: 'agent-1',
    petitioner: { city: 'Duitama' },
  },
  {
    id: 'c3',
    status: 'ANSWERED',
    subject: 'Reclamo por cobro',
    dueDate: '2026-03-01',
    priority: 2,
    prioritized: false,
    assigneeId: 'agent-2',
    petitioner: { city: 'Tunja' },
  },
  {
    id: 'c4',
    status: 'ASSIGNED',
    subject: 'Consulta sobre afiliación del cónyuge',
    dueDate: '2026-02-20',
    priority: 2,
    prioritized: true,
    assigneeId: 'agent-1',
    petitioner: { city: 'Sogamoso' },
  },
  // No assigneeId, no petitioner, no dueDate: missing fields behave as null.
  { id: 'c5', status: 'CLOSED', subject: 'Sugerencia: más ventanillas' },
];

let dataDir: string;
let store: SqliteReadModelStore;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-read-models-'));
  store = await SqliteReadModelStore.open({ dataDir });
  await store.transaction(async (tx) => {
    for (const document of documents) await tx.put('cases', document);
  });
});

afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const idsOf = async (filter: Filter): Promise<string[]> =>
  (await store.find<CaseLike>('cases', filter, { sort: [{ field: 'id', direction: 'asc' }] })).map(
    (doc) => doc.id,
  );

describe('filters', () => {
  it.each<[string, Filter, string[]]>([
    ['a bare value is equality', { status: 'ASSIGNED' }, ['c2', 'c4']],
    ['$eq', { status: { $eq: 'CLOSED' } }, ['c5']],
    ['null matches a null or missing field', { assigneeId: null }, ['c1', 'c5']],
    ['$ne matches missing fields too, as in MongoDB', { assigneeId: { $ne: 'agent-1' } }, ['c1', 'c3', 'c5']],
    ['$ne null', { assigneeId: { $ne: null } }, ['c2', 'c3', 'c4']],
    ['$in', { status: { $in: ['RECEIVED', 'ANSWERED'] } }, ['c1', 'c3']],
    ['an empty $in matches nothing', { status: { $in: [] } }, []],
    ['$nin matches missing fields too', { assigneeId: { $nin: ['agent-1', 'agent-2'] } }, ['c1', 'c5']],
    ['ranges on dates', { dueDate: { $gte: '2026-02-01', $lt: '2026-02-20' } }, ['c1', 'c2']],
    ['ranges on numbers', { priority: { $gt: 1, $lte: 2 } }, ['c3', 'c4']],
    [
      'range operators never match a missing field',
      { dueDate: { $lt: '2099-01-01' } },
      ['c1', 'c2', 'c3', 'c4'],
    ],
    ['booleans', { prioritized: true }, ['c1', 'c4']],
    ['dotted paths reach nested fields', { 'petitioner.city': 'Tunja' }, ['c1', 'c3']],
    ['id uses the key column', { id: { $in: ['c2', 'c5', 'nope'] } }, ['c2', 'c5']],
    ['$or', { $or: [{ status: 'CLOSED' }, { 'petitioner.city': 'Duitama' }] }, ['c2', 'c5']],
    ['an empty $or matches nothing', { $or: [] }, []],
    [
      '$and of $or',
      { $and: [{ $or: [{ status: 'ASSIGNED' }, { status: 'RECEIVED' }] }, { prioritized: true }] },
      ['c1', 'c4'],
    ],
    ['fields and $or together', { status: 'ASSIGNED', $or: [{ priority: 1 }, { priority: 3 }] }, ['c2']],
    ['an empty filter matches everything', {}, ['c1', 'c2', 'c3', 'c4', 'c5']],
  ])('%s', async (_rule, filter, expected) => {
    expect(await idsOf(filter)).toEqual(expected);
    expect(await store.count('cases', filter)).toBe(expected.length);
  });

  it.each([
    ['peticion', ['c1']],
    ['PETICIÓN', ['c1']],
    ['queja', ['c2']],
    ['conyuge', ['c4']],
    ['Afiliación DEL cónyuge', ['c4']],
    ['por', ['c2', 'c3']],
  ])('$contains "%s" ignores case and accents on both sides', async (needle, expected) => {
    expect(await idsOf({ subject: { $contains: needle } })).toEqual(expected);
  });

  it('binds values as parameters: a quote in a value is just a character', async () => {
    expect(await idsOf({ status: "x' OR '1'='1" })).toEqual([]);
    expect(await idsOf({ subject: { $contains: "%' OR 1=1 --" } })).toEqual([]);
  });

  it.each(["status') OR 1=1 --", 'a..b', '1status', 'status;', '$where'])(
    'refuses the field name %j',
    async (field) => {
      await expect(store.find('cases', { [field]: 'x' })).rejects.toThrow(/field name|operator/);
      await expect(store.find('cases', {}, { sort: [{ field, direction: 'asc' }] })).rejects.toThrow(
        /field name/,
      );
    },
  );

  it('refuses unknown operators rather than ignoring them', async () => {
    await expect(store.find('cases', { status: { $regex: 'A' } } as unknown as Filter)).rejects.toThrow(
      /Unsupported/,
    );
  });

  it('refuses a collection name that is not an identifier', async () => {
    await expect(store.find('cases; DROP TABLE x', {})).rejects.toThrow(/collection name/);
  });
});

describe('sorting and paging', () => {
  it('sorts by several keys, missing values first when ascending, ties by id', async () => {
    const sorted = await store.find<CaseLike>(
      'cases',
      {},
      {
        sort: [
          { field: 'priority', direction: 'asc' },
          { field: 'dueDate', direction: 'desc' },
        ],
      },
    );
    expect(sorted.map((doc) => doc.id)).toEqual(['c5', 'c2', 'c3', 'c4', 'c1']);
  });

  it('pages with limit and skip', async () => {
    const sort = [{ field: 'id', direction: 'desc' as const }];
    expect((await store.find('cases', {}, { sort, limit: 2 })).map((doc) => doc.id)).toEqual(['c5', 'c4']);
    expect((await store.find('cases', {}, { sort, limit: 2, skip: 2 })).map((doc) => doc.id)).toEqual([
      'c3',
      'c2',
    ]);
    expect((await store.find('cases', {}, { sort, skip: 4 })).map((doc) => doc.id)).toEqual(['c1']);
  });

  it('returns documents as they were put', async () => {
    expect(await store.get('cases', 'c1')).toEqual(documents[0]);
    expect(await store.get('cases', 'missing')).toBeNull();
  });

  it('treats a collection nobody wrote as empty', async () => {
    expect(await store.get('nothing', 'x')).toBeNull();
    expect(await store.find('nothing', { a: 1 })).toEqual([]);
    expect(await store.count('nothing', {})).toBe(0);
  });
});

describe('indexes', () => {
  it('creates expression indexes that the queries use', async () => {
    await store.ensureIndexes('cases', ['status', 'petitioner.city']);
    await store.ensureIndexes('cases', ['status']);
    const db = new Database(readModelStoreFile(dataDir), { readonly: true });
    try {
      const plan = (sql: string): string =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[])
          .map((row) => row.detail)
          .join('\n');
      expect(plan(`SELECT doc FROM "rm_cases" WHERE json_extract(doc, '$.status') = ?`)).toMatch(
        /USING INDEX ix_cases\.status/,
      );
      expect(plan(`SELECT doc FROM "rm_cases" WHERE json_extract(doc, '$.petitioner.city') = ?`)).toMatch(
        /USING INDEX ix_cases\.petitioner\.city/,
      );
    } finally {
      db.close();
    }
    expect(await idsOf({ status: 'ASSIGNED' })).toEqual(['c2', 'c4']);
  });
});

describe('transactions', () => {
  it('commits documents and checkpoint together', async () => {
    await store.transaction(async (tx) => {
      await tx.put('cases', { id: 'c6', status: 'RECEIVED' });
      await tx.delete('cases', 'c5');
      await tx.setCheckpoint('cases', 42);
    });
    expect(await store.get('cases', 'c6')).toEqual({ id: 'c6', status: 'RECEIVED' });
    expect(await store.get('cases', 'c5')).toBeNull();
    expect(await store.getCheckpoint('cases')).toBe(42);
  });

  it('a failed transaction leaves nothing behind, not even a new collection', async () => {
    await store.transaction(async (tx) => tx.setCheckpoint('cases', 7));
    await expect(
      store.transaction(async (tx) => {
        await tx.put('cases', { id: 'c6', status: 'RECEIVED' });
        await tx.put('cases', { id: 'c1', status: 'CLOSED' });
        await tx.delete('cases', 'c2');
        await tx.put('brandNew', { id: 'x' });
        await tx.setCheckpoint('cases', 8);
        throw new Error('projection failed');
      }),
    ).rejects.toThrow('projection failed');
    expect(await store.get('cases', 'c6')).toBeNull();
    expect(await store.get('cases', 'c1')).toEqual(documents[0]);
    expect(await store.get('cases', 'c2')).toEqual(documents[1]);
    expect(await store.count('brandNew', {})).toBe(0);
    expect(await store.getCheckpoint('cases')).toBe(7);
    // The rolled-back CREATE TABLE must not confuse the next write to that collection.
    await store.transaction(async (tx) => tx.put('brandNew', { id: 'y' }));
    expect(await store.get('brandNew', 'y')).toEqual({ id: 'y' });
  });

  it('readers see only committed data; the transaction sees its own writes', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let seenInside: unknown;
    const transaction = store.transaction(async (tx) => {
      await tx.put('cases', { id: 'c1', status: 'CLOSED' });
      await tx.put('cases', { id: 'c9', status: 'RECEIVED' });
      seenInside = await tx.get('cases', 'c9');
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seenInside).toEqual({ id: 'c9', status: 'RECEIVED' });
    expect(await store.get('cases', 'c9')).toBeNull();
    expect((await store.get<CaseLike>('cases', 'c1'))?.status).toBe('RECEIVED');
    expect(await store.count('cases', {})).toBe(5);
    release();
    await transaction;
    expect(await store.get('cases', 'c9')).toEqual({ id: 'c9', status: 'RECEIVED' });
    expect(await store.count('cases', {})).toBe(6);
  });

  it('runs transactions one at a time', async () => {
    const order: string[] = [];
    const slow = store.transaction(async (tx) => {
      order.push('slow begins');
      await new Promise((resolve) => setTimeout(resolve, 20));
      await tx.put('cases', { id: 'slow', status: 'RECEIVED' });
      order.push('slow ends');
    });
    const fast = store.transaction(async (tx) => {
      order.push('fast begins');
      await tx.put('cases', { id: 'fast', status: 'RECEIVED' });
      order.push('fast ends');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['slow begins', 'slow ends', 'fast begins', 'fast ends']);
  });

  it('a transaction object cannot be used after it ended', async () => {
    let leaked: Parameters<Parameters<typeof store.transaction>[0]>[0] | undefined;
    await store.transaction(async (tx) => {
      leaked = tx;
    });
    await expect(leaked!.put('cases', { id: 'late', status: 'RECEIVED' })).rejects.toThrow(/ended/);
  });

  it('survives reopening', async () => {
    await store.transaction(async (tx) => tx.setCheckpoint('cases', 3));
    await store.close();
    store = await SqliteReadModelStore.open({ dataDir });
    expect(await store.getCheckpoint('cases')).toBe(3);
    expect(await store.count('cases', {})).toBe(5);
  });

  it('is WAL with synchronous=FULL on the write connection', () => {
    expect(store.durabilitySettings()).toEqual({ journalMode: 'wal', synchronous: 'FULL' });
  });
});

describe('text indexes', () => {
  const needles: [string, string[]][] = [
    ['peticion', ['c1']],
    ['PETICIÓN', ['c1']],
    ['conyuge', ['c4']],
    ['Afiliación DEL cónyuge', ['c4']],
    ['por', ['c2', 'c3']],
    ['de', ['c1', 'c4']],
    ['"x', []],
  ];

  it.each(needles)('$contains "%s" answers the same from the index', async (needle, expected) => {
    await store.ensureTextIndexes('cases', ['subject']);
    expect(await idsOf({ subject: { $contains: needle } })).toEqual(expected);
    expect(await store.count('cases', { subject: { $contains: needle } })).toBe(expected.length);
  });

  it('answers $contains from the full-text table rather than reading every document', async () => {
    await store.ensureTextIndexes('cases', ['subject']);
    const db = new Database(readModelStoreFile(dataDir), { readonly: true });
    try {
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
      expect(tables).toContain('ft_cases.subject');
    } finally {
      db.close();
    }
    // Kept in step by the triggers: an update and a delete are seen at once.
    await store.transaction(async (tx) => {
      await tx.put('cases', { ...documents[0]!, subject: 'Derecho de petición renovado' });
      await tx.delete('cases', 'c4');
    });
    expect(await idsOf({ subject: { $contains: 'renovado' } })).toEqual(['c1']);
    expect(await idsOf({ subject: { $contains: 'cónyuge' } })).toEqual([]);
  });

  it('carries the text index over to a swapped-in collection', async () => {
    await store.ensureTextIndexes('cases', ['subject']);
    await store.transaction(async (tx) => {
      await tx.put('cases__rebuild_v1', { id: 'n1', status: 'RECEIVED', subject: 'Queja por demora' });
    });
    await store.swapCollections([{ source: 'cases__rebuild_v1', target: 'cases' }], {
      projection: 'cases',
      position: 7,
    });
    expect(await idsOf({ subject: { $contains: 'demora' } })).toEqual(['n1']);
    await store.transaction(async (tx) => {
      await tx.put('cases', { id: 'n2', status: 'RECEIVED', subject: 'Otra demora' });
    });
    expect(await idsOf({ subject: { $contains: 'demora' } })).toEqual(['n1', 'n2']);
  });
});

describe('swapping and dropping collections', () => {
  it('replaces the target with the source and moves the checkpoint in one step, keeping indexes', async () => {
    await store.ensureIndexes('cases', ['status']);
    await store.transaction(async (tx) => {
      await tx.put('cases__rebuild_v1', { id: 'n1', status: 'RECEIVED' });
      await tx.put('cases__rebuild_v1', { id: 'n2', status: 'CLOSED' });
    });
    await store.swapCollections([{ source: 'cases__rebuild_v1', target: 'cases' }], {
      projection: 'cases',
      position: 99,
    });
    expect(await idsOf({})).toEqual(['n1', 'n2']);
    expect(await store.count('cases__rebuild_v1', {})).toBe(0);
    expect(await store.getCheckpoint('cases')).toBe(99);
    const db = new Database(readModelStoreFile(dataDir), { readonly: true });
    try {
      const indexes = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rm_cases'`)
        .pluck()
        .all();
      expect(indexes).toContain('ix_cases.status');
    } finally {
      db.close();
    }
  });

  it('swapping in a source nobody wrote leaves the target empty', async () => {
    await store.swapCollections([{ source: 'cases__rebuild_v1', target: 'cases' }], {
      projection: 'cases',
      position: null,
    });
    expect(await store.count('cases', {})).toBe(0);
    expect(await store.getCheckpoint('cases')).toBeNull();
  });

  it('drops a collection', async () => {
    await store.dropCollection('cases');
    expect(await store.count('cases', {})).toBe(0);
    await store.transaction(async (tx) => tx.put('cases', { id: 'again', status: 'RECEIVED' }));
    expect(await idsOf({})).toEqual(['again']);
  });
});
