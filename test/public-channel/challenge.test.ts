// The proof of work of the public filing form: a challenge this server signed, solved the way the `altcha`
// widget solves it (altcha-lib's solver, the payload encoded as the widget encodes it), is accepted once;
// a missing, malformed, tampered, foreign, expired or replayed one is refused on the field `challenge`.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadConfiguration } from '../../src/config/configuration.js';
import { BadUserInput } from '../../src/engine/application-errors.js';
import {
  CHALLENGE_ALGORITHM,
  CHALLENGE_KEY_FILE,
  CHALLENGE_LIFETIME_SECONDS,
  CHALLENGE_MISSING,
  CHALLENGE_REFUSED,
  PublicChallenge,
  publicChallengeFor,
} from '../../src/public-channel/challenge.js';
import { asChallenge, decodePayload, encodePayload, solvedPayload } from './solve-challenge.js';

const KEY = 'una-clave-de-prueba-de-al-menos-32-caracteres';

async function refusal(verification: Promise<void>): Promise<{ field: string; message: string }> {
  const error: unknown = await verification.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof BadUserInput)) throw new Error(`Expected a BadUserInput, got ${String(error)}`);
  return { field: error.field, message: error.message };
}

describe('the public challenge, when on', () => {
  const challenges = new PublicChallenge({ required: true, key: KEY });

  it('issues a signed PoW v2 challenge that expires in ten minutes', async () => {
    const before = Math.floor(Date.now() / 1000);
    const challenge = asChallenge(await challenges.create());
    expect(challenge.parameters.algorithm).toBe(CHALLENGE_ALGORITHM);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    // Deterministic mode: the key's signature lets the server check an answer with one HMAC.
    expect(challenge.parameters.keySignature).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.parameters.expiresAt! - before).toBeGreaterThanOrEqual(CHALLENGE_LIFETIME_SECONDS);
    expect(challenge.parameters.expiresAt! - before).toBeLessThanOrEqual(CHALLENGE_LIFETIME_SECONDS + 1);
    expect(challenges.required).toBe(true);
  });

  it('accepts a solved challenge', async () => {
    await expect(challenges.verify(await solvedPayload(await challenges.create()))).resolves.toBeUndefined();
  });

  it('refuses a solved challenge sent a second time', async () => {
    const payload = await solvedPayload(await challenges.create());
    await challenges.verify(payload);
    expect(await refusal(challenges.verify(payload))).toEqual({
      field: 'challenge',
      message: CHALLENGE_REFUSED,
    });
  });

  it('refuses a missing challenge, asking to solve it', async () => {
    for (const missing of [undefined, null, '', '   ']) {
      expect(await refusal(challenges.verify(missing))).toEqual({
        field: 'challenge',
        message: CHALLENGE_MISSING,
      });
    }
  });

  it('refuses what is not a solved challenge (garbage, the widget’s test mode, a bare challenge)', async () => {
    const challenge = asChallenge(await challenges.create());
    for (const malformed of [
      'no-es-base64!',
      encodePayload('texto'),
      encodePayload({ challenge: null, solution: null, test: true }),
      encodePayload({ challenge }),
      'A'.repeat(5000),
    ]) {
      expect(await refusal(challenges.verify(malformed))).toEqual({
        field: 'challenge',
        message: CHALLENGE_MISSING,
      });
    }
  });

  it('refuses a challenge whose parameters were changed after signing', async () => {
    const payload = decodePayload(await solvedPayload(await challenges.create()));
    const later = {
      ...payload.challenge.parameters,
      expiresAt: Number(payload.challenge.parameters['expiresAt']) + 3600,
    };
    const tampered = encodePayload({ ...payload, challenge: { ...payload.challenge, parameters: later } });
    expect(await refusal(challenges.verify(tampered))).toEqual({
      field: 'challenge',
      message: CHALLENGE_REFUSED,
    });
  });

  it('refuses a wrong solution to a genuine challenge', async () => {
    const payload = decodePayload(await solvedPayload(await challenges.create()));
    const lastDigit = payload.solution.derivedKey.slice(-1);
    const wrongKey = `${payload.solution.derivedKey.slice(0, -1)}${lastDigit === '0' ? '1' : '0'}`;
    const wrong = encodePayload({ ...payload, solution: { ...payload.solution, derivedKey: wrongKey } });
    expect(await refusal(challenges.verify(wrong))).toEqual({
      field: 'challenge',
      message: CHALLENGE_REFUSED,
    });
  });

  it('refuses a challenge signed with another key', async () => {
    const elsewhere = new PublicChallenge({ required: true, key: `${KEY}-de-otro-servidor` });
    const payload = await solvedPayload(await elsewhere.create());
    expect(await refusal(challenges.verify(payload))).toEqual({
      field: 'challenge',
      message: CHALLENGE_REFUSED,
    });
  });

  it('refuses a challenge solved after it expired', async () => {
    const issuedEarlier = new PublicChallenge({
      required: true,
      key: KEY,
      now: () => new Date(Date.now() - (CHALLENGE_LIFETIME_SECONDS + 60) * 1000),
    });
    const payload = await solvedPayload(await issuedEarlier.create());
    expect(await refusal(challenges.verify(payload))).toEqual({
      field: 'challenge',
      message: CHALLENGE_REFUSED,
    });
  });
});

describe('the public challenge, when off', () => {
  const challenges = new PublicChallenge({ required: false, key: '' });

  it('tells the page no challenge is needed', async () => {
    expect(challenges.required).toBe(false);
    expect(await challenges.create()).toEqual({ required: false });
  });

  it('accepts a filing without a challenge, or with anything in its place', async () => {
    for (const payload of [undefined, null, '', 'cualquier cosa']) {
      await expect(challenges.verify(payload)).resolves.toBeUndefined();
    }
  });
});

describe('the challenge settings', () => {
  it('are on by default, and off or on as VENTANILLA_PUBLIC_CHALLENGE says', () => {
    expect(loadConfiguration({}).publicChallenge).toEqual({ required: true, key: null });
    expect(loadConfiguration({ VENTANILLA_PUBLIC_CHALLENGE: 'off' }).publicChallenge.required).toBe(false);
    expect(loadConfiguration({ VENTANILLA_PUBLIC_CHALLENGE: 'ON' }).publicChallenge.required).toBe(true);
  });

  it('stop the start on any other value, naming the variable in Spanish', () => {
    expect(() => loadConfiguration({ VENTANILLA_PUBLIC_CHALLENGE: 'no' })).toThrow(ConfigurationError);
    expect(() => loadConfiguration({ VENTANILLA_PUBLIC_CHALLENGE: 'no' })).toThrow(
      /VENTANILLA_PUBLIC_CHALLENGE debe ser on .* u off \(recibido "no"\)/,
    );
  });

  describe('the signing key', () => {
    let dataDir: string;
    beforeEach(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-challenge-'));
    });
    afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

    it('is generated once in the data folder, readable by its owner only, and kept across starts', async () => {
      const first = publicChallengeFor({ required: true, key: null }, dataDir);
      const keyFile = join(dataDir, CHALLENGE_KEY_FILE);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      const key = readFileSync(keyFile, 'utf8');
      // A challenge issued before a restart is still good after it.
      const payload = await solvedPayload(await first.create());
      const restarted = publicChallengeFor({ required: true, key: null }, dataDir);
      expect(readFileSync(keyFile, 'utf8')).toBe(key);
      await expect(restarted.verify(payload)).resolves.toBeUndefined();
    });

    it('comes from VENTANILLA_CHALLENGE_KEY when set, which must be long enough', async () => {
      const fromVariable = publicChallengeFor({ required: true, key: KEY }, dataDir);
      const payload = await solvedPayload(await fromVariable.create());
      await expect(
        new PublicChallenge({ required: true, key: KEY }).verify(payload),
      ).resolves.toBeUndefined();
      expect(() => publicChallengeFor({ required: true, key: 'corta' }, dataDir)).toThrow(
        /VENTANILLA_CHALLENGE_KEY debe tener al menos 32 caracteres/,
      );
    });

    it('is not created when the challenge is off', () => {
      publicChallengeFor({ required: false, key: null }, dataDir);
      expect(() => statSync(join(dataDir, CHALLENGE_KEY_FILE))).toThrow();
    });
  });
});
