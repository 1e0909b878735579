// Password hashes: scrypt with a random salt, self-describing cost, constant-time comparison, on threads
// of their own with a bounded queue.
import { scryptSync } from 'node:crypto';
import { TooManyRequests } from '../../src/engine/application-errors.js';
import { ScryptWorkerPool } from '../../src/identity/password-hashing-pool.js';
import {
  DEFAULT_SCRYPT_COST,
  hashPassword,
  needsRehash,
  verifyPassword,
  type ScryptCost,
} from '../../src/identity/password-hasher.js';

const cheap: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('by default uses at least N=2^15, r=8 and a 16-byte salt with a 64-byte key', async () => {
    const encoded = await hashPassword('contraseña segura');
    const [scheme, N, r, p, salt, key] = encoded.split('$');

    expect(scheme).toBe('scrypt');
    expect(Number(N)).toBeGreaterThanOrEqual(2 ** 15);
    expect([Number(N), Number(r), Number(p)]).toEqual([
      DEFAULT_SCRYPT_COST.N,
      DEFAULT_SCRYPT_COST.r,
      DEFAULT_SCRYPT_COST.p,
    ]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(64);
    expect(await verifyPassword('contraseña segura', encoded)).toBe(true);
  });

  it('verifies the right password and refuses any other', async () => {
    const encoded = await hashPassword('correcta-caballo-bateria', cheap);

    expect(await verifyPassword('correcta-caballo-bateria', encoded)).toBe(true);
    expect(await verifyPassword('correcta-caballo-bateriA', encoded)).toBe(false);
    expect(await verifyPassword('', encoded)).toBe(false);
  });

  it('salts every hash, so one password never hashes twice the same', async () => {
    expect(await hashPassword('misma contraseña', cheap)).not.toBe(
      await hashPassword('misma contraseña', cheap),
    );
  });

  it('accepts an "ñ" typed composed or decomposed as the same password', async () => {
    const encoded = await hashPassword('contrase\u00f1a-larga', cheap);

    expect(await verifyPassword('contrasen\u0303a-larga', encoded)).toBe(true);
  });

  it('verifies with the cost recorded in the hash, not the current default', async () => {
    const encoded = await hashPassword('contraseña antigua', { N: 2 ** 11, r: 4, p: 1 });

    expect(encoded.startsWith('scrypt$2048$4$1$')).toBe(true);
    expect(await verifyPassword('contraseña antigua', encoded)).toBe(true);
    expect(needsRehash(encoded)).toBe(true);
    expect(needsRehash(encoded, { N: 2 ** 11, r: 4, p: 1 })).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['N not a power of two', 'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'],
    [
      'N beyond the bound',
      `scrypt$${2 ** 24}$8$1$AAAAAAAAAAAAAAAAAAAAAA==$${Buffer.alloc(64).toString('base64')}`,
    ],
    ['a truncated key', 'scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'],
  ])('a malformed hash (%s) verifies nothing', async (_case, encoded) => {
    expect(await verifyPassword('cualquier contraseña', encoded)).toBe(false);
  });

  it('refuses to hash with an invalid cost', async () => {
    await expect(hashPassword('contraseña larga', { N: 1000, r: 8, p: 1 })).rejects.toThrow(/scrypt/);
  });
});

describe('the hashing threads', () => {
  it('refuse a derivation when the queue is full, rather than let a flood grow without end', async () => {
    const pool = new ScryptWorkerPool({ threads: 1, maxQueued: 1 });
    const derive = () => pool.derive('contraseña', Buffer.alloc(16), 64, { N: 2 ** 12, r: 8, p: 1 });
    try {
      const running = derive();
      const waiting = derive();

      await expect(derive()).rejects.toBeInstanceOf(TooManyRequests);
      await expect(Promise.all([running, waiting])).resolves.toHaveLength(2);
    } finally {
      await pool.close();
    }
  });

  it('derive what node:crypto derives', async () => {
    const pool = new ScryptWorkerPool({ threads: 2 });
    try {
      const salt = Buffer.from('sal-de-dieciseis');
      const options = { N: 2 ** 10, r: 8, p: 1 };
      expect(await pool.derive('ñandú', salt, 64, options)).toEqual(scryptSync('ñandú', salt, 64, options));
    } finally {
      await pool.close();
    }
  });
});
