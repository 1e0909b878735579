// The embedded AttachmentStore: each file's bytes in `<dataDir>/attachments/<aa>/<bb>/<sha256>` (the first
// two pairs of hex digits spread the files over folders, so none grows to millions of entries), readable by
// the account that runs Ventanilla only, like every other data file. A file appears whole or not at all: it
// is written beside its final name, flushed to disk, then renamed into place, the folder flushed too. That
// write runs on a thread of its own, in one go: two flushes would hold the event loop (and every request in
// flight) if done here, and a dozen asynchronous calls would each wait their turn behind other work.
import { randomUUID } from 'node:crypto';
import { constants, existsSync, mkdirSync } from 'node:fs';
import { access, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { InlineWorkerPool } from '../engine/inline-worker-pool.js';
import { assertSha256, sha256Of, type AttachmentStore } from './attachment-store.js';

export const ATTACHMENTS_FOLDER = 'attachments';
const OWNER_ONLY_FOLDER = 0o700;
const OWNER_ONLY_FILE = 0o600;

export class FilesystemAttachmentStore implements AttachmentStore {
  private constructor(readonly root: string) {}

  static open(dataDir: string): FilesystemAttachmentStore {
    const root = join(dataDir, ATTACHMENTS_FOLDER);
    mkdirSync(root, { recursive: true, mode: OWNER_ONLY_FOLDER });
    return new FilesystemAttachmentStore(root);
  }

  /** Where the bytes of this SHA-256 live (whether or not they are there). */
  pathOf(sha256: string): string {
    assertSha256(sha256);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Of(bytes);
    const path = this.pathOf(sha256);
    if (existsSync(path)) return sha256;
    // A name of its own per writer: two uploads of the same file at once each write theirs, and the second
    // rename replaces identical bytes.
    fileWriter ??= new InlineWorkerPool<FileWrite, null>({
      source: FILE_WRITER_SOURCE,
      threads: 1,
      threadName: 'el hilo de escritura de adjuntos',
    });
    await fileWriter.run({ path, temporary: `${path}.${randomUUID()}.part`, bytes });
    return sha256;
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    try {
      return await readFile(this.pathOf(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  async delete(sha256: string): Promise<void> {
    try {
      await unlink(this.pathOf(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  readonly engine = 'Carpeta de datos' as const;

  async ping(): Promise<void> {
    await access(this.root, constants.W_OK);
  }

  async close(): Promise<void> {}
}

interface FileWrite {
  readonly path: string;
  readonly temporary: string;
  readonly bytes: Uint8Array;
}

/** The one thread that writes attachment files, started with the first. */
let fileWriter: InlineWorkerPool<FileWrite, null> | undefined;

// The rename is durable only once the folder's entry is on disk too.
const FILE_WRITER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const { dirname } = require('node:path');
const syncFolder = (folder) => {
  const handle = fs.openSync(folder, 'r');
  try { fs.fsyncSync(handle); } finally { fs.closeSync(handle); }
};
parentPort.on('message', ({ path, temporary, bytes }) => {
  try {
    fs.mkdirSync(dirname(path), { recursive: true, mode: 0o${OWNER_ONLY_FOLDER.toString(8)} });
    try {
      const file = fs.openSync(temporary, 'wx', 0o${OWNER_ONLY_FILE.toString(8)});
      try {
        fs.writeFileSync(file, bytes);
        fs.fsyncSync(file);
      } finally {
        fs.closeSync(file);
      }
      fs.renameSync(temporary, path);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw error;
    }
    syncFolder(dirname(path));
    parentPort.postMessage({ reply: null });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
`;
