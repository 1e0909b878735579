// The case list answers the same with the indexes the cases projection declares as with none at all:
// same pages, same order, same totalCount, for every filter and sort the Bandeja offers. Indexes may only
// change how fast SQLite finds the rows, never which rows or in what order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { casesProjection } from '../../src/features/pqrs/read-models/cases-projection.js';
import {
  PQRS_LIST_SORTS,
  type PqrsListFilter,
  type PqrsListSort,
} from '../../src/features/pqrs/read-models/pqrs-queries.js';
import { allListPages, listQueriesOn } from './fixtures/pqrs-list-pages.js';

const TODAY = '2026-03-02';
const KINDS = ['PETITION', 'COMPLAINT', 'CLAIM', 'SUGGESTION'];
const CHANNELS = ['EMAIL', 'WEB', 'IN_PERSON'];
const STATUSES = ['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED', 'AWAITING_INFORMATION'];

/** 150 cases with many shared receipt instants and due dates, so ties by radicado matter. */
function caseDocuments(): Record<string, unknown>[] {
  return Array.from({ length: 150 }, (_, index) => {
    const radicado = `2026-${String(index + 1).padStart(6, '0')}`;
    const day = String(1 + (index % 28)).padStart(2, '0');
    return {
      id: radicado,
      radicado,
      kind: KINDS[index % KINDS.length],
      channel: CHANNELS[(index * 5) % CHANNELS.length],
      status: STATUSES[(index * 7) % STATUSES.length],
      assigneeId: index % 4 === 0 ? null : `agent-${index % 3}`,
      receivedAt: `2026-02-${day}T1${index % 3}:00:00.000Z`,
      receivedOn: `2026-02-${day}`,
      dueDate: `2026-03-${String(1 + (index % 9)).padStart(2, '0')}`,
      // The Bandeja's priority order (rank 0 to 3, then the due date): many ties, broken by radicado.
      priorityOrder: `${index % 4}|2026-03-${String(1 + (index % 9)).padStart(2, '0')}`,
      subject: index % 5 === 0 ? 'Reembolso de aportes' : `Solicitud ${index}`,
      searchText: index % 5 === 0 ? `${radicado} reembolso de aportes` : radicado,
      tacitWithdrawalFrom: null,
      answeredAt: null,
    };
  });
}

const FILTERS: Record<string, PqrsListFilter> = {
  none: {},
  status: { status: 'ASSIGNED' },
  kind: { kind: 'COMPLAINT' },
  channel: { channel: 'EMAIL' },
  assignee: { assigneeId: 'agent-1' },
  overdue: { overdue: true },
  notOverdue: { overdue: false },
  received: { receivedFrom: '2026-02-05', receivedTo: '2026-02-12' },
  text: { text: 'reembolso' },
  textByRadicado: { text: '000012' },
  sealedSubject: { text: 'zz', subjectReferences: ['Solicitud 7', 'Solicitud 8'] },
  kindOverdue: { kind: 'COMPLAINT', overdue: true },
  statusKind: { status: 'RECEIVED', kind: 'PETITION' },
  assigneeNotOverdue: { assigneeId: 'agent-2', overdue: false },
  runningNotOverdue: { status: 'RECEIVED', overdue: false },
  answeredNotOverdue: { status: 'ANSWERED', overdue: false },
  channelText: { channel: 'WEB', text: 'reembolso' },
};

describe('pqrsList with the declared indexes', () => {
  let dir: string;
  let indexed: SqliteReadModelStore;
  let bare: SqliteReadModelStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ventanilla-list-indexes-'));
    indexed = await SqliteReadModelStore.open({ file: join(dir, 'indexed.sqlite') });
    bare = await SqliteReadModelStore.open({ file: join(dir, 'bare.sqlite') });
    for (const [collection, fields] of Object.entries(casesProjection.indexes ?? {}))
      await indexed.ensureIndexes(collection, fields);
    for (const [collection, fields] of Object.entries(casesProjection.textIndexes ?? {}))
      await indexed.ensureTextIndexes(collection, fields);
    for (const store of [indexed, bare]) {
      await store.transaction(async (tx) => {
        for (const document of caseDocuments()) await tx.put('cases', document as { id: string });
      });
    }
  });

  afterAll(async () => {
    await indexed.close();
    await bare.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const allPages = (store: SqliteReadModelStore, filter: PqrsListFilter, sort: PqrsListSort) =>
    allListPages(listQueriesOn(store, TODAY), filter, sort, 7);

  const cases = Object.keys(FILTERS).flatMap((name) => PQRS_LIST_SORTS.map((sort) => [name, sort] as const));

  it.each(cases)('%s, %s: the same pages, order and totalCount as without indexes', async (name, sort) => {
    const withIndexes = await allPages(indexed, FILTERS[name]!, sort);
    expect(withIndexes).toEqual(await allPages(bare, FILTERS[name]!, sort));
    // Not vacuous: the filters the fixture is built for find something (the sealed search only by reference).
    const found = withIndexes.flatMap((page) => page.radicados);
    expect(found.length).toBe(withIndexes[0]!.totalCount);
    if (name !== 'statusKind') expect(found.length).toBeGreaterThan(0);
  });
});
