// A full rebuild reads the log once and applies each batch to every projection in one transaction: it
// must still equal following the log live, isolate a projection that fails on one event (dead-lettering
// that event while the others rebuild whole), and bring nothing live before the whole log is in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { silentProjectionLogger } from '../../src/engine/projections/projection-batch.js';
import { ProjectionRunner } from '../../src/engine/projections/projection-runner.js';
import { deadLetterCollectionOf, type Projection } from '../../src/engine/projections/projection.js';
import { rebuildProjections, rebuildTargetOf } from '../../src/engine/projections/rebuild.js';
import type { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { pqrsIndicatorDaysProjection } from '../../src/features/indicators/read-models/pqrs-indicator-days.js';
import { CASES_COLLECTION, casesProjection } from '../../src/features/pqrs/read-models/cases-projection.js';
import { dumpCollection, temporaryReadModels } from './fixtures/read-model-fixtures.js';
import { appendSyntheticLog, syntheticPqrsLog } from './fixtures/synthetic-pqrs-log.js';

const STREAM_COUNTS = 'streamEventCounts';

/** Counts the events of each stream; throws on the event at `failAt`, every time it is applied. */
function streamCounter(failAt: number | null): Projection {
  return {
    name: 'streamCounter',
    version: 1,
    categories: ['pqrs-'],
    collections: [STREAM_COUNTS],
    async apply(event, tx) {
      if (event.position === failAt) throw new Error(`Evento ${event.position} ilegible`);
      const current = await tx.get<{ id: string; count: number; lastPosition: number }>(
        STREAM_COUNTS,
        event.stream,
      );
      if (current !== null && current.lastPosition >= event.position) return;
      await tx.put(STREAM_COUNTS, {
        id: event.stream,
        count: (current?.count ?? 0) + 1,
        lastPosition: event.position,
      });
    },
  };
}

const BATCH_SIZE = 64;
let dataDir: string;
let eventStore: SqliteEventStore;
let head: number;
let positions: number[];
const log = syntheticPqrsLog(120, 11);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-rebuild-one-pass-'));
  eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  await appendSyntheticLog(eventStore, log);
  head = (await eventStore.headPosition())!;
  positions = (await eventStore.readAll(null, 1_000_000)).map((event) => event.position);
});

afterAll(async () => {
  await eventStore.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function followLive(
  readModels: SqliteReadModelStore,
  projections: readonly Projection[],
): Promise<void> {
  const runner = new ProjectionRunner(eventStore, readModels, projections, { batchSize: 50 });
  await runner.start();
  try {
    await runner.waitForPosition(head, 10_000);
  } finally {
    await runner.stop();
  }
}

/** The event store, counting the batches read from it. */
function countingReads(): { store: Pick<SqliteEventStore, 'readAll'>; reads: () => number } {
  let reads = 0;
  return {
    store: {
      readAll: (after, maxCount) => {
        reads++;
        return eventStore.readAll(after, maxCount);
      },
    },
    reads: () => reads,
  };
}

it('reads the log once for all projections, and gives what following it live gives', async () => {
  const projections = [casesProjection, pqrsIndicatorDaysProjection, streamCounter(null)];
  const live = await temporaryReadModels();
  const rebuilt = await temporaryReadModels();
  try {
    await followLive(live.store, projections);
    const reader = countingReads();
    const results = await rebuildProjections(reader.store, rebuilt.store, projections, {
      batchSize: BATCH_SIZE,
    });
    // One read per batch, plus the empty read that ends the log: not one pass per projection.
    expect(reader.reads()).toBe(Math.ceil(positions.length / BATCH_SIZE) + 1);
    expect(
      results.map(({ projection, position, eventsRead, deadLetters }) => [
        projection,
        position,
        eventsRead,
        deadLetters,
      ]),
    ).toEqual(projections.map((projection) => [projection.name, head, positions.length, 0]));
    for (const projection of projections) {
      expect(await rebuilt.store.getCheckpoint(projection.name)).toBe(head);
      for (const collection of projection.collections) {
        const liveDocuments = await dumpCollection(live.store, collection);
        expect(liveDocuments.length).toBeGreaterThan(0);
        expect(await dumpCollection(rebuilt.store, collection)).toEqual(liveDocuments);
      }
    }
  } finally {
    await live.cleanup();
    await rebuilt.cleanup();
  }
});

it('dead-letters the one event a projection cannot apply, while every projection rebuilds whole', async () => {
  // In the middle of a batch, so the events before and after it in the same batch must still count.
  const failAt = positions[BATCH_SIZE * 2 + 10];
  const failing = streamCounter(failAt);
  const reference = await temporaryReadModels();
  const rebuilt = await temporaryReadModels();
  try {
    await followLive(reference.store, [casesProjection, pqrsIndicatorDaysProjection, streamCounter(null)]);
    const results = await rebuildProjections(
      eventStore,
      rebuilt.store,
      [casesProjection, failing, pqrsIndicatorDaysProjection],
      { batchSize: BATCH_SIZE, maxAttempts: 2, logger: silentProjectionLogger },
    );
    expect(
      results.map(({ projection, position, deadLetters }) => [projection, position, deadLetters]),
    ).toEqual([
      ['cases', head, 0],
      ['streamCounter', head, 1],
      ['indicatorPqrs', head, 0],
    ]);
    for (const projection of [casesProjection, pqrsIndicatorDaysProjection]) {
      expect(await rebuilt.store.getCheckpoint(projection.name)).toBe(head);
      for (const collection of projection.collections)
        expect(await dumpCollection(rebuilt.store, collection)).toEqual(
          await dumpCollection(reference.store, collection),
        );
    }
    const [deadLetter, ...others] = await dumpCollection(
      rebuilt.store,
      deadLetterCollectionOf('streamCounter'),
    );
    expect(others).toEqual([]);
    expect(deadLetter).toMatchObject({
      projection: 'streamCounter',
      position: failAt,
      attempts: 2,
      error: `Error: Evento ${failAt} ilegible`,
    });
    // Every count is the live one, but for the stream of the dead-lettered event: one event short.
    const failedStream = (deadLetter as unknown as RecordedEvent).stream;
    const expected = (await dumpCollection(reference.store, STREAM_COUNTS)).map((document) =>
      document.id === failedStream ? { ...document, count: (document.count as number) - 1 } : document,
    );
    const counts = await dumpCollection(rebuilt.store, STREAM_COUNTS);
    expect(counts.map(({ id, count }) => ({ id, count }))).toEqual(
      expected.map(({ id, count }) => ({ id, count })),
    );
    expect(await rebuilt.store.getCheckpoint('streamCounter')).toBe(head);
  } finally {
    await reference.cleanup();
    await rebuilt.cleanup();
  }
});

it('swaps nothing in before the whole log is in: readers see every old read model until the end', async () => {
  const projections = [casesProjection, streamCounter(null)];
  const readModels = await temporaryReadModels();
  try {
    // An old read model: made of the first half of the log only.
    const half = positions[Math.floor(positions.length / 2)];
    const halfLog = {
      readAll: async (after: number | null, maxCount: number): Promise<RecordedEvent[]> =>
        (await eventStore.readAll(after, maxCount)).filter((event) => event.position <= half),
    };
    await rebuildProjections(halfLog, readModels.store, projections, { batchSize: 1_000 });
    const oldCases = await dumpCollection(readModels.store, CASES_COLLECTION);
    const oldCounts = await dumpCollection(readModels.store, STREAM_COUNTS);

    const seen: { cases: number; counts: number; checkpoints: (number | null)[]; target: number }[] = [];
    const pending: Promise<void>[] = [];
    await rebuildProjections(eventStore, readModels.store, projections, {
      batchSize: BATCH_SIZE,
      onProgress: ({ projection }) => {
        if (projection !== 'streamCounter') return;
        pending.push(
          (async () =>
            void seen.push({
              cases: (await dumpCollection(readModels.store, CASES_COLLECTION)).length,
              counts: (await dumpCollection(readModels.store, STREAM_COUNTS)).length,
              checkpoints: [
                await readModels.store.getCheckpoint('cases'),
                await readModels.store.getCheckpoint('streamCounter'),
              ],
              target: await readModels.store.count(
                rebuildTargetOf(CASES_COLLECTION, casesProjection.version),
                {},
              ),
            }))(),
        );
      },
    });
    await Promise.all(pending);
    expect(seen.length).toBe(Math.ceil(positions.length / BATCH_SIZE));
    // The rebuild targets filled up batch by batch while the live read models stayed as they were.
    expect(new Set(seen.map(({ cases, counts }) => `${cases}/${counts}`))).toEqual(
      new Set([`${oldCases.length}/${oldCounts.length}`]),
    );
    expect(new Set(seen.map(({ checkpoints }) => checkpoints.join('/')))).toEqual(
      new Set([`${half}/${half}`]),
    );
    expect(new Set(seen.map(({ target }) => target)).size).toBeGreaterThan(1);
    expect(await dumpCollection(readModels.store, CASES_COLLECTION)).not.toEqual(oldCases);
    expect(await dumpCollection(readModels.store, STREAM_COUNTS)).not.toEqual(oldCounts);
    expect(await readModels.store.getCheckpoint('cases')).toBe(head);
    expect(await readModels.store.getCheckpoint('streamCounter')).toBe(head);
    expect(await readModels.store.count(rebuildTargetOf(CASES_COLLECTION, casesProjection.version), {})).toBe(
      0,
    );
  } finally {
    await readModels.cleanup();
  }
});
