// A file referenced by an event is still the file the event recorded: the verifier re-hashes the kept bytes
// against the event's SHA-256, and `npm run audit:verify` runs it over every reference in the log, reporting a
// file altered or lost behind the log's back (and accepting one erased with its owner's personal data).
// No command carries files yet in these tests' log, so the events are appended to the store directly.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttachmentVerifier, attachmentRefsIn } from '../../src/attachments/attachment-verifier.js';
import { FilesystemAttachmentStore } from '../../src/attachments/filesystem-attachment-store.js';
import {
  refOf,
  SqliteAttachmentRegistry,
  type StoredAttachment,
} from '../../src/attachments/sqlite-attachment-registry.js';
import { AUDIT_EXIT_CODE, runAuditVerify } from '../../src/cli/audit-verify.js';
import { DEFAULT_ATTACHMENT_LIMITS } from '../../src/domain/shared/attachments.js';
import type { NewEvent } from '../../src/engine/eventstore/event-store.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';

function newEvent(type: string, data: unknown): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actorId: 'agente-1',
      actorRole: 'AGENT',
      occurredAt: '2026-03-02T15:00:00.000Z',
      correlationId: 'correlation-1',
      causationId: 'command-1',
    },
  };
}

describe('verifying attached files against the log', () => {
  let dataDir: string;
  let store: FilesystemAttachmentStore;
  let registry: SqliteAttachmentRegistry;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-attachment-audit-'));
    store = FilesystemAttachmentStore.open(dataDir);
    registry = SqliteAttachmentRegistry.open({ dataDir, store, limits: DEFAULT_ATTACHMENT_LIMITS });
  });

  afterEach(async () => {
    await registry.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const keep = (fileName: string): Promise<StoredAttachment> =>
    registry.keep(randomBytes(200), {
      fileName,
      mediaType: 'application/pdf',
      uploader: { kind: 'STAFF', actorId: 'agente-1' },
    });

  it('tells a whole file from an altered, a lost and an erased one', async () => {
    const [whole, altered, lost, erased] = [
      await keep('a.pdf'),
      await keep('b.pdf'),
      await keep('c.pdf'),
      await keep('d.pdf'),
    ];
    writeFileSync(store.pathOf(altered.sha256), randomBytes(200));
    unlinkSync(store.pathOf(lost.sha256));
    await registry.claim('persona-1', [erased.id], 'pqrs-2026-000001');
    await registry.eraseOwnedBy('persona-1');
    const verifier = new AttachmentVerifier(store, registry);

    expect(await verifier.verify(refOf(whole))).toBe('ok');
    expect(await verifier.verify(refOf(altered))).toBe('mismatch');
    expect(await verifier.verify(refOf(lost))).toBe('missing');
    expect(await verifier.verify(refOf(erased))).toBe('erased');
    // An event naming other bytes than its upload recorded: the event or the registry was changed.
    expect(await verifier.verify({ id: whole.id, sha256: altered.sha256 })).toBe('mismatch');
  });

  it('finds references in any `attachments` list or `attachment` object of an event, at any depth', () => {
    const ref = (id: string) => ({
      id,
      fileName: 'x.pdf',
      mediaType: 'application/pdf',
      size: 1,
      sha256: 'f'.repeat(64),
    });
    expect(
      attachmentRefsIn({
        attachments: [ref('1'), ref('2')],
        answer: { text: { ref: 't-1' }, attachments: [ref('3')] },
        documents: [{ code: 'RUT', attachment: ref('4') }],
        attachment: null,
        notAFile: { sha256: 'a'.repeat(64) },
      }).map((found) => found.id),
    ).toEqual(['1', '2', '3', '4']);
  });

  describe('npm run audit:verify', () => {
    async function logWith(...events: [string, NewEvent][]): Promise<void> {
      const log = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
      try {
        for (const [stream, event] of events) await log.append(stream, [event], 'any');
      } finally {
        await log.close();
      }
    }

    async function auditVerify(): Promise<{ exitCode: number; lines: string[] }> {
      const lines: string[] = [];
      const exitCode = await runAuditVerify({ dataDir, print: (line) => lines.push(line) });
      return { exitCode, lines };
    }

    it('re-hashes every file the log references and finds a file overwritten on disk', async () => {
      const [letter, evidence, erased] = [
        await keep('oficio.pdf'),
        await keep('acta.pdf'),
        await keep('cc.pdf'),
      ];
      await registry.claim('persona-1', [erased.id], 'pqrs-2026-000001');
      await logWith(
        ['pqrs-2026-000001', newEvent('Received', { attachments: [refOf(letter), refOf(erased)] })],
        ['improvement-action-1', newEvent('EvidenceAdded', { evidence: { attachment: refOf(evidence) } })],
        // The same file named again is checked once.
        ['pqrs-2026-000001', newEvent('Answered', { answer: { attachments: [refOf(letter)] } })],
      );
      await registry.eraseOwnedBy('persona-1');

      const whole = await auditVerify();
      expect(whole.exitCode).toBe(AUDIT_EXIT_CODE.intact);
      expect(whole.lines).toEqual([
        expect.stringMatching(/^Cadena de auditoría íntegra: 3 eventos en 2 flujos/),
        'Archivos adjuntos íntegros: 3 archivos referidos por el registro (1 borrado con los datos personales de su titular)',
      ]);

      writeFileSync(store.pathOf(evidence.sha256), Buffer.from('%PDF-1.4 otra acta'));
      const tampered = await auditVerify();
      expect(tampered.exitCode).toBe(AUDIT_EXIT_CODE.tampered);
      expect(tampered.lines.slice(1)).toEqual([
        'Archivos adjuntos alterados o perdidos (1 de 3):',
        `El archivo ${evidence.id} (evento nº 2, EvidenceAdded en improvement-action-1) no coincide con la ` +
          `huella SHA-256 que el evento registra (${evidence.sha256})`,
      ]);
    });

    it('reports a referenced file lost from the store', async () => {
      const letter = await keep('oficio.pdf');
      await logWith(['pqrs-2026-000002', newEvent('Received', { attachments: [refOf(letter)] })]);
      unlinkSync(store.pathOf(letter.sha256));

      const { exitCode, lines } = await auditVerify();
      expect(exitCode).toBe(AUDIT_EXIT_CODE.tampered);
      expect(lines.at(-1)).toBe(
        `El archivo ${letter.id} (evento nº 1, Received en pqrs-2026-000002) no se encuentra en el almacén ` +
          `de archivos (SHA-256 ${letter.sha256})`,
      );
    });

    it('says nothing of files when the log references none', async () => {
      await logWith(['pqrs-2026-000003', newEvent('Received', { subject: { ref: 't-1' } })]);

      const { exitCode, lines } = await auditVerify();
      expect(exitCode).toBe(AUDIT_EXIT_CODE.intact);
      expect(lines).toHaveLength(1);
    });
  });
});
