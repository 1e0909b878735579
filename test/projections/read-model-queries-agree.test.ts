// Every query the application asks its read models, answered alike by the MongoDB adapter and by SQLite.
// The application runs on the demo seed's year (40 cases and what grows with them) with its ReadModelStore
// wrapped to record each find and count it receives (collection, filter, sort, limit, skip) and where in
// src it was asked; the seed's own commands and every query service are then asked everything they can
// be asked (fixtures/every-read-model-query.ts). Each recorded query is replayed on SQLite and, translated
// by mongoQueryOf / mongoSortOf, evaluated by mingo (a MongoDB query engine in JS) over the same documents:
// the seeded ones plus, per query, copies changed one field at a time to sit on, just before and just past
// each bound, to take another value, another case, null or no value at all, and to tie on each sort key
// (query-agreement.ts). Both must give the same ids in the same order, and the same counts.
//
// Ties: SQLite orders by the sort keys and then by "id ASC" (orderByClause), stopping at a key the caller
// vouches unique (or at the id itself); mongoSortOf adds "_id: 1" the same way. The test asserts the two
// name the same keys for every recorded sort, and the variants include documents equal on every key, so
// only that tie-breaker orders them.
//
// mingo stands in for MongoDB where they agree: BSON order across types, null and missing alike, $regex.
// It compares strings by UTF-16 code unit where MongoDB (like SQLite) compares UTF-8 bytes, i.e. code
// points: the two differ only between characters beyond U+FFFF and those from U+E000 to U+FFFF, which no
// value here holds. Documents hold one scalar type per field, as the port asks and the projections write.
//
// It cannot fall behind the code: the sources are scanned for every call of find and count (and of the
// helpers that pass a collection on to them, like findAsOf), and each must have asked a recorded query;
// each recorded query must come from one of them. A new query that nothing here asks fails the test,
// naming its file and line: ask it in fixtures/every-read-model-query.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadYourWrites } from '../../src/engine/commands/read-your-writes.js';
import { storedDocumentOf } from '../../src/engine/read-models/mongodb/mongo-read-model-store.js';
import type {
  Filter,
  FindOptions,
  ReadModelDocument,
  ReadModelStore,
} from '../../src/engine/read-models/read-model-store.js';
import { foldForSearch } from '../../src/engine/read-models/search-text.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { APPLICATION_PROJECTIONS } from '../../src/features/read-models.js';
import {
  scanReadModelCalls,
  type NotAReadModelCall,
  type ReadModelCallScan,
  type ReadModelCallSite,
} from '../support/read-model-call-sites.js';
import { ReadModelQueryRecorder, type RecordedQuery } from '../support/read-model-query-recorder.js';
import {
  conjunctionsOf,
  mongoCount,
  mongoFind,
  scalarAt,
  shapeOf,
  sortKeysOfBoth,
  valueAt,
  variantsFor,
} from '../support/query-agreement.js';
import { startSeededApplication, type SeededApplication } from '../support/seeded-application.js';
import { askEveryReadModelQuery } from './fixtures/every-read-model-query.js';

const ROOT = process.cwd();

/** Calls the scan finds that are not the port's: other classes' methods named find or count. */
const NOT_READ_MODEL_CALLS: readonly NotAReadModelCall[] = [
  {
    file: 'src/features/pqrs/public-cases.ts',
    callee: 'this.find',
    why: 'PublicCases.find(radicado, accessCode): its own lookup, by get',
  },
  {
    file: 'src/features/pqrs/graphql/public-pqrs.resolver.ts',
    callee: 'this.cases.find',
    why: 'PublicCases.find, as above',
  },
  {
    file: 'src/features/planning/training/commands.ts',
    callee: 'this.proposals.find',
    why: "TrainingProposals.find(year, needKey): the year's proposals (forYear), then one of them",
  },
];

/** The query with nothing but what the store was asked: the same asked twice is checked once. */
interface DistinctQuery {
  readonly method: 'find' | 'count';
  readonly collection: string;
  readonly filter: Filter;
  readonly options: FindOptions | undefined;
  /** Where it was first asked, for messages. */
  readonly askedAt: string;
}

/** The ids a find answers, the number a count does, or the error either throws. */
type Result = string[] | number | { readonly error: string };

async function answerOf(ask: () => Promise<string[] | number>): Promise<Result> {
  try {
    return await ask();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

interface Answer {
  readonly query: DistinctQuery;
  readonly sqlite: Result;
  readonly mongodb: Result;
  /** How many documents it was asked over: the seeded ones and its variants. */
  readonly documents: number;
  /**
   * For a find sorted on a key that is not the id nor vouched unique: whether two documents of the answer
   * tie on it, so that the next key (at last the id) ordered them. Null for other queries.
   */
  readonly tied: boolean | null;
}

interface Disagreement {
  readonly query: string;
  readonly askedAt: string;
  readonly sqlite: Result;
  readonly mongodb: Result;
}

function isAt(site: ReadModelCallSite, query: RecordedQuery): boolean {
  return query.frames.some(
    (frame) => frame.file === site.file && frame.line >= site.line && frame.line <= site.endLine,
  );
}

/** Thrown to roll a transaction back: the variants of one filter never reach the next. */
const ROLL_BACK = new Error('roll back the variants');

const describeSite = (site: ReadModelCallSite) => `${site.file}:${site.line} ${site.text}`;

describe('every query the read models are asked: the MongoDB translation answers as SQLite', () => {
  const recorder = new ReadModelQueryRecorder(ROOT);
  /** Each queried collection's documents once the queries were asked. */
  const seededDocuments = new Map<string, ReadModelDocument[]>();
  let scan: ReadModelCallScan;
  let queries: DistinctQuery[];

  beforeAll(async () => {
    // The queries read through read-your-writes, which waits before it reaches the store: the reader notes
    // the caller's frames on the way in.
    const reader = ReadYourWrites.prototype.reader;
    ReadYourWrites.prototype.reader = function (this: ReadYourWrites, projections) {
      return recorder.reader(reader.call(this, projections));
    };
    let store: ReadModelStore | undefined;
    let application: SeededApplication | undefined;
    try {
      application = await startSeededApplication({
        cases: 40,
        seed: 'consultas',
        until: '2026-06-30',
        wrapEngines: (engines) => {
          store = engines.readModels.store;
          return { ...engines, readModels: { ...engines.readModels, store: recorder.store(store) } };
        },
      });
      const unrecorded = store!;
      await askEveryReadModelQuery(application, (collection) => unrecorded.find(collection, {}));
      for (const { collection } of recorder.queries) {
        if (!seededDocuments.has(collection))
          seededDocuments.set(collection, await unrecorded.find(collection, {}));
      }
    } finally {
      ReadYourWrites.prototype.reader = reader;
      await application?.stop();
    }
    scan = scanReadModelCalls(ROOT, NOT_READ_MODEL_CALLS);
    const distinct = new Map<string, DistinctQuery>();
    for (const query of recorder.queries) {
      const key = JSON.stringify([query.method, query.collection, query.filter, query.options]);
      if (distinct.has(key)) continue;
      const site = scan.sites.find((candidate) => isAt(candidate, query));
      distinct.set(key, { ...query, askedAt: site ? describeSite(site) : 'an unknown place' });
    }
    queries = [...distinct.values()];
  }, 180_000);

  it('asks every find and count in src (and every helper that forwards one)', () => {
    const unasked = scan.sites.filter((site) => !recorder.queries.some((query) => isAt(site, query)));
    // Each of these is a query nothing here asks: ask it in fixtures/every-read-model-query.ts.
    expect(unasked.map(describeSite)).toEqual([]);
    expect(scan.staleExceptions).toEqual([]);
    expect(scan.sites.length).toBeGreaterThan(90);
    expect(scan.forwarders).toEqual(
      expect.arrayContaining(['findAsOf', 'findInPeriodAsOf', 'findKeysetPage']),
    );
  });

  it('records only queries asked where the scan found a find or count', () => {
    // A query asked some other way (reader['find'], a find passed around as a function) escapes the scan.
    const unplaced = recorder.queries.filter((query) => !scan.sites.some((site) => isAt(site, query)));
    expect(
      unplaced.map((query) => `${query.method} ${query.collection} from ${JSON.stringify(query.frames)}`),
    ).toEqual([]);
  });

  it('asks hundreds of kinds of query: collection, filter shape and sort', () => {
    const kinds = new Set(
      queries.map((query) =>
        JSON.stringify([query.method, query.collection, shapeOf(query.filter), query.options?.sort ?? null]),
      ),
    );
    expect(kinds.size).toBeGreaterThan(300);
  });

  it('sorts by the keys SQLite orders by, the id breaking ties as in SQLite', () => {
    const sorts = new Map(
      queries.flatMap((query) =>
        query.options?.sort ? [[JSON.stringify(query.options.sort), query.options.sort]] : [],
      ),
    );
    expect(sorts.size).toBeGreaterThan(20);
    for (const sort of sorts.values()) {
      const { sql, mongo } = sortKeysOfBoth(sort);
      expect({ sort, keys: mongo }).toEqual({ sort, keys: sql });
      // Unless a key is vouched unique (or is the id), the last key is the id, ascending.
      const total = sort.some((key) => key.unique || key.field === 'id');
      if (!total) expect(mongo.at(-1)).toEqual(['id', 'asc']);
    }
  });

  it('finds folded text in every field searched with $contains, as the MongoDB translation needs', () => {
    const searched = new Set<string>();
    const collect = (collection: string, filter: Filter) => {
      for (const conjunction of conjunctionsOf(filter)) {
        for (const leaf of conjunction)
          if (leaf.operator === '$contains') searched.add(`${collection}.${leaf.field}`);
      }
    };
    for (const query of queries) collect(query.collection, query.filter);
    expect([...searched].sort()).toEqual([
      'affiliations.searchText',
      'cases.searchText',
      'faqEntries.searchText',
    ]);
    for (const path of searched) {
      const [collection, field] = [path.slice(0, path.indexOf('.')), path.slice(path.indexOf('.') + 1)];
      const documents = seededDocuments.get(collection)!;
      expect(documents.length).toBeGreaterThan(0);
      const unfolded = documents
        .map((document) => valueAt(document, field))
        .filter((value) => typeof value === 'string' && value !== foldForSearch(value));
      expect({ path, unfolded }).toEqual({ path, unfolded: [] });
    }
  });

  describe('over the seeded documents and variants that put each query to the test', () => {
    let dataDir: string;
    let check: SqliteReadModelStore;
    const answers: Answer[] = [];

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-query-agreement-'));
      check = await SqliteReadModelStore.open({ dataDir });
      for (const [collection, documents] of seededDocuments) {
        // The indexes the projection declares: with them SQLite answers $contains from a trigram index.
        const projection = APPLICATION_PROJECTIONS.find((candidate) =>
          candidate.collections.includes(collection),
        );
        await check.ensureIndexes(collection, projection?.indexes?.[collection] ?? []);
        await check.ensureTextIndexes(collection, projection?.textIndexes?.[collection] ?? []);
        await check.transaction(async (tx) => {
          for (const document of documents) await tx.put(collection, document);
        });
        const ofCollection = queries.filter((query) => query.collection === collection);
        const unique = uniqueFieldsOf(ofCollection);
        const stored = documents.map((document) => storedDocumentOf(collection, document));
        const nextId = idsFrom(collection);
        // The queries of each filter (in every order, every page size) over the seeded documents and that
        // filter's variants, which they read inside the transaction that wrote them; it is then rolled back.
        const byFilter = new Map<string, DistinctQuery[]>();
        for (const query of ofCollection) {
          const key = JSON.stringify(query.filter);
          byFilter.set(key, [...(byFilter.get(key) ?? []), query]);
        }
        for (const group of byFilter.values()) {
          const variants = variantsOf(group, documents, unique, nextId);
          const all = [...stored, ...variants.map((variant) => storedDocumentOf(collection, variant))];
          const byId = new Map(all.map((document) => [document._id, document]));
          const rolledBack = check.transaction(async (tx) => {
            for (const variant of variants) await tx.put(collection, variant);
            for (const query of group) {
              const mongodb = await answerOf(async () =>
                query.method === 'count'
                  ? mongoCount(all, query.filter)
                  : mongoFind(all, query.filter, query.options),
              );
              const sqlite = await answerOf(async () =>
                query.method === 'count'
                  ? tx.count(collection, query.filter)
                  : (await tx.find(collection, query.filter, query.options)).map((document) => document.id),
              );
              const firstKey = query.options?.sort?.[0];
              const tied =
                Array.isArray(sqlite) && firstKey !== undefined && firstKey.field !== 'id' && !firstKey.unique
                  ? sqlite.some(
                      (id, index) =>
                        index > 0 &&
                        JSON.stringify(scalarAt(byId.get(id)!, firstKey.field)) ===
                          JSON.stringify(scalarAt(byId.get(sqlite[index - 1]!)!, firstKey.field)),
                    )
                  : null;
              answers.push({ query, sqlite, mongodb, documents: all.length, tied });
            }
            throw ROLL_BACK;
          });
          await expect(rolledBack).rejects.toBe(ROLL_BACK);
        }
      }
    }, 60_000);

    afterAll(async () => {
      await check?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('gives the same ids in the same order, and the same counts', () => {
      const disagreements: Disagreement[] = answers
        .filter(({ sqlite, mongodb }) => JSON.stringify(sqlite) !== JSON.stringify(mongodb))
        .map(({ query, sqlite, mongodb }) => ({
          query: `${query.method} ${query.collection} ${JSON.stringify(query.filter)} ${JSON.stringify(query.options ?? {})}`,
          askedAt: query.askedAt,
          sqlite,
          mongodb,
        }));
      expect(disagreements).toEqual([]);
      expect(answers.length).toBe(queries.length);
      // Both answered every query (the same error on both sides would agree, and prove nothing).
      const failed = answers.filter(({ sqlite }) => typeof sqlite !== 'number' && !Array.isArray(sqlite));
      expect(failed).toEqual([]);
    });

    it('puts them to the test: each filter finds some documents and misses others, sorts meet ties', () => {
      const sizeOf = (answer: Result) =>
        typeof answer === 'number' ? answer : Array.isArray(answer) ? answer.length : Number.NaN;
      const filtered = answers.filter(({ query }) => Object.keys(query.filter).length > 0);
      expect(filtered.length).toBeGreaterThan(500);
      // Only a filter that nothing can meet (a status among none: an empty $in) finds nothing.
      const dull = filtered.filter(
        ({ sqlite, documents }) => sizeOf(sqlite) === 0 || sizeOf(sqlite) === documents,
      );
      expect(dull.filter(({ query }) => !JSON.stringify(query.filter).includes('{"$in":[]}'))).toEqual([]);
      const sorted = answers.filter(({ tied, sqlite }) => tied !== null && sizeOf(sqlite) > 1);
      expect(sorted.length).toBeGreaterThan(200);
      expect(sorted.filter(({ tied }) => tied).length / sorted.length).toBeGreaterThan(0.9);
    });
  });
});

/** A fresh id per variant, alternately before and after every real id, so ties broken by id go both ways. */
function idsFrom(collection: string): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `${next % 2 === 0 ? '!' : '~'}${collection}-variant-${String(next).padStart(5, '0')}`;
  };
}

/** The fields a sort of these queries vouches unique (the id aside: variants get fresh ones). */
function uniqueFieldsOf(queries: readonly DistinctQuery[]): string[] {
  const fields = queries.flatMap((query) =>
    (query.options?.sort ?? []).filter((key) => key.unique && key.field !== 'id').map((key) => key.field),
  );
  return [...new Set(fields)];
}

/**
 * The variants of a filter and the sorts it is asked with, the fields a sort vouches unique kept unique
 * (a copy clashing with another's value gets text past it, or is left out).
 */
function variantsOf(
  queries: readonly DistinctQuery[],
  documents: readonly ReadModelDocument[],
  unique: readonly string[],
  nextId: () => string,
): ReadModelDocument[] {
  const sorts = new Map(
    queries.map((query) => [JSON.stringify(query.options?.sort ?? []), query.options?.sort ?? []]),
  );
  const taken = new Map(
    unique.map((field) => [field, new Set(documents.map((document) => valueAt(document, field)))]),
  );
  const variants: ReadModelDocument[] = [];
  for (const variant of variantsFor({
    filter: queries[0]!.filter,
    sorts: [...sorts.values()],
    documents,
    nextId,
  })) {
    let kept = true;
    for (const field of unique) {
      const value = valueAt(variant, field);
      if (!taken.get(field)!.has(value)) continue;
      if (typeof value === 'string') variant[field] = `${value}~${String(variant['id'])}`;
      else kept = false;
    }
    if (!kept) continue;
    for (const field of unique) taken.get(field)!.add(valueAt(variant, field));
    variants.push(variant as ReadModelDocument);
  }
  return variants;
}
