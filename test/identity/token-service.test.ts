// Access tokens: signed, expiring, and refused when forged or expired.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../../src/config/configuration.js';
import {
  InvalidTokenError,
  JWT_SECRET_FILE,
  loadOrCreateJwtSecret,
  TokenService,
  type AccessTokenClaims,
} from '../../src/identity/token-service.js';

const claims: AccessTokenClaims = {
  userId: 'user-1',
  username: 'mlopez',
  roles: ['AGENT', 'AUDITOR'],
  sessionVersion: 3,
};
/** What verifying gives besides the claims: the token's own id and expiry. */
const withTokenIdentity = expect.objectContaining({
  ...claims,
  tokenId: expect.stringMatching(/^[0-9a-f-]{36}$/),
  expiresAt: expect.any(String),
});
const secret = randomBytes(32);
const nineAm = new Date('2026-03-02T14:00:00.000Z');

function clockAt(instant: Date): { now: () => Date; advance(seconds: number): void } {
  let current = instant.getTime();
  return { now: () => new Date(current), advance: (seconds) => (current += seconds * 1000) };
}

describe('TokenService', () => {
  it('verifies the tokens it issues, giving back who, in which roles and session version', async () => {
    const tokens = new TokenService(secret);

    expect(await tokens.verify(await tokens.issue(claims))).toEqual(withTokenIdentity);
  });

  it('gives each token its own id and its expiry, so one session can be signed out', async () => {
    const clock = clockAt(nineAm);
    const tokens = new TokenService(secret, '8h', clock.now);

    const first = await tokens.verify(await tokens.issue(claims));
    const second = await tokens.verify(await tokens.issue(claims));

    expect(first.tokenId).not.toBe(second.tokenId);
    expect(first.expiresAt).toBe('2026-03-02T22:00:00.000Z');
  });

  it('refuses a token without a session version (issued before sessions had one)', async () => {
    const tokens = new TokenService(secret);
    const [, payload] = (await tokens.issue(claims)).split('.');
    const { sv: _sv, ...older } = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const { SignJWT } = await import('jose');
    const unversioned = await new SignJWT(older).setProtectedHeader({ alg: 'HS256' }).sign(secret);

    await expect(tokens.verify(unversioned)).rejects.toMatchObject({ reason: 'INVALID' });
  });

  it('accepts a token until its lifetime ends and refuses it as expired afterwards', async () => {
    const clock = clockAt(nineAm);
    const tokens = new TokenService(secret, '8h', clock.now);
    const token = await tokens.issue(claims);

    clock.advance(8 * 3600 - 1);
    await expect(tokens.verify(token)).resolves.toEqual(withTokenIdentity);
    clock.advance(1);
    const refusal = await tokens.verify(token).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InvalidTokenError);
    expect(refusal).toMatchObject({ reason: 'EXPIRED', message: expect.stringMatching(/expiró/) });
  });

  it('takes its lifetime in seconds too', async () => {
    const clock = clockAt(nineAm);
    const tokens = new TokenService(secret, 60, clock.now);
    const token = await tokens.issue(claims);

    clock.advance(61);
    await expect(tokens.verify(token)).rejects.toMatchObject({ reason: 'EXPIRED' });
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await new TokenService(randomBytes(32)).issue(claims);

    await expect(new TokenService(secret).verify(forged)).rejects.toMatchObject({ reason: 'INVALID' });
  });

  it('refuses a token whose claims were edited', async () => {
    const tokens = new TokenService(secret);
    const [header, payload, signature] = (await tokens.issue(claims)).split('.');
    const elevated = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: ['ADMIN'] }),
    ).toString('base64url');

    await expect(tokens.verify(`${header}.${elevated}.${signature}`)).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
  });

  it('refuses what is not a token', async () => {
    await expect(new TokenService(secret).verify('no-es-un-token')).rejects.toMatchObject({
      reason: 'INVALID',
    });
  });

  it('refuses a secret shorter than 32 bytes and a lifetime it cannot read', () => {
    expect(() => new TokenService(randomBytes(16))).toThrow(/VENTANILLA_JWT_SECRET/);
    expect(() => new TokenService(secret, '8 horas')).toThrow(/VENTANILLA_TOKEN_TTL/);
    expect(() => new TokenService(secret, 0)).toThrow(ConfigurationError);
  });
});

describe('loadOrCreateJwtSecret', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-jwt-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('takes the secret from VENTANILLA_JWT_SECRET when given', () => {
    const value = 'un-secreto-de-al-menos-treinta-y-dos-caracteres';

    expect(Buffer.from(loadOrCreateJwtSecret(dataDir, value)).toString()).toBe(value);
    expect(existsSync(join(dataDir, JWT_SECRET_FILE))).toBe(false);
  });

  it('refuses a short VENTANILLA_JWT_SECRET, naming the variable', () => {
    expect(() => loadOrCreateJwtSecret(dataDir, 'corto')).toThrow(/VENTANILLA_JWT_SECRET/);
  });

  it('without the variable, creates jwt.secret readable by its owner only, and reads it afterwards', () => {
    const created = loadOrCreateJwtSecret(dataDir);

    expect(created.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dataDir, JWT_SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateJwtSecret(dataDir)).toEqual(created);
  });
});
