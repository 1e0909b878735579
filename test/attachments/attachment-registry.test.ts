// The registry of uploads on a temporary data folder and the files store: what a command may name (in
// order, the unknown and the erased refused, a citizen only a citizen's unclaimed uploads, the filing's
// limits), claims that keep their first owner, an owner's erasure taking their files' bytes unless another
// live upload holds the same content, and the sweep of uploads nobody claimed.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Uploader } from '../../src/attachments/attachment-registry.js';
import { FilesystemAttachmentStore } from '../../src/attachments/filesystem-attachment-store.js';
import {
  ATTACHMENT_REGISTRY_FILE,
  SqliteAttachmentRegistry,
} from '../../src/attachments/sqlite-attachment-registry.js';
import { BadUserInput } from '../../src/engine/application-errors.js';

const STAFF: Uploader = { kind: 'STAFF', actorId: 'agente-1' };
const PUBLIC: Uploader = { kind: 'PUBLIC' };
const PDF = 'application/pdf';

describe('the registry of uploads', () => {
  let dataDir: string;
  let store: FilesystemAttachmentStore;
  let registry: SqliteAttachmentRegistry;
  let now: Date;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-registry-'));
    store = FilesystemAttachmentStore.open(dataDir);
    now = new Date('2026-03-02T15:00:00.000Z');
    registry = SqliteAttachmentRegistry.open({
      dataDir,
      store,
      limits: { maxFileBytes: 10_000, maxFilesPerFiling: 3, maxTotalBytesPerFiling: 5_000 },
      now: () => now,
    });
  });

  afterEach(async () => {
    await registry.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const keep = (uploader: Uploader, bytes: Uint8Array = randomBytes(100), fileName = 'carta.pdf') =>
    registry.keep(bytes, { fileName, mediaType: PDF, uploader });

  async function refusalOf(attempt: Promise<unknown>): Promise<BadUserInput> {
    const outcome = await attempt.then(
      () => null,
      (error: unknown) => error,
    );
    if (!(outcome instanceof BadUserInput))
      throw new Error(`se esperaba BadUserInput y hubo ${String(outcome)}`);
    return outcome;
  }

  it('records an upload with a fresh id, its content’s SHA-256 and who sent it, unclaimed', async () => {
    const bytes = randomBytes(321);
    const upload = await keep(STAFF, bytes, 'Oficio.pdf');

    expect(upload.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(upload).toMatchObject({
      fileName: 'Oficio.pdf',
      mediaType: PDF,
      size: 321,
      uploader: STAFF,
      uploadedAt: '2026-03-02T15:00:00.000Z',
      ownerId: null,
      claimedBy: null,
      claimedAt: null,
      erasedAt: null,
    });
    expect(Buffer.from((await store.get(upload.sha256))!)).toEqual(bytes);
    expect(registry.find(upload.id)).toEqual(upload);
  });

  it('gives a command the references it names, in the order named', async () => {
    const [first, second] = [await keep(STAFF), await keep(PUBLIC)];

    const refs = await registry.forCommand([second.id, first.id], STAFF);
    expect(refs).toEqual([
      { id: second.id, fileName: 'carta.pdf', mediaType: PDF, size: 100, sha256: second.sha256 },
      { id: first.id, fileName: 'carta.pdf', mediaType: PDF, size: 100, sha256: first.sha256 },
    ]);
  });

  it('refuses an id never uploaded, on the field named, with the same words as any unavailable file', async () => {
    const refused = await refusalOf(
      registry.forCommand(['6f1c2d3e-4a5b-4c6d-8e7f-001122334455'], STAFF, 'answer.attachmentIds'),
    );
    expect(refused.field).toBe('answer.attachmentIds');
    expect(refused.message).toBe(
      'El archivo adjunto «6f1c2d3e-4a5b-4c6d-8e7f-001122334455» no existe o ya no está disponible.',
    );
    await refusalOf(registry.forCommand(['../../etc/passwd'], STAFF));
  });

  it('lets a citizen name only uploads from the public that no filing took yet', async () => {
    const byStaff = await keep(STAFF);
    const taken = await keep(PUBLIC);
    const fresh = await keep(PUBLIC);
    await registry.claim('persona-1', [taken.id], 'pqrs-2026-000001');

    for (const id of [byStaff.id, taken.id]) {
      const refused = await refusalOf(registry.forCommand([id], PUBLIC));
      expect(refused.message).toBe(`El archivo adjunto «${id}» no existe o ya no está disponible.`);
    }
    await expect(registry.forCommand([fresh.id], PUBLIC)).resolves.toHaveLength(1);
    // Staff may attach what is already on another record (a letter answering two cases).
    await expect(registry.forCommand([taken.id], STAFF)).resolves.toHaveLength(1);
  });

  it('checks the filing’s limits: how many files, how many bytes together, none twice', async () => {
    const uploads = [await keep(STAFF), await keep(STAFF), await keep(STAFF), await keep(STAFF)];
    expect(
      (
        await refusalOf(
          registry.forCommand(
            uploads.map((u) => u.id),
            STAFF,
          ),
        )
      ).message,
    ).toBe('Se adjuntaron 4 archivos; se permiten hasta 3 por radicación.');
    expect((await refusalOf(registry.forCommand([uploads[0]!.id, uploads[0]!.id], STAFF))).message).toBe(
      'El mismo archivo adjunto está más de una vez.',
    );
    const large = [await keep(STAFF, randomBytes(3_000)), await keep(STAFF, randomBytes(3_000))];
    const refused = await refusalOf(
      registry.forCommand(
        large.map((u) => u.id),
        STAFF,
        'input.attachmentIds',
      ),
    );
    expect(refused.field).toBe('input.attachmentIds');
    expect(refused.message).toMatch(/suman 6 KB; en total se permiten hasta 5 KB por radicación/);
  });

  it('a claim gives the uploads their owner and record, once: claiming again changes nothing', async () => {
    const upload = await keep(PUBLIC);
    await registry.claim('persona-1', [upload.id], 'pqrs-2026-000001');
    now = new Date('2026-03-03T10:00:00.000Z');
    await registry.claim('persona-2', [upload.id], 'pqrs-2026-000002');

    expect(registry.find(upload.id)).toMatchObject({
      ownerId: 'persona-1',
      claimedBy: 'pqrs-2026-000001',
      claimedAt: '2026-03-02T15:00:00.000Z',
    });
  });

  describe('erasing an owner’s files', () => {
    it('marks their uploads erased, blanks the names, deletes the bytes and refuses them to commands', async () => {
      const [letter, scan] = [
        await keep(PUBLIC, randomBytes(50), 'Cédula de Ana Gómez.pdf'),
        await keep(PUBLIC),
      ];
      const someoneElses = await keep(PUBLIC);
      await registry.claim('persona-1', [letter.id, scan.id], 'pqrs-2026-000001');
      await registry.claim('persona-2', [someoneElses.id], 'pqrs-2026-000002');
      now = new Date('2026-04-01T12:00:00.000Z');

      expect(await registry.eraseOwnedBy('persona-1')).toBe(2);

      expect(registry.find(letter.id)).toMatchObject({ fileName: '', erasedAt: '2026-04-01T12:00:00.000Z' });
      expect(await store.has(letter.sha256)).toBe(false);
      expect(await store.has(scan.sha256)).toBe(false);
      expect(await store.has(someoneElses.sha256)).toBe(true);
      await refusalOf(registry.forCommand([letter.id], STAFF));
      // Nothing of the name stays in the registry's files (the database and its write-ahead log).
      const onDisk = ['', '-wal']
        .map((suffix) => join(dataDir, `${ATTACHMENT_REGISTRY_FILE}${suffix}`))
        .filter((path) => existsSync(path))
        .map((path) => readFileSync(path));
      expect(onDisk.length).toBeGreaterThan(0);
      for (const bytes of onDisk) expect(bytes.includes(Buffer.from('Ana Gómez'))).toBe(false);
    });

    it('keeps bytes another live upload holds (the same file sent for two people)', async () => {
      const bytes = randomBytes(200);
      const [mine, theirs] = [await keep(PUBLIC, bytes), await keep(STAFF, bytes)];
      await registry.claim('persona-1', [mine.id], 'pqrs-2026-000001');
      await registry.claim('persona-2', [theirs.id], 'pqrs-2026-000002');

      expect(await registry.eraseOwnedBy('persona-1')).toBe(1);
      expect(await store.has(mine.sha256)).toBe(true);

      expect(await registry.eraseOwnedBy('persona-2')).toBe(1);
      expect(await store.has(mine.sha256)).toBe(false);
    });

    it('erasing again erases nothing more, and finishes deleting bytes an interrupted erasure left', async () => {
      const bytes = randomBytes(80);
      const upload = await keep(PUBLIC, bytes);
      await registry.claim('persona-1', [upload.id], 'pqrs-2026-000001');
      await registry.eraseOwnedBy('persona-1');
      // As if the first erasure had stopped after marking the rows, before deleting the bytes.
      await store.put(bytes);

      expect(await registry.eraseOwnedBy('persona-1')).toBe(0);
      expect(await store.has(upload.sha256)).toBe(false);
      expect(await registry.eraseOwnedBy('nadie')).toBe(0);
    });
  });

  it('sweeps uploads no command claimed since before the given time, with their bytes', async () => {
    const old = await keep(PUBLIC);
    const oldButClaimed = await keep(PUBLIC);
    await registry.claim(null, [oldButClaimed.id], 'improvement-action-1');
    now = new Date('2026-03-03T16:00:00.000Z');
    const recent = await keep(PUBLIC);

    expect(await registry.sweepUnclaimed(new Date('2026-03-03T15:00:00.000Z'))).toBe(1);

    expect(registry.find(old.id)).toBeNull();
    expect(await store.has(old.sha256)).toBe(false);
    expect(registry.find(oldButClaimed.id)).not.toBeNull();
    expect(registry.find(recent.id)).not.toBeNull();
    expect(await store.has(recent.sha256)).toBe(true);
  });
});
