// The SQLite user store and the rules for usernames and passwords.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteUserStore } from '../../src/identity/sqlite-user-store.js';
import {
  UsernameTakenError,
  validatePassword,
  validateEmail,
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
    email: null,
    active: true,
    createdAt: '2026-03-02T14:00:00.000Z',
    passwordHash: 'scrypt$1024$8$1$c2FsdA==$aGFzaA==',
    mustChangePassword: false,
    sessionVersion: 0,
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
    const { passwordHash: _passwordHash, sessionVersion: _sessionVersion, ...account } = storedUser();

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

  it('changes name, roles and status, raising the session version only when asked', async () => {
    await store.create(storedUser());

    const renamed = await store.update('user-1', {
      fullName: 'María López Ruiz',
      roles: ['AGENT'],
      active: true,
      email: 'mlopez@entidad.gov.co',
      endSessions: false,
    });
    expect(renamed).toMatchObject({
      fullName: 'María López Ruiz',
      roles: ['AGENT'],
      active: true,
      email: 'mlopez@entidad.gov.co',
    });
    expect((await store.findStoredById('user-1'))?.sessionVersion).toBe(0);

    await store.update('user-1', {
      fullName: 'María López Ruiz',
      roles: ['AUDITOR'],
      active: false,
      email: null,
      endSessions: true,
    });
    expect(await store.findStoredById('user-1')).toMatchObject({
      roles: ['AUDITOR'],
      active: false,
      email: null,
      sessionVersion: 1,
    });
    expect(
      await store.update('user-unknown', {
        fullName: 'x',
        roles: ['AGENT'],
        active: true,
        email: null,
        endSessions: true,
      }),
    ).toBeNull();
  });

  it('a new password raises the session version and says whether it is temporary', async () => {
    await store.create(storedUser());

    await store.setPassword('user-1', 'scrypt$1024$8$1$bnVldm8=$aGFzaA==', { temporary: true });
    expect(await store.findStoredById('user-1')).toMatchObject({
      passwordHash: 'scrypt$1024$8$1$bnVldm8=$aGFzaA==',
      mustChangePassword: true,
      sessionVersion: 1,
    });
    await store.setPassword('user-1', 'scrypt$1024$8$1$b3Rybw==$aGFzaA==', { temporary: false });
    expect(await store.findStoredById('user-1')).toMatchObject({
      mustChangePassword: false,
      sessionVersion: 2,
    });
  });

  it('remembers signed-out tokens, and forgets them once expired when others come', async () => {
    await store.revokeToken('token-old', '2000-01-01T00:00:00.000Z');
    await store.revokeToken('token-1', '2999-01-01T00:00:00.000Z');

    expect(await store.isTokenRevoked('token-1')).toBe(true);
    expect(await store.isTokenRevoked('token-2')).toBe(false);
    await store.revokeToken('token-2', '2999-01-01T00:00:00.000Z');
    expect(await store.isTokenRevoked('token-old')).toBe(false);
  });

  it('gives an older file the columns added since, with their defaults', async () => {
    await store.close();
    const Database = (await import('better-sqlite3')).default;
    rmSync(join(dataDir, 'identity.sqlite'), { force: true });
    const older = new Database(join(dataDir, 'identity.sqlite'));
    older.exec(`CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE COLLATE NOCASE,
      full_name TEXT NOT NULL, roles TEXT NOT NULL, password_hash TEXT NOT NULL, dependency TEXT NULL,
      active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)`);
    older
      .prepare('INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run('user-1', 'mlopez', 'María', '["AGENT"]', 'scrypt$x', null, 1, '2026-01-01T00:00:00.000Z');
    older.close();

    store = SqliteUserStore.open({ dataDir });

    expect(await store.findStoredById('user-1')).toMatchObject({
      sessionVersion: 0,
      mustChangePassword: false,
      email: null,
    });
    await store.update('user-1', {
      fullName: 'María',
      roles: ['AGENT'],
      active: true,
      email: 'maria@entidad.gov.co',
      endSessions: false,
    });
    expect((await store.findById('user-1'))?.email).toBe('maria@entidad.gov.co');
  });

  it('keeps an account created with an e-mail address', async () => {
    await store.create(storedUser({ email: 'mlopez@entidad.gov.co' }));

    expect((await store.findById('user-1'))?.email).toBe('mlopez@entidad.gov.co');
    expect((await store.list())[0]?.email).toBe('mlopez@entidad.gov.co');
  });

  it('keeps users across a restart', async () => {
    await store.create(storedUser());
    await store.close();
    store = SqliteUserStore.open({ dataDir });

    expect(await store.findById('user-1')).toMatchObject({ username: 'mlopez' });
  });
});

describe('account rules', () => {
  it('accepts an e-mail address, or none', () => {
    expect(validateEmail('mlopez@entidad.gov.co')).toBeNull();
    expect(validateEmail(null)).toBeNull();
  });

  it.each(['mlopez', 'mlopez@', '@entidad.gov.co', 'm lopez@entidad.gov.co', `${'a'.repeat(250)}@x.co`])(
    'refuses the e-mail address "%s" in Spanish',
    (email) => {
      expect(validateEmail(email)).toMatch(/correo electrónico/);
    },
  );

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

  it('asks for passwords of at least 12 characters, counted as characters, at most 200', () => {
    expect(validatePassword('12345678901', 'mlopez')).toMatch(/al menos 12 caracteres/);
    expect(validatePassword('ñandú-ñoño-1', 'mlopez')).toBeNull();
    expect(validatePassword('x'.repeat(201), 'mlopez')).toMatch(/más de 200/);
  });

  it('refuses the username as the password, in any letter case', () => {
    expect(validatePassword('Coordinacion.Norte', 'coordinacion.norte')).toMatch(/nombre de usuario/);
    expect(validatePassword('coordinacion.norte-2026', 'coordinacion.norte')).toBeNull();
  });

  it('refuses a password from the common-password list, in any letter case', () => {
    // Both are in zxcvbn-ts's list of the most used passwords.
    expect(validatePassword('qwerty123456', 'mlopez')).toMatch(/más usadas/);
    expect(validatePassword('1QAZ2WSX3EDC', 'mlopez')).toMatch(/más usadas/);
    expect(validatePassword('qwerty123456-ventanilla', 'mlopez')).toBeNull();
  });

  it('asks for at least one known role', () => {
    expect(validateRoles(['AGENT', 'AUDITOR'])).toBeNull();
    expect(validateRoles([])).toMatch(/al menos un rol/);
    expect(validateRoles(['SUPERUSER'])).toMatch(/SUPERUSER/);
  });
});
