// Rebuilds: replaying the log from zero gives the same read models as following it live; readers see
// the old read model until the swap; the CLI rebuilds a data directory by name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runProjectionsRebuild } from '../../src/cli/projections-rebuild.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { pqrsIndicatorDaysProjection } from '../../src/features/indicators/read-models/pqrs-indicator-days.js';
import { CASES_COLLECTION, casesProjection } from '../../src/features/pqrs/read-models/cases-projection.js';
import { APPLICATION_PROJECTIONS, projectionsNamed } from '../../src/features/read-models.js';
import { deadLetterCollectionOf } from '../../src/engine/projections/projection.js';
import { ProjectionRunner } from '../../src/engine/projections/projection-runner.js';
import {
  rebuildProjection,
  rebuildProjections,
  rebuildTargetOf,
} from '../../src/engine/projections/rebuild.js';
import { readModelStoreFile } from '../../src/engine/read-models/sqlite/paths.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { dumpCollection, temporaryReadModels } from './fixtures/read-model-fixtures.js';
import { appendSyntheticLog, syntheticPqrsLog } from './fixtures/synthetic-pqrs-log.js';

/** The read models that follow the PQRS streams, which the synthetic log feeds: the cases and their indicators. */
const PQRS_PROJECTIONS = [casesProjection, pqrsIndicatorDaysProjection];
const COLLECTIONS = PQRS_PROJECTIONS.flatMap((projection) => projection.collections);

let dataDir: string;
let eventStore: SqliteEventStore;
let head: number;
const log = syntheticPqrsLog(250, 7);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-rebuild-'));
  eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  await appendSyntheticLog(eventStore, log);
  head = (await eventStore.headPosition())!;
});

afterAll(async () => {
  await eventStore.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function followLive(readModels: SqliteReadModelStore): Promise<void> {
  const runner = new ProjectionRunner(eventStore, readModels, PQRS_PROJECTIONS, { batchSize: 64 });
  await runner.start();
  try {
    await runner.waitForPosition(head, 10_000);
  } finally {
    await runner.stop();
  }
}

it('a rebuild from zero gives the same read models as following the log live', async () => {
  expect(log.length).toBeGreaterThan(700);
  const live = await temporaryReadModels();
  const rebuilt = await temporaryReadModels();
  try {
    await followLive(live.store);
    const results = await rebuildProjections(eventStore, rebuilt.store, PQRS_PROJECTIONS, { batchSize: 97 });
    expect(
      results.map(({ projection, position, eventsRead, deadLetters }) => ({
        projection,
        position,
        eventsRead,
        deadLetters,
      })),
    ).toEqual([
      { projection: 'cases', position: head, eventsRead: log.length, deadLetters: 0 },
      { projection: 'indicatorPqrs', position: head, eventsRead: log.length, deadLetters: 0 },
    ]);
    for (const collection of COLLECTIONS) {
      const liveDocuments = await dumpCollection(live.store, collection);
      expect(liveDocuments.length).toBeGreaterThan(50);
      expect(await dumpCollection(rebuilt.store, collection)).toEqual(liveDocuments);
    }
    for (const projection of PQRS_PROJECTIONS) {
      expect(await rebuilt.store.getCheckpoint(projection.name)).toBe(head);
      expect(await rebuilt.store.count(deadLetterCollectionOf(projection.name), {})).toBe(0);
    }
  } finally {
    await live.cleanup();
    await rebuilt.cleanup();
  }
});

it('readers see the old read model, whole, until the rebuilt one is swapped in', async () => {
  const readModels = await temporaryReadModels();
  try {
    await followLive(readModels.store);
    const before = await dumpCollection(readModels.store, CASES_COLLECTION);
    const [cases] = projectionsNamed(['cases']);
    // A leftover of a crashed rebuild must not end up in the new read model.
    await readModels.store.transaction((tx) =>
      tx.put(rebuildTargetOf(CASES_COLLECTION, cases!.version), { id: 'leftover' }),
    );
    const countsSeenDuringRebuild = new Set<number>();
    let rebuildTargetGrew = false;
    await rebuildProjection(eventStore, readModels.store, cases, {
      batchSize: 50,
      onProgress: () => {
        void readModels.store.count(CASES_COLLECTION, {}).then((count) => countsSeenDuringRebuild.add(count));
        void readModels.store.count(rebuildTargetOf(CASES_COLLECTION, cases!.version), {}).then((count) => {
          if (count > 0 && count < before.length) rebuildTargetGrew = true;
        });
      },
    });
    expect([...countsSeenDuringRebuild]).toEqual([before.length]);
    expect(rebuildTargetGrew).toBe(true);
    expect(await dumpCollection(readModels.store, CASES_COLLECTION)).toEqual(before);
    expect(await readModels.store.get(CASES_COLLECTION, 'leftover')).toBeNull();
    const db = new Database(readModelStoreFile(readModels.dataDir), { readonly: true });
    try {
      const tables = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%rebuild%'`)
        .pluck()
        .all();
      expect(tables).toEqual([]);
      const indexes = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rm_cases'`)
        .pluck()
        .all();
      expect(indexes).toEqual(
        expect.arrayContaining([
          'ix_cases.status+dueDate+receivedAt+radicado',
          'ix_cases.dueDate+radicado',
          'ix_cases.assigneeId+receivedAt+radicado',
        ]),
      );
    } finally {
      db.close();
    }
  } finally {
    await readModels.cleanup();
  }
});

describe('the projections:rebuild command', () => {
  const captured = (): {
    lines: string[];
    errors: string[];
    out: (line: string) => void;
    err: (line: string) => void;
  } => {
    const lines: string[] = [];
    const errors: string[] = [];
    return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
  };

  it('rebuilds the named projection in the data directory', async () => {
    const output = captured();
    expect(await runProjectionsRebuild(['cases'], { VENTANILLA_DATA_DIR: dataDir }, output)).toBe(0);
    expect(output.errors).toEqual([]);
    expect(output.lines).toEqual([
      expect.stringMatching(
        new RegExp(`^Proyección cases reconstruida: ${log.length} eventos hasta la posición ${head}`),
      ),
    ]);
    const readModels = await SqliteReadModelStore.open({ dataDir });
    try {
      expect(await readModels.count(CASES_COLLECTION, {})).toBe(250);
      expect(await readModels.getCheckpoint('cases')).toBe(head);
      expect(await readModels.getCheckpoint('indicatorPqrs')).toBeNull();
    } finally {
      await readModels.close();
    }
  });

  it('rebuilds every projection when none is named', async () => {
    const output = captured();
    expect(await runProjectionsRebuild([], { VENTANILLA_DATA_DIR: dataDir }, output)).toBe(0);
    expect(output.lines).toHaveLength(APPLICATION_PROJECTIONS.length);
  });

  it('refuses an unknown projection, naming the known ones', async () => {
    const output = captured();
    expect(await runProjectionsRebuild(['casos'], { VENTANILLA_DATA_DIR: dataDir }, output)).toBe(1);
    expect(output.errors).toEqual([expect.stringMatching(/known: cases, .*indicatorPqrs/)]);
  });

  it('refuses a data directory without an event store rather than rebuilding from an empty log', async () => {
    const emptyDir = mkdtempSync(join(tmpdir(), 'ventanilla-rebuild-empty-'));
    try {
      const output = captured();
      expect(await runProjectionsRebuild([], { VENTANILLA_DATA_DIR: emptyDir }, output)).toBe(1);
      expect(output.errors).toEqual([expect.stringContaining('No hay almacén de eventos')]);
    } finally {
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
