// The embedded personal-data store: one SQLite file in which every person's record is sealed with
// AES-256-GCM under that person's own data key, and each data key is itself sealed (wrapped) under a key
// derived from the master key. Erasing a person deletes their wrapped key: the ciphertext stays, unreadable.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { restrictToOwner } from '../engine/owner-only-file.js';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  ERASED,
  normalizeDocument,
  PersonErasedError,
  type PersonalDataLookup,
  type PersonalDataStore,
  type PetitionerData,
} from './personal-data-store.js';
import { decodeBase64Key, loadOrCreateSecret, randomBase64Key } from './secret-file.js';

export const PERSONAL_DATA_FILE = 'personal-data.sqlite';
export const MASTER_KEY_FILE = 'master.key';
const KEY_LENGTH = 32;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;

/**
 * The master key from VENTANILLA_MASTER_KEY (32 bytes in base64) or, without it, from
 * `${dataDir}/master.key`, created with owner-only permissions on first use. Losing it loses every
 * person's data: it belongs in the backup, kept apart from the data files.
 */
export function loadOrCreateMasterKey(dataDir: string, envValue?: string | null): Buffer {
  return loadOrCreateSecret({
    dataDir,
    fileName: MASTER_KEY_FILE,
    variable: 'VENTANILLA_MASTER_KEY',
    envValue,
    generate: () => randomBase64Key(KEY_LENGTH),
    parse: (text) => decodeBase64Key(text, KEY_LENGTH),
    requirement: 'debe ser una clave de 32 bytes en base64 (genere una con: openssl rand -base64 32)',
  });
}

/** The master key given is not the one that protected this store's data. */
export class MasterKeyMismatchError extends Error {
  constructor(readonly path: string) {
    super(
      `La clave maestra (VENTANILLA_MASTER_KEY o ${MASTER_KEY_FILE}) no es la que cifró ${path}: ` +
        'sin la clave original los datos personales no se pueden leer. Restaure la clave correcta.',
    );
    this.name = 'MasterKeyMismatchError';
  }
}

/** A sealed record or key that fails authentication: altered on disk, or moved to another person's row. */
export class PersonalDataIntegrityError extends Error {
  constructor(readonly personId: string) {
    super(`Los datos personales de ${personId} no superan la verificación de integridad: fueron alterados.`);
    this.name = 'PersonalDataIntegrityError';
  }
}

interface PersonRow {
  readonly sealed_record: Buffer;
  readonly erased_at: string | null;
  readonly wrapped_key: Buffer | null;
}

interface PersonRowWithId extends PersonRow {
  readonly person_id: string;
}

export interface SqlitePersonalDataStoreOptions {
  readonly dataDir: string;
  /** 32 bytes, from `loadOrCreateMasterKey`. */
  readonly masterKey: Uint8Array;
  /** Stamps updates and erasures; the wall clock unless a test fixes it. */
  readonly now?: () => Date;
}

export class SqlitePersonalDataStore implements PersonalDataStore {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly wrappingKey: Buffer;
  private readonly blindIndexKey: Buffer;
  private readonly now: () => Date;

  static open(options: SqlitePersonalDataStoreOptions): SqlitePersonalDataStore {
    return new SqlitePersonalDataStore(options);
  }

  constructor({ dataDir, masterKey, now = () => new Date() }: SqlitePersonalDataStoreOptions) {
    this.now = now;
    if (masterKey.length !== KEY_LENGTH) {
      throw new Error(`La clave maestra debe tener ${KEY_LENGTH} bytes (tiene ${masterKey.length}).`);
    }
    // Separate keys for separate jobs, so the blind index (an HMAC anyone with the file can compare)
    // never reveals anything about the key that wraps the data keys.
    this.wrappingKey = deriveKey(masterKey, 'ventanilla/personal-data/key-wrapping');
    this.blindIndexKey = deriveKey(masterKey, 'ventanilla/personal-data/blind-index');

    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, PERSONAL_DATA_FILE);
    this.db = new Database(this.path);
    restrictToOwner(this.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // Deleted wrapped keys are overwritten with zeros, not left in free pages for a disk image to keep.
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS store_meta (
        name  TEXT PRIMARY KEY,
        value BLOB NOT NULL
      );
      CREATE TABLE IF NOT EXISTS person_records (
        person_id     TEXT PRIMARY KEY,
        sealed_record BLOB NOT NULL,  -- iv | tag | AES-256-GCM(data key, JSON), associated data = person_id
        updated_at    TEXT NOT NULL,
        erased_at     TEXT
      );
      CREATE TABLE IF NOT EXISTS person_keys (
        person_id   TEXT PRIMARY KEY,
        wrapped_key BLOB NOT NULL     -- iv | tag | AES-256-GCM(wrapping key, data key), associated data = person_id
      );
      CREATE TABLE IF NOT EXISTS document_index (
        person_id   TEXT PRIMARY KEY,
        blind_index TEXT NOT NULL     -- HMAC-SHA256(blind-index key, normalized type and number)
      );
      CREATE INDEX IF NOT EXISTS document_index_by_blind_index ON document_index (blind_index);
    `);
    this.checkMasterKey(masterKey);
  }

  async save(personId: string, data: PetitionerData): Promise<void> {
    const record: PetitionerData = {
      name: data.name,
      documentType: data.documentType,
      documentNumber: data.documentNumber,
      email: data.email ?? null,
      phone: data.phone ?? null,
      address: data.address ?? null,
    };
    this.db.transaction(() => {
      const existing = this.db
        .prepare<[string], PersonRow>(
          `SELECT r.sealed_record, r.erased_at, k.wrapped_key
             FROM person_records r LEFT JOIN person_keys k USING (person_id) WHERE r.person_id = ?`,
        )
        .get(personId);
      if (existing && (existing.erased_at !== null || existing.wrapped_key === null)) {
        throw new PersonErasedError(personId);
      }
      const dataKey = existing?.wrapped_key
        ? this.unseal(this.wrappingKey, existing.wrapped_key, personId)
        : randomBytes(KEY_LENGTH);
      try {
        const sealedRecord = seal(dataKey, Buffer.from(JSON.stringify(record), 'utf8'), personId);
        this.db
          .prepare(
            `INSERT INTO person_records (person_id, sealed_record, updated_at) VALUES (?, ?, ?)
             ON CONFLICT (person_id) DO UPDATE SET sealed_record = excluded.sealed_record, updated_at = excluded.updated_at`,
          )
          .run(personId, sealedRecord, this.now().toISOString());
        if (!existing) {
          this.db
            .prepare('INSERT INTO person_keys (person_id, wrapped_key) VALUES (?, ?)')
            .run(personId, seal(this.wrappingKey, dataKey, personId));
        }
        this.db
          .prepare(
            `INSERT INTO document_index (person_id, blind_index) VALUES (?, ?)
             ON CONFLICT (person_id) DO UPDATE SET blind_index = excluded.blind_index`,
          )
          .run(personId, this.blindIndex(record.documentType, record.documentNumber));
      } finally {
        dataKey.fill(0);
      }
    })();
  }

  async get(personId: string): Promise<PersonalDataLookup | null> {
    const row = this.db
      .prepare<[string], PersonRowWithId>(
        `SELECT r.person_id, r.sealed_record, r.erased_at, k.wrapped_key
           FROM person_records r LEFT JOIN person_keys k USING (person_id) WHERE r.person_id = ?`,
      )
      .get(personId);
    return row ? this.read(row) : null;
  }

  async getMany(personIds: readonly string[]): Promise<Map<string, PersonalDataLookup>> {
    // One JSON parameter rather than one placeholder per id: no limit on how many a report asks for.
    const rows = this.db
      .prepare<[string], PersonRowWithId>(
        `SELECT r.person_id, r.sealed_record, r.erased_at, k.wrapped_key
           FROM person_records r LEFT JOIN person_keys k USING (person_id)
          WHERE r.person_id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify([...new Set(personIds)]));
    return new Map(rows.map((row) => [row.person_id, this.read(row)]));
  }

  async findByDocument(documentType: string, documentNumber: string): Promise<string | null> {
    // Should two ids ever share a document (two first receipts at once), the earliest stays the answer.
    const row = this.db
      .prepare<[string], { person_id: string }>(
        'SELECT person_id FROM document_index WHERE blind_index = ? ORDER BY rowid LIMIT 1',
      )
      .get(this.blindIndex(documentType, documentNumber));
    return row?.person_id ?? null;
  }

  async erase(personId: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM person_keys WHERE person_id = ?').run(personId);
      this.db.prepare('DELETE FROM document_index WHERE person_id = ?').run(personId);
      this.db
        .prepare('UPDATE person_records SET erased_at = ? WHERE person_id = ? AND erased_at IS NULL')
        .run(this.now().toISOString(), personId);
    })();
    // The WAL still holds the pages that carried the wrapped key; truncating it after the checkpoint
    // leaves the key nowhere in our files (secure_delete already zeroed it in the main file).
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private read(row: PersonRowWithId): PersonalDataLookup {
    if (row.erased_at !== null || row.wrapped_key === null) return ERASED;
    const dataKey = this.unseal(this.wrappingKey, row.wrapped_key, row.person_id);
    try {
      return JSON.parse(
        this.unseal(dataKey, row.sealed_record, row.person_id).toString('utf8'),
      ) as PetitionerData;
    } finally {
      dataKey.fill(0);
    }
  }

  private unseal(key: Buffer, sealed: Buffer, personId: string): Buffer {
    try {
      return unseal(key, sealed, personId);
    } catch {
      throw new PersonalDataIntegrityError(personId);
    }
  }

  private blindIndex(documentType: string, documentNumber: string): string {
    return createHmac('sha256', this.blindIndexKey)
      .update(normalizeDocument(documentType, documentNumber), 'utf8')
      .digest('base64url');
  }

  /**
   * Records a check value of the master key on first open and compares it afterwards, so a wrong key
   * stops the application at start-up instead of failing on the first petitioner someone opens.
   */
  private checkMasterKey(masterKey: Uint8Array): void {
    const check = deriveKey(masterKey, 'ventanilla/personal-data/key-check');
    this.db
      .prepare("INSERT OR IGNORE INTO store_meta (name, value) VALUES ('master_key_check', ?)")
      .run(check);
    const stored = this.db
      .prepare<[], { value: Buffer }>("SELECT value FROM store_meta WHERE name = 'master_key_check'")
      .get();
    if (!stored || stored.value.length !== check.length || !timingSafeEqual(stored.value, check)) {
      this.db.close();
      throw new MasterKeyMismatchError(this.path);
    }
  }
}

function deriveKey(masterKey: Uint8Array, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), purpose, KEY_LENGTH));
}

// Random 96-bit IVs are safe here: a data key seals a handful of versions of one record, and the
// wrapping key one data key per person, far below the 2^32 messages per key where collisions matter.
function seal(key: Buffer, plaintext: Buffer, personId: string): Buffer {
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(personId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

function unseal(key: Buffer, sealed: Buffer, personId: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_LENGTH));
  decipher.setAAD(Buffer.from(personId, 'utf8'));
  decipher.setAuthTag(sealed.subarray(IV_LENGTH, IV_LENGTH + TAG_LENGTH));
  return Buffer.concat([decipher.update(sealed.subarray(IV_LENGTH + TAG_LENGTH)), decipher.final()]);
}
