// The AttachmentStore on MongoDB (when MONGODB_URL holds the read models, so every machine running
// Ventanilla sees the same files): GridFS, in the bucket `attachments`, each file named by its SHA-256.
// GridFS writes a file's chunks first and its file document last, so a file is found only once it is whole;
// chunks an interrupted upload left behind belong to no file document and are never read.
import { GridFSBucket, MongoClient, type Db, type ObjectId } from 'mongodb';
import {
  databaseNameOf,
  DEFAULT_MONGODB_DATABASE,
} from '../engine/read-models/mongodb/mongo-read-model-store.js';
import { assertSha256, sha256Of, type AttachmentStore } from './attachment-store.js';

export const ATTACHMENTS_BUCKET = 'attachments';
const DEFAULT_SERVER_SELECTION_TIMEOUT_MS = 5_000;

export interface GridFsAttachmentStoreOptions {
  /** The MONGODB_URL the read models use: the same server and database, with the same timeouts. */
  readonly url: string;
  readonly serverSelectionTimeoutMs?: number;
}

interface StoredFile {
  readonly _id: ObjectId;
  readonly filename: string;
}

export class GridFsAttachmentStore implements AttachmentStore {
  private readonly bucket: GridFSBucket;

  private constructor(
    private readonly db: Db,
    /** Closed with the store when the store opened it. */
    private readonly ownClient: MongoClient | null,
  ) {
    this.bucket = new GridFSBucket(db, { bucketName: ATTACHMENTS_BUCKET });
  }

  /** Connects as the read-model store does (the database named in the URL, else 'ventanilla'). */
  static async connect(options: GridFsAttachmentStoreOptions): Promise<GridFsAttachmentStore> {
    const timeoutInUrl = /[?&]serverSelectionTimeoutMS=(\d+)/i.exec(options.url)?.[1];
    const client = new MongoClient(options.url, {
      serverSelectionTimeoutMS:
        options.serverSelectionTimeoutMs ??
        (timeoutInUrl === undefined ? DEFAULT_SERVER_SELECTION_TIMEOUT_MS : Number(timeoutInUrl)),
    });
    try {
      await client.connect();
      const db = client.db(databaseNameOf(options.url) ?? DEFAULT_MONGODB_DATABASE);
      await db.command({ ping: 1 });
      return new GridFsAttachmentStore(db, client);
    } catch (error) {
      await client.close().catch(() => undefined);
      throw error;
    }
  }

  /** A store over a database opened elsewhere (a test stand-in, a shared client); close() leaves it open. */
  static fromDb(db: Db): GridFsAttachmentStore {
    return new GridFsAttachmentStore(db, null);
  }

  /** Resolves when the server answers; for /health. */
  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Of(bytes);
    if (await this.has(sha256)) return sha256;
    const upload = this.bucket.openUploadStream(sha256);
    await new Promise<void>((resolve, reject) => {
      upload.once('finish', resolve);
      upload.once('error', reject);
      upload.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    return sha256;
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    const [file] = await this.filesNamed(sha256);
    if (file === undefined) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of this.bucket.openDownloadStream(file._id)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.filesNamed(sha256)).length > 0;
  }

  async delete(sha256: string): Promise<void> {
    // Two uploads of the same file at once may each have written a copy: all go.
    for (const file of await this.filesNamed(sha256)) {
      try {
        await this.bucket.delete(file._id);
      } catch (error) {
        // Deleted meanwhile by another process: what was asked is done.
        if (!(error instanceof Error && /File not found/.test(error.message))) throw error;
      }
    }
  }

  readonly engine = 'MongoDB GridFS' as const;

  async close(): Promise<void> {
    await this.ownClient?.close();
  }

  /** The whole files kept under this name, the newest first. */
  private filesNamed(sha256: string): Promise<StoredFile[]> {
    assertSha256(sha256);
    return this.bucket.find({ filename: sha256 }).sort({ uploadDate: -1 }).toArray() as unknown as Promise<
      StoredFile[]
    >;
  }
}
