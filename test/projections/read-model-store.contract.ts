// The ReadModelStore contract, written once for the port: every adapter (SQLite, MongoDB) runs this
// suite. It assumes a store others may share, so every test uses fresh collection and projection names
// and never expects the database to be empty.
import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import {
  applyBatch,
  CheckpointMovedError,
  silentProjectionLogger,
} from '../../src/engine/projections/projection-batch.js';
import type { Projection } from '../../src/engine/projections/projection.js';
import type {
  Filter,
  ReadModelDocument,
  ReadModelStore,
  ReadModelTransaction,
} from '../../src/engine/read-models/read-model-store.js';
import { rebuildProjection, rebuildTargetOf } from '../../src/engine/projections/rebuild.js';
import { foldForSearch } from '../../src/engine/read-models/search-text.js';

export interface OpenedReadModelStore {
  readonly store: ReadModelStore;
  /** Closes the current store and opens a new one over the same data (omit when it cannot). */
  readonly reopen?: () => Promise<ReadModelStore>;
  /** Closes whichever store is open and removes what it can of its data. */
  readonly cleanup: () => Promise<void>;
}

export interface CaseLike extends ReadModelDocument {
  readonly status: string;
  readonly subject?: string;
  /** The subject folded with foldForSearch, as the projections store it for $contains. */
  readonly searchText?: string;
  readonly dueDate?: string;
  readonly priority?: number;
  readonly prioritized?: boolean;
  readonly assigneeId?: string | null;
  readonly petitioner?: { readonly city: string };
}

const withSearchText = (document: CaseLike): CaseLike =>
  document.subject === undefined ? document : { ...document, searchText: foldForSearch(document.subject) };

export const caseDocuments: readonly CaseLike[] = [
  withSearchText({
    id: 'c1',
    status: 'RECEIVED',
    subject: 'Petición de información',
    dueDate: '2026-02-10',
    priority: 3,
    prioritized: true,
    assigneeId: null,
    petitioner: { city: 'Tunja' },
  }),
  withSearchText({
    id: 'c2',
    status: 'ASSIGNED',
    subject: 'QUEJA por atención',
    dueDate: '2026-02-01',
    priority: 1,
    prioritized: false,
    assigneeId: 'agent-1',
    petitioner: { city: 'Duitama' },
  }),
  withSearchText({
    id: 'c3',
    status: 'ANSWERED',
    subject: 'Reclamo por cobro',
    dueDate: '2026-03-01',
    priority: 2,
    prioritized: false,
    assigneeId: 'agent-2',
    petitioner: { city: 'Tunja' },
  }),
  withSearchText({
    id: 'c4',
    status: 'ASSIGNED',
    subject: 'Consulta sobre afiliación del cónyuge',
    dueDate: '2026-02-20',
    priority: 2,
    prioritized: true,
    assigneeId: 'agent-1',
    petitioner: { city: 'Sogamoso' },
  }),
  // No assigneeId, no petitioner, no dueDate: missing fields behave as null.
  withSearchText({ id: 'c5', status: 'CLOSED', subject: 'Sugerencia: más ventanillas' }),
];

/** The filters every adapter must answer alike, with the ids they match among caseDocuments. */
export const filterCases: readonly [string, Filter, string[]][] = [
  ['a bare value is equality', { status: 'ASSIGNED' }, ['c2', 'c4']],
  ['$eq', { status: { $eq: 'CLOSED' } }, ['c5']],
  ['null matches a null or missing field', { assigneeId: null }, ['c1', 'c5']],
  ['$eq null matches a null or missing field', { assigneeId: { $eq: null } }, ['c1', 'c5']],
  ['$ne matches missing fields too, as in MongoDB', { assigneeId: { $ne: 'agent-1' } }, ['c1', 'c3', 'c5']],
  ['$ne null', { assigneeId: { $ne: null } }, ['c2', 'c3', 'c4']],
  ['$in', { status: { $in: ['RECEIVED', 'ANSWERED'] } }, ['c1', 'c3']],
  ['an empty $in matches nothing', { status: { $in: [] } }, []],
  ['$nin matches missing fields too', { assigneeId: { $nin: ['agent-1', 'agent-2'] } }, ['c1', 'c5']],
  ['an empty $nin matches everything', { assigneeId: { $nin: [] } }, ['c1', 'c2', 'c3', 'c4', 'c5']],
  ['ranges on dates', { dueDate: { $gte: '2026-02-01', $lt: '2026-02-20' } }, ['c1', 'c2']],
  ['ranges on numbers', { priority: { $gt: 1, $lte: 2 } }, ['c3', 'c4']],
  [
    'range operators never match a missing field',
    { dueDate: { $lt: '2099-01-01' } },
    ['c1', 'c2', 'c3', 'c4'],
  ],
  ['$gt on a number never matches a missing field', { priority: { $gte: 0 } }, ['c1', 'c2', 'c3', 'c4']],
  ['booleans', { prioritized: true }, ['c1', 'c4']],
  ['false is not missing', { prioritized: false }, ['c2', 'c3']],
  ['dotted paths reach nested fields', { 'petitioner.city': 'Tunja' }, ['c1', 'c3']],
  [
    '$ne on a nested path matches where the parent is missing',
    { 'petitioner.city': { $ne: 'Tunja' } },
    ['c2', 'c4', 'c5'],
  ],
  ['id is a field like any other', { id: { $in: ['c2', 'c5', 'nope'] } }, ['c2', 'c5']],
  ['ranges on the id', { id: { $gt: 'c3' } }, ['c4', 'c5']],
  ['$or', { $or: [{ status: 'CLOSED' }, { 'petitioner.city': 'Duitama' }] }, ['c2', 'c5']],
  ['an empty $or matches nothing', { $or: [] }, []],
  ['an empty $and matches everything', { $and: [] }, ['c1', 'c2', 'c3', 'c4', 'c5']],
  ['an empty $or inside $and matches nothing', { $and: [{ $or: [] }, { status: 'CLOSED' }] }, []],
  [
    'an empty $and inside $or matches everything',
    { $or: [{ $and: [] }, { status: 'CLOSED' }] },
    ['c1', 'c2', 'c3', 'c4', 'c5'],
  ],
  [
    '$and of $or',
    { $and: [{ $or: [{ status: 'ASSIGNED' }, { status: 'RECEIVED' }] }, { prioritized: true }] },
    ['c1', 'c4'],
  ],
  ['fields and $or together', { status: 'ASSIGNED', $or: [{ priority: 1 }, { priority: 3 }] }, ['c2']],
  ['an operator object with no operators constrains nothing', { status: {} }, ['c1', 'c2', 'c3', 'c4', 'c5']],
  ['an undefined condition constrains nothing', { status: undefined }, ['c1', 'c2', 'c3', 'c4', 'c5']],
  ['an empty filter matches everything', {}, ['c1', 'c2', 'c3', 'c4', 'c5']],
];

/** $contains over folded text: needles any adapter must find, ignoring case and accents of the needle. */
export const containsCases: readonly [string, string[]][] = [
  ['peticion', ['c1']],
  ['PETICIÓN', ['c1']],
  ['queja', ['c2']],
  ['conyuge', ['c4']],
  ['Afiliación DEL cónyuge', ['c4']],
  ['por', ['c2', 'c3']],
  ['de', ['c1', 'c4']],
  ['sugerencia: mas', ['c5']],
  ['"x', []],
  // Characters special to regexes, LIKE or full-text queries are just characters.
  ['.*', []],
  ['_', []],
  ['%', []],
  ['(', []],
];

function freshName(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

function recordedEvent(position: number, stream: string, data: unknown): RecordedEvent {
  return {
    id: randomUUID(),
    stream,
    revision: 0,
    position,
    type: 'Counted',
    schemaVersion: 1,
    data,
    metadata: {
      actorId: 'u',
      actorRole: 'ADMIN',
      occurredAt: '2026-03-02T15:00:00.000Z',
      recordedAt: '2026-03-02T15:00:00.000Z',
      correlationId: 'c',
      causationId: 'c',
      previousHash: '',
      hash: '',
    },
  };
}

export function readModelStoreContract(adapterName: string, open: () => Promise<OpenedReadModelStore>): void {
  describe(`ReadModelStore contract: ${adapterName}`, () => {
    let opened: OpenedReadModelStore;
    let store: ReadModelStore;
    /** This test's collection of caseDocuments, and its projection (checkpoint) name. */
    let cases: string;
    let projection: string;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
      cases = freshName('cases');
      projection = freshName('projection');
      await store.transaction(async (tx) => {
        for (const document of caseDocuments) await tx.put(cases, document);
      });
    });

    afterEach(async () => {
      await opened.cleanup();
    });

    const idsOf = async (filter: Filter, collection = cases): Promise<string[]> =>
      (await store.find(collection, filter, { sort: [{ field: 'id', direction: 'asc' }] })).map(
        (doc) => doc.id,
      );

    describe('filters', () => {
      it.each(filterCases)('%s', async (_rule, filter, expected) => {
        expect(await idsOf(filter)).toEqual(expected);
        expect(await store.count(cases, filter)).toBe(expected.length);
      });

      it.each(containsCases)(
        '$contains "%s" over folded text ignores case and accents of the needle',
        async (needle, expected) => {
          expect(await idsOf({ searchText: { $contains: needle } })).toEqual(expected);
          expect(await store.count(cases, { searchText: { $contains: needle } })).toBe(expected.length);
        },
      );

      it('$contains never matches a missing field', async () => {
        await store.transaction(async (tx) => tx.put(cases, { id: 'c6', status: 'RECEIVED' }));
        expect(await idsOf({ searchText: { $contains: '' } })).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
      });

      it('values are only values: a quote or an operator in a value is just characters', async () => {
        expect(await idsOf({ status: "x' OR '1'='1" })).toEqual([]);
        expect(await idsOf({ status: '{"$ne": null}' })).toEqual([]);
        expect(await idsOf({ searchText: { $contains: "%' OR 1=1 --" } })).toEqual([]);
      });

      it.each(["status') OR 1=1 --", 'a..b', '1status', 'status;', '$where', 'status.$ne', ''])(
        'refuses the field name %j',
        async (field) => {
          await expect(store.find(cases, { [field]: 'x' })).rejects.toThrow(/field name|operator/);
          await expect(store.count(cases, { [field]: 'x' })).rejects.toThrow(/field name|operator/);
          await expect(store.find(cases, {}, { sort: [{ field, direction: 'asc' }] })).rejects.toThrow(
            /field name/,
          );
        },
      );

      it('refuses unknown operators rather than ignoring them', async () => {
        await expect(store.find(cases, { status: { $regex: 'A' } } as unknown as Filter)).rejects.toThrow(
          /Unsupported/,
        );
        await expect(store.find(cases, { $nor: [] } as unknown as Filter)).rejects.toThrow(/Unsupported/);
      });

      it('refuses values that are not scalars', async () => {
        await expect(store.find(cases, { priority: Number.NaN })).rejects.toThrow(/Unsupported filter value/);
        await expect(store.find(cases, { status: ['A'] } as unknown as Filter)).rejects.toThrow(/list/);
        await expect(store.find(cases, { status: { $in: 'A' } } as unknown as Filter)).rejects.toThrow(
          /takes a list/,
        );
        await expect(store.find(cases, { priority: { $gt: true } } as unknown as Filter)).rejects.toThrow(
          /string or a number/,
        );
      });

      it('refuses a collection name that is not an identifier', async () => {
        await expect(store.find('cases; DROP TABLE x', {})).rejects.toThrow(/collection name/);
        await expect(store.get('cases.x', 'c1')).rejects.toThrow(/collection name/);
        await expect(store.transaction(async (tx) => tx.put('cases x', { id: 'x' }))).rejects.toThrow(
          /collection name/,
        );
      });
    });

    describe('sorting and paging', () => {
      it('sorts by several keys, missing values first when ascending, ties by id', async () => {
        const sorted = await store.find(
          cases,
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

      it('breaks ties by id when no sort is given', async () => {
        expect((await store.find(cases, { status: 'ASSIGNED' })).map((doc) => doc.id)).toEqual(['c2', 'c4']);
      });

      it('sorts by nested fields, missing values last when descending', async () => {
        const sorted = await store.find(
          cases,
          {},
          { sort: [{ field: 'petitioner.city', direction: 'desc' }] },
        );
        expect(sorted.map((doc) => doc.id)).toEqual(['c1', 'c3', 'c4', 'c2', 'c5']);
      });

      it('pages with limit and skip', async () => {
        const sort = [{ field: 'id', direction: 'desc' as const }];
        expect((await store.find(cases, {}, { sort, limit: 2 })).map((doc) => doc.id)).toEqual(['c5', 'c4']);
        expect((await store.find(cases, {}, { sort, limit: 2, skip: 2 })).map((doc) => doc.id)).toEqual([
          'c3',
          'c2',
        ]);
        expect((await store.find(cases, {}, { sort, skip: 4 })).map((doc) => doc.id)).toEqual(['c1']);
        expect(await store.find(cases, {}, { sort, skip: 10 })).toEqual([]);
      });

      it('a sort ending in a unique key orders every document, and its pages follow that order', async () => {
        const sort = [
          { field: 'status', direction: 'asc' as const },
          { field: 'subject', direction: 'desc' as const, unique: true },
        ];
        const expected = [...caseDocuments]
          .sort(
            (left, right) =>
              left.status.localeCompare(right.status) ||
              ((left.subject ?? '') < (right.subject ?? '') ? 1 : -1),
          )
          .map((doc) => doc.id);
        expect((await store.find(cases, {}, { sort })).map((doc) => doc.id)).toEqual(expected);
        // With an index holding every sort key, and a filter, a page is still the same slice of that order.
        await store.ensureIndexes(cases, ['status+subject']);
        const pages = [];
        for (let skip = 0; skip < caseDocuments.length; skip += 2)
          pages.push(...(await store.find(cases, {}, { sort, limit: 2, skip })));
        expect(pages.map((doc) => doc.id)).toEqual(expected);
        const notReceived = { status: { $ne: 'RECEIVED' } };
        expect(
          (await store.find(cases, notReceived, { sort, limit: 3, skip: 1 })).map((doc) => doc.id),
        ).toEqual(
          expected
            .filter((id) => caseDocuments.find((doc) => doc.id === id)?.status !== 'RECEIVED')
            .slice(1, 4),
        );
      });

      it('a limit of 0 returns nothing', async () => {
        expect(await store.find(cases, {}, { limit: 0 })).toEqual([]);
      });

      it('refuses a negative skip and a fractional limit', async () => {
        await expect(store.find(cases, {}, { skip: -1 })).rejects.toThrow(/skip/);
        await expect(store.find(cases, {}, { limit: 1.5 })).rejects.toThrow(/limit/);
      });
    });

    describe('documents', () => {
      it('returns documents as they were put', async () => {
        expect(await store.get(cases, 'c1')).toEqual(caseDocuments[0]);
        expect(await store.find(cases, { id: 'c5' })).toEqual([caseDocuments[4]]);
        expect(await store.get(cases, 'missing')).toBeNull();
      });

      it('keeps JSON values exactly: unicode, nulls, nested lists, large and fractional numbers', async () => {
        const document = {
          id: 'ñandú/1 "quoted"',
          text: 'Atención — ñandú 🙂',
          nothing: null,
          list: [1, 'two', { three: [3] }, null],
          big: 2 ** 40,
          fraction: -0.125,
          nested: { deep: { flag: false } },
        };
        await store.transaction(async (tx) => tx.put(cases, document));
        expect(await store.get(cases, document.id)).toEqual(document);
      });

      it('stores what JSON keeps: undefined fields are absent', async () => {
        await store.transaction(async (tx) =>
          tx.put(cases, { id: 'c6', status: 'RECEIVED', assigneeId: undefined }),
        );
        const stored = await store.get(cases, 'c6');
        expect(stored).toEqual({ id: 'c6', status: 'RECEIVED' });
        expect(Object.keys(stored!)).not.toContain('assigneeId');
        expect(await idsOf({ id: 'c6', assigneeId: null })).toEqual(['c6']);
      });

      it('a put replaces the whole document', async () => {
        await store.transaction(async (tx) => tx.put(cases, { id: 'c1', status: 'CLOSED' }));
        expect(await store.get(cases, 'c1')).toEqual({ id: 'c1', status: 'CLOSED' });
        expect(await store.count(cases, {})).toBe(5);
      });

      it('refuses a document without a string id', async () => {
        await expect(store.transaction(async (tx) => tx.put(cases, { id: '' }))).rejects.toThrow(/id/);
        await expect(
          store.transaction(async (tx) => tx.put(cases, { id: 7 } as unknown as ReadModelDocument)),
        ).rejects.toThrow(/id/);
      });

      it('treats a collection nobody wrote as empty', async () => {
        const nothing = freshName('nothing');
        expect(await store.get(nothing, 'x')).toBeNull();
        expect(await store.find(nothing, { a: 1 })).toEqual([]);
        expect(await store.count(nothing, {})).toBe(0);
        await store.transaction(async (tx) => {
          expect(await tx.get(nothing, 'x')).toBeNull();
          expect(await tx.find(nothing, {})).toEqual([]);
          expect(await tx.count(nothing, {})).toBe(0);
          await tx.delete(nothing, 'x');
        });
        expect(await store.count(nothing, {})).toBe(0);
      });

      it('keeps collections apart', async () => {
        const other = freshName('other');
        await store.transaction(async (tx) => tx.put(other, { id: 'c1', status: 'OTHER' }));
        expect((await store.get<CaseLike>(cases, 'c1'))?.status).toBe('RECEIVED');
        expect((await store.get<CaseLike>(other, 'c1'))?.status).toBe('OTHER');
      });
    });

    describe('indexes', () => {
      it('declaring indexes is idempotent and changes no answer', async () => {
        const fields = ['status', 'petitioner.city', 'status+dueDate', 'id', 'priority+id'];
        await store.ensureIndexes(cases, fields);
        await store.ensureIndexes(cases, fields);
        await store.ensureTextIndexes(cases, ['searchText']);
        await store.ensureTextIndexes(cases, ['searchText']);
        for (const [, filter, expected] of filterCases) expect(await idsOf(filter)).toEqual(expected);
        for (const [needle, expected] of containsCases) {
          expect(await idsOf({ searchText: { $contains: needle } })).toEqual(expected);
          expect(await store.count(cases, { searchText: { $contains: needle } })).toBe(expected.length);
        }
      });

      it('indexes can be declared before the first write, and writes after use them', async () => {
        const later = freshName('later');
        await store.ensureIndexes(later, ['status']);
        await store.ensureTextIndexes(later, ['searchText']);
        expect(await store.count(later, {})).toBe(0);
        await store.transaction(async (tx) => {
          for (const document of caseDocuments) await tx.put(later, document);
        });
        expect(await idsOf({ status: 'ASSIGNED' }, later)).toEqual(['c2', 'c4']);
        expect(await idsOf({ searchText: { $contains: 'cónyuge' } }, later)).toEqual(['c4']);
      });

      it('text-indexed fields follow updates and deletes at once', async () => {
        await store.ensureTextIndexes(cases, ['searchText']);
        await store.transaction(async (tx) => {
          await tx.put(cases, {
            ...caseDocuments[0]!,
            searchText: foldForSearch('Derecho de petición renovado'),
          });
          await tx.delete(cases, 'c4');
        });
        expect(await idsOf({ searchText: { $contains: 'renovado' } })).toEqual(['c1']);
        expect(await idsOf({ searchText: { $contains: 'cónyuge' } })).toEqual([]);
      });

      it('refuses invalid index fields', async () => {
        // Thrown at once or rejected: either way the caller's await fails.
        await expect(async () => store.ensureIndexes(cases, ['status; DROP'])).rejects.toThrow(/field name/);
        await expect(async () => store.ensureIndexes(cases, ['status+'])).rejects.toThrow(/field name/);
        await expect(async () => store.ensureTextIndexes(cases, ['a..b'])).rejects.toThrow(/field name/);
        await expect(async () => store.dropCollection('a b')).rejects.toThrow(/collection name/);
      });
    });

    describe('transactions', () => {
      it('commits documents and checkpoint together', async () => {
        expect(await store.getCheckpoint(projection)).toBeNull();
        await store.transaction(async (tx) => {
          await tx.put(cases, { id: 'c6', status: 'RECEIVED' });
          await tx.delete(cases, 'c5');
          await tx.setCheckpoint(projection, 42);
        });
        expect(await store.get(cases, 'c6')).toEqual({ id: 'c6', status: 'RECEIVED' });
        expect(await store.get(cases, 'c5')).toBeNull();
        expect(await store.getCheckpoint(projection)).toBe(42);
      });

      it('returns what the work returns', async () => {
        expect(await store.transaction(async (tx) => (await tx.count(cases, {})) * 10)).toBe(50);
      });

      it('a failed transaction leaves nothing behind, not even a new collection', async () => {
        const brandNew = freshName('brandNew');
        await store.transaction(async (tx) => tx.setCheckpoint(projection, 7));
        await expect(
          store.transaction(async (tx) => {
            await tx.put(cases, { id: 'c6', status: 'RECEIVED' });
            await tx.put(cases, { id: 'c1', status: 'CLOSED' });
            await tx.delete(cases, 'c2');
            await tx.put(brandNew, { id: 'x' });
            await tx.setCheckpoint(projection, 8);
            throw new Error('projection failed');
          }),
        ).rejects.toThrow('projection failed');
        expect(await store.get(cases, 'c6')).toBeNull();
        expect(await store.get(cases, 'c1')).toEqual(caseDocuments[0]);
        expect(await store.get(cases, 'c2')).toEqual(caseDocuments[1]);
        expect(await store.count(brandNew, {})).toBe(0);
        expect(await store.getCheckpoint(projection)).toBe(7);
        // The rolled-back collection must not confuse the next write to it.
        await store.transaction(async (tx) => tx.put(brandNew, { id: 'y' }));
        expect(await store.get(brandNew, 'y')).toEqual({ id: 'y' });
      });

      it('readers see only committed data; the transaction sees its own writes', async () => {
        const brandNew = freshName('brandNew');
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        let reached!: () => void;
        const written = new Promise<void>((resolve) => (reached = resolve));
        const seenInside: unknown[] = [];
        const transaction = store.transaction(async (tx) => {
          await tx.put(cases, { id: 'c1', status: 'CLOSED' });
          await tx.put(cases, { id: 'c9', status: 'RECEIVED' });
          await tx.put(brandNew, { id: 'n1' });
          await tx.setCheckpoint(projection, 5);
          seenInside.push(
            await tx.get(cases, 'c9'),
            (await tx.find(cases, { status: 'CLOSED' })).map((doc) => doc.id),
            await tx.count(cases, {}),
            await tx.count(brandNew, {}),
            await tx.getCheckpoint(projection),
          );
          reached();
          await held;
        });
        await written;
        try {
          expect(seenInside).toEqual([{ id: 'c9', status: 'RECEIVED' }, ['c1', 'c5'], 6, 1, 5]);
          expect(await store.get(cases, 'c9')).toBeNull();
          expect((await store.get<CaseLike>(cases, 'c1'))?.status).toBe('RECEIVED');
          expect(await store.count(cases, {})).toBe(5);
          expect(await store.count(brandNew, {})).toBe(0);
          expect(await store.getCheckpoint(projection)).toBeNull();
        } finally {
          // A failed check must not leave the transaction held: closing the store would wait for it.
          release();
        }
        await transaction;
        expect(await store.get(cases, 'c9')).toEqual({ id: 'c9', status: 'RECEIVED' });
        expect(await store.count(cases, {})).toBe(6);
        expect(await store.count(brandNew, {})).toBe(1);
        expect(await store.getCheckpoint(projection)).toBe(5);
      });

      it('runs transactions one at a time', async () => {
        const order: string[] = [];
        const slow = store.transaction(async (tx) => {
          order.push('slow begins');
          await new Promise((resolve) => setTimeout(resolve, 20));
          await tx.put(cases, { id: 'slow', status: 'RECEIVED' });
          order.push('slow ends');
        });
        const fast = store.transaction(async (tx) => {
          order.push('fast begins');
          await tx.put(cases, { id: 'fast', status: 'RECEIVED' });
          order.push('fast ends');
        });
        await Promise.all([slow, fast]);
        expect(order).toEqual(['slow begins', 'slow ends', 'fast begins', 'fast ends']);
      });

      it('a transaction object cannot be used after it ended', async () => {
        let leaked: ReadModelTransaction | undefined;
        await store.transaction(async (tx) => {
          leaked = tx;
        });
        await expect(leaked!.put(cases, { id: 'late', status: 'RECEIVED' })).rejects.toThrow(/ended/);
        await expect(leaked!.get(cases, 'c1')).rejects.toThrow(/ended/);
      });

      it('survives reopening', async () => {
        if (!opened.reopen) return;
        await store.transaction(async (tx) => tx.setCheckpoint(projection, 3));
        store = await opened.reopen();
        expect(await store.getCheckpoint(projection)).toBe(3);
        expect(await store.count(cases, {})).toBe(5);
        expect(await store.get(cases, 'c4')).toEqual(caseDocuments[3]);
      });
    });

    describe('swapping and dropping collections', () => {
      it('replaces the target with the source and moves the checkpoint in one step', async () => {
        await store.ensureIndexes(cases, ['status']);
        const source = rebuildTargetOf(cases, 1);
        await store.transaction(async (tx) => {
          await tx.put(source, { id: 'n1', status: 'RECEIVED' });
          await tx.put(source, { id: 'n2', status: 'CLOSED' });
        });
        await store.swapCollections([{ source, target: cases }], { projection, position: 99 });
        expect(await idsOf({})).toEqual(['n1', 'n2']);
        expect(await idsOf({ status: 'CLOSED' })).toEqual(['n2']);
        expect(await store.count(source, {})).toBe(0);
        expect(await store.getCheckpoint(projection)).toBe(99);
      });

      it('a swapped-out source starts empty and is independent of the target it became', async () => {
        const source = rebuildTargetOf(cases, 1);
        await store.transaction(async (tx) => tx.put(source, { id: 'n1', status: 'RECEIVED' }));
        await store.swapCollections([{ source, target: cases }], { projection, position: 1 });
        // A second rebuild drops its target first and writes it again: the live collection must not notice.
        await store.dropCollection(source);
        await store.transaction(async (tx) => tx.put(source, { id: 'm1', status: 'CLOSED' }));
        expect(await idsOf({})).toEqual(['n1']);
        expect(await idsOf({}, source)).toEqual(['m1']);
        await store.swapCollections([{ source, target: cases }], { projection, position: 2 });
        expect(await idsOf({})).toEqual(['m1']);
        expect(await store.count(source, {})).toBe(0);
        await store.transaction(async (tx) => tx.put(cases, { id: 'm2', status: 'RECEIVED' }));
        expect(await idsOf({})).toEqual(['m1', 'm2']);
      });

      it('swaps several collections at once', async () => {
        const other = freshName('other');
        const [casesSource, otherSource] = [rebuildTargetOf(cases, 2), rebuildTargetOf(other, 2)];
        await store.transaction(async (tx) => {
          await tx.put(other, { id: 'old' });
          await tx.put(casesSource, { id: 'n1', status: 'RECEIVED' });
          await tx.put(otherSource, { id: 'new' });
        });
        await store.swapCollections(
          [
            { source: casesSource, target: cases },
            { source: otherSource, target: other },
          ],
          { projection, position: 12 },
        );
        expect(await idsOf({})).toEqual(['n1']);
        expect(await idsOf({}, other)).toEqual(['new']);
        expect(await store.getCheckpoint(projection)).toBe(12);
      });

      it('swapping in a source nobody wrote leaves the target empty and can clear the checkpoint', async () => {
        await store.transaction(async (tx) => tx.setCheckpoint(projection, 4));
        await store.swapCollections([{ source: rebuildTargetOf(cases, 1), target: cases }], {
          projection,
          position: null,
        });
        expect(await store.count(cases, {})).toBe(0);
        expect(await store.getCheckpoint(projection)).toBeNull();
        await store.transaction(async (tx) => tx.put(cases, { id: 'again', status: 'RECEIVED' }));
        expect(await idsOf({ status: 'RECEIVED' })).toEqual(['again']);
      });

      it('carries declared text indexes over to a swapped-in collection', async () => {
        await store.ensureTextIndexes(cases, ['searchText']);
        const source = rebuildTargetOf(cases, 1);
        await store.transaction(async (tx) => {
          await tx.put(source, { id: 'n1', status: 'RECEIVED', searchText: 'queja por demora' });
        });
        await store.swapCollections([{ source, target: cases }], { projection, position: 7 });
        expect(await idsOf({ searchText: { $contains: 'demora' } })).toEqual(['n1']);
        await store.transaction(async (tx) => {
          await tx.put(cases, { id: 'n2', status: 'RECEIVED', searchText: 'otra demora' });
        });
        expect(await idsOf({ searchText: { $contains: 'demora' } })).toEqual(['n1', 'n2']);
      });

      it('drops a collection', async () => {
        await store.dropCollection(cases);
        expect(await store.count(cases, {})).toBe(0);
        expect(await store.get(cases, 'c1')).toBeNull();
        await store.dropCollection(cases);
        await store.transaction(async (tx) => tx.put(cases, { id: 'again', status: 'RECEIVED' }));
        expect(await idsOf({})).toEqual(['again']);
      });
    });

    describe('the projection runner on this adapter', () => {
      /** Counts events per stream; idempotent through lastPosition, as projections must be. */
      const counter = (name: string, collection: string): Projection => ({
        name,
        version: 1,
        categories: ['counter-'],
        collections: [collection],
        indexes: { [collection]: ['count'] },
        async apply(event, tx) {
          const current = await tx.get<ReadModelDocument & { count: number; lastPosition: number }>(
            collection,
            event.stream,
          );
          if (current && event.position <= current.lastPosition) return;
          await tx.put(collection, {
            id: event.stream,
            count: (current?.count ?? 0) + 1,
            lastPosition: event.position,
          });
        },
      });
      const log = [
        recordedEvent(10, 'counter-a', {}),
        recordedEvent(20, 'counter-b', {}),
        recordedEvent(30, 'counter-a', {}),
        recordedEvent(40, 'other-x', {}),
      ];
      const batchOptions = { maxAttempts: 2, logger: silentProjectionLogger, retryDelayMs: 1 };

      it('applies a batch with its checkpoint, and refuses to go on once the checkpoint moved', async () => {
        const counts = freshName('counts');
        const projectionOf = counter(projection, counts);
        const live = { checkpoint: { name: projection, expected: null }, collectionName: (c: string) => c };
        const outcome = await applyBatch(store, projectionOf, log.slice(0, 2), live, batchOptions);
        expect(outcome.checkpoint).toBe(20);
        expect(await store.getCheckpoint(projection)).toBe(20);
        await store.transaction(async (tx) => tx.setCheckpoint(projection, 30));
        await expect(
          applyBatch(
            store,
            projectionOf,
            log.slice(2),
            { ...live, checkpoint: { name: projection, expected: 20 } },
            batchOptions,
          ),
        ).rejects.toThrow(CheckpointMovedError);
        expect((await store.get(counts, 'counter-a'))?.count).toBe(1);
      });

      it('rebuilds a projection and swaps it in with its checkpoint', async () => {
        const counts = freshName('counts');
        const projectionOf = counter(projection, counts);
        await store.transaction(async (tx) => tx.put(counts, { id: 'stale', count: 99, lastPosition: 1 }));
        const eventStore = {
          readAll: async (after: number | null, maxCount: number) =>
            log.filter((event) => after === null || event.position > after).slice(0, maxCount),
        };
        const result = await rebuildProjection(eventStore, store, projectionOf, { batchSize: 3 });
        expect(result.position).toBe(40);
        expect(await store.getCheckpoint(projection)).toBe(40);
        expect(await store.find(counts, {}, { sort: [{ field: 'count', direction: 'desc' }] })).toEqual([
          { id: 'counter-a', count: 2, lastPosition: 30 },
          { id: 'counter-b', count: 1, lastPosition: 20 },
        ]);
        expect(await store.count(rebuildTargetOf(counts, 1), {})).toBe(0);
      });
    });
  });
}
