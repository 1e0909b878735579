// The registry of uploads: one SQLite file of its own in the data folder (`attachments.db`), whatever engine
// holds the log and the read models, with a row per upload — which bytes (by SHA-256), as what kind, named
// how, sent by whom — that a command later claims for a record and its owner. It is the AttachmentRegistry
// the command path uses, and what the downloads and the erasure of a person read. The bytes themselves are
// in the AttachmentStore; bytes no live row holds any more are deleted from it (an erased owner's, an
// upload nobody claimed within a day).
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  checkFilingAttachments,
  type AttachmentLimits,
  type AttachmentRef,
} from '../domain/shared/attachments.js';
import { BadUserInput } from '../engine/application-errors.js';
import { SqliteGroupedWrites } from '../engine/sqlite-grouped-writes.js';
import { KeyedMutex } from '../engine/commands/keyed-mutex.js';
import { restrictToOwner } from '../engine/owner-only-file.js';
import type { AttachmentRegistry, Uploader } from './attachment-registry.js';
import { sha256Of, type AttachmentStore } from './attachment-store.js';

export const ATTACHMENT_REGISTRY_FILE = 'attachments.db';
const SCHEMA_VERSION = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** One upload as the registry holds it. */
export interface StoredAttachment extends AttachmentRef {
  readonly uploader: Uploader;
  /** ISO-8601 instants. */
  readonly uploadedAt: string;
  /** Whose personal data the file is (null: no one's, or not claimed yet). */
  readonly ownerId: string | null;
  /** The record (stream) that claimed it, null while unclaimed. */
  readonly claimedBy: string | null;
  readonly claimedAt: string | null;
  /** Set when its owner's data was erased: the name is blanked and the bytes go unless shared. */
  readonly erasedAt: string | null;
}

/** What an upload brings besides its bytes: checked already (checkUpload), the kind sniffed from the content. */
export interface NewUpload {
  readonly fileName: string;
  readonly mediaType: string;
  readonly uploader: Uploader;
}

interface AttachmentRow {
  readonly id: string;
  readonly sha256: string;
  readonly media_type: string;
  readonly size: number;
  readonly file_name: string;
  readonly uploader_kind: 'STAFF' | 'PUBLIC';
  readonly uploader_id: string | null;
  readonly uploaded_at: string;
  readonly owner_id: string | null;
  readonly claimed_by: string | null;
  readonly claimed_at: string | null;
  readonly erased_at: string | null;
}

export interface SqliteAttachmentRegistryOptions {
  readonly dataDir: string;
  readonly store: AttachmentStore;
  /** The limits of one filing (configuration: VENTANILLA_ATTACHMENT_*). */
  readonly limits: AttachmentLimits;
  /** Stamps uploads, claims and erasures; the wall clock unless a test fixes it. */
  readonly now?: () => Date;
}

export class SqliteAttachmentRegistry implements AttachmentRegistry {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly store: AttachmentStore;
  private readonly limits: AttachmentLimits;
  private readonly now: () => Date;
  // Keeping bytes and recording the row that holds them, and deleting bytes no row holds, run one at a time
  // per content: an upload of the same file as one being erased never ends up with its bytes deleted.
  private readonly contents = new KeyedMutex();
  /** Uploads recorded and claimed by concurrent commands commit together (one flush). */
  private readonly writes: SqliteGroupedWrites;

  static open(options: SqliteAttachmentRegistryOptions): SqliteAttachmentRegistry {
    return new SqliteAttachmentRegistry(options);
  }

  private constructor({ dataDir, store, limits, now = () => new Date() }: SqliteAttachmentRegistryOptions) {
    this.store = store;
    this.limits = limits;
    this.now = now;
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, ATTACHMENT_REGISTRY_FILE);
    this.db = new Database(this.path);
    restrictToOwner(this.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // File names may name people: an erased one is overwritten with zeros in its page, not left for a disk
    // image to keep (and the WAL is emptied after each erasure).
    this.db.pragma('secure_delete = ON');
    this.writes = new SqliteGroupedWrites(this.db);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS attachments (
        id            TEXT PRIMARY KEY,
        sha256        TEXT NOT NULL,
        media_type    TEXT NOT NULL,
        size          INTEGER NOT NULL,
        file_name     TEXT NOT NULL,
        uploader_kind TEXT NOT NULL CHECK (uploader_kind IN ('STAFF', 'PUBLIC')),
        uploader_id   TEXT,
        uploaded_at   TEXT NOT NULL,
        owner_id      TEXT,
        claimed_by    TEXT,
        claimed_at    TEXT,
        erased_at     TEXT
      );
      CREATE INDEX IF NOT EXISTS attachments_by_content ON attachments (sha256, erased_at);
      CREATE INDEX IF NOT EXISTS attachments_by_owner ON attachments (owner_id);
      CREATE INDEX IF NOT EXISTS attachments_unclaimed ON attachments (uploaded_at) WHERE claimed_at IS NULL;
    `);
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `${this.path} fue escrito por una versión más reciente de Ventanilla (esquema ${version}); ` +
          'actualice Ventanilla antes de abrirlo.',
      );
    }
    if (version < SCHEMA_VERSION) this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  /** Keeps the bytes and records the upload; answers the new upload's row. */
  async keep(bytes: Uint8Array, upload: NewUpload): Promise<StoredAttachment> {
    const id = randomUUID();
    const uploadedAt = this.now().toISOString();
    const sha256 = sha256Of(bytes);
    const recorded = await this.contents.run(sha256, async () => {
      await this.store.put(bytes);
      await this.writes.run(() =>
        this.db
          .prepare(
            `INSERT INTO attachments (id, sha256, media_type, size, file_name, uploader_kind, uploader_id, uploaded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            id,
            sha256,
            upload.mediaType,
            bytes.byteLength,
            upload.fileName,
            upload.uploader.kind,
            upload.uploader.kind === 'STAFF' ? upload.uploader.actorId : null,
            uploadedAt,
          ),
      );
      return this.find(id);
    });
    if (recorded === null) throw new Error(`La carga ${id} no quedó registrada.`);
    return recorded;
  }

  /** The upload with this id, erased or not; null for an id never recorded (or not an upload id at all). */
  find(id: string): StoredAttachment | null {
    if (!UUID.test(id)) return null;
    const row = this.db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE id = ?').get(id);
    return row === undefined ? null : storedAttachmentOf(row);
  }

  async forCommand(
    ids: readonly string[],
    sender: Uploader,
    field = 'attachmentIds',
  ): Promise<readonly AttachmentRef[]> {
    const refs = ids.map((id): AttachmentRef => {
      const upload = this.find(id);
      // A citizen may name only what a citizen uploaded and no filing took yet; the answer is the same as for
      // an id that does not exist, so ids cannot be probed.
      const available =
        upload !== null &&
        upload.erasedAt === null &&
        (sender.kind === 'STAFF' || (upload.uploader.kind === 'PUBLIC' && upload.claimedAt === null));
      if (!available) {
        throw new BadUserInput(field, `El archivo adjunto «${id}» no existe o ya no está disponible.`);
      }
      return refOf(upload);
    });
    const refused = checkFilingAttachments(refs, this.limits, field);
    if (refused !== null) throw new BadUserInput(refused.field ?? field, refused.message);
    return refs;
  }

  async claim(ownerId: string | null, ids: readonly string[], claimedBy: string): Promise<void> {
    const claimedAt = this.now().toISOString();
    const claim = this.db.prepare(
      `UPDATE attachments SET owner_id = ?, claimed_by = ?, claimed_at = ?
        WHERE id = ? AND claimed_at IS NULL AND erased_at IS NULL`,
    );
    await this.writes.run(() => {
      for (const id of ids) claim.run(ownerId, claimedBy, claimedAt, id);
    });
  }

  async eraseOwnedBy(ownerId: string): Promise<number> {
    // Claims already asked for land first, so the erasure takes their files too.
    this.writes.flush();
    const erasedAt = this.now().toISOString();
    const { erased, contents } = this.db.transaction(() => {
      const marked = this.db
        .prepare(
          `UPDATE attachments SET erased_at = ?, file_name = '' WHERE owner_id = ? AND erased_at IS NULL`,
        )
        .run(erasedAt, ownerId).changes;
      // Every content of the owner's erased rows, not only today's: a repeated erasure finishes deleting
      // bytes an interrupted one left behind.
      const shas = this.db
        .prepare<[string], { sha256: string }>(
          'SELECT DISTINCT sha256 FROM attachments WHERE owner_id = ? AND erased_at IS NOT NULL',
        )
        .all(ownerId)
        .map((row) => row.sha256);
      return { erased: marked, contents: shas };
    })();
    await this.deleteUnheld(contents);
    // The blanked names must not stay in the WAL's copies of the pages.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return erased;
  }

  /** Removes uploads no command claimed since before `olderThan`, and their bytes unless others hold them. */
  async sweepUnclaimed(olderThan: Date): Promise<number> {
    const { swept, contents } = this.db.transaction(() => {
      const rows = this.db
        .prepare<[string], { id: string; sha256: string }>(
          'SELECT id, sha256 FROM attachments WHERE claimed_at IS NULL AND uploaded_at < ?',
        )
        .all(olderThan.toISOString());
      const remove = this.db.prepare('DELETE FROM attachments WHERE id = ?');
      for (const row of rows) remove.run(row.id);
      return { swept: rows.length, contents: [...new Set(rows.map((row) => row.sha256))] };
    })();
    await this.deleteUnheld(contents);
    return swept;
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Writes already asked for are committed, not dropped: their callers are waiting for an answer.
    this.writes.flush();
    this.db.close();
  }

  /** Deletes each content's bytes when no live (not erased) upload holds them. */
  private async deleteUnheld(contents: readonly string[]): Promise<void> {
    const holders = this.db.prepare<[string], { held: number }>(
      'SELECT count(*) AS held FROM attachments WHERE sha256 = ? AND erased_at IS NULL',
    );
    for (const sha256 of contents) {
      await this.contents.run(sha256, async () => {
        if (holders.get(sha256)!.held === 0) await this.store.delete(sha256);
      });
    }
  }
}

function storedAttachmentOf(row: AttachmentRow): StoredAttachment {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    uploader:
      row.uploader_kind === 'STAFF' ? { kind: 'STAFF', actorId: row.uploader_id ?? '' } : { kind: 'PUBLIC' },
    uploadedAt: row.uploaded_at,
    ownerId: row.owner_id,
    claimedBy: row.claimed_by,
    claimedAt: row.claimed_at,
    erasedAt: row.erased_at,
  };
}

/** What an event records of an upload. */
export function refOf(upload: AttachmentRef): AttachmentRef {
  const { id, fileName, mediaType, size, sha256 } = upload;
  return { id, fileName, mediaType, size, sha256 };
}
