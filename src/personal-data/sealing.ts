// The vault's cryptography, in one place: keys derived from the master key for separate jobs (HKDF), and
// AES-256-GCM sealing bound to where the sealed bytes belong (associated data), so a record moved to
// another row fails authentication instead of reading as someone else's.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export const KEY_LENGTH = 32;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;

export function deriveKey(masterKey: Uint8Array, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), purpose, KEY_LENGTH));
}

export function newDataKey(): Buffer {
  return randomBytes(KEY_LENGTH);
}

// Random 96-bit IVs are safe here: a data key seals one owner's versions and texts (tens, hundreds), and
// the wrapping key one data key per owner, far below the 2^32 messages per key where collisions matter.
/** iv | tag | ciphertext; `boundTo` is the associated data (the row the bytes belong to). */
export function seal(key: Buffer, plaintext: Buffer, boundTo: string): Buffer {
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the bytes were altered or belong to another row. */
export function unseal(key: Buffer, sealed: Buffer, boundTo: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_LENGTH));
  decipher.setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(sealed.subarray(IV_LENGTH, IV_LENGTH + TAG_LENGTH));
  return Buffer.concat([decipher.update(sealed.subarray(IV_LENGTH + TAG_LENGTH)), decipher.final()]);
}
