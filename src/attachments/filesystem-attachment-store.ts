// The embedded AttachmentStore: each file's bytes in `<dataDir>/attachments/<aa>/<bb>/<sha256>` (the first
// two pairs of hex digits spread the files over folders, so none grows to millions of entries), readable by
// the account that runs Ventanilla only, like every other data file. A file appears whole or not at all: it
// is written beside its final name, flushed to disk, then renamed into place. The write is synchronous, as
// the embedded databases' commits are: a handful of system calls and two flushes, rather than a dozen trips
// through the thread pool each waiting its turn behind whatever else the process is doing.
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { access, readFile, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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
    mkdirSync(dirname(path), { recursive: true, mode: OWNER_ONLY_FOLDER });
    // A name of its own per writer: two uploads of the same file at once each write theirs, and the second
    // rename replaces identical bytes.
    const temporary = `${path}.${randomUUID()}.part`;
    try {
      const file = openSync(temporary, 'wx', OWNER_ONLY_FILE);
      try {
        writeFileSync(file, bytes);
        fsyncSync(file);
      } finally {
        closeSync(file);
      }
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    syncFolder(dirname(path));
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

/** The rename is durable only once the folder's entry is on disk too. */
function syncFolder(folder: string): void {
  const handle = openSync(folder, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}
