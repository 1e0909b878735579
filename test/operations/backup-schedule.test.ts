// Scheduled backups: configured by VENTANILLA_BACKUP_CRON / _DIR / _KEEP (a wrong value stops the start,
// naming the variable), each taken into a folder of its own, recorded in the log as BackupTaken by the
// installation's schedule, the oldest beyond the count removed; the newest restores.
import { jest } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRestore } from '../../src/cli/restore.js';
import { ConfigurationError, loadConfiguration } from '../../src/config/configuration.js';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { MANIFEST_FILE, type BackupManifest } from '../../src/operations/backup/backup-layout.js';
import { lastScheduledBackupTakenAt, ScheduledBackups } from '../../src/operations/backup/index.js';
import { ProjectionRunner } from '../../src/engine/projections/projection-runner.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { READ_MODEL_STORE, type ReadModelStore } from '../../src/engine/read-models/read-model-store.js';
import {
  BACKUPS_COLLECTION,
  backupsProjection,
  lastBackupRecorded,
} from '../../src/operations/backup/backups-projection.js';
import { dumpCollection, temporaryReadModels } from '../projections/fixtures/read-model-fixtures.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

jest.setTimeout(120_000);

function problemWith(env: Record<string, string>): { variable: string; message: string } | null {
  try {
    loadConfiguration({ VENTANILLA_DATA_DIR: '/srv/ventanilla/data', ...env });
    return null;
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return { variable: error.variable, message: error.message };
  }
}

describe('the backup schedule’s configuration', () => {
  it('is off by default, keeping seven', () => {
    expect(loadConfiguration({}).backups).toEqual({ cron: null, directory: null, keep: 7 });
  });

  it('takes a cron expression, a folder outside the data folder and a count', () => {
    const config = loadConfiguration({
      VENTANILLA_DATA_DIR: '/srv/ventanilla/data',
      VENTANILLA_BACKUP_CRON: '0 2 * * *',
      VENTANILLA_BACKUP_DIR: '/srv/copias',
      VENTANILLA_BACKUP_KEEP: '14',
    });
    expect(config.backups).toEqual({ cron: '0 2 * * *', directory: '/srv/copias', keep: 14 });
  });

  it('refuses an expression that is not cron', () => {
    const problem = problemWith({
      VENTANILLA_BACKUP_CRON: 'cada noche',
      VENTANILLA_BACKUP_DIR: '/srv/copias',
    });
    expect(problem?.variable).toBe('VENTANILLA_BACKUP_CRON');
    expect(problem?.message).toContain('expresión cron');
  });

  it('refuses a schedule without a folder', () => {
    expect(problemWith({ VENTANILLA_BACKUP_CRON: '0 2 * * *' })?.variable).toBe('VENTANILLA_BACKUP_DIR');
  });

  it('refuses a folder inside the data folder', () => {
    const problem = problemWith({
      VENTANILLA_BACKUP_CRON: '0 2 * * *',
      VENTANILLA_BACKUP_DIR: '/srv/ventanilla/data/copias',
    });
    expect(problem?.variable).toBe('VENTANILLA_BACKUP_DIR');
    expect(problem?.message).toContain('fuera de la carpeta de datos');
  });

  it('refuses a count that is not a whole number of at least one', () => {
    expect(problemWith({ VENTANILLA_BACKUP_KEEP: '0' })?.variable).toBe('VENTANILLA_BACKUP_KEEP');
    expect(problemWith({ VENTANILLA_BACKUP_KEEP: 'siete' })?.variable).toBe('VENTANILLA_BACKUP_KEEP');
  });

  it('refuses a schedule on KurrentDB, whose log it cannot copy', () => {
    const problem = problemWith({
      VENTANILLA_BACKUP_CRON: '0 2 * * *',
      VENTANILLA_BACKUP_DIR: '/srv/copias',
      EVENTSTORE_URL: 'kurrentdb://localhost:2113?tls=false',
    });
    expect(problem?.variable).toBe('VENTANILLA_BACKUP_CRON');
    expect(problem?.message).toContain('EVENTSTORE_URL');
  });
});

async function backupRecords(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll(events.at(-1)?.position ?? null, 1_000);
    if (page.length === 0) return events.filter((event) => event.stream.startsWith('backup-'));
    events.push(...page);
  }
}

describe('scheduled backups on a running server', () => {
  let workDir: string;

  beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'ventanilla-scheduled-'));
  });
  afterEach(() => rmSync(workDir, { recursive: true, force: true }));

  it('records each backup as the schedule’s, keeps the newest ones, and the newest restores', async () => {
    const backupDir = join(workDir, 'copias');
    // A schedule that does not come round during the test: the backups are taken as it would take them.
    const ventanilla = await VentanillaHarness.start(
      { VENTANILLA_BACKUP_CRON: '0 3 1 1 *', VENTANILLA_BACKUP_DIR: backupDir, VENTANILLA_BACKUP_KEEP: '2' },
      join(workDir, 'datos'),
    );
    const taken: BackupManifest[] = [];
    try {
      const admin = await ventanilla.login();
      const scheduled = ventanilla.app.get(ScheduledBackups);
      for (let n = 0; n < 3; n++) {
        await ventanilla.ok(
          `mutation ($input: CreateFaqEntryInput!) { createFaqEntry(input: $input) { id } }`,
          { input: { question: `¿Pregunta ${n}?`, answer: 'Respuesta.', category: 'General', tags: [] } },
          admin,
        );
        const result = await scheduled.takeNow();
        expect(result).not.toBeNull();
        taken.push(result!.manifest);
      }
      const records = await backupRecords(ventanilla.app.get<EventStore>(EVENT_STORE));
      expect(
        records.map((event) => [event.type, event.metadata.actorId, (event.data as any).trigger]),
      ).toEqual([
        ['BackupTaken', 'copia-programada', 'SCHEDULED'],
        ['BackupTaken', 'copia-programada', 'SCHEDULED'],
        ['BackupTaken', 'copia-programada', 'SCHEDULED'],
      ]);
      expect(records.map((event) => (event.data as any).headPosition)).toEqual(
        taken.map((manifest) => manifest.eventLog.headPosition),
      );
      // Each backup holds the record of the one before it, never its own.
      expect(taken[1]!.eventLog.headPosition).toBeGreaterThan(records[0]!.position);
      expect(taken[0]!.eventLog.headPosition).toBeLessThan(records[0]!.position);

      // The backups read model: the last one for the metrics, and equal to one rebuilt from the log.
      const store = ventanilla.app.get<EventStore>(EVENT_STORE);
      const live = ventanilla.app.get<ReadModelStore>(READ_MODEL_STORE);
      await ventanilla.app.get(ProjectionRunner).waitForPosition(records.at(-1)!.position);
      expect(await lastBackupRecorded(live)).toMatchObject({
        id: taken[2]!.backupId,
        takenAt: taken[2]!.takenAt,
        manifestSha256: (records[2]!.data as any).manifestSha256,
        recordedBy: 'copia-programada',
        trigger: 'SCHEDULED',
      });
      const rebuilt = await temporaryReadModels('ventanilla-backups-rebuild-');
      try {
        await rebuildProjections(store, rebuilt.store, [backupsProjection]);
        const documents = await dumpCollection(live, BACKUPS_COLLECTION);
        expect(documents).toHaveLength(3);
        expect(await dumpCollection(rebuilt.store, BACKUPS_COLLECTION)).toEqual(documents);
      } finally {
        await rebuilt.cleanup();
      }
    } finally {
      await ventanilla.stop();
    }

    const folders = readdirSync(backupDir).sort();
    expect(folders).toEqual(taken.slice(1).map((manifest) => `ventanilla-${manifest.backupId}`));
    const newest = JSON.parse(
      readFileSync(join(backupDir, folders[1]!, MANIFEST_FILE), 'utf8'),
    ) as BackupManifest;
    expect(newest.keysIncluded).toBe(false);
    expect(newest.files.some((file) => file.path.startsWith('keys/'))).toBe(false);
    expect(await lastScheduledBackupTakenAt(backupDir)).toEqual(new Date(taken[2]!.takenAt));

    // The keys stay apart: the restore is given the signing key's public half by the manifest.
    const output: string[] = [];
    const restored = join(workDir, 'restaurada');
    const exit = await runRestore(
      ['--from', join(backupDir, folders[1]!), '--to', restored],
      {},
      {
        out: (line) => output.push(line),
        err: (line) => output.push(line),
      },
    );
    expect({ exit, output }).toMatchObject({ exit: 0 });
    expect(output.join('\n')).toMatch(/Cadena de auditoría íntegra/);
    expect(output.join('\n')).toMatch(/La copia no traía estas claves: master\.key/);
    expect(existsSync(join(restored, 'master.key'))).toBe(false);
  });

  it('takes a backup when the schedule comes round', async () => {
    const backupDir = join(workDir, 'copias');
    const ventanilla = await VentanillaHarness.start(
      // Every second (croner's six-field form): the first tick comes within the test.
      { VENTANILLA_BACKUP_CRON: '* * * * * *', VENTANILLA_BACKUP_DIR: backupDir },
      join(workDir, 'datos'),
    );
    try {
      const store = ventanilla.app.get<EventStore>(EVENT_STORE);
      let records: RecordedEvent[] = [];
      for (let attempt = 0; attempt < 200 && records.length === 0; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        records = await backupRecords(store);
      }
      expect(records[0]?.type).toBe('BackupTaken');
      expect(records[0]?.metadata.actorId).toBe('copia-programada');
    } finally {
      await ventanilla.stop();
    }
    expect(readdirSync(backupDir).some((name) => name.startsWith('ventanilla-'))).toBe(true);
  });
});
