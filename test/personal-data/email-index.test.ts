// The vault's e-mail index: how the office's mailbox finds who wrote. A keyed blind index of each person's
// current address, like the document's; people known only by their address (no document yet) are never
// one another; an erased person is no longer found.
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

const ana: PetitionerData = {
  name: 'Ana Milena Zuluaga Restrepo',
  documentType: 'CC',
  documentNumber: '1023456789',
  email: 'ana.zuluaga@correo.example',
  phone: null,
  address: null,
};

/** Someone who wrote to the office's mailbox: their name and address, their document still to be collected. */
function writer(name: string, email: string): PetitionerData {
  return { name, documentType: '', documentNumber: '', email, phone: null, address: null };
}

let dataDir: string;
let masterKey: Buffer;
let store: SqlitePersonalDataStore;
let commands = 0;

function keep(personId: string, data: PetitionerData) {
  commands += 1;
  return store.recordVersion(personId, data, { recordedBy: `command-${commands}` });
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-email-index-'));
  masterKey = randomBytes(32);
  store = SqlitePersonalDataStore.open({ dataDir, masterKey });
});

afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('finding a person by e-mail', () => {
  it('finds the person whose data carry the address, whatever its case and surrounding spaces', async () => {
    await keep('person-1', ana);

    expect(await store.findByEmail('ana.zuluaga@correo.example')).toBe('person-1');
    expect(await store.findByEmail('  Ana.Zuluaga@CORREO.example ')).toBe('person-1');
    expect(await store.findByEmail('ana@correo.example')).toBeNull();
  });

  it('follows the address of the person’s current data', async () => {
    await keep('person-1', ana);
    await keep('person-1', { ...ana, email: 'ana@nuevo.example' });

    expect(await store.findByEmail('ana@nuevo.example')).toBe('person-1');
    expect(await store.findByEmail(ana.email!)).toBeNull();
  });

  it('answers the person who used a shared address last', async () => {
    await keep('person-1', ana);
    await keep('person-2', { ...ana, name: 'Luis Zuluaga', documentNumber: '71000111' });
    expect(await store.findByEmail(ana.email!)).toBe('person-2');

    // Ana files again with the same data: the address is hers again.
    await keep('person-1', ana);

    expect(await store.findByEmail(ana.email!)).toBe('person-1');
  });

  it('never takes two people without a document for one, nor a blank document for anyone', async () => {
    await keep('person-1', writer('Carlos Pérez', 'carlos@correo.example'));
    await keep('person-2', writer('Diana Ruiz', 'diana@correo.example'));

    expect(await store.findByDocument('', '')).toBeNull();
    expect(await store.findByEmail('carlos@correo.example')).toBe('person-1');
    expect(await store.findByEmail('diana@correo.example')).toBe('person-2');
    expect(await store.findByEmail('')).toBeNull();
  });

  it('finds a person by document once their document is collected', async () => {
    await keep('person-1', writer('Carlos Pérez', 'carlos@correo.example'));
    await keep('person-1', {
      ...writer('Carlos Pérez', 'carlos@correo.example'),
      documentType: 'CC',
      documentNumber: '80123456',
    });

    expect(await store.findByDocument('CC', '80123456')).toBe('person-1');
    expect(await store.findByEmail('carlos@correo.example')).toBe('person-1');
  });

  it('no longer finds an erased person', async () => {
    await keep('person-1', ana);

    await store.erase('person-1');

    expect(await store.findByEmail(ana.email!)).toBeNull();
  });

  it('indexes a keyed hash, never the address', async () => {
    await keep('person-1', ana);

    const connection = new Database(join(dataDir, PERSONAL_DATA_FILE), { readonly: true });
    const rows = connection.prepare<[], { blind_index: string }>('SELECT blind_index FROM email_index').all();
    connection.close();

    expect(rows).toHaveLength(1);
    expect(rows[0]!.blind_index).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(join(dataDir, PERSONAL_DATA_FILE)).includes(Buffer.from('correo.example'))).toBe(
      false,
    );
  });

  it('indexes, once, the people a store kept before it had the index', async () => {
    await keep('person-1', ana);
    await store.close();
    // The store as an earlier version left it: no e-mail index.
    const connection = new Database(join(dataDir, PERSONAL_DATA_FILE));
    connection.exec("DROP TABLE email_index; DELETE FROM store_meta WHERE name = 'email_index_built'");
    connection.close();

    store = SqlitePersonalDataStore.open({ dataDir, masterKey });

    expect(await store.findByEmail(ana.email!)).toBe('person-1');
  });
});
