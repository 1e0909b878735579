// The AttachmentStore contract, written once for the port: every adapter (files under the data folder,
// GridFS on the MongoDB stand-in and on a real MongoDB) runs this suite. Every test keeps contents of its own
// (random bytes), so adapters sharing one database never see each other's files.
import { createHash, randomBytes } from 'node:crypto';
import type { AttachmentStore } from '../../src/attachments/attachment-store.js';

export interface OpenedAttachmentStore {
  readonly store: AttachmentStore;
  /** Closes the store and removes what it can of its data. */
  readonly cleanup: () => Promise<void>;
}

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function attachmentStoreContract(name: string, open: () => Promise<OpenedAttachmentStore>): void {
  describe(`AttachmentStore contract: ${name}`, () => {
    let opened: OpenedAttachmentStore;
    let store: AttachmentStore;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });

    afterEach(async () => {
      await opened.cleanup();
    });

    it('keeps bytes under the hex SHA-256 of their content and gives back the same bytes', async () => {
      const bytes = randomBytes(1_000);
      const sha256 = await store.put(bytes);

      expect(sha256).toBe(sha256Hex(bytes));
      expect(await store.has(sha256)).toBe(true);
      expect(Buffer.from((await store.get(sha256))!)).toEqual(bytes);
    });

    it('answers a ping while it can take files, and names its engine (never a path or a host)', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      expect(['Carpeta de datos', 'MongoDB GridFS']).toContain(store.engine);
    });

    it('answers nothing for a content never kept', async () => {
      const sha256 = sha256Hex(randomBytes(16));

      expect(await store.has(sha256)).toBe(false);
      expect(await store.get(sha256)).toBeNull();
    });

    it('keeping the same bytes again answers the same key and changes nothing', async () => {
      const bytes = randomBytes(2_000);
      const first = await store.put(bytes);
      const second = await store.put(Uint8Array.from(bytes));

      expect(second).toBe(first);
      expect(Buffer.from((await store.get(first))!)).toEqual(bytes);
      // One deletion removes it: there were not two copies to delete.
      await store.delete(first);
      expect(await store.has(first)).toBe(false);
    });

    it('keeps different contents apart', async () => {
      const [one, other] = [randomBytes(500), randomBytes(500)];
      const [oneKey, otherKey] = [await store.put(one), await store.put(other)];

      expect(oneKey).not.toBe(otherKey);
      await store.delete(oneKey);
      expect(await store.get(oneKey)).toBeNull();
      expect(Buffer.from((await store.get(otherKey))!)).toEqual(other);
    });

    it('gives back a large file whole, byte for byte (several GridFS chunks, a partial last one)', async () => {
      const bytes = randomBytes(3 * 255 * 1024 + 4_321);
      const sha256 = await store.put(bytes);

      const read = await store.get(sha256);
      expect(read?.byteLength).toBe(bytes.length);
      expect(sha256Hex(read!)).toBe(sha256);
    });

    it('keeps an empty content too', async () => {
      const sha256 = await store.put(new Uint8Array(0));

      expect(sha256).toBe(sha256Hex(new Uint8Array(0)));
      expect(await store.has(sha256)).toBe(true);
      expect((await store.get(sha256))?.byteLength).toBe(0);
      await store.delete(sha256);
    });

    it('two writers of the same bytes at once both succeed, and one deletion removes the content', async () => {
      const bytes = randomBytes(300_000);
      const keys = await Promise.all([store.put(bytes), store.put(bytes), store.put(bytes)]);

      expect(new Set(keys)).toEqual(new Set([sha256Hex(bytes)]));
      expect(sha256Hex((await store.get(keys[0]!))!)).toBe(keys[0]);
      await store.delete(keys[0]!);
      expect(await store.has(keys[0]!)).toBe(false);
      expect(await store.get(keys[0]!)).toBeNull();
    });

    it('deleting a content not kept changes nothing, and deleted bytes may be kept again', async () => {
      const bytes = randomBytes(700);
      const sha256 = sha256Hex(bytes);
      await store.delete(sha256);

      await store.put(bytes);
      await store.delete(sha256);
      await store.delete(sha256);
      expect(await store.has(sha256)).toBe(false);
      await store.put(bytes);
      expect(Buffer.from((await store.get(sha256))!)).toEqual(bytes);
    });

    it('refuses a key that is not a hex SHA-256 (a path, a query) before touching the storage', async () => {
      for (const key of ['../../master.key', 'A'.repeat(64), '', `${'a'.repeat(64)}/x`]) {
        await expect(store.get(key)).rejects.toThrow(/no es una huella SHA-256/);
        await expect(store.has(key)).rejects.toThrow(/no es una huella SHA-256/);
        await expect(store.delete(key)).rejects.toThrow(/no es una huella SHA-256/);
      }
    });
  });
}
