// The restore drill: a backup taken with `npm run backup` while staff keep filing cases (each with an
// attached file and personal data), restored with `npm run restore` into a new folder: every case
// acknowledged before the backup started is there with its texts and files, nothing of a command after the
// backup's head is half there, the audit trail verifies, the read models equal a rebuild. A damaged or
// incomplete backup is refused, naming the file, and leaves nothing behind.
import { jest } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBackup } from '../../src/cli/backup.js';
import { runRestore } from '../../src/cli/restore.js';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { deadLetterCollectionOf } from '../../src/engine/projections/projection.js';
import { ProjectionRunner } from '../../src/engine/projections/projection-runner.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { APPLICATION_PROJECTIONS } from '../../src/features/read-models.js';
import { MANIFEST_FILE, type BackupManifest } from '../../src/operations/backup/backup-layout.js';
import { takeBackup } from '../../src/operations/backup/take-backup.js';
import { dumpCollection, temporaryReadModels } from '../projections/fixtures/read-model-fixtures.js';
import { ADMIN, VentanillaHarness } from '../support/ventanilla-harness.js';
import type { VentanillaConfig } from '../../src/config/configuration.js';
import { radicadoStreamOf } from '../../src/domain/radicado/index.js';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { openStorageEngines } from '../../src/engine/storage-engines.js';

jest.setTimeout(180_000);

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const CASE = `query ($r: String!) { pqrs(radicado: $r) { subject description petitioner { name } attachments { sha256 } } }`;

interface Output {
  readonly out: string[];
  readonly err: string[];
  readonly output: { out: (line: string) => void; err: (line: string) => void };
}

function captured(): Output {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (line) => out.push(line), err: (line) => err.push(line) } };
}

async function readWholeLog(file: string): Promise<RecordedEvent[]> {
  const store = await SqliteEventStore.open({ file });
  try {
    const events: RecordedEvent[] = [];
    for (;;) {
      const page = await store.readAll(events.at(-1)?.position ?? null, 1_000);
      if (page.length === 0) return events;
      events.push(...page);
    }
  } finally {
    await store.close();
  }
}

/** One command's append: its events share the correlation id and the moment they were recorded. */
const appendOf = (event: RecordedEvent) => `${event.metadata.correlationId}@${event.metadata.recordedAt}`;

describe('backup and restore of the embedded data folder', () => {
  let workDir: string;
  let liveDir: string;
  let ventanilla: VentanillaHarness;
  let admin: string;
  let base: string;
  let filed = 0;

  /** Files a case with a petitioner, free texts and an attached file of its own; resolves with its radicado. */
  async function fileCase(label: string): Promise<string> {
    const n = ++filed;
    const form = new FormData();
    form.append(
      'file',
      new Blob([Buffer.from(`%PDF-1.4\n% anexo ${label} ${n}\n%%EOF\n`)]),
      `anexo-${n}.pdf`,
    );
    const upload = await fetch(`${base}/attachments`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(upload.status).toBe(201);
    const { id } = (await upload.json()) as { id: string };
    const { receivePqrs } = await ventanilla.ok(
      RECEIVE,
      {
        input: {
          kind: 'PETITION',
          channel: 'EMAIL',
          subject: `Asunto ${label} ${n}`,
          description: `Descripción ${label} ${n}`,
          petitioner: { name: `Persona ${label} ${n}`, documentType: 'CC', documentNumber: `7700${n}` },
          attachmentIds: [id],
        },
      },
      admin,
    );
    return receivePqrs.radicado as string;
  }

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'ventanilla-backup-'));
    liveDir = join(workDir, 'live');
    // Heads signed often, so the backup holds signed heads for the audit of the restore to check.
    ventanilla = await VentanillaHarness.start({ VENTANILLA_LOG_HEAD_EVERY_EVENTS: '4' }, liveDir);
    base = ventanilla.url.replace(/\/graphql$/, '');
    admin = await ventanilla.login();
    for (let n = 0; n < 3; n++) await fileCase('inicial');
    // An issued report: its kept file goes into the backup too.
    await ventanilla.ok(
      `mutation { report(kind: PQRS, from: "2026-01-01", to: "2026-12-31", format: CSV) { id } }`,
      {},
      admin,
    );
  });

  afterAll(async () => {
    await ventanilla.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  describe('the drill: a backup taken while writers run, then restored', () => {
    const backupDir = () => join(workDir, 'drill-backup');
    const restoredDir = () => join(workDir, 'drill-restored');
    const acknowledgedBeforeBackup: string[] = [];
    let backup: Output;
    let restore: Output;
    let backupExit: number;
    let restoreExit: number;

    beforeAll(async () => {
      const acknowledged: string[] = [];
      let writing = true;
      const writers = [0, 1, 2].map(async (writer) => {
        while (writing) acknowledged.push(await fileCase(`escritor-${writer}`));
      });
      while (acknowledged.length < 6) await new Promise((resolve) => setTimeout(resolve, 20));
      acknowledgedBeforeBackup.push(...acknowledged);
      // The log is in WAL mode, writers at work: what the WAL holds must reach the backup too (checked below).
      expect(statSync(`${eventStoreFile(liveDir)}-wal`).size).toBeGreaterThan(0);
      const atStart = acknowledged.length;

      backup = captured();
      backupExit = await runBackup(
        ['--to', backupDir(), '--include-keys'],
        {
          VENTANILLA_DATA_DIR: liveDir,
          VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
        },
        backup.output,
      );
      // The writers went on while the backup ran, and go on a little after it.
      const atEnd = acknowledged.length;
      while (acknowledged.length < atEnd + 3) await new Promise((resolve) => setTimeout(resolve, 20));
      writing = false;
      await Promise.all(writers);
      expect(atEnd).toBeGreaterThan(atStart);

      restore = captured();
      restoreExit = await runRestore(['--from', backupDir(), '--to', restoredDir()], {}, restore.output);
    });

    it('takes the backup, records it in the log and says where the keys went', async () => {
      // Besides the keys' warning, at most the notice that a receipt in flight made it copy the log again.
      expect(
        backup.err.filter((line) => !line.startsWith('ATENCIÓN') && !line.startsWith('Radicación en curso')),
      ).toEqual([]);
      expect(backupExit).toBe(0);
      expect(backup.err.join('\n')).toMatch(/ATENCIÓN: la copia incluye las claves .*master\.key/);
      const manifest = JSON.parse(readFileSync(join(backupDir(), MANIFEST_FILE), 'utf8')) as BackupManifest;
      expect(manifest.keysIncluded).toBe(true);
      expect(manifest.files.map((file) => file.path)).toEqual(
        expect.arrayContaining([
          'events.sqlite',
          'read-models.sqlite',
          'personal-data.sqlite',
          'keys/master.key',
          'keys/signing.key',
        ]),
      );
      expect(manifest.files.some((file) => file.path.startsWith('attachments/'))).toBe(true);
      expect(manifest.files.some((file) => file.path.startsWith('reports/'))).toBe(true);
      expect(manifest.eventLog.lastSignedHead?.printable).toMatch(/^VLH1\./);
      // Readable by the account that runs Ventanilla only, like the data folder.
      const readableByOthers = manifest.files
        .filter((file) => (statSync(join(backupDir(), file.path)).mode & 0o077) !== 0)
        .map((file) => file.path);
      expect(readableByOthers).toEqual([]);

      // The record: who, when, the head and the manifest's hash, in a stream of its own after the head.
      const live = await readWholeLog(eventStoreFile(liveDir));
      const record = live.find((event) => event.stream === `backup-${manifest.backupId}`);
      expect(record?.type).toBe('BackupTaken');
      expect(record?.metadata.actorId).toMatch(/^cli:/);
      expect(record?.data).toMatchObject({
        takenAt: manifest.takenAt,
        headPosition: manifest.eventLog.headPosition,
        trigger: 'MANUAL',
        manifestSha256: backup.out.join('\n').match(/manifiesto: ([0-9a-f]{64})/)?.[1],
      });
      expect(record!.position).toBeGreaterThan(manifest.eventLog.headPosition!);
    });

    it('restores it, the audit trail verified, and prints what it restored', () => {
      expect(restore.err).toEqual([]);
      expect(restoreExit).toBe(0);
      const printed = restore.out.join('\n');
      expect(printed).toMatch(/Cadena de auditoría íntegra/);
      expect(printed).toMatch(/Archivos adjuntos íntegros/);
      expect(printed).toMatch(/restaurada en .*drill-restored: \d+ archivos/);
      expect(printed).toMatch(/Claves restauradas en la carpeta de datos: .*master\.key/);
    });

    it('holds every command acknowledged before the backup, and no command after its head in part', async () => {
      const manifest = JSON.parse(readFileSync(join(backupDir(), MANIFEST_FILE), 'utf8')) as BackupManifest;
      const restored = await readWholeLog(eventStoreFile(restoredDir()));
      const live = await readWholeLog(eventStoreFile(liveDir));
      expect(restored.at(-1)?.position).toBe(manifest.eventLog.headPosition);
      // The restored log is the live log up to the backup's head, event for event.
      expect(restored.map((event) => event.id)).toEqual(
        live.slice(0, restored.length).map((event) => event.id),
      );
      expect(live.length).toBeGreaterThan(restored.length);

      const restoredStreams = new Set(restored.map((event) => event.stream));
      for (const radicado of acknowledgedBeforeBackup) expect(restoredStreams).toContain(`pqrs-${radicado}`);

      // Every append is there whole or not at all.
      const restoredIds = new Set(restored.map((event) => event.id));
      const appends = new Map<string, { inBackup: number; total: number }>();
      for (const event of live) {
        const append = appends.get(appendOf(event)) ?? { inBackup: 0, total: 0 };
        append.total++;
        if (restoredIds.has(event.id)) append.inBackup++;
        appends.set(appendOf(event), append);
      }
      const split = [...appends].filter(([, { inBackup, total }]) => inBackup > 0 && inBackup < total);
      expect(split).toEqual([]);
    });

    it('gives every restored case its texts and its file, and read models equal to a rebuild', async () => {
      const restored = await readWholeLog(eventStoreFile(restoredDir()));
      const radicados = [
        ...new Set(
          restored
            .filter((event) => event.stream.startsWith('pqrs-'))
            .map((event) => event.stream.slice('pqrs-'.length)),
        ),
      ];
      const head = restored.at(-1)!.position;
      const server = await VentanillaHarness.start({}, restoredDir());
      try {
        const token = await server.login();
        for (const radicado of radicados) {
          const { pqrs } = await server.ok(CASE, { r: radicado }, token);
          expect(pqrs.subject).toMatch(/^Asunto /);
          expect(pqrs.petitioner.name).toMatch(/^Persona /);
          expect(pqrs.attachments).toHaveLength(1);
        }
        await server.app.get(ProjectionRunner).waitForPosition(head);
      } finally {
        await server.stop();
      }
      await expectReadModelsEqualARebuild(restoredDir());
    });
  });

  it('keeps every event’s texts when cases are filed between the copies, and rebuilds left-out read models', async () => {
    const to = join(workDir, 'between-backup');
    const restoredDir = join(workDir, 'between-restored');
    const filedBetween: string[] = [];
    const result = await takeBackup({
      dataDir: liveDir,
      to,
      includeKeys: true,
      withoutReadModels: true,
      // A case filed after each database is copied: whatever the order, the log copy must never hold an
      // event whose texts or files the later copies lack.
      afterCopied: async () => void filedBetween.push(await fileCase('entre-copias')),
    });
    expect(result.manifest.readModelsIncluded).toBe(false);
    expect(filedBetween.length).toBeGreaterThan(2);

    const restore = captured();
    expect(await runRestore(['--from', to, '--to', restoredDir], {}, restore.output)).toBe(0);
    expect(restore.out.join('\n')).toMatch(/Modelos de lectura reconstruidos desde el registro/);
    await expectReadModelsEqualARebuild(restoredDir);

    const restored = await readWholeLog(eventStoreFile(restoredDir));
    const inBackup = filedBetween.filter((radicado) =>
      restored.some((event) => event.stream === `pqrs-${radicado}`),
    );
    // Some filed after the log was copied (not in it), but whatever the log holds is whole.
    expect(inBackup.length).toBeLessThan(filedBetween.length);
    const server = await VentanillaHarness.start({}, restoredDir);
    try {
      const token = await server.login();
      for (const radicado of inBackup) {
        const { pqrs } = await server.ok(CASE, { r: radicado }, token);
        expect(pqrs.description).toMatch(/^Descripción entre-copias/);
        expect(pqrs.attachments).toHaveLength(1);
      }
    } finally {
      await server.stop();
    }
  });

  it('is not taken on KurrentDB or MongoDB, whose own tools back them up', async () => {
    const output = captured();
    const to = join(workDir, 'on-production-engines');
    const exit = await runBackup(
      ['--to', to],
      { VENTANILLA_DATA_DIR: liveDir, MONGODB_URL: 'mongodb://mongo1/ventanilla?replicaSet=rs0' },
      output.output,
    );
    expect(exit).toBe(1);
    expect(output.err.join('\n')).toContain('MONGODB_URL (MongoDB)');
    expect(existsSync(to)).toBe(false);
  });

  describe('a receipt between its radicado and its case when the log is copied', () => {
    let gatedDir: string;
    let gated: VentanillaHarness;
    let release: () => void;

    /** The real engines, with every write of a case held until released: a receipt stays half written. */
    function enginesHoldingCases(config: VentanillaConfig) {
      return openStorageEngines(config).then((engines) => {
        const store = engines.eventStore.store;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const holding: EventStore = Object.create(store) as EventStore;
        holding.append = (stream, events, expected) =>
          stream.startsWith('pqrs-')
            ? gate.then(() => store.append(stream, events, expected))
            : store.append(stream, events, expected);
        return { ...engines, eventStore: { ...engines.eventStore, store: holding } };
      });
    }

    /** Starts a receipt and resolves once its radicado is issued, its case still held. */
    async function receiptHalfWritten(): Promise<{ radicado: string; answered: Promise<unknown> }> {
      const token = await gated.login();
      const answered = gated.ok(
        RECEIVE,
        {
          input: {
            kind: 'PETITION',
            channel: 'EMAIL',
            subject: 'Asunto retenido',
            description: 'Descripción retenida',
            petitioner: { name: 'Persona retenida', documentType: 'CC', documentNumber: '880001' },
          },
        },
        token,
      );
      const store = gated.app.get<EventStore>(EVENT_STORE);
      const counter = radicadoStreamOf(new Date().getUTCFullYear());
      for (;;) {
        const issued = await store.readStream(counter);
        if (issued.length > 0)
          return { radicado: (issued[0]!.data as { radicado: string }).radicado, answered };
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }

    beforeEach(async () => {
      gatedDir = mkdtempSync(join(tmpdir(), 'ventanilla-backup-gated-'));
      gated = await VentanillaHarness.start({}, join(gatedDir, 'datos'), enginesHoldingCases);
    });

    afterEach(async () => {
      release();
      await gated.stop();
      rmSync(gatedDir, { recursive: true, force: true });
    });

    it('is copied again once the case is written, so the restore finds no number without its case', async () => {
      const { radicado, answered } = await receiptHalfWritten();
      const heldBack: (readonly string[])[] = [];
      const result = await takeBackup({
        dataDir: join(gatedDir, 'datos'),
        to: join(gatedDir, 'copia'),
        includeKeys: true,
        // The first copy holds the number alone; the case is written before the next one.
        onReceiptsInFlight: (radicados) => {
          heldBack.push(radicados);
          release();
        },
      });
      expect(heldBack[0]).toEqual([radicado]);
      await answered;
      const restored = join(gatedDir, 'restaurada');
      const output = captured();
      expect(await runRestore(['--from', result.directory, '--to', restored], {}, output.output)).toBe(0);
      const log = await readWholeLog(eventStoreFile(restored));
      expect(log.some((event) => event.stream === `pqrs-${radicado}` && event.type === 'Received')).toBe(
        true,
      );
    });

    it('is refused when the case never comes, naming the radicado', async () => {
      const { radicado } = await receiptHalfWritten();
      const to = join(gatedDir, 'copia');
      await expect(takeBackup({ dataDir: join(gatedDir, 'datos'), to })).rejects.toThrow(
        `radicados sin su caso aún (${radicado})`,
      );
      expect(existsSync(to)).toBe(false);
    });
  });

  describe('a damaged or incomplete backup', () => {
    let sound: string;

    beforeAll(async () => {
      sound = join(workDir, 'sound-backup');
      const backup = captured();
      expect(await runBackup(['--to', sound], { VENTANILLA_DATA_DIR: liveDir }, backup.output)).toBe(0);
      // Without --include-keys: no key in the backup, and a warning that says so.
      expect(backup.err.join('\n')).toMatch(/La copia no incluye las claves/);
      expect(existsSync(join(sound, 'keys'))).toBe(false);
    });

    function copyOfSound(name: string): string {
      const copy = join(workDir, name);
      cpSync(sound, copy, { recursive: true });
      return copy;
    }

    async function refusal(from: string): Promise<{ exit: number; message: string; target: string }> {
      const target = join(workDir, `${from.split('/').at(-1)}-target`);
      const output = captured();
      const exit = await runRestore(['--from', from, '--to', target], {}, output.output);
      return { exit, message: output.err.join('\n'), target };
    }

    it('restores without keys, checking the signatures with the key the manifest names, and says so', async () => {
      const output = captured();
      const target = join(workDir, 'sound-restored');
      expect(await runRestore(['--from', sound, '--to', target], {}, output.output)).toBe(0);
      expect(output.out.join('\n')).toContain(
        'Firmas verificadas con la clave pública que nombra el manifiesto',
      );
      expect(output.out.join('\n')).toMatch(/Cadena de auditoría íntegra: .* \d+ cabezas firmadas/);
    });

    it('trusts the office’s signing key over the manifest’s when it is given', async () => {
      const officeKey = readFileSync(join(liveDir, 'signing.key'), 'utf8').trim();
      const withOfficeKey = captured();
      const env = { VENTANILLA_SIGNING_KEY: officeKey };
      const target = join(workDir, 'restored-with-office-key');
      expect(await runRestore(['--from', sound, '--to', target], env, withOfficeKey.output)).toBe(0);
      expect(withOfficeKey.out.join('\n')).not.toContain('nombra el manifiesto');

      // Another key named as the office's: the heads in the backup are not signed by it, so it is refused.
      const stranger = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x!;
      const withStrangerKey = captured();
      const elsewhere = join(workDir, 'restored-with-another-key');
      const exit = await runRestore(
        ['--from', sound, '--to', elsewhere],
        { VENTANILLA_EARLIER_SIGNING_KEYS: stranger },
        withStrangerKey.output,
      );
      expect(exit).toBe(1);
      expect(withStrangerKey.err.join('\n')).toContain('verificación de la cadena de auditoría');
      expect(readdirSync(elsewhere)).toEqual([]);
    });

    it('is refused when a file does not match its hash, naming the file, and nothing is restored', async () => {
      const damaged = copyOfSound('damaged-attachment');
      const manifest = JSON.parse(readFileSync(join(damaged, MANIFEST_FILE), 'utf8')) as BackupManifest;
      const attachment = manifest.files.find((file) => file.path.startsWith('attachments/'))!.path;
      const bytes = readFileSync(join(damaged, attachment));
      bytes[bytes.length - 2] ^= 0xff;
      writeFileSync(join(damaged, attachment), bytes);
      const { exit, message, target } = await refusal(damaged);
      expect(exit).toBe(1);
      expect(message).toContain(`el archivo ${attachment} no coincide con la huella SHA-256`);
      expect(existsSync(target) ? readdirSync(target) : []).toEqual([]);
    });

    it('is refused when the event log is damaged', async () => {
      const damaged = copyOfSound('damaged-log');
      const bytes = readFileSync(join(damaged, 'events.sqlite'));
      bytes[bytes.length - 100] ^= 0x01;
      writeFileSync(join(damaged, 'events.sqlite'), bytes);
      const { exit, message } = await refusal(damaged);
      expect(exit).toBe(1);
      expect(message).toContain('el archivo events.sqlite no coincide');
    });

    it('is refused when a file is missing, naming it', async () => {
      const incomplete = copyOfSound('missing-vault');
      rmSync(join(incomplete, 'personal-data.sqlite'));
      const { exit, message } = await refusal(incomplete);
      expect(exit).toBe(1);
      expect(message).toContain('falta el archivo personal-data.sqlite');
    });

    it('is refused without its manifest (an interrupted backup)', async () => {
      const interrupted = copyOfSound('no-manifest');
      rmSync(join(interrupted, MANIFEST_FILE));
      const { exit, message } = await refusal(interrupted);
      expect(exit).toBe(1);
      expect(message).toContain(`falta ${MANIFEST_FILE}`);
    });

    it('is refused when it holds a file its manifest does not list', async () => {
      const tampered = copyOfSound('extra-file');
      writeFileSync(join(tampered, 'reports', 'intruso.csv'), 'a,b\n');
      const { exit, message } = await refusal(tampered);
      expect(exit).toBe(1);
      expect(message).toContain('reports/intruso.csv');
    });

    it('is never restored over a data folder that is not empty', async () => {
      const occupied = join(workDir, 'occupied');
      cpSync(sound, occupied, { recursive: true });
      const output = captured();
      expect(await runRestore(['--from', sound, '--to', occupied], {}, output.output)).toBe(1);
      expect(output.err.join('\n')).toContain('no está vacía');
    });

    it('is not taken into the data folder itself', async () => {
      const output = captured();
      const inside = join(liveDir, 'copias');
      expect(await runBackup(['--to', inside], { VENTANILLA_DATA_DIR: liveDir }, output.output)).toBe(1);
      expect(output.err.join('\n')).toContain('dentro de la carpeta de datos');
      expect(existsSync(inside)).toBe(false);
    });

    it('is not taken into a folder that is not empty', async () => {
      const output = captured();
      expect(await runBackup(['--to', sound], { VENTANILLA_DATA_DIR: liveDir }, output.output)).toBe(1);
      expect(output.err.join('\n')).toContain('no está vacía');
      expect(existsSync(join(sound, MANIFEST_FILE))).toBe(true);
    });
  });
});

/** Every projection of the folder's read models equals one rebuilt from its log (checkpoints included). */
async function expectReadModelsEqualARebuild(dataDir: string): Promise<void> {
  const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  const restored = await SqliteReadModelStore.open({ dataDir });
  const rebuilt = await temporaryReadModels('ventanilla-backup-rebuild-');
  try {
    const head = await eventStore.headPosition();
    await rebuildProjections(eventStore, rebuilt.store, APPLICATION_PROJECTIONS);
    for (const projection of APPLICATION_PROJECTIONS) {
      expect({
        projection: projection.name,
        checkpoint: await restored.getCheckpoint(projection.name),
      }).toEqual({ projection: projection.name, checkpoint: head });
      for (const collection of [...projection.collections, deadLetterCollectionOf(projection.name)]) {
        expect({ collection, documents: await dumpCollection(restored, collection) }).toEqual({
          collection,
          documents: await dumpCollection(rebuilt.store, collection),
        });
      }
    }
  } finally {
    await rebuilt.cleanup();
    await restored.close();
    await eventStore.close();
  }
}
