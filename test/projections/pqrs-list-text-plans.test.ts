// A text search in the case list finds the same cases whichever way SQLite is told to reach them: from the
// full-text matches (a radicado's few), walking an order index past them (a common word's thousands), or
// with no full-text index at all. Same pages, same order, same totalCount, for every sort; and the same
// after cases change and are removed, so the full-text table's own count stays the collection's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldForSearch } from '../../src/engine/read-models/search-text.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { casesProjection } from '../../src/features/pqrs/read-models/cases-projection.js';
import {
  PQRS_LIST_SORTS,
  type PqrsListFilter,
  type PqrsListSort,
} from '../../src/features/pqrs/read-models/pqrs-queries.js';
import { allListPages, listQueriesOn } from './fixtures/pqrs-list-pages.js';

const TODAY = '2026-03-02';
const CASES = 1200;
const KINDS = ['PETITION', 'COMPLAINT', 'CLAIM', 'SUGGESTION'];
const CHANNELS = ['EMAIL', 'WEB', 'IN_PERSON'];
const STATUSES = ['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED', 'AWAITING_INFORMATION'];

/** Cases sharing receipt instants and due dates (ties by radicado); "reembolso" in a fifth of them. */
function caseDocument(index: number): Record<string, unknown> & { id: string } {
  const radicado = `2026-${String(index + 1).padStart(6, '0')}`;
  const day = String(1 + (index % 28)).padStart(2, '0');
  const refund = index % 5 === 0;
  const dueDate = `2026-03-${String(1 + (index % 9)).padStart(2, '0')}`;
  return {
    id: radicado,
    radicado,
    kind: KINDS[index % KINDS.length],
    channel: CHANNELS[(index * 5) % CHANNELS.length],
    status: STATUSES[(index * 7) % STATUSES.length],
    assigneeId: index % 4 === 0 ? null : `agent-${index % 3}`,
    receivedBy: `receiver-${index % 2}`,
    petitionerId: `person-${index % 40}`,
    receivedAt: `2026-02-${day}T1${index % 3}:00:00.000Z`,
    receivedOn: `2026-02-${day}`,
    dueDate,
    // The Bandeja's priority order as the projection writes it (`<rank>|<dueDate>`): some of every rank.
    priorityOrder: `${index % 4}|${dueDate}`,
    subject: refund ? 'Reembolso de aportes' : `Solicitud ${index}`,
    // Accents and case fold away: "Reembolsó" is found by "reembolso".
    searchText: refund ? `${radicado} reembolsó de aportes`.toLowerCase() : radicado,
    tacitWithdrawalFrom: null,
    answeredAt: null,
  };
}

const FILTERS: Record<string, PqrsListFilter> = {
  // 240 matches: past the default bound of the store, so it walks the order index.
  word: { text: 'Reembolso' },
  // A radicado's few matches (000120..000129, 001200).
  radicado: { text: '00012' },
  // One match.
  wholeRadicado: { text: '2026-000777' },
  // Matches nothing.
  nothing: { text: 'zzzz' },
  // Two letters: too short for the trigram index, matched by instr in every store.
  short: { text: 'Ap' },
  wordChannel: { channel: 'WEB', text: 'reembolso' },
  wordOverdue: { text: 'reembolso', overdue: true },
  wordNotOverdue: { text: 'reembolso', overdue: false },
  radicadoStatus: { status: 'ASSIGNED', text: '0001' },
  wordReceived: { text: 'reembolso', receivedFrom: '2026-02-05', receivedTo: '2026-02-12' },
  // The vault's finds joined with OR: a sealed subject, and the cases of the petitioners it named.
  sealedSubject: { text: 'reembolso', subjectReferences: ['Solicitud 7', 'Solicitud 8'] },
  petitioners: {
    text: '00012',
    petitioners: { personIds: ['person-3', 'person-11'], onlyCasesOf: null },
  },
  subjectAndPetitioners: {
    text: 'zzzz',
    subjectReferences: ['Solicitud 7', 'Reembolso de aportes'],
    petitioners: { personIds: ['person-3'], onlyCasesOf: null },
  },
  petitionersOfAgent: {
    text: 'reembolso',
    petitioners: { personIds: ['person-3', 'person-20'], onlyCasesOf: 'agent-1' },
  },
};

describe('pqrsList text search, whichever plan reaches the matches', () => {
  let dir: string;
  const stores: Record<'fromMatches' | 'alongIndex' | 'asConfigured' | 'bare', SqliteReadModelStore> =
    {} as never;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ventanilla-list-text-'));
    stores.fromMatches = await SqliteReadModelStore.open({
      file: join(dir, 'from-matches.sqlite'),
      fewTextMatches: Number.MAX_SAFE_INTEGER,
    });
    stores.alongIndex = await SqliteReadModelStore.open({
      file: join(dir, 'along-index.sqlite'),
      fewTextMatches: 0,
    });
    stores.asConfigured = await SqliteReadModelStore.open({ file: join(dir, 'as-configured.sqlite') });
    stores.bare = await SqliteReadModelStore.open({ file: join(dir, 'bare.sqlite') });
    for (const [name, store] of Object.entries(stores)) {
      if (name === 'bare') continue;
      for (const [collection, fields] of Object.entries(casesProjection.indexes ?? {}))
        await store.ensureIndexes(collection, fields);
      for (const [collection, fields] of Object.entries(casesProjection.textIndexes ?? {}))
        await store.ensureTextIndexes(collection, fields);
    }
    for (const store of Object.values(stores)) {
      await store.transaction(async (tx) => {
        for (let index = 0; index < CASES; index++) await tx.put('cases', caseDocument(index));
      });
    }
  });

  afterAll(async () => {
    for (const store of Object.values(stores)) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const allPages = (store: SqliteReadModelStore, filter: PqrsListFilter, sort: PqrsListSort) =>
    allListPages(listQueriesOn(store, TODAY), filter, sort, 25);

  async function expectSameEverywhere(name: string, sort: PqrsListSort): Promise<number> {
    const expected = await allPages(stores.bare, FILTERS[name]!, sort);
    for (const store of [stores.fromMatches, stores.alongIndex, stores.asConfigured])
      expect(await allPages(store, FILTERS[name]!, sort)).toEqual(expected);
    const found = expected.flatMap((page) => page.radicados);
    expect(found.length).toBe(expected[0]!.totalCount);
    return found.length;
  }

  const cases = Object.keys(FILTERS).flatMap((name) => PQRS_LIST_SORTS.map((sort) => [name, sort] as const));

  it.each(cases)('%s, %s: the same pages, order and totalCount on every plan', async (name, sort) => {
    const found = await expectSameEverywhere(name, sort);
    // Not vacuous: each filter finds what the fixture is built for.
    if (name === 'nothing') expect(found).toBe(0);
    else expect(found).toBeGreaterThan(0);
    if (name === 'word') expect(found).toBe(CASES / 5);
    if (name === 'wholeRadicado') expect(found).toBe(1);
  });

  it('finds the same once cases change and are removed (the text index follows the collection)', async () => {
    // Some refunds lose the word, some other cases gain it, and some cases go.
    const documents = new Map(Array.from({ length: CASES }, (_, index) => [index, caseDocument(index)]));
    for (let index = 0; index < CASES; index += 50)
      documents.set(index, { ...caseDocument(index), searchText: caseDocument(index)['radicado'] as string });
    for (let index = 3; index < CASES; index += 97)
      documents.set(index, {
        ...caseDocument(index),
        searchText: `${caseDocument(index)['radicado']} reembolso`,
      });
    for (let index = 5; index < CASES; index += 55) documents.delete(index);
    for (const store of Object.values(stores)) {
      await store.transaction(async (tx) => {
        for (let index = 0; index < CASES; index++) {
          const document = documents.get(index);
          if (document === undefined) await tx.delete('cases', caseDocument(index).id);
          else await tx.put('cases', document);
        }
      });
    }
    const holding = [...documents.values()].filter((document) =>
      foldForSearch(document['searchText'] as string).includes('reembolso'),
    ).length;
    expect(holding).toBeLessThan(CASES / 5);
    for (const sort of PQRS_LIST_SORTS) expect(await expectSameEverywhere('word', sort)).toBe(holding);
    expect(await stores.asConfigured.count('cases', { searchText: { $contains: 'reembolso' } })).toBe(
      holding,
    );
  });
});
