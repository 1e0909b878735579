// The SQLite personal-data store: every version of a person's data sealed under their own key, free texts
// sealed under their owner's, a search over keyed hashes of words, erasure that leaves nothing of the
// owner in any file, a keyed blind index for "same document, same person", and a master key that must
// match.
import { createCipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigurationError } from '../../src/config/configuration.js';
import {
  ERASED,
  isErased,
  PersonErasedError,
  type PetitionerData,
} from '../../src/personal-data/personal-data-store.js';
import {
  loadOrCreateMasterKey,
  MASTER_KEY_FILE,
  MasterKeyMismatchError,
  PERSONAL_DATA_FILE,
  PersonalDataIntegrityError,
  SqlitePersonalDataStore,
} from '../../src/personal-data/sqlite-personal-data-store.js';

const ana: PetitionerData = {
  name: 'Ana Milena Zuluaga Restrepo',
  documentType: 'CC',
  documentNumber: '1023456789',
  email: 'ana.zuluaga@correo.example',
  phone: '3104567890',
  address: 'Calle 45 # 12-34, Manizales',
};
const bernardo: PetitionerData = {
  name: 'Bernardo Quintero Ospina',
  documentType: 'CE',
  documentNumber: '987654',
  email: null,
  phone: null,
  address: null,
};

let dataDir: string;
let masterKey: Buffer;
const openStores: SqlitePersonalDataStore[] = [];
const directories: string[] = [];

function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'ventanilla-personal-data-'));
  directories.push(directory);
  return directory;
}

function openStore(key: Uint8Array = masterKey, directory = dataDir): SqlitePersonalDataStore {
  const store = SqlitePersonalDataStore.open({ dataDir: directory, masterKey: key });
  openStores.push(store);
  return store;
}

/** Every byte SQLite has written for the store: the main file and, if present, its WAL. */
function fileBytes(): Buffer {
  const path = join(dataDir, PERSONAL_DATA_FILE);
  const wal = `${path}-wal`;
  return Buffer.concat([readFileSync(path), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)]);
}

function rawConnection(directory = dataDir): Database.Database {
  return new Database(join(directory, PERSONAL_DATA_FILE));
}

function blindIndexIn(directory: string): string {
  const connection = rawConnection(directory);
  const { blind_index: blindIndex } = connection
    .prepare<[], { blind_index: string }>('SELECT blind_index FROM document_index')
    .get()!;
  connection.close();
  return blindIndex;
}

beforeEach(() => {
  dataDir = temporaryDirectory();
  masterKey = randomBytes(32);
});

afterEach(async () => {
  await Promise.all(openStores.splice(0).map((store) => store.close()));
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** Keeps data as a filing does, each call its own command unless one is named. */
let commands = 0;
function keep(store: SqlitePersonalDataStore, personId: string, data: PetitionerData, recordedBy?: string) {
  commands += 1;
  return store.recordVersion(personId, data, { recordedBy: recordedBy ?? `command-${commands}` });
}

/** Every file of the data folder, WAL and shared memory included, as one buffer. */
function everyFileBytes(directory = dataDir): Buffer {
  return Buffer.concat(readdirSync(directory).map((name) => readFileSync(join(directory, name))));
}

describe('SqlitePersonalDataStore', () => {
  describe('versions of a person’s data', () => {
    it('keeps a new person as version 1, which needs no record in the log', async () => {
      const store = openStore();

      expect(await keep(store, 'person-1', ana)).toEqual({
        version: 1,
        previousVersion: null,
        changedFields: [],
        logged: true,
      });
      expect(await store.get('person-1')).toEqual(ana);
      expect(await store.get('person-1', 1)).toEqual(ana);
      expect(await store.get('person-unknown')).toBeNull();
    });

    it('keeps the data across a restart with the same master key', async () => {
      const first = openStore();
      await keep(first, 'person-1', ana);
      await first.close();

      expect(await openStore().get('person-1')).toEqual(ana);
    });

    it('adds no version for the same data filed again', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);

      expect(await keep(store, 'person-1', { ...ana })).toMatchObject({ version: 1, logged: true });
      expect(await store.get('person-1', 2)).toBeNull();
    });

    it('adds a version for different data, naming the fields changed, and keeps the earlier one', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      const impostor = { ...ana, name: 'Impostor', email: 'otro@correo.example', address: null };

      const recorded = await keep(store, 'person-1', impostor);

      expect(recorded).toEqual({
        version: 2,
        previousVersion: 1,
        changedFields: ['name', 'email', 'address'],
        logged: false,
      });
      expect(await store.get('person-1', 1)).toEqual(ana);
      expect(await store.get('person-1', 2)).toEqual(impostor);
      expect(await store.get('person-1')).toEqual(impostor);
    });

    it('answers a retried command with the version it recorded, whatever was filed since', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      const first = await keep(store, 'person-1', { ...ana, phone: '3000000000' }, 'the-command');
      await keep(store, 'person-1', { ...ana, phone: '3111111111' });

      expect(await keep(store, 'person-1', { ...ana, phone: '3000000000' }, 'the-command')).toEqual(first);
    });

    it('answers a change not yet recorded in the log as unlogged to the next filing with those data', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await keep(store, 'person-1', { ...ana, phone: '3000000000' });

      // The first filing stopped before the log recorded its change: the next one records it.
      expect(await keep(store, 'person-1', { ...ana, phone: '3000000000' })).toEqual({
        version: 2,
        previousVersion: 1,
        changedFields: ['phone'],
        logged: false,
      });
      await store.markVersionLogged('person-1', 2);
      expect(await keep(store, 'person-1', { ...ana, phone: '3000000000' })).toMatchObject({ logged: true });
    });

    it('reads many versions at once, leaving out those never kept', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await keep(store, 'person-1', { ...ana, email: null });
      await keep(store, 'person-2', bernardo);

      const found = await store.getVersions([
        { personId: 'person-1', version: 1 },
        { personId: 'person-1', version: 2 },
        { personId: 'person-2', version: 1 },
        { personId: 'person-2', version: 7 },
        { personId: 'person-unknown', version: 1 },
      ]);

      expect(found).toEqual(
        new Map([
          ['person-1@1', ana],
          ['person-1@2', { ...ana, email: null }],
          ['person-2@1', bernardo],
        ]),
      );
    });

    it('writes no name, document number, email or phone in clear to its files', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await keep(store, 'person-1', { ...ana, address: 'Carrera 7 # 1-2, Pereira' });
      const plaintexts = [
        ana.name,
        'Zuluaga',
        ana.documentNumber,
        ana.email!,
        ana.phone!,
        'Manizales',
        'Pereira',
      ];

      const beforeCheckpoint = fileBytes();
      const connection = rawConnection();
      connection.pragma('wal_checkpoint(TRUNCATE)');
      connection.close();
      const afterCheckpoint = fileBytes();

      for (const bytes of [beforeCheckpoint, afterCheckpoint]) {
        for (const plaintext of plaintexts)
          expect(bytes.includes(Buffer.from(plaintext, 'utf8'))).toBe(false);
      }
    });
  });

  describe('free texts', () => {
    it('seals a text under a person and reads it back by id', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);

      const { textId, ownerId } = await store.storeText('person-1', 'Soy Ana, cédula 1023456789.');

      expect(ownerId).toBe('person-1');
      expect(await store.getTexts([textId, 'text-unknown'])).toEqual(
        new Map([[textId, { text: 'Soy Ana, cédula 1023456789.' }]]),
      );
      expect(fileBytes().includes(Buffer.from('1023456789', 'utf8'))).toBe(false);
    });

    it('gives an anonymous text an owner of its own, which later texts of the filing share', async () => {
      const store = openStore();

      const first = await store.storeText(null, 'Denuncia anónima sobre el parqueadero.');
      const second = await store.storeText(first.ownerId, 'Nota del funcionario.');

      expect(second.ownerId).toBe(first.ownerId);
      expect(await store.statusOf(first.ownerId)).toBe('LIVE');
      expect((await store.getTexts([first.textId, second.textId])).size).toBe(2);
    });

    it('stores a retried text once, under the id its command gave it', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);

      await store.storeText('person-1', 'Asunto', { textId: 'text-of-command-1', searchable: true });
      await store.storeText('person-1', 'Asunto', { textId: 'text-of-command-1', searchable: true });

      expect(await store.getTexts(['text-of-command-1'])).toEqual(
        new Map([['text-of-command-1', { text: 'Asunto' }]]),
      );
      expect((await store.searchTexts('asunto')).textIds).toEqual(['text-of-command-1']);
    });

    it('refuses a text under an owner it does not know', async () => {
      await expect(openStore().storeText('person-unknown', 'Texto')).rejects.toThrow(/no conoce/);
    });

    it('stores a command’s texts together: one new owner for an anonymous filing, a retry answering the same', async () => {
      const store = openStore();
      const texts = [
        { text: 'Denuncia sobre el parqueadero de la sede.', textId: 'command-2/subject', searchable: true },
        { text: 'El vigilante cobra por parquear.', textId: 'command-2/description' },
      ];

      const stored = await store.storeTexts(null, texts);
      const retried = await store.storeTexts(null, texts);

      expect(stored.map(({ textId }) => textId)).toEqual(['command-2/subject', 'command-2/description']);
      expect(new Set(stored.map(({ ownerId }) => ownerId)).size).toBe(1);
      expect(retried).toEqual(stored);
      expect(await store.getTexts(['command-2/subject', 'command-2/description'])).toEqual(
        new Map([
          ['command-2/subject', { text: 'Denuncia sobre el parqueadero de la sede.' }],
          ['command-2/description', { text: 'El vigilante cobra por parquear.' }],
        ]),
      );
      expect((await store.searchTexts('parqueadero')).textIds).toEqual(['command-2/subject']);
    });

    it('stores none of a command’s texts when one cannot be stored', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await store.storeText('person-1', 'Asunto de Ana', { textId: 'command-3/subject' });
      await keep(store, 'person-2', { ...ana, documentNumber: '99887766' });

      await expect(
        store.storeTexts('person-2', [
          { text: 'Descripción nueva', textId: 'command-4/description' },
          { text: 'Asunto de otra persona', textId: 'command-3/subject' },
        ]),
      ).rejects.toThrow(/otro titular/);
      expect((await store.getTexts(['command-4/description'])).size).toBe(0);
    });
  });

  describe('searching texts', () => {
    async function storeWithTexts() {
      const store = openStore();
      await keep(store, 'person-1', ana);
      const ids = {
        gomez: (await store.storeText('person-1', 'Queja contra la señora Gómez Ruiz', { searchable: true }))
          .textId,
        cedula: (await store.storeText(null, 'Certificado de la cédula 52123456', { searchable: true }))
          .textId,
        long: (await store.storeText(null, 'Inconstitucionalidad manifiesta', { searchable: true })).textId,
        hidden: (await store.storeText('person-1', 'Gómez otra vez, sin índice')).textId,
      };
      return { store, ids };
    }

    it('finds a word by its start, whatever its case and accents', async () => {
      const { store, ids } = await storeWithTexts();

      expect((await store.searchTexts('GOMEZ')).textIds).toEqual([ids.gomez]);
      expect((await store.searchTexts('góm')).textIds).toEqual([ids.gomez]);
      expect((await store.searchTexts('521234')).textIds).toEqual([ids.cedula]);
    });

    it('finds only the texts that hold every word of the query', async () => {
      const { store, ids } = await storeWithTexts();

      expect((await store.searchTexts('queja ruiz')).textIds).toEqual([ids.gomez]);
      expect((await store.searchTexts('queja cedula')).textIds).toEqual([]);
    });

    it('checks a word longer than the indexed starts against the text itself', async () => {
      const { store, ids } = await storeWithTexts();

      expect((await store.searchTexts('inconstitucionalidad')).textIds).toEqual([ids.long]);
      expect((await store.searchTexts('inconstitucionalismo')).textIds).toEqual([]);
    });

    it('matches words of one or two characters whole, and a blank query nothing', async () => {
      const { store, ids } = await storeWithTexts();

      expect((await store.searchTexts('la gomez')).textIds).toEqual([ids.gomez]);
      expect((await store.searchTexts('l gomez')).textIds).toEqual([]);
      expect((await store.searchTexts(' \u0000 ')).textIds).toEqual([]);
    });

    it('says when more texts matched than the limit', async () => {
      const store = openStore();
      for (let index = 0; index < 3; index++)
        await store.storeText(null, `Petición ${index}`, { searchable: true });

      const found = await store.searchTexts('peticion', { limit: 2 });

      expect(found.textIds).toHaveLength(2);
      expect(found.truncated).toBe(true);
    });

    it('keeps only keyed hashes of the words in its files', async () => {
      await storeWithTexts();

      for (const word of ['gomez', 'Gómez', 'queja', '52123456', 'inconstitucionalidad']) {
        expect(fileBytes().includes(Buffer.from(word, 'utf8'))).toBe(false);
      }
    });
  });

  describe('when a person is erased', () => {
    it('answers ERASED for every version and text of theirs while other people stay readable', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await keep(store, 'person-1', { ...ana, email: null });
      await keep(store, 'person-2', bernardo);
      const { textId } = await store.storeText('person-1', 'Texto de Ana', { searchable: true });

      expect(await store.erase('person-1')).toEqual({
        ownerId: 'person-1',
        versionsErased: 2,
        textsErased: 1,
      });

      expect(await store.get('person-1')).toBe(ERASED);
      expect(isErased(await store.get('person-1', 1))).toBe(true);
      expect(await store.statusOf('person-1')).toBe(ERASED);
      expect(await store.get('person-2')).toEqual(bernardo);
      expect(
        await store.getVersions([
          { personId: 'person-1', version: 2 },
          { personId: 'person-2', version: 1 },
        ]),
      ).toEqual(
        new Map<string, unknown>([
          ['person-1@2', ERASED],
          ['person-2@1', bernardo],
        ]),
      );
      expect(await store.getTexts([textId])).toEqual(new Map([[textId, ERASED]]));
      expect((await store.searchTexts('texto')).textIds).toEqual([]);
    });

    it('leaves none of their sealed data, keys, index entries or search terms in any file, WAL included', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await keep(store, 'person-1', { ...ana, email: 'ana@otro.example' });
      await keep(store, 'person-2', bernardo);
      await store.storeText('person-1', 'Descripción escrita por Ana Zuluaga', { searchable: true });
      await store.storeText('person-2', 'Descripción escrita por Bernardo', { searchable: true });
      const othersTraces = tracesOf('person-2');
      // The words both texts share ("descripción", "escrita", "por") are Bernardo's too.
      const traces = tracesOf('person-1').filter(
        (trace) => !othersTraces.some((other) => other.equals(trace)),
      );
      // Every trace is there to be found before: the search below can fail.
      expect(traces.length).toBeGreaterThan(5);
      const before = everyFileBytes();
      for (const trace of traces) expect(before.includes(trace)).toBe(true);

      await store.erase('person-1');

      const after = everyFileBytes();
      expect(traces.filter((trace) => after.includes(trace))).toEqual([]);
      expect(
        existsSync(join(dataDir, `${PERSONAL_DATA_FILE}-wal`))
          ? statSync(join(dataDir, `${PERSONAL_DATA_FILE}-wal`)).size
          : 0,
      ).toBe(0);
      // What belongs to others stays.
      for (const trace of othersTraces) expect(after.includes(trace)).toBe(true);
      expect(await store.get('person-2')).toEqual(bernardo);
    });

    it('no longer finds them by document', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);

      await store.erase('person-1');

      expect(await store.findByDocument(ana.documentType, ana.documentNumber)).toBeNull();
    });

    it('refuses new data and texts under their id', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await store.erase('person-1');

      await expect(keep(store, 'person-1', ana)).rejects.toBeInstanceOf(PersonErasedError);
      await expect(store.storeText('person-1', 'Texto')).rejects.toBeInstanceOf(PersonErasedError);
      expect(await store.get('person-1')).toBe(ERASED);
    });

    it('erasing again changes nothing, and an unknown id is kept as erased', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await store.erase('person-1');

      expect(await store.erase('person-1')).toEqual({
        ownerId: 'person-1',
        versionsErased: 0,
        textsErased: 0,
      });
      await store.erase('person-unknown');
      expect(await store.get('person-1')).toBe(ERASED);
      expect(await store.statusOf('person-unknown')).toBe(ERASED);
    });

    it('erases an anonymous filing’s texts by their owner', async () => {
      const store = openStore();
      const { textId, ownerId } = await store.storeText(null, 'Denuncia anónima', { searchable: true });

      await store.erase(ownerId);

      expect(await store.getTexts([textId])).toEqual(new Map([[textId, ERASED]]));
    });
  });

  describe('finding a person by document', () => {
    it('finds the id kept for the document, whatever its spelling', async () => {
      const store = openStore();
      await keep(store, 'person-1', { ...ana, documentNumber: '1.023.456.789' });

      expect(await store.findByDocument('CC', '1023456789')).toBe('person-1');
      expect(await store.findByDocument(' cc ', '1 023 456-789')).toBe('person-1');
    });

    it('does not confuse document types or numbers', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);

      expect(await store.findByDocument('TI', ana.documentNumber)).toBeNull();
      expect(await store.findByDocument('CC', '1023456788')).toBeNull();
    });

    it('follows a person whose document was corrected in a later version', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await keep(store, 'person-1', { ...ana, documentNumber: '1023456780' });

      expect(await store.findByDocument('CC', '1023456780')).toBe('person-1');
      expect(await store.findByDocument('CC', ana.documentNumber)).toBeNull();
    });

    it('indexes by a keyed hash, not by the number', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      const otherDir = temporaryDirectory();
      const storeWithAnotherKey = openStore(randomBytes(32), otherDir);
      await keep(storeWithAnotherKey, 'person-1', ana);

      const index = blindIndexIn(dataDir);

      expect(index).not.toContain(ana.documentNumber);
      expect(index).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // Without the key, nobody can compute the index of a known number: another key gives another index.
      expect(blindIndexIn(otherDir)).not.toBe(index);
    });
  });

  describe('a store of the first layout (one record per person, overwritten)', () => {
    it('opens with each record as the person’s version 1, and the erased ones erased', async () => {
      writeFirstLayoutStore(dataDir, masterKey, { 'person-1': ana, 'person-2': bernardo }, ['person-2']);

      const store = openStore();

      expect(await store.get('person-1', 1)).toEqual(ana);
      expect(await store.findByDocument('CC', ana.documentNumber)).toBe('person-1');
      expect(await store.get('person-2')).toBe(ERASED);
      expect(await keep(store, 'person-1', { ...ana, phone: null })).toMatchObject({
        version: 2,
        changedFields: ['phone'],
      });
      const connection = rawConnection();
      expect(
        connection.prepare("SELECT name FROM sqlite_master WHERE name = 'person_records'").get(),
      ).toBeUndefined();
      connection.close();
    });
  });

  describe('integrity', () => {
    it('refuses to open with another master key, naming the key to restore', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await store.close();

      expect(() => openStore(randomBytes(32))).toThrow(MasterKeyMismatchError);
      expect(() => openStore(randomBytes(32))).toThrow(/VENTANILLA_MASTER_KEY/);
      expect(await openStore().get('person-1')).toEqual(ana);
    });

    it('refuses a master key that is not 32 bytes', () => {
      expect(() => openStore(randomBytes(16))).toThrow(/32 bytes/);
    });

    it('detects a version moved to another version of the same person', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      await keep(store, 'person-1', { ...ana, name: 'Otra' });
      const connection = rawConnection();
      connection
        .prepare(
          `UPDATE person_versions SET sealed_record =
             (SELECT sealed_record FROM person_versions WHERE person_id = 'person-1' AND version = 2)
           WHERE person_id = 'person-1' AND version = 1`,
        )
        .run();
      connection.close();

      await expect(store.get('person-1', 1)).rejects.toBeInstanceOf(PersonalDataIntegrityError);
    });

    it('detects a text moved to another text’s row', async () => {
      const store = openStore();
      await keep(store, 'person-1', ana);
      const first = await store.storeText('person-1', 'Primero');
      const second = await store.storeText('person-1', 'Segundo');
      const connection = rawConnection();
      connection
        .prepare(
          'UPDATE texts SET sealed_text = (SELECT sealed_text FROM texts WHERE text_id = ?) WHERE text_id = ?',
        )
        .run(first.textId, second.textId);
      connection.close();

      await expect(store.getTexts([second.textId])).rejects.toBeInstanceOf(PersonalDataIntegrityError);
    });
  });
});

/** The bytes the store holds for an owner: sealed versions and texts, wrapped key, blind index, search terms. */
function tracesOf(ownerId: string): Buffer[] {
  const connection = rawConnection();
  const blobs = (sql: string) =>
    connection
      .prepare<[string], { value: Buffer | string }>(sql)
      .all(ownerId)
      .map(({ value }) => (typeof value === 'string' ? Buffer.from(value, 'utf8') : value));
  const traces = [
    ...blobs('SELECT sealed_record AS value FROM person_versions WHERE person_id = ?'),
    ...blobs('SELECT wrapped_key AS value FROM person_keys WHERE person_id = ?'),
    ...blobs('SELECT blind_index AS value FROM document_index WHERE person_id = ?'),
    ...blobs('SELECT sealed_text AS value FROM texts WHERE owner_id = ?'),
    ...blobs(
      `SELECT term AS value FROM text_terms
        WHERE text_row IN (SELECT text_row FROM texts WHERE owner_id = ?)`,
    ),
  ];
  connection.close();
  return traces;
}

/**
 * A store as the first layout wrote it: `person_records` with one record per person sealed under the
 * person's key (bound to the person id), the key wrapped under the master key's wrapping key.
 */
function writeFirstLayoutStore(
  directory: string,
  key: Buffer,
  people: Record<string, PetitionerData>,
  erased: readonly string[],
): void {
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), purpose, 32));
  const sealBound = (sealingKey: Buffer, plaintext: Buffer, personId: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', sealingKey, iv);
    cipher.setAAD(Buffer.from(personId, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
  };
  const connection = new Database(join(directory, PERSONAL_DATA_FILE));
  connection.exec(`
    CREATE TABLE store_meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE person_records (person_id TEXT PRIMARY KEY, sealed_record BLOB NOT NULL,
                                 updated_at TEXT NOT NULL, erased_at TEXT);
    CREATE TABLE person_keys (person_id TEXT PRIMARY KEY, wrapped_key BLOB NOT NULL);
    CREATE TABLE document_index (person_id TEXT PRIMARY KEY, blind_index TEXT NOT NULL);
  `);
  connection
    .prepare("INSERT INTO store_meta (name, value) VALUES ('master_key_check', ?)")
    .run(derive('ventanilla/personal-data/key-check'));
  for (const [personId, data] of Object.entries(people)) {
    const dataKey = randomBytes(32);
    const isErasedPerson = erased.includes(personId);
    connection
      .prepare('INSERT INTO person_records VALUES (?, ?, ?, ?)')
      .run(
        personId,
        sealBound(dataKey, Buffer.from(JSON.stringify(data), 'utf8'), personId),
        '2026-03-01T15:00:00.000Z',
        isErasedPerson ? '2026-03-02T15:00:00.000Z' : null,
      );
    if (isErasedPerson) continue;
    connection
      .prepare('INSERT INTO person_keys VALUES (?, ?)')
      .run(personId, sealBound(derive('ventanilla/personal-data/key-wrapping'), dataKey, personId));
    const blindIndex = createHmac('sha256', derive('ventanilla/personal-data/blind-index'))
      .update(`${data.documentType}\u0000${data.documentNumber}`, 'utf8')
      .digest('base64url');
    connection.prepare('INSERT INTO document_index VALUES (?, ?)').run(personId, blindIndex);
  }
  connection.close();
}

describe('loadOrCreateMasterKey', () => {
  it('takes the key from VENTANILLA_MASTER_KEY when given', () => {
    const key = randomBytes(32);

    expect(loadOrCreateMasterKey(dataDir, key.toString('base64'))).toEqual(key);
    expect(existsSync(join(dataDir, MASTER_KEY_FILE))).toBe(false);
  });

  it.each([
    ['too short', randomBytes(16).toString('base64')],
    ['too long', randomBytes(33).toString('base64')],
    ['not base64', 'esta no es una clave de ninguna manera!!'],
  ])('refuses a VENTANILLA_MASTER_KEY that is %s, naming the variable', (_case, value) => {
    expect(() => loadOrCreateMasterKey(dataDir, value)).toThrow(ConfigurationError);
    expect(() => loadOrCreateMasterKey(dataDir, value)).toThrow(/VENTANILLA_MASTER_KEY/);
  });

  it('without the variable, creates master.key readable by its owner only, and reads it afterwards', () => {
    const created = loadOrCreateMasterKey(dataDir);
    const path = join(dataDir, MASTER_KEY_FILE);

    expect(created).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadOrCreateMasterKey(dataDir, '')).toEqual(created);
  });

  it('refuses a damaged master.key, naming the file', () => {
    writeFileSync(join(dataDir, MASTER_KEY_FILE), 'dañada\n');

    expect(() => loadOrCreateMasterKey(dataDir)).toThrow(/master\.key/);
  });
});
