// The vault's search of people: how staff find a case by the petitioner. A person's name is indexed by the
// starts of its words and their document number whole, as keyed hashes only, deleted with the person.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { PetitionerData } from '../../src/personal-data/personal-data-store.js';
import {
  PERSONAL_DATA_FILE,
  SqlitePersonalDataStore,
} from '../../src/personal-data/sqlite-personal-data-store.js';

const yolanda: PetitionerData = {
  name: 'Yolanda Díaz Peñaranda',
  documentType: 'CC',
  documentNumber: '9900000147',
  email: 'yolanda@correo.example',
  phone: null,
  address: null,
};

const diana: PetitionerData = {
  name: 'Diana Yolima Ruiz',
  documentType: 'CE',
  documentNumber: '471100',
  email: null,
  phone: null,
  address: null,
};

let dataDir: string;
let masterKey: Buffer;
let store: SqlitePersonalDataStore;
let commands = 0;

function keep(personId: string, data: PetitionerData) {
  commands += 1;
  return store.recordVersion(personId, data, { recordedBy: `command-${commands}` });
}

async function found(query: string): Promise<string[]> {
  return [...(await store.findPeople(query)).personIds].sort();
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-person-search-'));
  masterKey = randomBytes(32);
  store = SqlitePersonalDataStore.open({ dataDir, masterKey });
  await keep('person-yolanda', yolanda);
  await keep('person-diana', diana);
});

afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('finding people by name', () => {
  it('finds a person by any word of the name, whatever its accents and case', async () => {
    expect(await found('Yolanda')).toEqual(['person-yolanda']);
    expect(await found('díaz')).toEqual(['person-yolanda']);
    expect(await found('DIAZ')).toEqual(['person-yolanda']);
    expect(await found('penaranda')).toEqual(['person-yolanda']);
  });

  it('finds a person by starts of three letters or more, in any order', async () => {
    expect(await found('diaz yol')).toEqual(['person-yolanda']);
    expect(await found('yol')).toEqual(['person-diana', 'person-yolanda']);
    expect(await found('yoli')).toEqual(['person-diana']);
  });

  it('needs every word of the query in the name', async () => {
    expect(await found('Yolanda Ruiz')).toEqual([]);
    expect(await found('Yolanda Díaz')).toEqual(['person-yolanda']);
  });

  it('checks a word longer than the indexed starts against the name', async () => {
    await keep('person-long', { ...diana, name: 'Ana Administraciones', documentNumber: '1' });

    expect(await found('administraciones')).toEqual(['person-long']);
    expect(await found('administracionista')).toEqual([]);
  });

  it('does not find a name by letters inside its words', async () => {
    expect(await found('landa')).toEqual([]);
  });

  it('keeps finding a person by the name of an earlier version', async () => {
    await keep('person-yolanda', { ...yolanda, name: 'Yolanda Díaz Peñaranda de Rojas' });

    expect(await found('Peñaranda')).toEqual(['person-yolanda']);
    expect(await found('rojas')).toEqual(['person-yolanda']);
  });
});

describe('finding people by document number', () => {
  it('finds the person by the number, with or without dots, spaces and hyphens', async () => {
    expect(await found('9900000147')).toEqual(['person-yolanda']);
    expect(await found('99.000.001-47')).toEqual(['person-yolanda']);
    expect(await found(' 9 900 000 147 ')).toEqual(['person-yolanda']);
    expect(await found('471.100')).toEqual(['person-diana']);
  });

  it('finds nobody by part of a number', async () => {
    expect(await found('990000')).toEqual([]);
    expect(await found('00000147')).toEqual([]);
  });
});

describe('erasure', () => {
  it('no longer finds an erased person by name or number', async () => {
    await store.erase('person-yolanda');

    expect(await found('Yolanda')).toEqual([]);
    expect(await found('yol')).toEqual(['person-diana']);
    expect(await found('9900000147')).toEqual([]);
  });

  it('leaves no term of the erased person in the store', async () => {
    await store.erase('person-yolanda');

    const connection = new Database(join(dataDir, PERSONAL_DATA_FILE), { readonly: true });
    const owners = connection
      .prepare<[], { person_id: string }>('SELECT DISTINCT person_id FROM person_terms')
      .all()
      .map((row) => row.person_id);
    connection.close();

    expect(owners).toEqual(['person-diana']);
  });
});

describe('what the store keeps', () => {
  it('indexes keyed hashes, never the name or the number', async () => {
    const file = readFileSync(join(dataDir, PERSONAL_DATA_FILE));

    for (const plain of ['yolanda', 'Yolanda', 'diaz', 'penaranda', '9900000147']) {
      expect(file.includes(Buffer.from(plain))).toBe(false);
    }
  });

  it('indexes, once, the people a store kept before names were searchable', async () => {
    await store.close();
    // The store as an earlier version left it: no person terms.
    const connection = new Database(join(dataDir, PERSONAL_DATA_FILE));
    connection.exec("DROP TABLE person_terms; DELETE FROM store_meta WHERE name = 'person_terms_version'");
    connection.close();

    store = SqlitePersonalDataStore.open({ dataDir, masterKey });

    expect(await found('Yolanda Díaz')).toEqual(['person-yolanda']);
    expect(await found('99.000.001-47')).toEqual(['person-yolanda']);
  });

  it('reopened, does not bring back an erased person', async () => {
    await store.erase('person-diana');
    await store.close();

    store = SqlitePersonalDataStore.open({ dataDir, masterKey });

    expect(await found('yol')).toEqual(['person-yolanda']);
    expect(await found('471100')).toEqual([]);
  });

  it('says when more people matched than the limit', async () => {
    const result = await store.findPeople('yol', { limit: 1 });

    expect(result.personIds).toHaveLength(1);
    expect(result.truncated).toBe(true);
  });
});
