// The migration tool end to end, SQLite folder to SQLite folder: a log made through the real commands
// (the demo seed), copied by the CLI's own function, compared event by event, re-verified as an audit
// trail, its read models built in the target; then interrupted copies resumed, refusals, bad arguments.
// Where Docker runs, also SQLite to a KurrentDB container with the read models built in a MongoDB one.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoDBContainer, type StartedMongoDBContainer } from '@testcontainers/mongodb';
import type { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import {
  defaultProgressFile,
  MIGRATE_EXIT_CODE,
  migrationCopyKey,
  parseStoreLocation,
  runMigrate,
  type StoreLocation,
} from '../../src/cli/migrate.js';
import { runSeed } from '../../src/cli/seed.js';
import { PQRS_STREAM_PREFIX } from '../../src/domain/pqrs/events.js';
import { findSigningKey, verifyLog } from '../../src/features/audit/index.js';
import type {
  EventImporter,
  EventStore,
  ImportResult,
  RecordedEvent,
} from '../../src/engine/eventstore/event-store.js';
import {
  copyEventLog,
  readProgressRecord,
  streamRuns,
  verifyCopiedLog,
  type CopyProgress,
} from '../../src/engine/eventstore/migration.js';
import { KurrentDbEventStore } from '../../src/engine/eventstore/kurrentdb/kurrentdb-event-store.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { APPLICATION_PROJECTIONS } from '../../src/features/read-models.js';
import { CASES_COLLECTION } from '../../src/features/pqrs/read-models/cases-projection.js';
import { MongoReadModelStore } from '../../src/engine/read-models/mongodb/mongo-read-model-store.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { describeWithContainers } from '../support/container-engines.js';
import { StandInClient, StandInLog } from '../support/kurrentdb-stand-in.js';

const KURRENTDB_IMAGE = 'docker.kurrent.io/kurrent-latest/kurrentdb:25.1';
const KURRENTDB_PORT = 2113;

interface CliRun {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

async function migrate(args: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMigrate(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

const temporaryDirs: string[] = [];
function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ventanilla-migration-${prefix}-`));
  temporaryDirs.push(dir);
  return dir;
}

async function withStore<T>(dataDir: string, work: (store: SqliteEventStore) => Promise<T>): Promise<T> {
  const store = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function wholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll(events.at(-1)?.position ?? null, 100);
    if (page.length === 0) return events;
    events.push(...page);
  }
}

async function streamNamesOf(store: EventStore): Promise<string[]> {
  const names: string[] = [];
  for await (const name of store.streamNames()) names.push(name);
  return names.sort();
}

/** Everything a copy must keep: the event without its store-local position. */
function portable(event: RecordedEvent) {
  const { position: _position, ...content } = event;
  return content;
}

/** A data folder filled through the real commands: the demo seed's year of activity. */
async function seededSource(cases: number): Promise<string> {
  const dataDir = temporaryDir('source');
  const seeded = await runSeed(
    ['--demo', '--cases', String(cases), '--until', '2025-06-30'],
    {
      VENTANILLA_DATA_DIR: dataDir,
      VENTANILLA_BOOTSTRAP_ADMIN: 'admin:admin-secreto-123',
      LOG_LEVEL: 'error',
    },
    { out: () => undefined, err: () => undefined },
  );
  if (seeded !== 0) throw new Error(`The demo seed failed with exit code ${seeded}`);
  return dataDir;
}

type ImportTarget = Pick<EventStore, 'headPosition'> & EventImporter;

/** The target, but its k-th import fails: before writing, or after writing (the progress window). */
function failingOnImport(target: ImportTarget, failingCall: number, when: 'before' | 'after'): ImportTarget {
  let calls = 0;
  return {
    headPosition: () => target.headPosition(),
    importRecorded: async (stream, events): Promise<ImportResult> => {
      calls++;
      if (calls === failingCall && when === 'before') throw new Error('connection lost before the import');
      const result = await target.importRecorded(stream, events);
      if (calls === failingCall && when === 'after') throw new Error('connection lost after the import');
      return result;
    },
  };
}

afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run migrate (SQLite to SQLite)', () => {
  let sourceDir: string;
  let sourceLog: RecordedEvent[];
  let sourceStreams: string[];
  /** A target copied in one uninterrupted run, to compare resumed copies with. */
  let referenceDir: string;
  let referenceRun: CliRun;

  beforeAll(async () => {
    sourceDir = await seededSource(15);
    [sourceLog, sourceStreams] = await withStore(sourceDir, async (store) => [
      await wholeLog(store),
      await streamNamesOf(store),
    ]);
    referenceDir = temporaryDir('reference');
    referenceRun = await migrate(['--from', `sqlite:${sourceDir}`, '--to', `sqlite:${referenceDir}`]);
  }, 120_000);

  it('the source is a real log of several streams and a few hundred events', () => {
    expect(sourceLog.length).toBeGreaterThan(200);
    expect(sourceStreams.length).toBeGreaterThan(20);
    expect(sourceStreams.some((stream) => stream.startsWith(PQRS_STREAM_PREFIX))).toBe(true);
  });

  describe('an uninterrupted copy', () => {
    it('succeeds and says so in Spanish', () => {
      expect(referenceRun.code).toBe(MIGRATE_EXIT_CODE.migrated);
      expect(referenceRun.err).toContain(
        `Copia terminada: ${sourceLog.length} eventos leídos, ${sourceLog.length} escritos en ` +
          `${referenceRun.err.join('\n').match(/escritos en ([\d.]+) s/)?.[1]} s.`,
      );
      expect(referenceRun.err.join('\n')).toMatch(/\d+ eventos copiados \(\d+ eventos\/s\)/);
      expect(referenceRun.out.join('\n')).toContain(
        `Copia verificada: ${sourceLog.length} eventos en ${sourceStreams.length} flujos`,
      );
      expect(referenceRun.out.join('\n')).toContain('Modelos de lectura construidos');
    });

    it('holds every event identical, in the same global order, metadata and hashes included', async () => {
      const copied = await withStore(referenceDir, wholeLog);
      expect(copied.map(portable)).toEqual(sourceLog.map(portable));
    });

    it('holds every stream at the same revisions', async () => {
      await withStore(referenceDir, async (copy) => {
        expect(await streamNamesOf(copy)).toEqual(sourceStreams);
        await withStore(sourceDir, async (source) => {
          for (const stream of sourceStreams) {
            const revisions = (events: RecordedEvent[]) => events.map((event) => event.revision);
            expect(revisions(await copy.readStream(stream))).toEqual(
              revisions(await source.readStream(stream)),
            );
          }
        });
      });
    });

    it('verifies as an audit trail on its own, the head the source signed included', async () => {
      const sourceKey = findSigningKey(sourceDir)!;
      const report = await withStore(referenceDir, (store) =>
        verifyLog(store, { trustedKeys: [sourceKey.publicKey] }),
      );
      expect(report).toMatchObject({
        streamsChecked: sourceStreams.length,
        eventsChecked: sourceLog.length,
        ok: true,
        findings: [],
        signedHeads: 1,
        anchorsChecked: 1,
      });
    });

    it('builds every read model in the target folder, caught up with the copied log', async () => {
      const head = await withStore(referenceDir, (store) => store.headPosition());
      const readModels = await SqliteReadModelStore.open({ dataDir: referenceDir });
      try {
        for (const projection of APPLICATION_PROJECTIONS) {
          expect([projection.name, await readModels.getCheckpoint(projection.name)]).toEqual([
            projection.name,
            head,
          ]);
        }
        const cases = sourceStreams.filter((stream) => stream.startsWith(PQRS_STREAM_PREFIX));
        expect(await readModels.count(CASES_COLLECTION, {})).toBe(cases.length);
      } finally {
        await readModels.close();
      }
    });

    it('keeps its progress next to the source data, at the end of the log', () => {
      const file = defaultProgressFile(sourceDir, location(`sqlite:${referenceDir}`));
      expect(file.startsWith(sourceDir)).toBe(true);
      expect(readProgressRecord(file)).toMatchObject({
        position: sourceLog.at(-1)?.position,
        eventsCopied: sourceLog.length,
      });
    });

    it('run again, copies nothing and verifies again', async () => {
      const again = await migrate(['--from', `sqlite:${sourceDir}`, '--to', `sqlite:${referenceDir}`]);
      expect(again.code).toBe(MIGRATE_EXIT_CODE.migrated);
      expect(again.err.join('\n')).toContain('Copia terminada: 0 eventos leídos, 0 escritos');
      expect(await withStore(referenceDir, (store) => store.headPosition())).toBe(sourceLog.at(-1)?.position);
    });
  });

  describe('an interrupted copy, run again', () => {
    async function interruptedCopy(failingCall: number, when: 'before' | 'after') {
      const targetDir = temporaryDir('resumed');
      const progressFile = join(temporaryDir('progress'), 'progress.json');
      const to = location(`sqlite:${targetDir}`);
      await withStore(sourceDir, async (source) =>
        withStore(targetDir, async (target) => {
          await expect(
            copyEventLog(source, failingOnImport(target, failingCall, when), {
              progressFile,
              copyKey: migrationCopyKey(location(`sqlite:${sourceDir}`), to),
              pageSize: 50,
            }),
          ).rejects.toThrow('connection lost');
        }),
      );
      return { targetDir, progressFile };
    }

    it('resumes where it stopped and ends equal to an uninterrupted copy, nothing duplicated', async () => {
      const { targetDir, progressFile } = await interruptedCopy(40, 'before');
      const partial = await withStore(targetDir, wholeLog);
      expect(partial.length).toBeGreaterThan(0);
      expect(partial.length).toBeLessThan(sourceLog.length);
      expect(readProgressRecord(progressFile)?.position).toBe(partial.at(-1)?.position);

      const resumed = await migrate([
        '--from',
        `sqlite:${sourceDir}`,
        '--to',
        `sqlite:${targetDir}`,
        '--progress',
        progressFile,
      ]);

      expect(resumed.code).toBe(MIGRATE_EXIT_CODE.migrated);
      expect(resumed.err.join('\n')).toContain(
        `${sourceLog.length - partial.length} eventos leídos, ${sourceLog.length - partial.length} escritos ` +
          `(reanudada desde la posición ${partial.at(-1)?.position})`,
      );
      // Positions included: the resumed copy is the very log an uninterrupted one wrote.
      expect(await withStore(targetDir, wholeLog)).toEqual(await withStore(referenceDir, wholeLog));
    });

    it('copies again, harmlessly, what was imported just before the progress could be written', async () => {
      const { targetDir, progressFile } = await interruptedCopy(40, 'after');
      const partial = await withStore(targetDir, wholeLog);
      // The window: the target holds more than the progress file says.
      expect(readProgressRecord(progressFile)?.position).toBeLessThan(partial.at(-1)?.position ?? 0);

      const resumed = await migrate([
        '--from',
        `sqlite:${sourceDir}`,
        '--to',
        `sqlite:${targetDir}`,
        '--progress',
        progressFile,
      ]);

      expect(resumed.code).toBe(MIGRATE_EXIT_CODE.migrated);
      expect(resumed.err.join('\n')).toContain(`${sourceLog.length - partial.length} escritos`);
      expect(await withStore(targetDir, wholeLog)).toEqual(await withStore(referenceDir, wholeLog));
    });

    it('is refused when the progress file is gone and the target already holds events', async () => {
      const { targetDir } = await interruptedCopy(10, 'before');

      const run = await migrate([
        '--from',
        `sqlite:${sourceDir}`,
        '--to',
        `sqlite:${targetDir}`,
        '--progress',
        join(temporaryDir('elsewhere'), 'progress.json'),
      ]);

      expect(run.code).toBe(MIGRATE_EXIT_CODE.refused);
      expect(run.err.join('\n')).toContain('El destino ya tiene eventos y no hay archivo de progreso');
    });

    it('is refused with the progress file of another copy', async () => {
      const { progressFile } = await interruptedCopy(10, 'before');

      const run = await migrate([
        '--from',
        `sqlite:${sourceDir}`,
        '--to',
        `sqlite:${temporaryDir('other')}`,
        '--progress',
        progressFile,
      ]);

      expect(run.code).toBe(MIGRATE_EXIT_CODE.refused);
      expect(run.err.join('\n')).toContain('es de otra copia');
    });
  });

  describe('the check after the copy', () => {
    it('names the streams a partial copy lacks or holds short', async () => {
      const targetDir = temporaryDir('partial');
      await withStore(sourceDir, async (source) =>
        withStore(targetDir, async (target) => {
          await copyEventLog(source, failingOnImport(target, 30, 'before'), {
            progressFile: join(targetDir, 'progress.json'),
            copyKey: 'partial',
          }).catch(() => undefined);
          const report = await verifyCopiedLog(source, target);
          expect(report.ok).toBe(false);
          expect(report.events).toBe(sourceLog.length);
          expect(report.targetEvents).toBeLessThan(sourceLog.length);
          expect(report.mismatches.map((mismatch) => mismatch.reason)).toContain('MISSING_STREAM');
        }),
      );
    });

    it('makes the CLI exit non-zero when the target holds a stream the source does not', async () => {
      const targetDir = temporaryDir('extra');
      const args = ['--from', `sqlite:${sourceDir}`, '--to', `sqlite:${targetDir}`];
      expect((await migrate(args)).code).toBe(MIGRATE_EXIT_CODE.migrated);
      await withStore(targetDir, (target) =>
        target.append(
          'note-written-after-the-copy',
          [
            {
              id: 'note-1',
              type: 'Noted',
              schemaVersion: 1,
              data: {},
              metadata: {
                actorId: 'admin',
                actorRole: 'ADMIN',
                occurredAt: new Date().toISOString(),
                correlationId: 'c',
                causationId: 'c',
              },
            },
          ],
          'no_stream',
        ),
      );

      const run = await migrate(args);

      expect(run.code).toBe(MIGRATE_EXIT_CODE.mismatch);
      expect(run.err.join('\n')).toContain('La copia NO coincide con el origen');
      expect(run.err.join('\n')).toContain('note-written-after-the-copy (EXTRA_STREAM)');
    });
  });

  describe('to the KurrentDB adapter (in-memory stand-in of the client)', () => {
    // The adapter's own import path (exact revisions, the prefix already there skipped, positions with
    // gaps) under the copy and the check; the real server is the container suite's part below.
    const kurrentTarget = () =>
      KurrentDbEventStore.fromClient(new StandInClient(new StandInLog()) as unknown as KurrentDBClient);
    const kurrentKey = () =>
      migrationCopyKey(location(`sqlite:${sourceDir}`), location('kurrentdb://stand-in:2113?tls=false'));

    it('copies the log identical, verified stream by stream and as an audit trail', async () => {
      const target = kurrentTarget();
      try {
        const progressFile = join(temporaryDir('progress'), 'progress.json');
        const report = await withStore(sourceDir, async (source) => {
          await copyEventLog(source, target, { progressFile, copyKey: kurrentKey(), pageSize: 64 });
          return verifyCopiedLog(source, target);
        });
        expect(report).toMatchObject({ ok: true, mismatches: [], events: sourceLog.length });
        expect((await wholeLog(target)).map(portable)).toEqual(sourceLog.map(portable));
        // Positions with gaps there: the signed head, which counts events, still anchors the copy.
        const sourceKey = findSigningKey(sourceDir)!;
        expect(await verifyLog(target, { trustedKeys: [sourceKey.publicKey] })).toMatchObject({
          ok: true,
          findings: [],
          signedHeads: 1,
          anchorsChecked: 1,
        });
      } finally {
        await target.close();
      }
    });

    it('resumes an interrupted copy without writing any event twice', async () => {
      const target = kurrentTarget();
      try {
        const progressFile = join(temporaryDir('progress'), 'progress.json');
        await withStore(sourceDir, async (source) => {
          for (const when of ['after', 'before'] as const) {
            await expect(
              copyEventLog(source, failingOnImport(target, 7, when), {
                progressFile,
                copyKey: kurrentKey(),
                pageSize: 32,
              }),
            ).rejects.toThrow('connection lost');
          }
          await copyEventLog(source, target, { progressFile, copyKey: kurrentKey(), pageSize: 32 });
          expect(await verifyCopiedLog(source, target)).toMatchObject({ ok: true });
        });
        const copied = await wholeLog(target);
        expect(new Set(copied.map((event) => event.id)).size).toBe(copied.length);
        expect(copied.map(portable)).toEqual(sourceLog.map(portable));
      } finally {
        await target.close();
      }
    });
  });

  describe('copyEventLog', () => {
    it('reports events copied and the rate after each page', async () => {
      const targetDir = temporaryDir('progress-callback');
      const reports: CopyProgress[] = [];
      await withStore(sourceDir, async (source) =>
        withStore(targetDir, async (target) => {
          await copyEventLog(source, target, {
            progressFile: join(targetDir, 'progress.json'),
            copyKey: 'progress-callback',
            pageSize: 100,
            onProgress: (progress) => reports.push(progress),
          });
        }),
      );
      expect(reports).toHaveLength(Math.ceil(sourceLog.length / 100));
      expect(reports.at(-1)).toMatchObject({
        eventsCopied: sourceLog.length,
        eventsWritten: sourceLog.length,
        position: sourceLog.at(-1)?.position,
      });
      expect(reports.every((report) => report.eventsPerSecond >= 0)).toBe(true);
    });

    it('imports consecutive events of one stream together, keeping the global order', () => {
      const event = (stream: string, position: number) => ({ stream, position }) as RecordedEvent;
      const page = [event('a', 1), event('a', 2), event('b', 3), event('a', 4), event('a', 5), event('c', 6)];

      const runs = streamRuns(page).map((run) => run.map((item) => `${item.stream}${item.position}`));

      expect(runs).toEqual([['a1', 'a2'], ['b3'], ['a4', 'a5'], ['c6']]);
    });
  });

  describe('bad arguments', () => {
    it.each([
      ['no arguments', [], 'Falta --from'],
      ['no target', ['--from', 'sqlite:./data'], 'Falta --to'],
      [
        'an unknown target',
        ['--from', 'sqlite:./data', '--to', 'postgres://db'],
        'no es un almacén conocido',
      ],
      ['a KurrentDB source', ['--from', 'esdb://localhost:2113', '--to', 'sqlite:./x'], 'el origen debe ser'],
      ['an empty folder name', ['--from', 'sqlite:', '--to', 'sqlite:./x'], 'falta la carpeta'],
      [
        'an unknown option',
        ['--from', 'sqlite:./a', '--to', 'sqlite:./b', '--fast'],
        'Argumentos no válidos',
      ],
      [
        'a MongoDB URL that is not one',
        ['--from', 'sqlite:./a', '--to', 'sqlite:./b', '--mongo', 'localhost:27017'],
        '--mongo debe ser una URL',
      ],
    ])('%s is refused with a Spanish message and the usage', async (_case, args, message) => {
      const run = await migrate(args);

      expect(run.code).toBe(MIGRATE_EXIT_CODE.usage);
      expect(run.err.join('\n')).toContain(message);
      expect(run.err.join('\n')).toContain('Uso: npm run migrate');
    });

    it('the same folder as source and target is refused', async () => {
      const run = await migrate(['--from', `sqlite:${sourceDir}`, '--to', `sqlite:${sourceDir}/.`]);

      expect(run.code).toBe(MIGRATE_EXIT_CODE.usage);
      expect(run.err.join('\n')).toContain('El origen y el destino son la misma carpeta');
    });

    it('a source folder without an event store is refused without creating one', async () => {
      const emptyDir = temporaryDir('empty');

      const run = await migrate(['--from', `sqlite:${emptyDir}`, '--to', `sqlite:${temporaryDir('to')}`]);

      expect(run.code).toBe(MIGRATE_EXIT_CODE.usage);
      expect(run.err.join('\n')).toContain('No hay almacén de eventos');
      expect(existsSync(eventStoreFile(emptyDir))).toBe(false);
    });

    it('accepts every KurrentDB scheme as a target', () => {
      for (const target of [
        'esdb://localhost:2113?tls=false',
        'esdb+discover://cluster.local:2113',
        'kurrentdb://admin:changeit@localhost:2113',
        'kurrentdb+discover://cluster.local:2113',
      ]) {
        expect(parseStoreLocation(target)).toEqual({ kind: 'kurrentdb', connectionString: target });
      }
    });

    it('keeps passwords out of the progress file name and its copy key', () => {
      const to = location('kurrentdb://admin:changeit@localhost:2113');
      const from = location('sqlite:/data');
      expect(migrationCopyKey(from, to)).toBe('sqlite:/data -> kurrentdb://admin:***@localhost:2113');
      expect(defaultProgressFile('/data', to)).toMatch(/^\/data\/migration-[0-9a-f]{16}\.json$/);
    });
  });
});

await describeWithContainers(
  'KurrentDB and MongoDB',
  'npm run migrate (SQLite to KurrentDB, read models in MongoDB)',
  () => {
    let kurrentdb: StartedTestContainer;
    let mongodb: StartedMongoDBContainer;
    let connectionString: string;
    let mongoUrl: string;
    let sourceDir: string;

    beforeAll(async () => {
      [kurrentdb, mongodb, sourceDir] = await Promise.all([
        new GenericContainer(KURRENTDB_IMAGE)
          .withEnvironment({ KURRENTDB_INSECURE: 'true', KURRENTDB_RUN_PROJECTIONS: 'None' })
          .withExposedPorts(KURRENTDB_PORT)
          .withWaitStrategy(
            Wait.forHttp('/health/live', KURRENTDB_PORT).forStatusCodeMatching(
              (status) => status >= 200 && status < 300,
            ),
          )
          .withStartupTimeout(120_000)
          .start(),
        new MongoDBContainer('mongo:8').start(),
        seededSource(5),
      ]);
      connectionString = `esdb://${kurrentdb.getHost()}:${kurrentdb.getMappedPort(KURRENTDB_PORT)}?tls=false`;
      // directConnection: the replica set advertises the container's own host name, unknown out here.
      mongoUrl = `${mongodb.getConnectionString()}/?directConnection=true`;
    }, 240_000);

    afterAll(async () => {
      await Promise.all([kurrentdb?.stop(), mongodb?.stop()]);
    });

    it('copies the log identical, verifies it, and builds every read model in MongoDB', async () => {
      const run = await migrate([
        '--from',
        `sqlite:${sourceDir}`,
        '--to',
        connectionString,
        '--mongo',
        mongoUrl,
      ]);

      expect(run.code).toBe(MIGRATE_EXIT_CODE.migrated);
      const sourceLog = await withStore(sourceDir, wholeLog);
      const target = await KurrentDbEventStore.connect({ connectionString });
      const readModels = await MongoReadModelStore.connect({ url: mongoUrl });
      try {
        const copied = await wholeLog(target);
        expect(copied.map(portable)).toEqual(sourceLog.map(portable));
        const sourceKey = findSigningKey(sourceDir)!;
        expect(await verifyLog(target, { trustedKeys: [sourceKey.publicKey] })).toMatchObject({
          ok: true,
          anchorsChecked: 1,
        });
        const head = await target.headPosition();
        for (const projection of APPLICATION_PROJECTIONS) {
          expect([projection.name, await readModels.getCheckpoint(projection.name)]).toEqual([
            projection.name,
            head,
          ]);
        }
      } finally {
        await readModels.close();
        await target.close();
      }

      const again = await migrate(['--from', `sqlite:${sourceDir}`, '--to', connectionString]);
      expect(again.code).toBe(MIGRATE_EXIT_CODE.migrated);
      expect(again.err.join('\n')).toContain('0 escritos');
    });
  },
);

function location(text: string): StoreLocation {
  const parsed = parseStoreLocation(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}
