// The chain over the whole global log, and its signed heads. Each event's own hash chains it to its
// stream; this chain links every event to the one before it in the global log, so one hash (with the
// number of events it covers) stands for the whole log up to there. A head — that number and that hash —
// signed with an Ed25519 key kept away from the data anchors the log: whoever holds the data file but
// not the key cannot rewrite anything the head covers, cut it short or reorder it without the head
// failing to verify against the log.
//
// The head names how many events it covers (its sequence), not a store position: positions are an
// engine's own (KurrentDB leaves gaps) and change when a log is copied to another store, while the
// sequence and the chain travel with the copy.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { EventMetadata, RecordedEvent } from './event-store.js';

/** The chain hash before the first event. */
export const LOG_CHAIN_GENESIS = '';

/** The chain hash after `event`, given the chain hash before it. */
export function extendLogChain(chainHash: string, event: Pick<RecordedEvent, 'id' | 'metadata'>): string {
  // Tampered metadata may be anything JSON allows; the chain takes the stored hash as it is.
  const eventHash = String((event.metadata as Partial<EventMetadata> | null)?.hash ?? '');
  return createHash('sha256').update(`${chainHash}\n${event.id}\n${eventHash}`, 'utf8').digest('hex');
}

/** The log up to its `sequence`-th event (1 for the first), summed up by the chain hash after it. */
export interface LogHead {
  readonly sequence: number;
  readonly chainHash: string;
}

export interface SignedLogHead extends LogHead {
  /** Ed25519 signature of logHeadMessage(head), base64url. */
  readonly signature: string;
}

/** Names what is signed, so a signature over this message can never be taken for one over other data. */
const SIGNED_MESSAGE_TAG = 'ventanilla-log-head/1';

export function logHeadMessage(head: LogHead): Buffer {
  return Buffer.from(`${SIGNED_MESSAGE_TAG}\n${head.sequence}\n${head.chainHash}`, 'utf8');
}

export function isLogHead(head: LogHead): boolean {
  return Number.isSafeInteger(head.sequence) && head.sequence >= 1 && /^[0-9a-f]{64}$/.test(head.chainHash);
}

// ---------------------------------------------------------------------------------------------------------
// The signing key: Ed25519 from a 32-byte seed (as `openssl rand -base64 32` prints one).

export interface LogHeadSigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The raw 32-byte public key, base64url: what heads record and auditors are handed. */
  readonly publicKeyText: string;
}

export const SIGNING_KEY_SEED_LENGTH = 32;
/** PKCS#8 DER of an Ed25519 private key, up to the 32 bytes of its seed (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function signingKeyFromSeed(seed: Buffer): LogHeadSigningKey {
  if (seed.length !== SIGNING_KEY_SEED_LENGTH) {
    throw new RangeError(`An Ed25519 seed has ${SIGNING_KEY_SEED_LENGTH} bytes, not ${seed.length}`);
  }
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyText: publicKeyTextOf(publicKey) };
}

export function publicKeyTextOf(publicKey: KeyObject): string {
  const { x } = publicKey.export({ format: 'jwk' });
  if (typeof x !== 'string') throw new TypeError('Not an Ed25519 public key');
  return x;
}

/** An Ed25519 public key from its raw 32 bytes in base64url (or base64); null when it is not one. */
export function publicKeyFromText(text: string): KeyObject | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) return null;
  const raw = Buffer.from(trimmed.replace(/\+/g, '-').replace(/\//g, '_').replace(/=$/, ''), 'base64url');
  if (raw.length !== 32) return null;
  try {
    return createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
      format: 'jwk',
    });
  } catch {
    return null;
  }
}

export function signLogHead(head: LogHead, key: LogHeadSigningKey): SignedLogHead {
  if (!isLogHead(head)) throw new RangeError('A log head needs a positive sequence and a SHA-256 chain hash');
  const signature = sign(null, logHeadMessage(head), key.privateKey).toString('base64url');
  return { sequence: head.sequence, chainHash: head.chainHash, signature };
}

/** Whether `publicKey` signed exactly this head. */
export function logHeadSignatureValid(head: SignedLogHead, publicKey: KeyObject): boolean {
  if (!isLogHead(head) || !/^[A-Za-z0-9_-]{86}$/.test(head.signature)) return false;
  try {
    return verify(null, logHeadMessage(head), publicKey, Buffer.from(head.signature, 'base64url'));
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The printable form, as reports print a head and `npm run audit:verify -- --head` takes it back:
// `VLH1.<sequence>.<chain hash, hex>.<signature, base64url>`.

const PRINTABLE_TAG = 'VLH1';
const PRINTABLE_PATTERN = /^VLH1\.([1-9]\d{0,15})\.([0-9a-f]{64})\.([A-Za-z0-9_-]{86})$/;

export function printableLogHead(head: SignedLogHead): string {
  return `${PRINTABLE_TAG}.${head.sequence}.${head.chainHash}.${head.signature}`;
}

/** The head a printed value names; null when the text is not one (whitespace and line breaks are ignored). */
export function parsePrintableLogHead(text: string): SignedLogHead | null {
  const match = PRINTABLE_PATTERN.exec(text.replace(/\s+/g, ''));
  if (match === null) return null;
  const sequence = Number(match[1]);
  if (!Number.isSafeInteger(sequence)) return null;
  return { sequence, chainHash: match[2], signature: match[3] };
}
