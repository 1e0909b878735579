// The port that keeps attached files' bytes, addressed by their content: the key of a file is the hex
// SHA-256 of its bytes, so the same file uploaded twice is kept once and a reference in an event names
// exactly one content. Adapters: files under the data folder, or GridFS when MongoDB holds the read models.
import { createHash } from 'node:crypto';

export interface AttachmentStore {
  /** Keeps the bytes and answers their SHA-256; keeping bytes already kept changes nothing. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes kept under this SHA-256, or null when none are (never kept, or deleted). */
  get(sha256: string): Promise<Uint8Array | null>;
  has(sha256: string): Promise<boolean>;
  /** Removes the bytes; removing bytes not kept changes nothing. */
  delete(sha256: string): Promise<void>;
  /** Where the files live, named for /health: the engine, never a path or a host. */
  readonly engine: 'Carpeta de datos' | 'MongoDB GridFS';
  /** Resolves when the store can keep a file now (its folder writable, its database answering). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const ATTACHMENT_STORE = Symbol('AttachmentStore');

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Keys come from our own registry and events, but a path or a query is built from them: refuse anything else. */
export function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error(`"${sha256}" no es una huella SHA-256 en hexadecimal.`);
}
