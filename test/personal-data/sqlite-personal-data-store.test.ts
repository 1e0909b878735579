// The SQLite personal-data store: records sealed per person, erasure by destroying the person's key,
// a keyed blind index for "same document, same person", and a master key that must match.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

describe('SqlitePersonalDataStore', () => {
  it('returns what was saved, and null for an id never saved', async () => {
    const store = openStore();
    await store.save('person-1', ana);

    expect(await store.get('person-1')).toEqual(ana);
    expect(await store.get('person-unknown')).toBeNull();
  });

  it('keeps the data across a restart with the same master key', async () => {
    const first = openStore();
    await first.save('person-1', ana);
    await first.close();

    expect(await openStore().get('person-1')).toEqual(ana);
  });

  it('replaces a person’s record when saved again', async () => {
    const store = openStore();
    await store.save('person-1', ana);
    await store.save('person-1', { ...ana, email: 'nuevo@correo.example' });

    expect(await store.get('person-1')).toEqual({ ...ana, email: 'nuevo@correo.example' });
  });

  it('reads many people at once, leaving out ids never saved', async () => {
    const store = openStore();
    await store.save('person-1', ana);
    await store.save('person-2', bernardo);

    const found = await store.getMany(['person-1', 'person-2', 'person-unknown', 'person-1']);

    expect(found).toEqual(
      new Map([
        ['person-1', ana],
        ['person-2', bernardo],
      ]),
    );
  });

  it('writes no name, document number, email or phone in clear to its files', async () => {
    const store = openStore();
    await store.save('person-1', ana);
    const plaintexts = [ana.name, 'Zuluaga', ana.documentNumber, ana.email!, ana.phone!, 'Manizales'];

    const beforeCheckpoint = fileBytes();
    const connection = rawConnection();
    connection.pragma('wal_checkpoint(TRUNCATE)');
    connection.close();
    const afterCheckpoint = fileBytes();

    for (const bytes of [beforeCheckpoint, afterCheckpoint]) {
      for (const plaintext of plaintexts) expect(bytes.includes(Buffer.from(plaintext, 'utf8'))).toBe(false);
    }
  });

  describe('when a person is erased', () => {
    it('answers ERASED for them while other people stay readable', async () => {
      const store = openStore();
      await store.save('person-1', ana);
      await store.save('person-2', bernardo);

      await store.erase('person-1');

      expect(await store.get('person-1')).toBe(ERASED);
      expect(isErased(await store.get('person-1'))).toBe(true);
      expect(await store.get('person-2')).toEqual(bernardo);
      expect(await store.getMany(['person-1', 'person-2'])).toEqual(
        new Map<string, unknown>([
          ['person-1', ERASED],
          ['person-2', bernardo],
        ]),
      );
    });

    it('keeps the ciphertext but no longer the key, not even in the files’ free space', async () => {
      const store = openStore();
      await store.save('person-1', ana);
      const before = rawConnection();
      const { wrapped_key: wrappedKey } = before
        .prepare<[], { wrapped_key: Buffer }>(
          "SELECT wrapped_key FROM person_keys WHERE person_id = 'person-1'",
        )
        .get()!;
      before.close();
      expect(fileBytes().includes(wrappedKey)).toBe(true);

      await store.erase('person-1');

      const after = rawConnection();
      expect(
        after.prepare("SELECT count(*) AS n FROM person_records WHERE person_id = 'person-1'").get(),
      ).toEqual({
        n: 1,
      });
      expect(
        after.prepare("SELECT count(*) AS n FROM person_keys WHERE person_id = 'person-1'").get(),
      ).toEqual({
        n: 0,
      });
      after.close();
      expect(fileBytes().includes(wrappedKey)).toBe(false);
    });

    it('no longer finds them by document', async () => {
      const store = openStore();
      await store.save('person-1', ana);

      await store.erase('person-1');

      expect(await store.findByDocument(ana.documentType, ana.documentNumber)).toBeNull();
    });

    it('refuses to save data under their id again', async () => {
      const store = openStore();
      await store.save('person-1', ana);
      await store.erase('person-1');

      await expect(store.save('person-1', ana)).rejects.toBeInstanceOf(PersonErasedError);
      expect(await store.get('person-1')).toBe(ERASED);
    });

    it('erasing again changes nothing', async () => {
      const store = openStore();
      await store.save('person-1', ana);
      await store.erase('person-1');

      await expect(store.erase('person-1')).resolves.toBeUndefined();
      await expect(store.erase('person-unknown')).resolves.toBeUndefined();
      expect(await store.get('person-1')).toBe(ERASED);
    });
  });

  describe('finding a person by document', () => {
    it('finds the id saved for the document, whatever its spelling', async () => {
      const store = openStore();
      await store.save('person-1', { ...ana, documentNumber: '1.023.456.789' });

      expect(await store.findByDocument('CC', '1023456789')).toBe('person-1');
      expect(await store.findByDocument(' cc ', '1 023 456-789')).toBe('person-1');
    });

    it('does not confuse document types or numbers', async () => {
      const store = openStore();
      await store.save('person-1', ana);

      expect(await store.findByDocument('TI', ana.documentNumber)).toBeNull();
      expect(await store.findByDocument('CC', '1023456788')).toBeNull();
    });

    it('follows a person whose document was corrected', async () => {
      const store = openStore();
      await store.save('person-1', ana);
      await store.save('person-1', { ...ana, documentNumber: '1023456780' });

      expect(await store.findByDocument('CC', '1023456780')).toBe('person-1');
      expect(await store.findByDocument('CC', ana.documentNumber)).toBeNull();
    });

    it('indexes by a keyed hash, not by the number', async () => {
      const store = openStore();
      await store.save('person-1', ana);
      const otherDir = temporaryDirectory();
      const storeWithAnotherKey = openStore(randomBytes(32), otherDir);
      await storeWithAnotherKey.save('person-1', ana);

      const index = blindIndexIn(dataDir);

      expect(index).not.toContain(ana.documentNumber);
      expect(index).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // Without the key, nobody can compute the index of a known number: another key gives another index.
      expect(blindIndexIn(otherDir)).not.toBe(index);
    });
  });

  describe('integrity', () => {
    it('refuses to open with another master key, naming the key to restore', async () => {
      const store = openStore();
      await store.save('person-1', ana);
      await store.close();

      expect(() => openStore(randomBytes(32))).toThrow(MasterKeyMismatchError);
      expect(() => openStore(randomBytes(32))).toThrow(/VENTANILLA_MASTER_KEY/);
      expect(await openStore().get('person-1')).toEqual(ana);
    });

    it('refuses a master key that is not 32 bytes', () => {
      expect(() => openStore(randomBytes(16))).toThrow(/32 bytes/);
    });

    it('detects a record moved to another person’s row', async () => {
      const store = openStore();
      await store.save('person-1', ana);
      await store.save('person-2', bernardo);
      const connection = rawConnection();
      const sealedOfAna = connection
        .prepare<[], { sealed_record: Buffer }>(
          "SELECT sealed_record FROM person_records WHERE person_id = 'person-1'",
        )
        .get()!.sealed_record;
      connection
        .prepare("UPDATE person_records SET sealed_record = ? WHERE person_id = 'person-2'")
        .run(sealedOfAna);
      connection.close();

      await expect(store.get('person-2')).rejects.toBeInstanceOf(PersonalDataIntegrityError);
      expect(await store.get('person-1')).toEqual(ana);
    });
  });
});

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
