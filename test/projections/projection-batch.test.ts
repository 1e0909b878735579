// A batch's writes go out once, when the batch commits: a document changed by many events of the batch
// is written once, reads inside the batch see the batch's own writes, queries too; and a write that
// fails at commit is traced back to the one event that caused it, which is dead-lettered alone.
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { applyBatch, silentProjectionLogger } from '../../src/engine/projections/projection-batch.js';
import { deadLetterCollectionOf, type Projection } from '../../src/engine/projections/projection.js';
import type {
  ReadModelDocument,
  ReadModelTransaction,
} from '../../src/engine/read-models/read-model-store.js';
import {
  dumpCollection,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';

const event = (position: number, data: unknown): RecordedEvent => ({
  id: `event-${position}`,
  stream: `counter-${position}`,
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
});

/** Adds each event's amount to one running total, and checks what a query inside the batch sees. */
const totals = (seenByQueries: number[]): Projection => ({
  name: 'totals',
  version: 1,
  categories: ['counter-'],
  collections: ['totals'],
  async apply(recorded, tx) {
    const current = await tx.get<ReadModelDocument & { sum: unknown }>('totals', 'all');
    const amount = (recorded.data as { amount: unknown }).amount;
    await tx.put('totals', {
      id: 'all',
      sum: typeof amount === 'bigint' ? amount : Number(current?.sum ?? 0) + Number(amount),
    });
    seenByQueries.push(await tx.count('totals', { sum: { $gte: 0 } }));
  },
});

describe('applying a batch', () => {
  let readModels: TemporaryReadModels;

  beforeEach(async () => {
    readModels = await temporaryReadModels('ventanilla-batch-');
  });

  afterEach(async () => {
    await readModels.cleanup();
  });

  it('writes a document changed by every event of the batch once, with every change in it', async () => {
    const puts: string[] = [];
    const store = readModels.store;
    const counting = {
      ...store,
      transaction: <T>(work: (tx: ReadModelTransaction) => Promise<T>) =>
        store.transaction((tx) =>
          work({
            ...tx,
            get: tx.get.bind(tx),
            find: tx.find.bind(tx),
            count: tx.count.bind(tx),
            delete: tx.delete.bind(tx),
            getCheckpoint: tx.getCheckpoint.bind(tx),
            setCheckpoint: tx.setCheckpoint.bind(tx),
            put: (collection: string, document: ReadModelDocument) => {
              puts.push(`${collection}/${document.id}`);
              return tx.put(collection, document);
            },
          }),
        ),
    } as typeof store;
    const projection: Projection = {
      ...totals([]),
      apply: async (recorded, tx) => {
        const current = await tx.get<ReadModelDocument & { sum: number }>('totals', 'all');
        await tx.put('totals', {
          id: 'all',
          sum: (current?.sum ?? 0) + (recorded.data as { amount: number }).amount,
        });
      },
    };

    await applyBatch(
      counting,
      projection,
      [event(1, { amount: 2 }), event(2, { amount: 3 }), event(3, { amount: 5 })],
      { checkpoint: null, collectionName: (name) => name },
      { maxAttempts: 1, logger: silentProjectionLogger },
    );

    expect(await dumpCollection(store, 'totals')).toEqual([{ id: 'all', sum: 10 }]);
    expect(puts).toEqual(['totals/all']);
  });

  it('lets a query inside the batch see the batch’s own writes', async () => {
    const seen: number[] = [];
    await applyBatch(
      readModels.store,
      totals(seen),
      [event(1, { amount: 2 }), event(2, { amount: 3 })],
      { checkpoint: null, collectionName: (name) => name },
      { maxAttempts: 1, logger: silentProjectionLogger },
    );
    expect(seen).toEqual([1, 1]);
  });

  it('traces a write that fails at commit to its event, dead-letters it alone and applies the rest', async () => {
    // A BigInt cannot be stored as JSON: the write of event 2's document fails when the batch commits.
    const outcome = await applyBatch(
      readModels.store,
      {
        ...totals([]),
        apply: async (recorded, tx) => {
          await tx.put('totals', { id: recorded.id, amount: (recorded.data as { amount: unknown }).amount });
        },
      },
      [event(1, { amount: 2 }), event(2, { amount: 10n }), event(3, { amount: 5 })],
      { checkpoint: null, collectionName: (name) => name },
      { maxAttempts: 2, logger: silentProjectionLogger, retryDelayMs: 1 },
    );

    expect(outcome.deadLetters.map((deadLetter) => deadLetter.eventId)).toEqual(['event-2']);
    expect(await dumpCollection(readModels.store, 'totals')).toEqual([
      { id: 'event-1', amount: 2 },
      { id: 'event-3', amount: 5 },
    ]);
    expect(await dumpCollection(readModels.store, deadLetterCollectionOf('totals'))).toHaveLength(1);
  });
});
