// The MongoDB translation of the port's filters, sorts and indexes, without a server: its shape, what it
// refuses, and — evaluated by mingo (a MongoDB query engine in JS) over a fixed set of documents — the
// same answers as the SQLite adapter for many filters and sorts. Every query the application itself asks is
// checked the same way, over the demo seed's documents, in read-model-queries-agree.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Query } from 'mingo';
import {
  containsCondition,
  escapeRegex,
  mongoIndexKeysOf,
  mongoQueryOf,
  mongoSortOf,
} from '../../src/engine/read-models/mongodb/mongo-filter.js';
import { storedDocumentOf } from '../../src/engine/read-models/mongodb/mongo-read-model-store.js';
import type { Filter, ReadModelDocument, SortKey } from '../../src/engine/read-models/read-model-store.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';

describe('translating filters', () => {
  it('spells equality as $eq, so a value can never be read as an operator', () => {
    expect(mongoQueryOf({ status: 'ASSIGNED', priority: 2, flag: true, owner: null })).toEqual({
      $and: [
        { status: { $eq: 'ASSIGNED' } },
        { priority: { $eq: 2 } },
        { flag: { $eq: true } },
        { owner: { $eq: null } },
      ],
    });
  });

  it('maps id to _id, in filters, sorts and indexes', () => {
    expect(mongoQueryOf({ id: { $in: ['a', 'b'] } })).toEqual({ _id: { $in: ['a', 'b'] } });
    expect(mongoSortOf([{ field: 'id', direction: 'desc' }])).toEqual({ _id: -1 });
    expect(mongoIndexKeysOf('status+id')).toEqual({ status: 1, _id: 1 });
    expect(mongoIndexKeysOf('id')).toBeNull();
  });

  it('keeps the operators of one field together', () => {
    expect(mongoQueryOf({ due: { $gte: '2026-01-01', $lt: '2026-02-01', $ne: '2026-01-15' } })).toEqual({
      due: { $gte: '2026-01-01', $lt: '2026-02-01', $ne: '2026-01-15' },
    });
  });

  it('an empty $or matches nothing, an empty $and or filter everything', () => {
    expect(mongoQueryOf({ $or: [] })).toEqual({ _id: { $in: [] } });
    expect(mongoQueryOf({ $and: [] })).toEqual({});
    expect(mongoQueryOf({})).toEqual({});
    expect(mongoQueryOf({ status: {}, other: undefined })).toEqual({});
  });

  it('$contains is a case-insensitive regex over the escaped, folded needle', () => {
    expect(mongoQueryOf({ searchText: { $contains: 'Petición (1)*' } })).toEqual({
      searchText: { $regex: 'peticion \\(1\\)\\*', $options: 'i' },
    });
    expect(containsCondition('')).toEqual({ $regex: '', $options: 'i' });
  });

  it('escapes every regex metacharacter, and NUL, which MongoDB refuses in a pattern', () => {
    const special = '\\^$.|?*+()[]{}';
    expect(new RegExp(escapeRegex(special)).test(`x${special}y`)).toBe(true);
    expect(new RegExp(`^${escapeRegex(special)}$`).test('a')).toBe(false);
    expect(escapeRegex('a\0b')).toBe('a\\x00b');
    expect(new RegExp(escapeRegex('a\0b')).test('a\0b')).toBe(true);
  });

  it('sorts break ties by id, and a repeated key keeps its first direction', () => {
    expect(
      mongoSortOf([
        { field: 'priority', direction: 'asc' },
        { field: 'petitioner.city', direction: 'desc' },
        { field: 'priority', direction: 'desc' },
      ]),
    ).toEqual({ priority: 1, 'petitioner.city': -1, _id: 1 });
    expect(Object.keys(mongoSortOf([{ field: 'b', direction: 'asc' }]))).toEqual(['b', '_id']);
    expect(mongoSortOf()).toEqual({ _id: 1 });
    // Nothing is left to break after a unique key, so a compound index ending in it covers the sort.
    expect(
      mongoSortOf([
        { field: 'dueDate', direction: 'desc' },
        { field: 'radicado', direction: 'desc', unique: true },
        { field: 'kind', direction: 'asc' },
      ]),
    ).toEqual({ dueDate: -1, radicado: -1 });
  });

  it.each<[string, unknown, RegExp]>([
    ['a field name that is not an identifier path', { 'a..b': 1 }, /field name/],
    ['an operator as a field name', { 'status.$ne': 1 }, /field name/],
    ['_id, which holds the id under another name', { _id: 'x' }, /field name/],
    [
      'a top-level operator other than $or and $and',
      { $where: 'true' },
      /Unsupported filter operator at top level/,
    ],
    ['$nor', { $nor: [] }, /Unsupported filter operator at top level/],
    ['an unknown field operator', { status: { $regex: '.*' } }, /Unsupported filter operator: \$regex/],
    ['$expr', { status: { $expr: {} } }, /Unsupported filter operator/],
    ['a list as a condition', { status: ['A'] }, /cannot be a list/],
    ['an object as a value', { status: { $eq: { $gt: '' } } }, /Unsupported filter value/],
    ['a non-finite number', { priority: Number.POSITIVE_INFINITY }, /Unsupported filter value/],
    ['null in $in', { status: { $in: [null] } }, /Unsupported filter value/],
    ['$in without a list', { status: { $in: 'A' } }, /takes a list/],
    ['a boolean range bound', { priority: { $lt: false } }, /string or a number/],
    ['$contains without a string', { searchText: { $contains: 1 } }, /takes a string/],
    ['$or without a list', { $or: { status: 'A' } }, /takes a list of filters/],
  ])('refuses %s', (_what, filter, error) => {
    expect(() => mongoQueryOf(filter as Filter)).toThrow(error);
  });

  it('refuses invalid sorts and index declarations', () => {
    expect(() => mongoSortOf([{ field: 'a b', direction: 'asc' }])).toThrow(/field name/);
    expect(() => mongoSortOf([{ field: 'a', direction: 'up' as 'asc' }])).toThrow(/direction/);
    expect(() => mongoIndexKeysOf('status+')).toThrow(/field name/);
    expect(() => mongoIndexKeysOf('a+a')).toThrow(/twice/);
  });
});

describe('the same answers as the SQLite adapter (mingo evaluates the MongoDB queries)', () => {
  /** One scalar type per field (and null or missing), as projections write them. */
  const documents: ReadModelDocument[] = [
    {
      id: 'd01',
      status: 'RECEIVED',
      priority: 3,
      score: 1.5,
      flag: true,
      owner: null,
      due: '2026-02-10',
      nested: { city: 'Tunja', zip: 150001 },
      searchText: 'peticion de informacion',
    },
    {
      id: 'd02',
      status: 'ASSIGNED',
      priority: 1,
      score: -2,
      flag: false,
      owner: 'agent-1',
      due: '2026-02-01',
      nested: { city: 'Duitama' },
      searchText: 'queja por atencion',
    },
    {
      id: 'd03',
      status: 'ANSWERED',
      priority: 2,
      flag: false,
      owner: 'agent-2',
      due: '2026-03-01',
      nested: { city: null },
      searchText: 'reclamo (urgente) por cobro',
    },
    {
      id: 'd04',
      status: 'ASSIGNED',
      priority: 2,
      score: 0,
      owner: 'agent-1',
      nested: {},
      searchText: 'consulta sobre afiliacion del conyuge',
    },
    { id: 'd05', status: 'CLOSED' },
    {
      id: 'd06',
      status: 'closed',
      priority: 10,
      score: 10.25,
      flag: true,
      owner: 'Agent-1',
      due: '2025-12-31',
      nested: { city: 'Tunja', zip: 150002 },
      searchText: 'sugerencia: mas ventanillas 100%',
    },
    {
      id: 'd07',
      status: '',
      priority: 0,
      score: 2,
      owner: '',
      due: '',
      nested: { city: '' },
      searchText: '',
    },
    {
      id: 'd08',
      status: 'RECEIVED',
      priority: -1,
      flag: null,
      owner: null,
      due: '2026-02-10',
      searchText: 'a.b*c',
    },
    {
      id: 'd09',
      status: 'Ñandú',
      priority: 5,
      score: 5,
      due: '2026-02-10T10:00',
      nested: { city: 'Bogotá' },
      searchText: 'nandu',
    },
    { id: 'd10', status: 'ASSIGNED', priority: 2, score: 2, flag: true, owner: 'agent-3', due: '2026-02-10' },
  ];

  const filters: Filter[] = [
    {},
    { status: 'ASSIGNED' },
    { status: 'closed' },
    { status: '' },
    { status: 'Ñandú' },
    { priority: 2 },
    { priority: 0 },
    { score: 1.5 },
    { score: 2.0 },
    { flag: true },
    { flag: false },
    { flag: null },
    { owner: null },
    { owner: { $eq: null } },
    { owner: { $ne: null } },
    { owner: { $ne: 'agent-1' } },
    { owner: { $ne: '' } },
    { flag: { $ne: true } },
    { flag: { $ne: false } },
    { priority: { $ne: 2 } },
    { status: { $in: ['RECEIVED', 'closed', ''] } },
    { priority: { $in: [1, 2, 99] } },
    { status: { $in: [] } },
    { owner: { $nin: ['agent-1', 'agent-2'] } },
    { priority: { $nin: [2] } },
    { owner: { $nin: [] } },
    { due: { $gte: '2026-02-01', $lt: '2026-02-20' } },
    { due: { $gt: '2026-02-10' } },
    { due: { $lte: '2026-02-10' } },
    { due: { $lt: '' } },
    { due: { $gte: '' } },
    { priority: { $gt: 1, $lte: 3 } },
    { priority: { $lt: 0 } },
    { priority: { $gte: -1 } },
    { score: { $gt: -2.5, $lt: 2 } },
    { score: { $gte: 2 } },
    { status: { $gt: 'B', $lt: 'a' } },
    { priority: { $gt: 'a' } },
    { 'nested.city': 'Tunja' },
    { 'nested.city': null },
    { 'nested.city': { $ne: null } },
    { 'nested.city': { $ne: 'Tunja' } },
    { 'nested.city': { $in: ['Tunja', 'Bogotá'] } },
    { 'nested.city': { $nin: ['Tunja'] } },
    { 'nested.zip': { $gt: 150001 } },
    { 'nested.zip': null },
    { 'missing.deeply.nested': null },
    { 'missing.deeply.nested': { $ne: 'x' } },
    { id: 'd03' },
    { id: { $in: ['d02', 'd05', 'nope'] } },
    { id: { $gt: 'd05', $ne: 'd07' } },
    { id: { $nin: ['d01'] } },
    { id: null },
    { $or: [] },
    { $and: [] },
    { $or: [{ status: 'CLOSED' }, { 'nested.city': 'Duitama' }] },
    { $or: [{ $and: [] }, { status: 'CLOSED' }] },
    { $and: [{ $or: [] }, { status: 'CLOSED' }] },
    { $and: [{ $or: [{ status: 'ASSIGNED' }, { status: 'RECEIVED' }] }, { flag: true }] },
    { status: 'ASSIGNED', $or: [{ priority: 1 }, { owner: 'agent-3' }] },
    { $or: [{ owner: null }, { flag: null }], priority: { $gte: 0 } },
    { $and: [{ priority: { $gte: 1 } }, { priority: { $lte: 2 } }], $or: [{ flag: false }, { score: 2 }] },
    { status: {} },
    { searchText: { $contains: 'por' } },
    { searchText: { $contains: 'POR' } },
    { searchText: { $contains: 'Atención' } },
    { searchText: { $contains: 'ñandu' } },
    { searchText: { $contains: '(urgente)' } },
    { searchText: { $contains: 'A.B*C' } },
    { searchText: { $contains: '.*' } },
    { searchText: { $contains: '100%' } },
    { searchText: { $contains: '%' } },
    { searchText: { $contains: '_' } },
    { searchText: { $contains: '' } },
    { searchText: { $contains: 'de', $ne: 'peticion de informacion' } },
    { owner: { $contains: 'AGENT' } },
  ];

  const sorts: SortKey[][] = [
    [],
    [{ field: 'priority', direction: 'asc' }],
    [{ field: 'score', direction: 'desc' }],
    [{ field: 'status', direction: 'asc' }],
    [{ field: 'flag', direction: 'asc' }],
    [{ field: 'flag', direction: 'desc' }],
    [{ field: 'due', direction: 'desc' }],
    [{ field: 'id', direction: 'desc' }],
    [
      { field: 'nested.city', direction: 'asc' },
      { field: 'priority', direction: 'desc' },
    ],
    [
      { field: 'owner', direction: 'desc' },
      { field: 'score', direction: 'asc' },
    ],
  ];

  let dataDir: string;
  let sqlite: SqliteReadModelStore;
  const stored = documents.map((document) => storedDocumentOf('docs', document));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-mongo-filter-'));
    sqlite = await SqliteReadModelStore.open({ dataDir });
    await sqlite.transaction(async (tx) => {
      for (const document of documents) await tx.put('docs', document);
    });
  });

  afterAll(async () => {
    await sqlite.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const mongoIds = (filter: Filter, sort: readonly SortKey[] = []): string[] =>
    new Query(mongoQueryOf(filter))
      .find<{ _id: string }>(stored)
      .sort(mongoSortOf(sort))
      .all()
      .map((document) => document._id);

  const sqliteIds = async (filter: Filter, sort: readonly SortKey[] = []): Promise<string[]> =>
    (await sqlite.find('docs', filter, { sort })).map((document) => document.id);

  it.each(filters.map((filter) => [JSON.stringify(filter), filter] as const))('%s', async (_name, filter) => {
    expect(mongoIds(filter)).toEqual(await sqliteIds(filter));
  });

  it('the filters cover matches and misses alike', async () => {
    const sizes = await Promise.all(filters.map(async (filter) => (await sqliteIds(filter)).length));
    expect(sizes.filter((size) => size === 0).length).toBeGreaterThan(3);
    expect(sizes.filter((size) => size > 0 && size < documents.length).length).toBeGreaterThan(50);
  });

  it.each(sorts.map((sort) => [JSON.stringify(sort), sort] as const))('sorted by %s', async (_name, sort) => {
    expect(mongoIds({}, sort)).toEqual(await sqliteIds({}, sort));
    expect(mongoIds({ priority: { $gte: 1 } }, sort)).toEqual(
      await sqliteIds({ priority: { $gte: 1 } }, sort),
    );
  });
});
