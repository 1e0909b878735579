// The SQLite user store and the rules for usernames and passwords.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteUserStore } from '../../src/identity/sqlite-user-store.js';
import {
  UsernameTakenError,
  validatePassword,
  validateRoles,
  validateUsername,
  type StoredUser,
} from '../../src/identity/user-store.js';

let dataDir: string;
let store: SqliteUserStore;

function storedUser(overrides: Partial<StoredUser> = {}): StoredUser {
  return {
    id: 'user-1',
    username: 'mlopez',
    fullName: 'María López',
    roles: ['AGENT'],
    dependency: 'Atención al Cliente',
    active: true,
    createdAt: '2026-03-02T14:00:00.000Z',
    passwordHash: 'scrypt$1024$8$1$c2FsdA==$aGFzaA==',
    ...overrides,
  };
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-identity-'));
  store = SqliteUserStore.open({ dataDir });
});

afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('SqliteUserStore', () => {
  it('finds a created user by username, in any letter case, with the password hash', async () => {
    await store.create(storedUser());

    expect(await store.findByUsername('mlopez')).toEqual(storedUser());
    expect(await store.findByUsername('MLopez')).toEqual(storedUser());
    expect(await store.findByUsername('otro')).toBeNull();
  });

  it('returns the account without its password hash everywhere else', async () => {
    const created = await store.create(storedUser());
    const { passwordHash: _passwordHash, ...account } = storedUser();

    expect(created).toEqual(account);
    expect(await store.findById('user-1')).toEqual(account);
    expect(await store.list()).toEqual([account]);
    expect(await store.findById('user-unknown')).toBeNull();
  });

  it('refuses a username already taken, whatever its letter case', async () => {
    await store.create(storedUser());

    await expect(store.create(storedUser({ id: 'user-2', username: 'MLOPEZ' }))).rejects.toBeInstanceOf(
      UsernameTakenError,
    );
    expect(await store.count()).toBe(1);
  });

  it('finds many users by id, leaving out ids not found', async () => {
    await store.create(storedUser());
    await store.create(storedUser({ id: 'user-2', username: 'jperez', roles: ['COORDINATOR', 'AUDITOR'] }));

    const found = await store.findManyByIds(['user-1', 'user-2', 'user-unknown']);

    expect([...found.keys()].sort()).toEqual(['user-1', 'user-2']);
    expect(found.get('user-2')?.roles).toEqual(['COORDINATOR', 'AUDITOR']);
  });

  it('lists users by username and counts them', async () => {
    await store.create(storedUser({ id: 'user-1', username: 'zapata' }));
    await store.create(storedUser({ id: 'user-2', username: 'alvarez', dependency: null, active: false }));

    const listed = await store.list();

    expect(listed.map((user) => user.username)).toEqual(['alvarez', 'zapata']);
    expect(listed[0]).toMatchObject({ dependency: null, active: false });
    expect(await store.count()).toBe(2);
  });

  it('keeps users across a restart', async () => {
    await store.create(storedUser());
    await store.close();
    store = SqliteUserStore.open({ dataDir });

    expect(await store.findById('user-1')).toMatchObject({ username: 'mlopez' });
  });
});

describe('account rules', () => {
  it.each(['abc', 'm.lopez', 'agente_01', 'coord-norte', 'A'.repeat(40)])(
    'accepts the username "%s"',
    (name) => {
      expect(validateUsername(name)).toBeNull();
    },
  );

  it.each(['ab', 'a'.repeat(41), 'maría', 'm lopez', 'm@lopez', ''])(
    'refuses the username "%s" in Spanish',
    (name) => {
      expect(validateUsername(name)).toMatch(/nombre de usuario/);
    },
  );

  it('asks for passwords of at least 10 characters, counted as characters', () => {
    expect(validatePassword('123456789')).toMatch(/al menos 10 caracteres/);
    expect(validatePassword('1234567890')).toBeNull();
    expect(validatePassword('ñandú-ñoño')).toBeNull();
    expect(validatePassword('x'.repeat(201))).toMatch(/más de 200/);
  });

  it('asks for at least one known role', () => {
    expect(validateRoles(['AGENT', 'AUDITOR'])).toBeNull();
    expect(validateRoles([])).toMatch(/al menos un rol/);
    expect(validateRoles(['SUPERUSER'])).toMatch(/SUPERUSER/);
  });
});
