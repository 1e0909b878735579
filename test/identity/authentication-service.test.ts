// Signing in, creating staff accounts and the first administrator.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BadUserInput } from '../../src/engine/application-errors.js';
import { ConfigurationError } from '../../src/config/configuration.js';
import {
  AuthenticationService,
  InvalidCredentialsError,
  type NewUserInput,
} from '../../src/identity/authentication-service.js';
import { hashPassword, type ScryptCost } from '../../src/identity/password-hasher.js';
import { SqliteUserStore } from '../../src/identity/sqlite-user-store.js';
import { TokenService } from '../../src/identity/token-service.js';
import { UsernameTakenError } from '../../src/identity/user-store.js';

const cheap: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
const agent: NewUserInput = {
  username: 'mlopez',
  password: 'contraseña-de-prueba',
  fullName: 'María López',
  roles: ['AGENT'],
  dependency: 'Atención al Cliente',
};

let dataDir: string;
let users: SqliteUserStore;
let tokens: TokenService;
let authentication: AuthenticationService;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-authentication-'));
  users = SqliteUserStore.open({ dataDir });
  tokens = new TokenService(randomBytes(32));
  authentication = new AuthenticationService(users, tokens, { scryptCost: cheap });
});

afterEach(async () => {
  await users.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function refusalOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('se esperaba un rechazo');
    },
    (error: unknown) => error,
  );
}

describe('signing in', () => {
  it('gives a token naming the user and their roles, and the account without its hash', async () => {
    const created = await authentication.createUser(agent);

    const session = await authentication.login('mlopez', agent.password);

    expect(session.user).toEqual(created);
    expect(session.user).not.toHaveProperty('passwordHash');
    expect(await tokens.verify(session.token)).toMatchObject({
      userId: created.id,
      username: 'mlopez',
      roles: ['AGENT'],
      sessionVersion: 0,
    });
  });

  it('accepts the username in any letter case', async () => {
    await authentication.createUser(agent);

    await expect(authentication.login(' MLopez ', agent.password)).resolves.toMatchObject({
      user: { username: 'mlopez' },
    });
  });

  it('refuses a wrong password and an unknown user with the same error and message', async () => {
    await authentication.createUser(agent);

    const wrongPassword = await refusalOf(authentication.login('mlopez', 'otra-contraseña'));
    const unknownUser = await refusalOf(authentication.login('nadie', agent.password));

    expect(wrongPassword).toBeInstanceOf(InvalidCredentialsError);
    expect(unknownUser).toBeInstanceOf(InvalidCredentialsError);
    expect((unknownUser as Error).message).toBe((wrongPassword as Error).message);
  });

  it('refuses an inactive account like any wrong credentials', async () => {
    await users.create({
      id: 'user-inactive',
      username: 'retirado',
      fullName: 'Funcionario Retirado',
      roles: ['AGENT'],
      dependency: null,
      email: null,
      active: false,
      createdAt: '2026-01-05T13:00:00.000Z',
      mustChangePassword: false,
      passwordHash: await hashPassword(agent.password, cheap),
      sessionVersion: 0,
    });

    await expect(authentication.login('retirado', agent.password)).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
  });

  it('takes about as long for an unknown user as for a wrong password', async () => {
    // A cost high enough that the scrypt work, not the database, decides the time.
    const measurable: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };
    const service = new AuthenticationService(users, tokens, { scryptCost: measurable });
    await service.createUser(agent);
    const timeOf = async (username: string) => {
      const started = process.hrtime.bigint();
      await service.login(username, 'otra-contraseña').catch(() => undefined);
      return Number(process.hrtime.bigint() - started);
    };
    await timeOf('nadie'); // the dummy hash is ready from here on

    const wrongPassword: number[] = [];
    const unknownUser: number[] = [];
    for (let round = 0; round < 5; round++) {
      wrongPassword.push(await timeOf('mlopez'));
      unknownUser.push(await timeOf('nadie'));
    }

    // Without the dummy hash an unknown user answers about a hundred times sooner; the loose bound
    // keeps the test steady on a busy machine.
    expect(median(unknownUser)).toBeGreaterThan(median(wrongPassword) * 0.25);
  });
});

describe('verifying a session against the account', () => {
  it('gives the account’s current identity for a valid token', async () => {
    const created = await authentication.createUser(agent);
    const { token } = await authentication.login('mlopez', agent.password);

    expect(await authentication.verify(token)).toMatchObject({
      userId: created.id,
      username: 'mlopez',
      roles: ['AGENT'],
      mustChangePassword: false,
    });
  });

  it('refuses a token once the account’s sessions ended or the token was signed out', async () => {
    const created = await authentication.createUser(agent);
    const first = await authentication.login('mlopez', agent.password);
    const second = await authentication.login('mlopez', agent.password);

    const { token } = await authentication.verify(second.token);
    await authentication.signOut(token!.id, token!.expiresAt);
    await expect(authentication.verify(second.token)).rejects.toThrow(/sesión terminó/);
    await expect(authentication.verify(first.token)).resolves.toBeDefined();

    await authentication.setPassword(created.id, 'otra-contraseña-larga', {
      temporary: false,
      field: 'newPassword',
    });
    await expect(authentication.verify(first.token)).rejects.toThrow(/sesión terminó/);
  });

  it('refuses a valid token whose account is inactive or gone', async () => {
    const orphan = await tokens.issue({
      userId: 'user-gone',
      username: 'fantasma',
      roles: ['ADMIN'],
      sessionVersion: 0,
    });

    await expect(authentication.verify(orphan)).rejects.toThrow(/inactiva/);
  });
});

describe('creating users', () => {
  it('stores a hashed password, never the password itself', async () => {
    const created = await authentication.createUser(agent);
    const stored = await users.findByUsername('mlopez');

    expect(created).toMatchObject({
      username: 'mlopez',
      fullName: 'María López',
      roles: ['AGENT'],
      active: true,
    });
    expect(stored?.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(stored?.passwordHash).not.toContain(agent.password);
  });

  it('refuses a username already taken', async () => {
    await authentication.createUser(agent);

    await expect(authentication.createUser({ ...agent, username: 'MLOPEZ' })).rejects.toBeInstanceOf(
      UsernameTakenError,
    );
  });

  it.each([
    ['username', { username: 'ml' }],
    ['password', { password: 'corta' }],
    ['fullName', { fullName: '   ' }],
    ['roles', { roles: [] }],
  ])('refuses an invalid %s, naming the field', async (field, change) => {
    const refusal = await refusalOf(authentication.createUser({ ...agent, ...change }));

    expect(refusal).toBeInstanceOf(BadUserInput);
    expect(refusal).toMatchObject({ field });
    expect(await users.count()).toBe(0);
  });
});

describe('the first administrator', () => {
  it('is created from VENTANILLA_BOOTSTRAP_ADMIN, without printing its password', async () => {
    const lines: string[] = [];

    const admin = await authentication.bootstrapAdmin('jefe.oficina:una:contraseña-con-dos-puntos', (line) =>
      lines.push(line),
    );

    expect(admin).toMatchObject({ username: 'jefe.oficina', roles: ['ADMIN'], active: true });
    await expect(
      authentication.login('jefe.oficina', 'una:contraseña-con-dos-puntos'),
    ).resolves.toBeDefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Administrador inicial creado: usuario jefe\.oficina/);
    expect(lines[0]).not.toContain('contraseña-con-dos-puntos');
  });

  it('without the variable, is "admin" with a random password printed once', async () => {
    const lines: string[] = [];

    const admin = await authentication.bootstrapAdmin(undefined, (line) => lines.push(line));

    expect(admin).toMatchObject({ username: 'admin', roles: ['ADMIN'] });
    expect(lines).toHaveLength(1);
    const password = /contraseña (\S+) \(cámbiela/.exec(lines[0]!)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    await expect(authentication.login('admin', password!)).resolves.toBeDefined();
  });

  it('is not created when users exist, not even a second time', async () => {
    const lines: string[] = [];
    await authentication.bootstrapAdmin(undefined, (line) => lines.push(line));

    expect(
      await authentication.bootstrapAdmin('otro.admin:contraseña-larga', (line) => lines.push(line)),
    ).toBeNull();
    expect(await authentication.bootstrapAdmin(undefined, (line) => lines.push(line))).toBeNull();
    expect(await users.count()).toBe(1);
    expect(lines).toHaveLength(1);
  });

  it('refuses a VENTANILLA_BOOTSTRAP_ADMIN it cannot use, naming the variable', async () => {
    for (const value of [
      'sin-dos-puntos',
      ':contraseña-larga',
      'admin:corta',
      'nombre con espacios:contraseña-larga',
    ]) {
      await expect(authentication.bootstrapAdmin(value, () => undefined)).rejects.toBeInstanceOf(
        ConfigurationError,
      );
      await expect(authentication.bootstrapAdmin(value, () => undefined)).rejects.toThrow(
        /VENTANILLA_BOOTSTRAP_ADMIN/,
      );
    }
    expect(await users.count()).toBe(0);
  });
});
