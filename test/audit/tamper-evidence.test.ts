// Tamper evidence over the whole log. A real Ventanilla writes a log through its commands (cases filed,
// one answered with its letter, heads of the log signed every few events, a report issued and re-issued
// as of the same instant); then each kind of tampering is done to a copy of its events.sqlite (beside a
// copy of the files the log refers to), behind the store's back, and `audit:verify` must exit 1 naming
// what was done and where.
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ATTACHMENTS_FOLDER } from '../../src/attachments/filesystem-attachment-store.js';
import { runAuditVerify } from '../../src/cli/audit-verify.js';
import { LOG_HEAD_STREAM } from '../../src/domain/log-head/index.js';
import type { EventMetadata } from '../../src/engine/eventstore/event-store.js';
import { eventHash } from '../../src/engine/eventstore/hash-chain.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { findSigningKey, SIGNING_KEY_FILE } from '../../src/features/audit/index.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const ISSUE = `
  mutation ($from: Date!, $to: Date!, $asOf: DateTime) {
    report(kind: PQRS, from: $from, to: $to, format: CSV, asOf: $asOf) { asOf contentHash downloadUrl }
  }`;
const VERIFY = `
  query ($head: String) {
    verifyAuditTrail(head: $head) { ok signedHeads lastSignedHead findings { kind description } }
  }`;

function petition(documentNumber: string) {
  return {
    kind: 'PETITION',
    channel: 'WEB',
    subject: 'Copia de un contrato',
    description: 'Solicito copia del contrato de prestación de servicios.',
    petitioner: {
      name: 'Ana Lucía Gómez Restrepo',
      documentType: 'CC',
      documentNumber,
      email: 'ana.gomez@correo.example',
      phone: null,
      address: null,
    },
    receivedAt: null,
  };
}

/** An events table row, as the file holds it. */
interface Row {
  position: number;
  id: string;
  stream: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
}

/** The head line a CSV report prints, and the head in it. */
function printedHeadOf(csv: string): { line: string; head: string } {
  const line = csv.split('\r\n').find((candidate) => candidate.startsWith('Cabeza firmada del registro'));
  const head = /VLH1\.[^\s;"]+/.exec(line ?? '')?.[0];
  if (line === undefined || head === undefined) throw new Error(`No signed head printed in:\n${csv}`);
  return { line, head };
}

describe('tamper evidence over the whole log', () => {
  let original: string;
  let publicKey: string;
  const radicados: string[] = [];
  let printed: { line: string; head: string };
  const copies: string[] = [];

  beforeAll(async () => {
    const ventanilla = await VentanillaHarness.start({ VENTANILLA_LOG_HEAD_EVERY_EVENTS: '5' });
    original = ventanilla.config.dataDir;
    try {
      // The administrator does it all: every account more would cost a password hash or two.
      const admin = await ventanilla.login();
      for (const documentNumber of ['52987654', '80123456', '1020304050']) {
        const { receivePqrs } = await ventanilla.ok(RECEIVE, { input: petition(documentNumber) }, admin);
        radicados.push(receivePqrs.radicado);
      }
      const lastHead = async (): Promise<string | null> =>
        (await ventanilla.ok(VERIFY, {}, admin)).verifyAuditTrail.lastSignedHead;
      const headOtherThan = async (earlier: string | null): Promise<string> => {
        for (const deadline = Date.now() + 10_000; ;) {
          const head = await lastHead();
          if (head !== null && head !== earlier) return head;
          if (Date.now() > deadline) throw new Error('No new head of the log was signed');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      await headOtherThan(null);
      await ventanilla.ok(
        `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se entrega la copia.") { status } }`,
        { r: radicados[0] },
        admin,
      );

      const today = new Date().toISOString().slice(0, 10);
      const period = { from: `${today.slice(0, 4)}-01-01`, to: today };
      const first = (await ventanilla.ok(ISSUE, period, admin)).report;
      const csvOf = async (downloadUrl: string) =>
        (
          await fetch(ventanilla.url.replace(/\/graphql$/, downloadUrl), {
            headers: { authorization: `Bearer ${admin}` },
          })
        ).text();
      printed = printedHeadOf(await csvOf(first.downloadUrl));
      // More events and another head, then the same report as of the first one's instant.
      for (const documentNumber of ['39876543', '41234567']) {
        const { receivePqrs } = await ventanilla.ok(RECEIVE, { input: petition(documentNumber) }, admin);
        radicados.push(receivePqrs.radicado);
      }
      lastSignedHead = await headOtherThan(printed.head);
      const again = (await ventanilla.ok(ISSUE, { ...period, asOf: first.asOf }, admin)).report;
      reissued = { first, again, againLine: printedHeadOf(await csvOf(again.downloadUrl)).line };
      verifiedOverGraphQL = (await ventanilla.ok(VERIFY, { head: printed.head }, admin)).verifyAuditTrail;
    } finally {
      await ventanilla.app.close();
    }
    publicKey = findSigningKey(original)!.publicKeyText;
  }, 60_000);

  let reissued: {
    first: { asOf: string; contentHash: string };
    again: { asOf: string; contentHash: string };
    againLine: string;
  };
  let verifiedOverGraphQL: { ok: boolean; findings: unknown[] };
  let lastSignedHead: string;

  afterAll(() => {
    for (const directory of [original, ...copies]) rmSync(directory, { recursive: true, force: true });
  });

  /**
   * A data folder holding a copy of the events file, of the attached files the log refers to (the answer
   * letter), and of the signing key unless left out.
   */
  function copyOfLog(options: { withKey?: boolean } = {}): string {
    const directory = mkdtempSync(join(tmpdir(), 'ventanilla-tampered-'));
    copies.push(directory);
    copyFileSync(eventStoreFile(original), eventStoreFile(directory));
    cpSync(join(original, ATTACHMENTS_FOLDER), join(directory, ATTACHMENTS_FOLDER), { recursive: true });
    if (options.withKey ?? true)
      copyFileSync(join(original, SIGNING_KEY_FILE), join(directory, SIGNING_KEY_FILE));
    return directory;
  }

  function tamper(directory: string, change: (db: Database.Database) => void): void {
    const db = new Database(eventStoreFile(directory));
    try {
      change(db);
    } finally {
      db.close();
    }
  }

  function rows(db: Database.Database): Row[] {
    return db.prepare('SELECT * FROM events ORDER BY position').all() as Row[];
  }

  async function auditVerify(
    directory: string,
    options: { head?: string; publicKeys?: string[] } = {},
  ): Promise<{ exitCode: number; lines: string[] }> {
    const lines: string[] = [];
    const exitCode = await runAuditVerify({
      dataDir: directory,
      print: (line) => lines.push(line),
      ...options,
    });
    return { exitCode, lines };
  }

  /**
   * What a forger with the file and the hash function (but not the signing key) does after a change: every
   * event's sequence, previous hash and hash recomputed in log order, and the stream list made to agree.
   */
  function recomputeEverything(db: Database.Database): void {
    const lastOfStream = new Map<string, { revision: number; hash: string }>();
    rows(db).forEach((row, index) => {
      const metadata = JSON.parse(row.metadata) as EventMetadata;
      const resealed: Omit<EventMetadata, 'hash'> = {
        ...metadata,
        ...(metadata.sequence === undefined ? {} : { sequence: index + 1 }),
        previousHash: lastOfStream.get(row.stream)?.hash ?? '',
      };
      const hash = eventHash({
        id: row.id,
        type: row.type,
        schemaVersion: row.schema_version,
        stream: row.stream,
        revision: row.revision,
        data: JSON.parse(row.data),
        metadata: resealed,
      })!;
      db.prepare('UPDATE events SET metadata = ? WHERE position = ?').run(
        JSON.stringify({ ...resealed, hash }),
        row.position,
      );
      lastOfStream.set(row.stream, { revision: row.revision, hash });
    });
    db.prepare('DELETE FROM streams').run();
    for (const [stream, last] of lastOfStream) {
      db.prepare('INSERT INTO streams (name, revision, last_hash) VALUES (?, ?, ?)').run(
        stream,
        last.revision,
        last.hash,
      );
    }
  }

  /** The output has a finding of this kind whose line holds every fragment. */
  function expectFinding(lines: readonly string[], kind: string, ...fragments: string[]): void {
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`${fragments.map((fragment) => `(?=.*${escape(fragment)})`).join('')}.*\\(${kind}\\)$`),
      ),
    );
  }

  function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  describe('the untouched log', () => {
    it('verifies whole, signed heads and the head printed on the report included', async () => {
      const { exitCode, lines } = await auditVerify(copyOfLog(), { head: printed.head });
      expect(exitCode).toBe(0);
      expect(lines[0]).toMatch(
        /^Cadena de auditoría íntegra: \d+ eventos en \d+ flujos; \d+ cabezas? firmadas?/,
      );
      expect(lines[1]).toMatch(
        /^La cabeza impresa \(evento nº \d+\) es auténtica y el registro la extiende\.$/,
      );
      // The answer's letter, re-hashed against the SHA-256 its events record.
      expect(lines[2]).toMatch(/^Archivos adjuntos íntegros: 1 archivos? referidos? por el registro$/);
      expect(lines).toHaveLength(3);
      expect(verifiedOverGraphQL).toEqual({
        ok: true,
        signedHeads: expect.any(Number),
        lastSignedHead: expect.any(String),
        findings: [],
      });
    });

    it('a report prints the last head signed at or before its as-of instant, the same when re-issued as of it', () => {
      expect(printed.line).toMatch(
        /^Cabeza firmada del registro \(evento nº \d+, firmada el \d{2}\/\d{2}\/\d{4} [\d:]{8}\): VLH1\./,
      );
      expect(reissued.again.asOf).toBe(reissued.first.asOf);
      expect(reissued.again.contentHash).toBe(reissued.first.contentHash);
      expect(reissued.againLine).toBe(printed.line);
      // A head was signed after the first report: as of now the log has a later one.
      expect(lastSignedHead).not.toBe(printed.head);
      expect(Number(lastSignedHead.split('.')[1])).toBeGreaterThan(Number(printed.head.split('.')[1]));
    });
  });

  it('a stream’s last event deleted is named by the stream list, and by the global order once the list is mended', async () => {
    const copy = copyOfLog();
    const stream = `pqrs-${radicados[0]}`;
    let notice!: Row;
    tamper(copy, (db) => {
      // The case ends received (and acknowledged), answered, and the answer's notice: that notice goes.
      const ofStream = rows(db).filter((row) => row.stream === stream);
      expect(ofStream.map((row) => [row.revision, row.type])).toEqual([
        [0, 'Received'],
        [1, 'NotificationRequested'],
        [2, 'Answered'],
        [3, 'NotificationRequested'],
      ]);
      notice = ofStream.at(-1)!;
      db.prepare('DELETE FROM events WHERE id = ?').run(notice.id);
    });
    const deleted = await auditVerify(copy);
    expect(deleted.exitCode).toBe(1);
    expectFinding(
      deleted.lines,
      'STREAM_HEAD_MISMATCH',
      `el flujo ${stream} figura con la revisión 3`,
      'terminan en la revisión 2',
    );

    tamper(copy, (db) => {
      const answered = rows(db).find((row) => row.stream === stream && row.revision === 2)!;
      db.prepare('UPDATE streams SET revision = 2, last_hash = ? WHERE name = ?').run(
        JSON.parse(answered.metadata).hash,
        stream,
      );
    });
    const mended = await auditVerify(copy);
    expect(mended.exitCode).toBe(1);
    expectFinding(
      mended.lines,
      'SEQUENCE_MISMATCH',
      'Orden global alterado',
      `está en el lugar ${notice.position}`,
    );
  });

  it('a case stream deleted whole is named by its radicado, still counted', async () => {
    const copy = copyOfLog();
    tamper(copy, (db) => {
      db.prepare('DELETE FROM events WHERE stream = ?').run(`pqrs-${radicados[1]}`);
      db.prepare('DELETE FROM streams WHERE name = ?').run(`pqrs-${radicados[1]}`);
    });
    const { exitCode, lines } = await auditVerify(copy);
    expect(exitCode).toBe(1);
    expectFinding(
      lines,
      'RADICADO_WITHOUT_CASE',
      `Radicado sin caso: ${radicados[1]}`,
      `falta el flujo pqrs-${radicados[1]}`,
    );
  });

  it('a stream taken off the stream list and then edited is named twice: off the list, and edited', async () => {
    const copy = copyOfLog();
    const stream = `pqrs-${radicados[2]}`;
    let received!: Row;
    tamper(copy, (db) => {
      received = rows(db).find((row) => row.stream === stream)!;
      db.prepare('DELETE FROM streams WHERE name = ?').run(stream);
      db.prepare(
        "UPDATE events SET metadata = json_set(metadata, '$.actorId', 'otra-persona') WHERE id = ?",
      ).run(received.id);
    });
    const { exitCode, lines } = await auditVerify(copy);
    expect(exitCode).toBe(1);
    expectFinding(lines, 'STREAM_NOT_LISTED', `Flujo fuera de la lista de flujos: ${stream}`);
    expectFinding(lines, 'HASH_MISMATCH', `Evento alterado: flujo ${stream}, revisión 0, id ${received.id}`);
  });

  it('two events swapped in the global order are named at their places', async () => {
    const copy = copyOfLog();
    let received!: Row;
    tamper(copy, (db) => {
      const log = rows(db);
      const index = log.findIndex((row) => row.stream === `pqrs-${radicados[2]}`);
      received = log[index];
      const before = log[index - 1];
      db.prepare('UPDATE events SET position = -1 WHERE position = ?').run(before.position);
      db.prepare('UPDATE events SET position = ? WHERE position = ?').run(before.position, received.position);
      db.prepare('UPDATE events SET position = ? WHERE position = -1').run(received.position);
    });
    const { exitCode, lines } = await auditVerify(copy);
    expect(exitCode).toBe(1);
    expectFinding(
      lines,
      'SEQUENCE_MISMATCH',
      `id ${received.id}`,
      `fue registrado como el evento nº ${received.position} del registro y está en el lugar ${received.position - 1}`,
    );
  });

  it('a changed recorded_at (what point-in-time reads filter on) is named at its event', async () => {
    const copy = copyOfLog();
    let received!: Row;
    tamper(copy, (db) => {
      received = rows(db).find((row) => row.stream === `pqrs-${radicados[2]}`)!;
      db.prepare("UPDATE events SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE id = ?").run(received.id);
    });
    const { exitCode, lines } = await auditVerify(copy);
    expect(exitCode).toBe(1);
    expectFinding(lines, 'HASH_MISMATCH', `id ${received.id}`);
    expectFinding(
      lines,
      'RECORDED_AT_DECREASES',
      `id ${received.id}`,
      'su fecha de registro (2020-01-01T00:00:00.000Z)',
    );
  });

  it('an edit whose every hash was recomputed with the hash function is named by the signed head it breaks', async () => {
    const copy = copyOfLog();
    tamper(copy, (db) => {
      const received = rows(db).find((row) => row.stream === `pqrs-${radicados[0]}`)!;
      db.prepare(
        "UPDATE events SET metadata = json_set(metadata, '$.actorId', 'otra-persona') WHERE id = ?",
      ).run(received.id);
      recomputeEverything(db);
    });
    const { exitCode, lines } = await auditVerify(copy);
    expect(exitCode).toBe(1);
    expectFinding(
      lines,
      'HEAD_NOT_EXTENDED',
      'La cabeza firmada nº 1',
      'ya no es un prefijo del registro',
      'entre el nº 1 y el nº',
    );
    // Every chain on its own is whole again: only the signed heads tell.
    expect(
      lines.filter((line) => /\((HASH_MISMATCH|CHAIN_BROKEN|REVISION_GAP|SEQUENCE_MISMATCH)\)$/.test(line)),
    ).toEqual([]);
  });

  describe('a signed head the log no longer extends', () => {
    it('a log rewritten whole, its heads removed, verifies on its own but not against the head printed on a report', async () => {
      const copy = copyOfLog({ withKey: false });
      tamper(copy, (db) => {
        db.prepare('DELETE FROM events WHERE stream = ?').run(LOG_HEAD_STREAM);
        const received = rows(db).find((row) => row.stream === `pqrs-${radicados[0]}`)!;
        db.prepare(
          "UPDATE events SET metadata = json_set(metadata, '$.actorId', 'otra-persona') WHERE id = ?",
        ).run(received.id);
        recomputeEverything(db);
      });
      // What someone holding the file alone can do: a log consistent in itself, with no head left in it.
      expect(await auditVerify(copy)).toMatchObject({
        exitCode: 0,
        lines: [
          expect.stringMatching(/sin cabezas firmadas$/),
          expect.stringMatching(/^Archivos adjuntos íntegros: /),
        ],
      });

      // The Contraloría's copy of the report, and the installation's public key, tell.
      const { exitCode, lines } = await auditVerify(copy, { head: printed.head, publicKeys: [publicKey] });
      expect(exitCode).toBe(1);
      const sequence = printed.head.split('.')[1];
      expectFinding(
        lines,
        'HEAD_NOT_EXTENDED',
        `La cabeza impresa en el informe (evento nº ${sequence}) ya no es un prefijo del registro`,
      );
    });

    it('a log cut short before a signed head is named by that head', async () => {
      const copy = copyOfLog();
      // Everything from the last event the printed head covers on is gone.
      const covered = Number(printed.head.split('.')[1]);
      tamper(copy, (db) => {
        db.prepare('DELETE FROM events WHERE position >= ?').run(rows(db)[covered - 1].position);
        recomputeEverything(db);
      });
      const { exitCode, lines } = await auditVerify(copy, { head: printed.head });
      expect(exitCode).toBe(1);
      expectFinding(
        lines,
        'HEAD_BEYOND_LOG',
        'La cabeza impresa en el informe',
        'se borraron eventos del final del registro',
      );
    });
  });
});
