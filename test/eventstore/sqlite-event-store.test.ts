// The SQLite event store: the port's contract on a temporary file, plus what only SQLite has (pragmas,
// group commit, the schema on disk) and the tamper tests that edit that file behind the store's back.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runAuditVerify } from '../../src/cli/audit-verify.js';
import { canonicalJson } from '../../src/engine/canonical-json.js';
import { verifyAuditTrail } from '../../src/engine/eventstore/audit-verifier.js';
import { WrongExpectedRevisionError, type NewEvent } from '../../src/engine/eventstore/event-store.js';
import { eventHash } from '../../src/engine/eventstore/hash-chain.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { eventImporterContract } from './event-importer.contract.js';
import { eventStoreContract } from './event-store.contract.js';

function temporaryDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'ventanilla-eventstore-'));
}

eventStoreContract('SQLite', async () => {
  const dataDir = temporaryDataDir();
  const file = eventStoreFile(dataDir);
  let current = await SqliteEventStore.open({ file });
  return {
    store: current,
    reopen: async () => {
      await current.close();
      current = await SqliteEventStore.open({ file });
      return current;
    },
    cleanup: async () => {
      await current.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});

eventImporterContract('SQLite', async () => {
  const dataDir = temporaryDataDir();
  const store = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  return {
    store,
    cleanup: async () => (await store.close(), rmSync(dataDir, { recursive: true, force: true })),
  };
});

const fixedNow = new Date('2025-03-04T15:30:00.000Z');

function newEvent(type: string, data: unknown = {}): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actorId: 'user-1',
      actorRole: 'COORDINATOR',
      occurredAt: '2025-03-04T15:00:00.000Z',
      correlationId: 'correlation-1',
      causationId: 'command-1',
    },
  };
}

describe('SqliteEventStore', () => {
  let dataDir: string;
  let file: string;
  let store: SqliteEventStore;

  beforeEach(async () => {
    dataDir = temporaryDataDir();
    file = eventStoreFile(dataDir);
    store = await SqliteEventStore.open({ file, clock: () => fixedNow });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A second connection straight to the file, as someone with disk access would open it. */
  function withRawDatabase<T>(work: (db: Database.Database) => T): T {
    const db = new Database(file);
    try {
      return work(db);
    } finally {
      db.close();
    }
  }

  describe('durability settings', () => {
    it('runs in WAL mode with synchronous=FULL and a busy timeout', () => {
      expect(store.durabilitySettings()).toEqual({
        journalMode: 'wal',
        synchronous: 'FULL',
        busyTimeoutMs: 5_000,
      });
    });

    it('creates the data directory when it is missing', async () => {
      const nested = join(dataDir, 'not', 'yet', 'there');
      const nestedStore = await SqliteEventStore.open({ file: eventStoreFile(nested) });
      await nestedStore.append('pqrs-1', [newEvent('Received')], 'no_stream');
      await nestedStore.close();
    });

    it('refuses a file written by a newer schema version', async () => {
      await store.close();
      withRawDatabase((db) => db.pragma('user_version = 99'));

      await expect(SqliteEventStore.open({ file })).rejects.toThrow(/schema version 99/);
      withRawDatabase((db) => db.pragma('user_version = 1'));
      store = await SqliteEventStore.open({ file });
    });
  });

  describe('recording', () => {
    it('stamps recordedAt from the injected clock and stores it in its own column', async () => {
      await store.append('pqrs-1', [newEvent('Received')], 'no_stream');

      const [event] = await store.readStream('pqrs-1');

      expect(event.metadata.recordedAt).toBe('2025-03-04T15:30:00.000Z');
      const row = withRawDatabase((db) => db.prepare('SELECT recorded_at, schema_version FROM events').get());
      expect(row).toEqual({ recorded_at: '2025-03-04T15:30:00.000Z', schema_version: 1 });
    });

    it('never stamps an event earlier than the one before it, even when the clock steps back', async () => {
      await store.close();
      const readings = [new Date('2025-03-04T15:30:00.000Z'), new Date('2025-03-04T15:29:58.000Z')];
      const steppingBack = await SqliteEventStore.open({ file, clock: () => readings.shift() ?? fixedNow });
      try {
        await steppingBack.append('pqrs-1', [newEvent('Received')], 'no_stream');
        await steppingBack.append('pqrs-2', [newEvent('Received')], 'no_stream');

        const stamps = (await steppingBack.readAll(null, 10)).map((event) => event.metadata.recordedAt);
        expect(stamps).toEqual(['2025-03-04T15:30:00.000Z', '2025-03-04T15:30:00.000Z']);
      } finally {
        await steppingBack.close();
      }
      store = await SqliteEventStore.open({ file, clock: () => fixedNow });
    });

    it('compares recordedUpTo as an instant, whatever ISO form it is given in', async () => {
      await store.append('pqrs-1', [newEvent('Received')], 'no_stream');

      expect(await store.readStream('pqrs-1', { recordedUpTo: '2025-03-04T10:30:00-05:00' })).toHaveLength(1);
      expect(await store.readStream('pqrs-1', { recordedUpTo: '2025-03-04T10:29:59-05:00' })).toHaveLength(0);
      await expect(store.readStream('pqrs-1', { recordedUpTo: 'ayer' })).rejects.toThrow(RangeError);
    });

    it('hashes the event as it will be read back, so undefined fields do not break the chain', async () => {
      await store.append(
        'pqrs-1',
        [newEvent('Received', { answer: undefined, at: new Date(fixedNow) })],
        'no_stream',
      );

      const [event] = await store.readStream('pqrs-1');

      expect(event.data).toEqual({ at: '2025-03-04T15:30:00.000Z' });
      expect(event.metadata.hash).toBe(eventHash(event));
    });
  });

  describe('group commit', () => {
    it('commits appends made together in one transaction, each batch in its own savepoint', async () => {
      await store.append('pqrs-conflicted', [newEvent('Received')], 'no_stream');
      const transactionsBefore = store.committedTransactions;
      const streams = Array.from({ length: 100 }, (_, index) => `pqrs-${index}`);

      const outcomes = await Promise.allSettled([
        ...streams.map((stream) =>
          store.append(stream, [newEvent('Received'), newEvent('Assigned')], 'no_stream'),
        ),
        store.append('pqrs-conflicted', [newEvent('Received')], 'no_stream'),
      ]);

      expect(store.committedTransactions - transactionsBefore).toBe(1);
      expect(outcomes.slice(0, -1).every((outcome) => outcome.status === 'fulfilled')).toBe(true);
      const conflict = outcomes.at(-1) as PromiseRejectedResult;
      expect(conflict.reason).toBeInstanceOf(WrongExpectedRevisionError);
      const counts = withRawDatabase(
        (db) =>
          db
            .prepare('SELECT COUNT(*) AS events, COUNT(DISTINCT stream) AS streams FROM events')
            .get() as object,
      );
      expect(counts).toEqual({ events: 201, streams: 101 });
    });

    it('undoes a batch that fails half way through, and only that batch', async () => {
      const circular: { self?: unknown } = {};
      circular.self = circular;

      const outcomes = await Promise.allSettled([
        store.append('pqrs-1', [newEvent('Received')], 'no_stream'),
        store.append('pqrs-2', [newEvent('Received'), newEvent('Assigned', circular)], 'no_stream'),
        store.append('pqrs-3', [newEvent('Received')], 'no_stream'),
      ]);

      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(await store.readStream('pqrs-2')).toEqual([]);
      expect(await store.append('pqrs-2', [newEvent('Received')], 'no_stream')).toMatchObject({
        nextExpectedRevision: 0,
      });
      expect((await verifyAuditTrail(store)).ok).toBe(true);
    });

    it('undoes a lone append that fails after writing its first event: the stream and the log stay as they were', async () => {
      await store.append('pqrs-1', [newEvent('Received')], 'no_stream');
      const headBefore = await store.headPosition();
      // A disk that fails at the second insert, after the first one was written.
      withRawDatabase((db) =>
        db.exec(
          "CREATE TRIGGER refuse_boom BEFORE INSERT ON events WHEN NEW.type = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom'); END",
        ),
      );

      // By its message: the driver's error class comes from the first test file that loaded it in this
      // worker, so toThrow would not take it for an Error in a later one.
      await expect(
        store.append('pqrs-2', [newEvent('Received'), newEvent('Boom')], 'no_stream'),
      ).rejects.toMatchObject({ message: 'boom' });

      expect(await store.readStream('pqrs-2')).toEqual([]);
      expect(await store.headPosition()).toBe(headBefore);
      expect(await store.append('pqrs-2', [newEvent('Received')], 'no_stream')).toMatchObject({
        nextExpectedRevision: 0,
      });
      expect((await verifyAuditTrail(store)).ok).toBe(true);
    });

    it('commits appends made one after another in one transaction each', async () => {
      const transactionsBefore = store.committedTransactions;
      await store.append('pqrs-1', [newEvent('Received')], 'no_stream');
      await store.append('pqrs-1', [newEvent('Assigned')], 0);

      expect(store.committedTransactions - transactionsBefore).toBe(2);
    });

    it('signals one position per commit: the last one written', async () => {
      const signalled: number[] = [];
      store.onAppended((position) => signalled.push(position));

      const results = await Promise.all([
        store.append('pqrs-1', [newEvent('Received')], 'no_stream'),
        store.append('pqrs-2', [newEvent('Received')], 'no_stream'),
      ]);

      expect(signalled).toEqual([Math.max(...results.map((result) => result.position))]);
    });

    it('commits appends still queued when the store is closed', async () => {
      const pending = store.append('pqrs-1', [newEvent('Received')], 'no_stream');
      await store.close();

      await expect(pending).resolves.toMatchObject({ nextExpectedRevision: 0 });
      store = await SqliteEventStore.open({ file });
      expect(await store.readStream('pqrs-1')).toHaveLength(1);
    });
  });

  describe('two stores on one file (two processes)', () => {
    it('serialises their writes: the same expected revision succeeds only once', async () => {
      const secondStore = await SqliteEventStore.open({ file });
      try {
        await store.append('pqrs-1', [newEvent('Received')], 'no_stream');

        const outcomes = await Promise.allSettled([
          store.append('pqrs-1', [newEvent('Assigned')], 0),
          secondStore.append('pqrs-1', [newEvent('Assigned')], 0),
        ]);

        expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
        expect(await secondStore.readStream('pqrs-1')).toHaveLength(2);
        expect((await verifyAuditTrail(secondStore)).ok).toBe(true);
      } finally {
        await secondStore.close();
      }
    });
  });

  describe('closing', () => {
    it('refuses work after close and ends its subscriptions', async () => {
      const subscription = store.subscribeToAll(null, async () => undefined);
      await store.close();

      await expect(subscription.finished).resolves.toBeUndefined();
      await expect(store.append('pqrs-1', [newEvent('Received')], 'no_stream')).rejects.toThrow(/closed/);
      store = await SqliteEventStore.open({ file });
    });
  });

  describe('the hash schemes', () => {
    it('writes each appended event at the position it was sealed with, so its hash covers its place in the log', async () => {
      await store.append('pqrs-2025-000001', [newEvent('Received'), newEvent('Assigned')], 'no_stream');
      await store.append('affiliation-1', [newEvent('Requested')], 'no_stream');

      const log = await store.readAll(null, 10);

      expect(log.map((event) => [event.position, event.metadata.sequence])).toEqual([
        [1, 1],
        [2, 2],
        [3, 3],
      ]);
      expect(log.every((event) => event.metadata.hash === eventHash(event))).toBe(true);
    });

    it('keeps verifying events sealed under scheme 1, before the envelope was covered, with new events chained after them', async () => {
      const metadata = {
        ...newEvent('Received').metadata,
        recordedAt: '2024-11-05T14:00:00.000Z',
        previousHash: '',
      };
      const content = {
        type: 'Received',
        schemaVersion: 1,
        stream: 'pqrs-2024-000007',
        revision: 0,
        data: { subject: 'Cobro no reconocido' },
        metadata,
      };
      // Scheme 1 as it was written then: the envelope without the id, no hashVersion.
      const hash = createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
      const old = { ...content, id: randomUUID(), position: 1, metadata: { ...metadata, hash } };
      await store.importRecorded('pqrs-2024-000007', [old]);
      await store.append('pqrs-2024-000007', [newEvent('Assigned')], 0);

      expect(await verifyAuditTrail(store)).toMatchObject({ ok: true, eventsChecked: 2, findings: [] });
      const [, added] = await store.readStream('pqrs-2024-000007');
      expect(added.metadata).toMatchObject({ hashVersion: 2, previousHash: hash, sequence: 2 });

      await store.close();
      withRawDatabase((db) =>
        db.prepare(`UPDATE events SET data = '{"subject":"Felicitación"}' WHERE id = ?`).run(old.id),
      );
      store = await SqliteEventStore.open({ file, clock: () => fixedNow });
      expect((await verifyAuditTrail(store)).firstMismatch).toMatchObject({
        eventId: old.id,
        reason: 'HASH_MISMATCH',
      });
    });
  });

  describe('tamper evidence', () => {
    let received: NewEvent;
    let assigned: NewEvent;
    let answered: NewEvent;
    let requested: NewEvent;

    beforeEach(async () => {
      received = newEvent('Received', { subject: 'Cobro no reconocido', channel: 'ventanilla' });
      assigned = newEvent('Assigned', { agentId: 'agent-7' });
      answered = newEvent('Answered', { answer: 'Se reintegra el valor cobrado' });
      await store.append('pqrs-2025-000001', [received, assigned], 'no_stream');
      requested = newEvent('Requested');
      await store.append('affiliation-1', [requested], 'no_stream');
      await store.append('pqrs-2025-000001', [answered], 1);
      await store.append('affiliation-1', [newEvent('Approved')], 0);
    });

    async function reopenAfterTampering(tamper: (db: Database.Database) => void): Promise<void> {
      await store.close();
      withRawDatabase(tamper);
      store = await SqliteEventStore.open({ file });
    }

    function auditVerifyOutput(): Promise<{ exitCode: number; lines: string[] }> {
      const lines: string[] = [];
      return runAuditVerify({ dataDir, print: (line) => lines.push(line) }).then((exitCode) => ({
        exitCode,
        lines,
      }));
    }

    it('finds an untouched log whole, and the CLI says so with exit code 0', async () => {
      expect(await verifyAuditTrail(store)).toMatchObject({
        streamsChecked: 2,
        eventsChecked: 5,
        ok: true,
        findings: [],
      });

      await store.close();
      const { exitCode, lines } = await auditVerifyOutput();
      store = await SqliteEventStore.open({ file });

      expect(exitCode).toBe(0);
      expect(lines).toEqual(['Cadena de auditoría íntegra: 5 eventos en 2 flujos; sin cabezas firmadas']);
    });

    it('names exactly the event whose data was edited in the file, and the CLI exits with 1', async () => {
      await reopenAfterTampering((db) =>
        db
          .prepare("UPDATE events SET data = json_set(data, '$.agentId', 'agent-9') WHERE id = ?")
          .run(assigned.id),
      );

      const report = await verifyAuditTrail(store);

      expect(report).toMatchObject({ ok: false, streamsChecked: 2, eventsChecked: 5 });
      expect(report.firstMismatch).toMatchObject({
        stream: 'pqrs-2025-000001',
        revision: 1,
        eventId: assigned.id,
        type: 'Assigned',
        reason: 'HASH_MISMATCH',
      });

      await store.close();
      const { exitCode, lines } = await auditVerifyOutput();
      store = await SqliteEventStore.open({ file });
      expect(exitCode).toBe(1);
      expect(lines[0]).toBe('Registro alterado (1 hallazgo):');
      expect(lines[1]).toMatch(
        new RegExp(
          `^Evento alterado: flujo pqrs-2025-000001, revisión 1, id ${assigned.id} .*\\(HASH_MISMATCH\\)$`,
        ),
      );
    });

    it('finds edited metadata (who did it) as well as edited data', async () => {
      await reopenAfterTampering((db) =>
        db
          .prepare(
            "UPDATE events SET metadata = json_set(metadata, '$.actorId', 'someone-else') WHERE id = ?",
          )
          .run(answered.id),
      );

      expect((await verifyAuditTrail(store)).firstMismatch).toMatchObject({
        eventId: answered.id,
        reason: 'HASH_MISMATCH',
      });
    });

    it('finds a forger who also recomputed the edited event’s hash, at the next event of the chain', async () => {
      await reopenAfterTampering((db) => {
        const [stored] = db.prepare('SELECT * FROM events WHERE id = ?').all(received.id) as {
          data: string;
          metadata: string;
        }[];
        const data = { ...JSON.parse(stored.data), subject: 'Felicitación' };
        const { hash: _old, ...metadata } = JSON.parse(stored.metadata);
        const hash = eventHash({
          id: received.id,
          type: 'Received',
          schemaVersion: 1,
          stream: 'pqrs-2025-000001',
          revision: 0,
          data,
          metadata,
        });
        db.prepare('UPDATE events SET data = ?, metadata = ? WHERE id = ?').run(
          JSON.stringify(data),
          JSON.stringify({ ...metadata, hash }),
          received.id,
        );
      });

      expect((await verifyAuditTrail(store)).firstMismatch).toMatchObject({
        eventId: assigned.id,
        revision: 1,
        reason: 'CHAIN_BROKEN',
      });
    });

    it('finds a deleted event, in the global order at the next event and in its stream at the next of the stream', async () => {
      await reopenAfterTampering((db) => db.prepare('DELETE FROM events WHERE id = ?').run(assigned.id));

      const report = await verifyAuditTrail(store);

      expect(report.eventsChecked).toBe(4);
      expect(report.findings).toEqual([
        expect.objectContaining({ eventId: requested.id, kind: 'SEQUENCE_MISMATCH' }),
        expect.objectContaining({ eventId: answered.id, revision: 2, kind: 'REVISION_GAP' }),
      ]);
    });

    it('finds a deleted event even when the later revisions were renumbered to hide the gap', async () => {
      await reopenAfterTampering((db) => {
        db.prepare('DELETE FROM events WHERE id = ?').run(assigned.id);
        db.prepare('UPDATE events SET revision = 1 WHERE id = ?').run(answered.id);
      });

      expect((await verifyAuditTrail(store)).findings).toContainEqual(
        expect.objectContaining({ eventId: answered.id, kind: 'CHAIN_BROKEN' }),
      );
    });

    it('reports the altered event earliest in the global log when several were altered', async () => {
      // The pqrs stream is walked first, but the affiliation's first event was recorded before `answered`.
      await reopenAfterTampering((db) => {
        db.prepare("UPDATE events SET data = '{}' WHERE id = ?").run(answered.id);
        db.prepare("UPDATE events SET type = 'Rejected' WHERE id = ?").run(requested.id);
      });

      expect((await verifyAuditTrail(store)).firstMismatch).toMatchObject({
        eventId: requested.id,
        type: 'Rejected',
      });
    });

    it('the CLI reports a missing store instead of verifying an empty one', async () => {
      const lines: string[] = [];
      const exitCode = await runAuditVerify({
        dataDir: join(dataDir, 'nowhere'),
        print: (line) => lines.push(line),
      });

      expect(exitCode).toBe(2);
      expect(lines[0]).toMatch(/No se encontró el almacén de eventos/);
    });
  });
});
