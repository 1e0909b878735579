// The Ed25519 key that signs heads of the log: from VENTANILLA_SIGNING_KEY (a 32-byte seed in base64), or
// else from `signing.key` in the data folder, created on first start like the master key. A key kept
// next to the data it anchors protects little: in production it belongs in the server's secret store.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../../../config/configuration.js';
import {
  SIGNING_KEY_SEED_LENGTH,
  signingKeyFromSeed,
  type LogHeadSigningKey,
} from '../../../engine/eventstore/log-chain.js';
import { decodeBase64Key, loadOrCreateSecret, randomBase64Key } from '../../../personal-data/secret-file.js';

export const SIGNING_KEY_FILE = 'signing.key';
const SIGNING_KEY_VARIABLE = 'VENTANILLA_SIGNING_KEY';
const REQUIREMENT =
  'debe ser una semilla Ed25519 de 32 bytes en base64 (genere una con: openssl rand -base64 32)';

/** The signing key the application signs heads with. */
export const LOG_HEAD_SIGNING_KEY = Symbol('LogHeadSigningKey');

export function loadOrCreateSigningKey(dataDir: string, envValue?: string | null): LogHeadSigningKey {
  return signingKeyFromSeed(
    loadOrCreateSecret({
      dataDir,
      fileName: SIGNING_KEY_FILE,
      variable: SIGNING_KEY_VARIABLE,
      envValue,
      generate: () => randomBase64Key(SIGNING_KEY_SEED_LENGTH),
      parse: (text) => decodeBase64Key(text, SIGNING_KEY_SEED_LENGTH),
      requirement: REQUIREMENT,
    }),
  );
}

/**
 * The signing key as a verifier finds it, never creating one: the variable, else the data folder's file;
 * null when there is neither.
 */
export function findSigningKey(dataDir: string, envValue?: string | null): LogHeadSigningKey | null {
  const fromEnv = envValue?.trim();
  const path = join(dataDir, SIGNING_KEY_FILE);
  const text = fromEnv ? fromEnv : existsSync(path) ? readFileSync(path, 'utf8').trim() : null;
  if (text === null) return null;
  const seed = decodeBase64Key(text, SIGNING_KEY_SEED_LENGTH);
  if (seed === null) {
    throw new ConfigurationError(
      SIGNING_KEY_VARIABLE,
      fromEnv ? REQUIREMENT : `(archivo ${path}) ${REQUIREMENT}`,
    );
  }
  return signingKeyFromSeed(seed);
}
