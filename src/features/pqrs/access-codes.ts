// The access code a citizen follows a portal filing with: 16 characters of Crockford's base32 (80 random
// bits: guessing one is out of reach even without the throttle), shown once, kept only as its SHA-256. A
// plain hash is enough for a secret this long (no dictionary to try); the comparison takes constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 16;

/** A new code, grouped for reading: XXXX-XXXX-XXXX-XXXX. */
export function newAccessCode(): string {
  return accessCodeFrom(randomBytes(10));
}

/** The code the first 80 bits of these bytes spell (16 × 5 bits); random bytes give a random code. */
export function accessCodeFrom(source: Uint8Array): string {
  if (source.length < 10) throw new Error('Un código de acceso necesita 80 bits.');
  const bytes = source.subarray(0, 10);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return groupAccessCode(code);
}

/** The code as typed (any case, dashes or spaces, O for 0, I or L for 1) in its canonical form; null if it cannot be one. */
export function normalizeAccessCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== LENGTH || [...code].some((character) => !ALPHABET.includes(character))) return null;
  return code;
}

export function groupAccessCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/** What the event keeps of a code: `sha256:<hex>`. */
export function accessCodeHashOf(code: string): string {
  const canonical = normalizeAccessCode(code);
  if (canonical === null) throw new Error('Código de acceso mal formado.');
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

/** Whether the typed code is the one whose hash a filing keeps, in constant time. */
export function accessCodeMatches(typed: string, storedHash: string | null): boolean {
  const canonical = normalizeAccessCode(typed);
  // An unknown radicado is checked against a hash no code has, so both take the same work.
  const expected = Buffer.from(storedHash ?? `sha256:${'0'.repeat(64)}`);
  const actual = Buffer.from(
    `sha256:${createHash('sha256')
      .update(canonical ?? typed)
      .digest('hex')}`,
  );
  return (
    storedHash !== null &&
    canonical !== null &&
    expected.length === actual.length &&
    timingSafeEqual(expected, actual)
  );
}
