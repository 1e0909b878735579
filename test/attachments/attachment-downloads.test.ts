// Public downloads decided by the PQRS feature's PublicAttachmentAccess (here a table of the files each
// radicado and code may read): the holder of the right code gets the file, and every other case — a wrong
// code, another case's file, an unknown id, no module answering for the codes, a file erased but asked for
// with a wrong code — gets the one same refusal, so nothing tells them apart.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublicAttachmentAccess } from '../../src/attachments/attachment-registry.js';
import { AttachmentDownloads, type DownloadCaller } from '../../src/attachments/attachment-downloads.js';
import { AttachmentRefusal } from '../../src/attachments/attachment-uploads.js';
import { FilesystemAttachmentStore } from '../../src/attachments/filesystem-attachment-store.js';
import { SqliteAttachmentRegistry } from '../../src/attachments/sqlite-attachment-registry.js';
import { DEFAULT_ATTACHMENT_LIMITS } from '../../src/domain/shared/attachments.js';

/** Which files each radicado with its code may read, as the tracking page would show them. */
class TableOfReadableFiles implements PublicAttachmentAccess {
  readonly asked: [string, string, string][] = [];
  constructor(private readonly readable: Record<string, { code: string; files: string[] }>) {}

  async mayDownload(radicado: string, accessCode: string, attachmentId: string): Promise<boolean> {
    this.asked.push([radicado, accessCode, attachmentId]);
    const entry = this.readable[radicado];
    return entry !== undefined && entry.code === accessCode && entry.files.includes(attachmentId);
  }
}

describe('public downloads', () => {
  let dataDir: string;
  let registry: SqliteAttachmentRegistry;
  let store: FilesystemAttachmentStore;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-downloads-'));
    store = FilesystemAttachmentStore.open(dataDir);
    registry = SqliteAttachmentRegistry.open({ dataDir, store, limits: DEFAULT_ATTACHMENT_LIMITS });
  });

  afterEach(async () => {
    await registry.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const holder = (radicado: string, accessCode: string): DownloadCaller => ({
    kind: 'PUBLIC',
    radicado,
    accessCode,
  });

  async function refusalOf(attempt: Promise<unknown>): Promise<AttachmentRefusal> {
    const outcome = await attempt.then(
      () => null,
      (error: unknown) => error,
    );
    if (!(outcome instanceof AttachmentRefusal))
      throw new Error(`se esperaba un rechazo y hubo ${String(outcome)}`);
    return outcome;
  }

  it('serves the holder of the radicado and its code a file of their case, and nothing else alike', async () => {
    const bytes = randomBytes(64);
    const answer = await registry.keep(bytes, {
      fileName: 'respuesta.pdf',
      mediaType: 'application/pdf',
      uploader: { kind: 'STAFF', actorId: 'agente-1' },
    });
    const otherCase = await registry.keep(randomBytes(64), {
      fileName: 'otro.pdf',
      mediaType: 'application/pdf',
      uploader: { kind: 'PUBLIC' },
    });
    const access = new TableOfReadableFiles({
      'PQRS-2026-000007': { code: 'K7P2-9QXM', files: [answer.id] },
      'PQRS-2026-000008': { code: 'ZZZZ-ZZZZ', files: [otherCase.id] },
    });
    const downloads = new AttachmentDownloads(registry, store, () => access);

    const served = await downloads.open(answer.id, holder('PQRS-2026-000007', 'K7P2-9QXM'));
    expect(Buffer.from(served.bytes)).toEqual(bytes);
    expect(served.attachment).toEqual({
      id: answer.id,
      fileName: 'respuesta.pdf',
      mediaType: 'application/pdf',
      size: 64,
      sha256: answer.sha256,
    });
    expect(access.asked).toEqual([['PQRS-2026-000007', 'K7P2-9QXM', answer.id]]);

    const refusals = [
      await refusalOf(downloads.open(answer.id, holder('PQRS-2026-000007', 'MAL0-CODE'))),
      await refusalOf(downloads.open(otherCase.id, holder('PQRS-2026-000007', 'K7P2-9QXM'))),
      await refusalOf(downloads.open(answer.id, holder('PQRS-2026-999999', 'K7P2-9QXM'))),
      await refusalOf(
        downloads.open('6f1c2d3e-4a5b-4c6d-8e7f-001122334455', holder('PQRS-2026-000007', 'K7P2-9QXM')),
      ),
    ];
    for (const refusal of refusals) {
      expect([refusal.status, refusal.code, refusal.message]).toEqual([
        404,
        'NOT_FOUND',
        'No se encontró el archivo solicitado con los datos indicados.',
      ]);
    }
  });

  it('a file erased with its owner answers 410 to the right code only', async () => {
    const file = await registry.keep(randomBytes(32), {
      fileName: 'cedula.pdf',
      mediaType: 'application/pdf',
      uploader: { kind: 'PUBLIC' },
    });
    await registry.claim('persona-1', [file.id], 'pqrs-2026-000009');
    await registry.eraseOwnedBy('persona-1');
    const access = new TableOfReadableFiles({ 'PQRS-2026-000009': { code: 'AAAA-BBBB', files: [file.id] } });
    const downloads = new AttachmentDownloads(registry, store, () => access);

    expect((await refusalOf(downloads.open(file.id, holder('PQRS-2026-000009', 'AAAA-BBBB')))).status).toBe(
      410,
    );
    expect((await refusalOf(downloads.open(file.id, holder('PQRS-2026-000009', 'CCCC-DDDD')))).status).toBe(
      404,
    );
  });

  it('without a module answering for access codes, every public download is the same 404', async () => {
    const file = await registry.keep(randomBytes(32), {
      fileName: 'respuesta.pdf',
      mediaType: 'application/pdf',
      uploader: { kind: 'STAFF', actorId: 'agente-1' },
    });
    const downloads = new AttachmentDownloads(registry, store, () => null);

    expect((await refusalOf(downloads.open(file.id, holder('PQRS-2026-000001', 'AAAA-BBBB')))).status).toBe(
      404,
    );
  });
});
