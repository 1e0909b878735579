// Password hashing for staff accounts: scrypt from node:crypto, run on worker threads of its own
// (password-hashing-pool.ts), encoded with its cost parameters so a stored hash keeps verifying after the
// default cost is raised.
import { randomBytes, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ScryptWorkerPool } from './password-hashing-pool.js';

export interface ScryptCost {
  /** CPU and memory cost, a power of two. */
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * 64 MiB and about as much work as OWASP's N=2^17, r=8, p=1 (which it lists as equivalent), at half the
 * memory: the hashing threads (at most four) stay within 256 MiB on a small office server.
 */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 16, r: 8, p: 2 };

const SALT_LENGTH = 16;
const KEY_LENGTH = 64;
// Bounds on what a stored hash may ask for, so a corrupted row cannot make one sign-in exhaust memory.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/** The process's hashing threads, started with the first hash. */
let sharedPool: ScryptWorkerPool | undefined;
function hashingPool(): ScryptWorkerPool {
  sharedPool ??= new ScryptWorkerPool();
  return sharedPool;
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = {
    N: cost.N,
    r: cost.r,
    p: cost.p,
    // OpenSSL needs 128·r·(N + p + 2) bytes; node's default limit (32 MiB) is below the default cost.
    maxmem: 128 * cost.r * (cost.N + cost.p + 2) + 1024 * 1024,
  };
  // NFC, so the same password typed on keyboards that compose "ñ" differently gives the same hash.
  const normalized = password.normalize('NFC');
  return hashingPool().derive(normalized, salt, KEY_LENGTH, options);
}

/** `scrypt$N$r$p$saltB64$hashB64` with a fresh random salt. */
export async function hashPassword(
  password: string,
  cost: ScryptCost = DEFAULT_SCRYPT_COST,
): Promise<string> {
  assertValidCost(cost);
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `password` produced `encoded`. A malformed or out-of-bounds hash verifies nothing. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parseHash(encoded);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** True when `encoded` was made with a cost other than `cost`, so it should be rehashed at next sign-in. */
export function needsRehash(encoded: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): boolean {
  const parsed = parseHash(encoded);
  return !parsed || parsed.cost.N !== cost.N || parsed.cost.r !== cost.r || parsed.cost.p !== cost.p;
}

function parseHash(encoded: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const match = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/.exec(encoded);
  if (!match) return null;
  const cost: ScryptCost = { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (!isValidCost(cost)) return null;
  const salt = Buffer.from(match[4]!, 'base64');
  const key = Buffer.from(match[5]!, 'base64');
  return salt.length >= SALT_LENGTH && key.length === KEY_LENGTH ? { cost, salt, key } : null;
}

function isValidCost({ N, r, p }: ScryptCost): boolean {
  const isPowerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  return (
    isPowerOfTwo &&
    N <= MAX_N &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= MAX_R &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= MAX_P
  );
}

function assertValidCost(cost: ScryptCost): void {
  if (!isValidCost(cost)) {
    throw new Error(
      `Parámetros de scrypt inválidos: N=${cost.N} (potencia de 2 hasta 2^20), r=${cost.r}, p=${cost.p}.`,
    );
  }
}
