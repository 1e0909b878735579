// Solves a challenge of GET /ventanilla/challenge the way the `altcha` widget does (altcha-lib's solver,
// the same PBKDF2) and encodes the answer as the widget puts it in its hidden field.
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { ChallengeAnswer } from '../../src/public-channel/challenge.js';

export interface WidgetPayload {
  readonly challenge: { readonly parameters: Record<string, unknown>; readonly signature: string };
  readonly solution: { readonly counter: number; readonly derivedKey: string; readonly time?: number };
}

/** Base64 of `{ challenge: { parameters, signature }, solution }`, as the widget encodes it (btoa). */
export async function solvedPayload(answer: ChallengeAnswer): Promise<string> {
  const challenge = asChallenge(answer);
  const solution = await solveChallenge({ challenge, deriveKey });
  if (solution === null) throw new Error('altcha-lib did not solve the challenge');
  return encodePayload({
    challenge: { parameters: challenge.parameters, signature: challenge.signature },
    solution,
  });
}

export function asChallenge(answer: ChallengeAnswer): Challenge {
  if (!('parameters' in answer)) throw new Error(`Not a challenge: ${JSON.stringify(answer)}`);
  return answer;
}

export function encodePayload(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

export function decodePayload(payload: string): WidgetPayload {
  return JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as WidgetPayload;
}
