// The embedded personal-data store: one SQLite file in which every owner (a person, or the texts of an
// anonymous filing) has its own data key, sealed (wrapped) under a key derived from the master key, and
// every version of a person's data and every text is sealed with AES-256-GCM under the owner's key.
// Erasing an owner deletes the key, the versions, the document and e-mail index entries, the person's
// name and document search terms, the texts and their search terms, then rebuilds the file (VACUUM) and empties the WAL, so none of it stays in any of its files.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { SqliteGroupedWrites } from '../engine/sqlite-grouped-writes.js';
import { restrictToOwner } from '../engine/owner-only-file.js';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  changedFieldsOf,
  ERASED,
  hasDocument,
  isErased,
  normalizeDocument,
  normalizeEmail,
  PersonErasedError,
  versionKeyOf,
  type ErasureOutcome,
  type PersonalDataLookup,
  type PersonalDataStore,
  type PersonSearchResult,
  type PersonVersionRef,
  type PetitionerData,
  type RecordedVersion,
  type StoredText,
  type StoreTextOptions,
  type TextLookup,
  type TextSearchResult,
} from './personal-data-store.js';
import { decodeBase64Key, loadOrCreateSecret, randomBase64Key } from './secret-file.js';
import { deriveKey, KEY_LENGTH, newDataKey, seal, unseal } from './sealing.js';
import {
  documentQueryTokenOf,
  holdsWordStarts,
  indexTokensOf,
  personTokensOf,
  queryTokensOf,
} from './text-search-terms.js';

export const PERSONAL_DATA_FILE = 'personal-data.sqlite';
export const MASTER_KEY_FILE = 'master.key';
/** The layout this code writes; version 1 kept one record per person, overwritten on each save. */
const SCHEMA_VERSION = 2;
/** Bytes of a search term's keyed hash kept: 64 bits, no collision among the terms of a lifetime. */
const TERM_LENGTH = 8;
const DEFAULT_SEARCH_LIMIT = 500;
/**
 * What the people's search terms are made of (personTokensOf): a store whose terms were built by another
 * (or none, before they existed) rebuilds them once at open.
 */
const PERSON_TERMS_VERSION = 1;

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

/** A sealed record or key that fails authentication: altered on disk, or moved to another row. */
export class PersonalDataIntegrityError extends Error {
  constructor(readonly ownerId: string) {
    super(`Los datos personales de ${ownerId} no superan la verificación de integridad: fueron alterados.`);
    this.name = 'PersonalDataIntegrityError';
  }
}

/** The WAL could not be emptied after an erasure (another process was reading): the erasure is retried. */
export class ErasureNotCompletedError extends Error {
  constructor(readonly ownerId: string) {
    super(
      `Los datos de ${ownerId} se borraron, pero el registro de escritura (WAL) no pudo vaciarse porque otro ` +
        'proceso leía el almacén. Repita la supresión: no cambia nada más y termina de limpiar los archivos.',
    );
    this.name = 'ErasureNotCompletedError';
  }
}

/** What each sealed row is bound to (associated data): moved elsewhere, it no longer opens. */
const boundTo = {
  key: (ownerId: string) => ownerId,
  version: (personId: string, version: number) => `person:${personId}:v${version}`,
  text: (textId: string) => `text:${textId}`,
};

type OwnerKind = 'PERSON' | 'TEXTS';

interface OwnerRow {
  readonly kind: OwnerKind;
  readonly erased_at: string | null;
  readonly wrapped_key: Buffer | null;
}

interface VersionRow {
  readonly version: number;
  readonly sealed_record: Buffer;
  readonly logged: number;
}

export interface SqlitePersonalDataStoreOptions {
  readonly dataDir: string;
  /** 32 bytes, from `loadOrCreateMasterKey`. */
  readonly masterKey: Uint8Array;
  /** Stamps versions, texts and erasures; the wall clock unless a test fixes it. */
  readonly now?: () => Date;
}

export class SqlitePersonalDataStore implements PersonalDataStore {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly wrappingKey: Buffer;
  private readonly blindIndexKey: Buffer;
  private readonly emailIndexKey: Buffer;
  private readonly searchKey: Buffer;
  private readonly personSearchKey: Buffer;
  private readonly now: () => Date;
  /** The versions and texts kept by concurrent commands commit together (one flush). */
  private readonly writes: SqliteGroupedWrites;

  static open(options: SqlitePersonalDataStoreOptions): SqlitePersonalDataStore {
    return new SqlitePersonalDataStore(options);
  }

  constructor({ dataDir, masterKey, now = () => new Date() }: SqlitePersonalDataStoreOptions) {
    this.now = now;
    if (masterKey.length !== KEY_LENGTH) {
      throw new Error(`La clave maestra debe tener ${KEY_LENGTH} bytes (tiene ${masterKey.length}).`);
    }
    // Separate keys for separate jobs, so the blind indexes (HMACs anyone with the file can compare)
    // never reveal anything about the key that wraps the data keys.
    this.wrappingKey = deriveKey(masterKey, 'ventanilla/personal-data/key-wrapping');
    this.blindIndexKey = deriveKey(masterKey, 'ventanilla/personal-data/blind-index');
    this.emailIndexKey = deriveKey(masterKey, 'ventanilla/personal-data/email-index');
    this.searchKey = deriveKey(masterKey, 'ventanilla/personal-data/text-search');
    // Its own key, so a name's terms cannot be matched against the texts' (which texts name whom).
    this.personSearchKey = deriveKey(masterKey, 'ventanilla/personal-data/person-search');

    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, PERSONAL_DATA_FILE);
    this.db = new Database(this.path);
    restrictToOwner(this.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // Deleted rows are overwritten with zeros, in their pages and in freed pages, not left for a disk
    // image to keep; erase() also rebuilds the file, for what zeroing cannot reach (index interior pages).
    this.db.pragma('secure_delete = ON');
    this.writes = new SqliteGroupedWrites(this.db);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS store_meta (
        name  TEXT PRIMARY KEY,
        value BLOB NOT NULL
      );
    `);
    this.checkMasterKey(masterKey);
    this.createOrMigrateSchema();
  }

  async findByDocument(documentType: string, documentNumber: string): Promise<string | null> {
    // A person known by e-mail alone has no document yet: a blank one is nobody's.
    if (!hasDocument({ documentType, documentNumber })) return null;
    // Should two ids ever share a document (two first receipts at once), the earliest stays the answer.
    const row = this.db
      .prepare<[string], { person_id: string }>(
        'SELECT person_id FROM document_index WHERE blind_index = ? ORDER BY rowid LIMIT 1',
      )
      .get(this.blindIndex(documentType, documentNumber));
    return row?.person_id ?? null;
  }

  async findByEmail(email: string): Promise<string | null> {
    if (normalizeEmail(email) === '') return null;
    // Several people may share an address (a family's, an office's): the one who used it last answers.
    const row = this.db
      .prepare<[string], { person_id: string }>(
        'SELECT person_id FROM email_index WHERE blind_index = ? ORDER BY used_order DESC LIMIT 1',
      )
      .get(this.emailBlindIndex(email));
    return row?.person_id ?? null;
  }

  async recordVersion(
    personId: string,
    data: PetitionerData,
    { recordedBy }: { readonly recordedBy: string },
  ): Promise<RecordedVersion> {
    const record = canonicalRecord(data);
    return this.writes.run((): RecordedVersion => {
      const owner = this.ownerRow(personId);
      if (owner && (owner.erased_at !== null || owner.wrapped_key === null)) {
        throw new PersonErasedError(personId);
      }
      if (owner && owner.kind !== 'PERSON') throw new Error(`${personId} no es una persona del almacén.`);
      const at = this.now().toISOString();
      if (!owner) {
        const dataKey = newDataKey();
        try {
          this.insertOwner(personId, 'PERSON', dataKey, at);
          this.insertVersion(personId, 1, record, dataKey, at, recordedBy, true);
        } finally {
          dataKey.fill(0);
        }
        this.indexDocument(personId, record);
        this.indexEmail(personId, record);
        this.indexPersonTerms(personId, record);
        return { version: 1, previousVersion: null, changedFields: [], logged: true };
      }

      return this.withKey(personId, owner.wrapped_key!, (dataKey) => {
        // A retry of the command that recorded a version answers that version, as it was recorded.
        const mine = this.db
          .prepare<[string, string], VersionRow>(
            `SELECT version, sealed_record, logged FROM person_versions
              WHERE person_id = ? AND recorded_by = ? ORDER BY version DESC LIMIT 1`,
          )
          .get(personId, recordedBy);
        if (mine) return this.describeVersion(personId, mine, dataKey);

        const latest = this.latestVersionRow(personId);
        const changedFields = latest
          ? changedFieldsOf(this.openVersion(personId, latest, dataKey), record)
          : [];
        if (latest && changedFields.length === 0) {
          // The same data filed again: their address was used now.
          this.indexEmail(personId, record);
          return this.describeVersion(personId, latest, dataKey);
        }
        const previousVersion = latest?.version ?? null;
        const version = (previousVersion ?? 0) + 1;
        // A person's first version needs no record in the log: the filing that names them is the fact.
        const logged = previousVersion === null;
        this.insertVersion(personId, version, record, dataKey, at, recordedBy, logged);
        this.indexDocument(personId, record);
        this.indexEmail(personId, record);
        this.indexPersonTerms(personId, record);
        return { version, previousVersion, changedFields, logged };
      });
    });
  }

  async markVersionLogged(personId: string, version: number): Promise<void> {
    await this.writes.run(() =>
      this.db
        .prepare('UPDATE person_versions SET logged = 1 WHERE person_id = ? AND version = ? AND logged = 0')
        .run(personId, version),
    );
  }

  async get(personId: string, version?: number): Promise<PersonalDataLookup | null> {
    const owner = this.ownerRow(personId);
    if (!owner || owner.kind !== 'PERSON') return null;
    if (owner.erased_at !== null || owner.wrapped_key === null) return ERASED;
    const row =
      version === undefined
        ? this.latestVersionRow(personId)
        : this.db
            .prepare<[string, number], VersionRow>(
              'SELECT version, sealed_record, logged FROM person_versions WHERE person_id = ? AND version = ?',
            )
            .get(personId, version);
    if (!row) return null;
    return this.withKey(personId, owner.wrapped_key, (dataKey) => this.openVersion(personId, row, dataKey));
  }

  async getVersions(refs: readonly PersonVersionRef[]): Promise<Map<string, PersonalDataLookup>> {
    const answers = new Map<string, PersonalDataLookup>();
    if (refs.length === 0) return answers;
    // One JSON parameter rather than one placeholder per id: no limit on how many a page asks for.
    const personIds = JSON.stringify([...new Set(refs.map((ref) => ref.personId))]);
    const owners = this.db
      .prepare<[string], OwnerRow & { owner_id: string }>(
        `SELECT o.owner_id, o.kind, o.erased_at, k.wrapped_key
           FROM owners o LEFT JOIN person_keys k ON k.person_id = o.owner_id
          WHERE o.owner_id IN (SELECT value FROM json_each(?)) AND o.kind = 'PERSON'`,
      )
      .all(personIds);
    const wanted = new Set(refs.map(versionKeyOf));
    for (const owner of owners) {
      const refsOfOwner = refs.filter((ref) => ref.personId === owner.owner_id);
      if (owner.erased_at !== null || owner.wrapped_key === null) {
        for (const ref of refsOfOwner) answers.set(versionKeyOf(ref), ERASED);
        continue;
      }
      const rows = this.db
        .prepare<[string, string], VersionRow>(
          `SELECT version, sealed_record, logged FROM person_versions
            WHERE person_id = ? AND version IN (SELECT value FROM json_each(?))`,
        )
        .all(owner.owner_id, JSON.stringify(refsOfOwner.map((ref) => ref.version)));
      this.withKey(owner.owner_id, owner.wrapped_key, (dataKey) => {
        for (const row of rows) {
          const key = versionKeyOf({ personId: owner.owner_id, version: row.version });
          if (wanted.has(key)) answers.set(key, this.openVersion(owner.owner_id, row, dataKey));
        }
      });
    }
    return answers;
  }

  async statusOf(ownerId: string): Promise<'LIVE' | typeof ERASED | null> {
    const owner = this.ownerRow(ownerId);
    if (!owner) return null;
    return owner.erased_at !== null || owner.wrapped_key === null ? ERASED : 'LIVE';
  }

  async storeText(ownerId: string | null, text: string, options: StoreTextOptions = {}): Promise<StoredText> {
    return (await this.storeTexts(ownerId, [{ text, ...options }]))[0]!;
  }

  async storeTexts(
    ownerId: string | null,
    texts: readonly (StoreTextOptions & { readonly text: string })[],
  ): Promise<StoredText[]> {
    // One transaction (one durable write, shared with concurrent commands) for all of a command's texts.
    return this.writes.run((): StoredText[] => {
      let owner = ownerId;
      let dataKey: Buffer | null = null;
      const stored: StoredText[] = [];
      try {
        for (const { text, textId = randomUUID(), searchable } of texts) {
          const existing = this.db
            .prepare<[string], { owner_id: string }>('SELECT owner_id FROM texts WHERE text_id = ?')
            .get(textId);
          if (existing) {
            // A retried command stores nothing twice; the same id under another owner is a mistake.
            if (owner !== null && existing.owner_id !== owner) {
              throw new Error(`El texto ${textId} ya está guardado bajo otro titular.`);
            }
            owner = existing.owner_id;
            stored.push({ textId, ownerId: existing.owner_id });
            continue;
          }
          const at = this.now().toISOString();
          if (dataKey === null) ({ owner, dataKey } = this.textOwnerKey(owner, at));
          const sealed = seal(dataKey, Buffer.from(text, 'utf8'), boundTo.text(textId));
          const { lastInsertRowid } = this.db
            .prepare(
              'INSERT INTO texts (text_id, owner_id, sealed_text, searchable, stored_at) VALUES (?, ?, ?, ?, ?)',
            )
            .run(textId, owner, sealed, searchable ? 1 : 0, at);
          if (searchable) {
            const insertTerm = this.db.prepare(
              'INSERT OR IGNORE INTO text_terms (term, text_row) VALUES (?, ?)',
            );
            for (const token of indexTokensOf(text)) insertTerm.run(this.searchTerm(token), lastInsertRowid);
          }
          stored.push({ textId, ownerId: owner! });
        }
      } finally {
        dataKey?.fill(0);
      }
      return stored;
    });
  }

  /** The data key texts are sealed under: the owner's, or a new owner's of its own for null. */
  private textOwnerKey(ownerId: string | null, at: string): { owner: string; dataKey: Buffer } {
    if (ownerId === null) {
      const owner = randomUUID();
      const dataKey = newDataKey();
      this.insertOwner(owner, 'TEXTS', dataKey, at);
      return { owner, dataKey };
    }
    const row = this.ownerRow(ownerId);
    if (!row) throw new Error(`El almacén de datos personales no conoce a ${ownerId}.`);
    if (row.erased_at !== null || row.wrapped_key === null) throw new PersonErasedError(ownerId);
    return {
      owner: ownerId,
      dataKey: this.unsealOrThrow(this.wrappingKey, row.wrapped_key, boundTo.key(ownerId), ownerId),
    };
  }

  async getTexts(textIds: readonly string[]): Promise<Map<string, TextLookup>> {
    const rows = this.db
      .prepare<
        [string],
        {
          text_id: string;
          owner_id: string;
          sealed_text: Buffer | null;
          erased_at: string | null;
          wrapped_key: Buffer | null;
        }
      >(
        `SELECT t.text_id, t.owner_id, t.sealed_text, o.erased_at, k.wrapped_key
           FROM texts t JOIN owners o ON o.owner_id = t.owner_id
           LEFT JOIN person_keys k ON k.person_id = t.owner_id
          WHERE t.text_id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify([...new Set(textIds)]));
    const answers = new Map<string, TextLookup>();
    const keys = new Map<string, Buffer>();
    try {
      for (const row of rows) {
        if (row.erased_at !== null || row.wrapped_key === null || row.sealed_text === null) {
          answers.set(row.text_id, ERASED);
          continue;
        }
        let dataKey = keys.get(row.owner_id);
        if (!dataKey) {
          dataKey = this.unsealOrThrow(
            this.wrappingKey,
            row.wrapped_key,
            boundTo.key(row.owner_id),
            row.owner_id,
          );
          keys.set(row.owner_id, dataKey);
        }
        answers.set(row.text_id, {
          text: this.unsealOrThrow(
            dataKey,
            row.sealed_text,
            boundTo.text(row.text_id),
            row.owner_id,
          ).toString('utf8'),
        });
      }
    } finally {
      for (const key of keys.values()) key.fill(0);
    }
    return answers;
  }

  async searchTexts(query: string, options: { readonly limit?: number } = {}): Promise<TextSearchResult> {
    const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT));
    const { tokens, wordsToCheck } = queryTokensOf(query);
    if (tokens.length === 0) return { textIds: [], truncated: false };
    const matching = tokens.map(() => 'SELECT text_row FROM text_terms WHERE term = ?').join(' INTERSECT ');
    const candidates = this.db
      .prepare<Buffer[], { text_id: string }>(
        `SELECT text_id FROM texts WHERE text_row IN (${matching}) AND sealed_text IS NOT NULL
          ORDER BY text_row DESC ${wordsToCheck.length === 0 ? `LIMIT ${limit + 1}` : ''}`,
      )
      .all(...tokens.map((token) => this.searchTerm(token)))
      .map((row) => row.text_id);
    // Query words longer than the indexed starts matched on their first characters: check them.
    let textIds = candidates;
    if (wordsToCheck.length > 0) {
      const texts = await this.getTexts(candidates);
      textIds = candidates.filter((id) => {
        const lookup = texts.get(id);
        return lookup !== undefined && !isErased(lookup) && holdsWordStarts(lookup.text, wordsToCheck);
      });
    }
    return { textIds: textIds.slice(0, limit), truncated: textIds.length > limit };
  }

  async findPeople(query: string, options: { readonly limit?: number } = {}): Promise<PersonSearchResult> {
    const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT));
    const { tokens, wordsToCheck } = queryTokensOf(query);
    const documentToken = documentQueryTokenOf(query);
    const found = new Set<string>();
    // At most two statements, each a seek per token on the terms' primary key (term, person_id): the name's
    // words intersected, and the document number. Erased people have no terms left to be found by.
    if (documentToken !== null) {
      for (const { person_id } of this.db
        .prepare<[Buffer], { person_id: string }>('SELECT person_id FROM person_terms WHERE term = ?')
        .all(this.personTerm(documentToken))) {
        found.add(person_id);
      }
    }
    if (tokens.length > 0) {
      const matching = tokens
        .map(() => 'SELECT person_id FROM person_terms WHERE term = ?')
        .join(' INTERSECT ');
      const byName = this.db
        .prepare<Buffer[], { person_id: string }>(
          `${matching} ${wordsToCheck.length === 0 ? `LIMIT ${limit + 1}` : ''}`,
        )
        .all(...tokens.map((token) => this.personTerm(token)))
        .map((row) => row.person_id);
      // Query words longer than the indexed starts matched on their first characters: check the names.
      const named = wordsToCheck.length === 0 ? byName : this.namesHolding(byName, wordsToCheck);
      for (const personId of named) found.add(personId);
    }
    const personIds = [...found];
    return { personIds: personIds.slice(0, limit), truncated: personIds.length > limit };
  }

  /** The people among these whose name, in some version, holds every word as the start of one of its words. */
  private namesHolding(personIds: readonly string[], words: readonly string[]): string[] {
    return personIds.filter((personId) => {
      const owner = this.ownerRow(personId);
      if (!owner || owner.erased_at !== null || owner.wrapped_key === null) return false;
      const rows = this.db
        .prepare<[string], VersionRow>(
          'SELECT version, sealed_record, logged FROM person_versions WHERE person_id = ?',
        )
        .all(personId);
      return this.withKey(personId, owner.wrapped_key, (dataKey) =>
        rows.some((row) => holdsWordStarts(this.openVersion(personId, row, dataKey).name, words)),
      );
    });
  }

  async erase(ownerId: string): Promise<ErasureOutcome> {
    // Writes already asked for land first, so the erasure takes them too.
    this.writes.flush();
    const outcome = this.db.transaction((): ErasureOutcome => {
      const textRows = `SELECT text_row FROM texts WHERE owner_id = ?`;
      this.db.prepare(`DELETE FROM text_terms WHERE text_row IN (${textRows})`).run(ownerId);
      // The text's id stays (it names nobody) so that a read answers ERASED rather than "never stored".
      const texts = this.db
        .prepare(
          'UPDATE texts SET sealed_text = NULL, searchable = 0 WHERE owner_id = ? AND sealed_text IS NOT NULL',
        )
        .run(ownerId).changes;
      const versions = this.db
        .prepare('DELETE FROM person_versions WHERE person_id = ?')
        .run(ownerId).changes;
      this.db.prepare('DELETE FROM document_index WHERE person_id = ?').run(ownerId);
      this.db.prepare('DELETE FROM email_index WHERE person_id = ?').run(ownerId);
      this.db.prepare('DELETE FROM person_terms WHERE person_id = ?').run(ownerId);
      this.db.prepare('DELETE FROM person_keys WHERE person_id = ?').run(ownerId);
      this.db
        .prepare(
          `INSERT INTO owners (owner_id, kind, created_at, erased_at) VALUES (?, 'PERSON', ?, ?)
           ON CONFLICT (owner_id) DO UPDATE SET erased_at = COALESCE(erased_at, excluded.erased_at)`,
        )
        .run(ownerId, this.now().toISOString(), this.now().toISOString());
      return { ownerId, versionsErased: versions, textsErased: texts };
    })();
    this.scrubFiles(ownerId);
    return outcome;
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Writes already asked for are committed, not dropped: their callers are waiting for an answer.
    this.writes.flush();
    this.db.close();
  }

  /**
   * Leaves nothing of erased rows in the files. secure_delete zeroed the deleted cells and freed pages,
   * but copies of index keys (the document's and the search terms' keyed hashes) may stay in interior
   * b-tree pages, and the WAL still holds the pages as they were: VACUUM rewrites every page from the
   * live rows, and the TRUNCATE checkpoint moves the result into the main file and empties the WAL.
   */
  private scrubFiles(ownerId: string): void {
    this.db.exec('VACUUM');
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy) throw new ErasureNotCompletedError(ownerId);
  }

  private createOrMigrateSchema(): void {
    const legacy = this.tableExists('person_records');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS owners (
        owner_id   TEXT PRIMARY KEY,
        kind       TEXT NOT NULL CHECK (kind IN ('PERSON', 'TEXTS')),
        created_at TEXT NOT NULL,
        erased_at  TEXT               -- the tombstone: erased owners keep their id and nothing else
      );
      CREATE TABLE IF NOT EXISTS person_keys (
        person_id   TEXT PRIMARY KEY, -- the owner's id (a person, or an anonymous filing's texts)
        wrapped_key BLOB NOT NULL     -- iv | tag | AES-256-GCM(wrapping key, data key), bound to the id
      );
      CREATE TABLE IF NOT EXISTS person_versions (
        person_id     TEXT NOT NULL,
        version       INTEGER NOT NULL,
        sealed_record BLOB NOT NULL,  -- AES-256-GCM(data key, JSON), bound to person and version
        recorded_at   TEXT NOT NULL,
        recorded_by   TEXT NOT NULL,  -- the command id, so a retry finds the version it recorded
        logged        INTEGER NOT NULL, -- 1 once the change is a fact in the log (or needs none)
        PRIMARY KEY (person_id, version)
      );
      CREATE TABLE IF NOT EXISTS document_index (
        person_id   TEXT PRIMARY KEY,
        blind_index TEXT NOT NULL     -- HMAC-SHA256(blind-index key, normalized type and number)
      );
      CREATE INDEX IF NOT EXISTS document_index_by_blind_index ON document_index (blind_index);
      CREATE TABLE IF NOT EXISTS email_index (
        person_id   TEXT PRIMARY KEY,
        blind_index TEXT NOT NULL,    -- HMAC-SHA256(e-mail index key, normalized address)
        used_order  INTEGER NOT NULL  -- grows each time a filing names it: the last user answers
      );
      CREATE INDEX IF NOT EXISTS email_index_by_blind_index ON email_index (blind_index);
      CREATE TABLE IF NOT EXISTS texts (
        text_row    INTEGER PRIMARY KEY,
        text_id     TEXT NOT NULL UNIQUE,
        owner_id    TEXT NOT NULL,
        sealed_text BLOB,             -- AES-256-GCM(owner's data key, text), bound to the text id; NULL once erased
        searchable  INTEGER NOT NULL,
        stored_at   TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS texts_by_owner ON texts (owner_id);
      CREATE TABLE IF NOT EXISTS text_terms (
        term     BLOB NOT NULL,       -- HMAC-SHA256(search key, token), first ${TERM_LENGTH} bytes
        text_row INTEGER NOT NULL,
        PRIMARY KEY (term, text_row)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS text_terms_by_text ON text_terms (text_row);
      CREATE TABLE IF NOT EXISTS person_terms (
        term      BLOB NOT NULL,      -- HMAC-SHA256(person-search key, name word start or document), ${TERM_LENGTH} bytes
        person_id TEXT NOT NULL,
        PRIMARY KEY (term, person_id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS person_terms_by_person ON person_terms (person_id);
    `);
    if (legacy) this.migrateFromOneRecordPerPerson();
    this.indexEmailsOfEarlierPeople();
    this.indexTermsOfEarlierPeople();
    this.db
      .prepare("INSERT OR REPLACE INTO store_meta (name, value) VALUES ('schema_version', ?)")
      .run(SCHEMA_VERSION);
  }

  /**
   * Schema 1 kept one record per person (`person_records`), overwritten on each save: it becomes the
   * person's version 1, resealed bound to its version. Erased people keep their tombstone only.
   */
  private migrateFromOneRecordPerPerson(): void {
    interface LegacyRow {
      readonly person_id: string;
      readonly sealed_record: Buffer;
      readonly updated_at: string;
      readonly erased_at: string | null;
      readonly wrapped_key: Buffer | null;
    }
    this.db.transaction(() => {
      const rows = this.db
        .prepare<[], LegacyRow>(
          `SELECT r.person_id, r.sealed_record, r.updated_at, r.erased_at, k.wrapped_key
             FROM person_records r LEFT JOIN person_keys k USING (person_id)`,
        )
        .all();
      for (const row of rows) {
        const erased = row.erased_at !== null || row.wrapped_key === null;
        this.db
          .prepare('INSERT OR IGNORE INTO owners (owner_id, kind, created_at, erased_at) VALUES (?, ?, ?, ?)')
          .run(row.person_id, 'PERSON', row.updated_at, erased ? (row.erased_at ?? row.updated_at) : null);
        if (erased) {
          this.db.prepare('DELETE FROM person_keys WHERE person_id = ?').run(row.person_id);
          this.db.prepare('DELETE FROM document_index WHERE person_id = ?').run(row.person_id);
          continue;
        }
        this.withKey(row.person_id, row.wrapped_key!, (dataKey) => {
          const record = JSON.parse(
            this.unsealOrThrow(dataKey, row.sealed_record, row.person_id, row.person_id).toString('utf8'),
          ) as PetitionerData;
          this.insertVersion(row.person_id, 1, record, dataKey, row.updated_at, 'schema-1', true);
        });
      }
      this.db.exec('DROP TABLE person_records');
    })();
    this.db.exec('VACUUM');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /**
   * People kept before the e-mail index existed get their entry from their latest version, once: the
   * office's mailbox must find a petitioner who gave their address at the counter last year.
   */
  private indexEmailsOfEarlierPeople(): void {
    const built = this.db
      .prepare<[], { value: unknown }>("SELECT value FROM store_meta WHERE name = 'email_index_built'")
      .get();
    if (built) return;
    this.db.transaction(() => {
      const people = this.db
        .prepare<[], { owner_id: string; wrapped_key: Buffer }>(
          `SELECT o.owner_id, k.wrapped_key FROM owners o JOIN person_keys k ON k.person_id = o.owner_id
            WHERE o.kind = 'PERSON' AND o.erased_at IS NULL ORDER BY o.created_at, o.rowid`,
        )
        .all();
      for (const person of people) {
        const latest = this.latestVersionRow(person.owner_id);
        if (!latest) continue;
        this.withKey(person.owner_id, person.wrapped_key, (dataKey) => {
          const record = this.openVersion(person.owner_id, latest, dataKey);
          this.indexEmail(person.owner_id, record);
        });
      }
      this.db.prepare("INSERT INTO store_meta (name, value) VALUES ('email_index_built', 1)").run();
    })();
  }

  /**
   * People kept before their names and documents were searchable (or under terms of another make) get
   * their terms from every version they have, once: a petitioner who filed last year is found by name.
   */
  private indexTermsOfEarlierPeople(): void {
    const built = this.db
      .prepare<[], { value: number }>("SELECT value FROM store_meta WHERE name = 'person_terms_version'")
      .get();
    if (built !== undefined && Number(built.value) >= PERSON_TERMS_VERSION) return;
    this.db.transaction(() => {
      this.db.exec('DELETE FROM person_terms');
      const people = this.db
        .prepare<[], { owner_id: string; wrapped_key: Buffer }>(
          `SELECT o.owner_id, k.wrapped_key FROM owners o JOIN person_keys k ON k.person_id = o.owner_id
            WHERE o.kind = 'PERSON' AND o.erased_at IS NULL`,
        )
        .all();
      const versionsOf = this.db.prepare<[string], VersionRow>(
        'SELECT version, sealed_record, logged FROM person_versions WHERE person_id = ?',
      );
      for (const person of people) {
        this.withKey(person.owner_id, person.wrapped_key, (dataKey) => {
          for (const row of versionsOf.all(person.owner_id)) {
            this.indexPersonTerms(person.owner_id, this.openVersion(person.owner_id, row, dataKey));
          }
        });
      }
      this.db
        .prepare("INSERT OR REPLACE INTO store_meta (name, value) VALUES ('person_terms_version', ?)")
        .run(PERSON_TERMS_VERSION);
    })();
  }

  private tableExists(name: string): boolean {
    return (
      this.db
        .prepare<[string], { name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
        )
        .get(name) !== undefined
    );
  }

  private ownerRow(ownerId: string): OwnerRow | undefined {
    return this.db
      .prepare<[string], OwnerRow>(
        `SELECT o.kind, o.erased_at, k.wrapped_key
           FROM owners o LEFT JOIN person_keys k ON k.person_id = o.owner_id WHERE o.owner_id = ?`,
      )
      .get(ownerId);
  }

  private insertOwner(ownerId: string, kind: OwnerKind, dataKey: Buffer, at: string): void {
    this.db
      .prepare('INSERT INTO owners (owner_id, kind, created_at, erased_at) VALUES (?, ?, ?, NULL)')
      .run(ownerId, kind, at);
    this.db
      .prepare('INSERT INTO person_keys (person_id, wrapped_key) VALUES (?, ?)')
      .run(ownerId, seal(this.wrappingKey, dataKey, boundTo.key(ownerId)));
  }

  private insertVersion(
    personId: string,
    version: number,
    record: PetitionerData,
    dataKey: Buffer,
    at: string,
    recordedBy: string,
    logged: boolean,
  ): void {
    const sealed = seal(
      dataKey,
      Buffer.from(JSON.stringify(record), 'utf8'),
      boundTo.version(personId, version),
    );
    this.db
      .prepare(
        `INSERT INTO person_versions (person_id, version, sealed_record, recorded_at, recorded_by, logged)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(personId, version, sealed, at, recordedBy, logged ? 1 : 0);
  }

  private latestVersionRow(personId: string): VersionRow | undefined {
    return this.db
      .prepare<[string], VersionRow>(
        `SELECT version, sealed_record, logged FROM person_versions
          WHERE person_id = ? ORDER BY version DESC LIMIT 1`,
      )
      .get(personId);
  }

  /** A version as recordVersion answers it: the fields it changed from the one before, and whether logged. */
  private describeVersion(personId: string, row: VersionRow, dataKey: Buffer): RecordedVersion {
    const previous = this.db
      .prepare<[string, number], VersionRow>(
        'SELECT version, sealed_record, logged FROM person_versions WHERE person_id = ? AND version = ?',
      )
      .get(personId, row.version - 1);
    return {
      version: row.version,
      previousVersion: previous?.version ?? null,
      changedFields: previous
        ? changedFieldsOf(
            this.openVersion(personId, previous, dataKey),
            this.openVersion(personId, row, dataKey),
          )
        : [],
      logged: row.logged === 1,
    };
  }

  private openVersion(personId: string, row: VersionRow, dataKey: Buffer): PetitionerData {
    return JSON.parse(
      this.unsealOrThrow(
        dataKey,
        row.sealed_record,
        boundTo.version(personId, row.version),
        personId,
      ).toString('utf8'),
    ) as PetitionerData;
  }

  private indexDocument(personId: string, record: PetitionerData): void {
    if (!hasDocument(record)) {
      this.db.prepare('DELETE FROM document_index WHERE person_id = ?').run(personId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO document_index (person_id, blind_index) VALUES (?, ?)
         ON CONFLICT (person_id) DO UPDATE SET blind_index = excluded.blind_index`,
      )
      .run(personId, this.blindIndex(record.documentType, record.documentNumber));
  }

  /** The person's entry in the e-mail index follows their current data: their address, or none. */
  private indexEmail(personId: string, record: PetitionerData): void {
    if (record.email === null || normalizeEmail(record.email) === '') {
      this.db.prepare('DELETE FROM email_index WHERE person_id = ?').run(personId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO email_index (person_id, blind_index, used_order)
         VALUES (?, ?, (SELECT COALESCE(MAX(used_order), 0) + 1 FROM email_index))
         ON CONFLICT (person_id) DO UPDATE SET blind_index = excluded.blind_index, used_order = excluded.used_order`,
      )
      .run(personId, this.emailBlindIndex(record.email));
  }

  /**
   * Adds the terms of this version's name and document to the person's: a person is found by the name and
   * number of every version they filed with (a corrected spelling does not hide their earlier cases).
   */
  private indexPersonTerms(personId: string, record: PetitionerData): void {
    const insertTerm = this.db.prepare('INSERT OR IGNORE INTO person_terms (term, person_id) VALUES (?, ?)');
    for (const token of personTokensOf(record)) insertTerm.run(this.personTerm(token), personId);
  }

  /** Runs `use` with the owner's data key, wiped from memory afterwards. */
  private withKey<T>(ownerId: string, wrappedKey: Buffer, use: (dataKey: Buffer) => T): T {
    const dataKey = this.unsealOrThrow(this.wrappingKey, wrappedKey, boundTo.key(ownerId), ownerId);
    try {
      return use(dataKey);
    } finally {
      dataKey.fill(0);
    }
  }

  private unsealOrThrow(key: Buffer, sealed: Buffer, bound: string, ownerId: string): Buffer {
    try {
      return unseal(key, sealed, bound);
    } catch {
      throw new PersonalDataIntegrityError(ownerId);
    }
  }

  private emailBlindIndex(email: string): string {
    return createHmac('sha256', this.emailIndexKey).update(normalizeEmail(email), 'utf8').digest('base64url');
  }

  private blindIndex(documentType: string, documentNumber: string): string {
    return createHmac('sha256', this.blindIndexKey)
      .update(normalizeDocument(documentType, documentNumber), 'utf8')
      .digest('base64url');
  }

  private searchTerm(token: string): Buffer {
    return createHmac('sha256', this.searchKey).update(token, 'utf8').digest().subarray(0, TERM_LENGTH);
  }

  private personTerm(token: string): Buffer {
    return createHmac('sha256', this.personSearchKey).update(token, 'utf8').digest().subarray(0, TERM_LENGTH);
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

/** The record as stored: absent optional fields as null, so equal data compare equal. */
function canonicalRecord(data: PetitionerData): PetitionerData {
  return {
    name: data.name,
    documentType: data.documentType,
    documentNumber: data.documentNumber,
    email: data.email ?? null,
    phone: data.phone ?? null,
    address: data.address ?? null,
  };
}
