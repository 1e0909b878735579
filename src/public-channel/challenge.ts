// The proof of work of the public filing form: ALTCHA challenges (PoW v2, the format the `altcha` 3 widget
// solves), signed with the office's own key and checked here once when the filing arrives. Nothing leaves
// the server: no third-party service is asked, ever.
import { createHmac } from 'node:crypto';
import {
  createChallenge,
  randomInt,
  verifySolution,
  type Challenge,
  type ChallengeParameters,
  type Solution,
} from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { PublicChallengeSettings } from '../config/configuration.js';
import { BadUserInput } from '../engine/application-errors.js';
import { loadOrCreateSecret, randomBase64Key } from '../personal-data/secret-file.js';

/** PBKDF2 runs natively in every browser (WebCrypto) and in Node, so neither side needs WebAssembly. */
export const CHALLENGE_ALGORITHM = 'PBKDF2/SHA-256';
/** PBKDF2 rounds per attempt. */
export const CHALLENGE_COST = 1_000;
/**
 * Attempts the solver makes: the server picks the answer in this range and signs its key (ALTCHA's
 * deterministic mode), so every citizen waits about as long, and checking the answer is one HMAC. Chromium
 * on a server core makes about 5,000 attempts of 1,000 rounds a second; a mid-range phone, a third of that
 * per core and with its 4 to 8 cores in parallel, takes about a second.
 */
export const CHALLENGE_ATTEMPTS = { min: 2_000, max: 4_000 } as const;
/** How long a challenge may be solved and sent; also how long a used one is remembered. */
export const CHALLENGE_LIFETIME_SECONDS = 10 * 60;
/**
 * Used challenges remembered at most. Filling this within one lifetime takes solving more than 160 a second
 * (past the per-address limits); then the oldest is forgotten, which lets its payload be sent once more.
 */
export const REMEMBERED_CHALLENGES = 100_000;
/** A widget payload is a few hundred characters; anything much longer is not one. */
const MAX_PAYLOAD_LENGTH = 4_096;

export const CHALLENGE_KEY_FILE = 'challenge.key';
const CHALLENGE_KEY_VARIABLE = 'VENTANILLA_CHALLENGE_KEY';
const MIN_KEY_LENGTH = 32;

export const CHALLENGE_MISSING = 'Resuelva la verificación antes de enviar.';
export const CHALLENGE_REFUSED = 'La verificación expiró o ya fue usada; vuelva a intentarlo.';
/** The input field the solved challenge arrives in; refusals name it. */
const CHALLENGE_FIELD = 'challenge';

/** What `GET /ventanilla/challenge` answers when the challenge is off: the page shows no widget. */
export interface ChallengeNotRequired {
  readonly required: false;
}

export type ChallengeAnswer = Challenge | ChallengeNotRequired;

export interface PublicChallengeOptions {
  readonly required: boolean;
  /** The HMAC key (at least 32 characters); unused when the challenge is off. */
  readonly key: string;
  /** When challenges are issued: the wall clock, which the library's expiry check reads too. */
  readonly now?: () => Date;
}

export class PublicChallenge {
  /** False when VENTANILLA_PUBLIC_CHALLENGE=off: the form sends no challenge and none is asked for. */
  readonly required: boolean;
  private readonly signatureKey: string;
  /** Signs the expected answer (deterministic mode); derived from the key, so one secret is configured. */
  private readonly keySignatureKey: string;
  private readonly now: () => Date;
  /** Nonce of each challenge already accepted → when it expires (seconds), oldest first. */
  private readonly used = new Map<string, number>();

  constructor(options: PublicChallengeOptions) {
    this.required = options.required;
    this.signatureKey = options.key;
    this.keySignatureKey = createHmac('sha256', options.key).update('altcha key signature').digest('hex');
    this.now = options.now ?? (() => new Date());
  }

  /** A fresh challenge for the widget, or `{ required: false }` when the challenge is off. */
  async create(): Promise<ChallengeAnswer> {
    if (!this.required) return { required: false };
    const expiresAt = Math.floor(this.now().getTime() / 1000) + CHALLENGE_LIFETIME_SECONDS;
    return createChallenge({
      algorithm: CHALLENGE_ALGORITHM,
      cost: CHALLENGE_COST,
      counter: randomInt(CHALLENGE_ATTEMPTS.max, CHALLENGE_ATTEMPTS.min),
      deriveKey,
      expiresAt,
      hmacSignatureSecret: this.signatureKey,
      hmacKeySignatureSecret: this.keySignatureKey,
    });
  }

  /**
   * Accepts the widget's payload (base64 of `{ challenge, solution }`) once: refuses it, as a BadUserInput
   * on `challenge`, when missing, malformed, not signed by this server, wrongly solved, expired or used.
   */
  async verify(payload: string | null | undefined): Promise<void> {
    if (!this.required) return;
    if (payload === null || payload === undefined || payload.trim() === '') {
      throw new BadUserInput(CHALLENGE_FIELD, CHALLENGE_MISSING);
    }
    const solved = solvedChallengeOf(payload.trim());
    // The widget's own test mode sends `{ challenge: null, solution: null }`: not a solved challenge either.
    if (solved === null) throw new BadUserInput(CHALLENGE_FIELD, CHALLENGE_MISSING);

    let verified: boolean;
    try {
      const result = await verifySolution({
        challenge: solved.challenge,
        solution: solved.solution,
        deriveKey,
        hmacSignatureSecret: this.signatureKey,
        hmacKeySignatureSecret: this.keySignatureKey,
      });
      verified = result.verified;
    } catch {
      // Parameters that pass the shape check but that the library cannot read (e.g. a nonce that is not
      // hex) were not signed here.
      verified = false;
    }
    if (!verified || !this.markUsed(solved.challenge.parameters)) {
      throw new BadUserInput(CHALLENGE_FIELD, CHALLENGE_REFUSED);
    }
  }

  /**
   * Remembers a verified challenge until it expires; false when it was already used. Synchronous between
   * the check and the write, so two requests carrying the same payload cannot both pass.
   */
  private markUsed(parameters: ChallengeParameters): boolean {
    const nowSeconds = this.now().getTime() / 1000;
    for (const [nonce, expiresAt] of this.used) {
      // Entries go in roughly in expiry order (every challenge lives as long): stop at the first still valid.
      if (expiresAt >= nowSeconds) break;
      this.used.delete(nonce);
    }
    if (this.used.has(parameters.nonce)) return false;
    if (this.used.size >= REMEMBERED_CHALLENGES) {
      const oldest = this.used.keys().next().value;
      if (oldest !== undefined) this.used.delete(oldest);
    }
    this.used.set(parameters.nonce, parameters.expiresAt ?? nowSeconds + CHALLENGE_LIFETIME_SECONDS);
    return true;
  }
}

interface SolvedChallenge {
  readonly challenge: Challenge & { readonly signature: string };
  readonly solution: Solution;
}

/** The challenge and solution a widget payload carries, or null when it is not one. */
function solvedChallengeOf(payload: string): SolvedChallenge | null {
  if (payload.length > MAX_PAYLOAD_LENGTH || !/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (!isRecord(decoded) || !isRecord(decoded['challenge']) || !isRecord(decoded['solution'])) return null;
  const { challenge, solution } = decoded;
  const parameters = challenge['parameters'];
  if (
    !isRecord(parameters) ||
    typeof parameters['nonce'] !== 'string' ||
    typeof parameters['expiresAt'] !== 'number' ||
    typeof challenge['signature'] !== 'string' ||
    typeof solution['counter'] !== 'number' ||
    typeof solution['derivedKey'] !== 'string'
  ) {
    return null;
  }
  return {
    challenge: {
      parameters: parameters as unknown as ChallengeParameters,
      signature: challenge['signature'],
    },
    solution: { counter: solution['counter'], derivedKey: solution['derivedKey'] },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The challenge service for the settings: the key from VENTANILLA_CHALLENGE_KEY or else from
 * `challenge.key` in the data folder, created on first start with owner-only permissions. Replacing the
 * key only makes the challenges issued before it fail; a citizen solves a new one.
 */
export function publicChallengeFor(settings: PublicChallengeSettings, dataDir: string): PublicChallenge {
  if (!settings.required) return new PublicChallenge({ required: false, key: '' });
  const key = loadOrCreateSecret({
    dataDir,
    fileName: CHALLENGE_KEY_FILE,
    variable: CHALLENGE_KEY_VARIABLE,
    envValue: settings.key,
    generate: () => randomBase64Key(MIN_KEY_LENGTH),
    parse: (text) => (text.length >= MIN_KEY_LENGTH ? text : null),
    requirement: `debe tener al menos ${MIN_KEY_LENGTH} caracteres (genere uno con: openssl rand -base64 32)`,
  });
  return new PublicChallenge({ required: true, key });
}
