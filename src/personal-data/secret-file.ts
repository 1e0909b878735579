// Loads a start-up secret (the personal-data master key, the JWT secret) from its environment variable,
// or else from a file in the data directory that is created, readable by the owner only, on first use.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../config/configuration.js';

export interface SecretSource<T> {
  readonly dataDir: string;
  readonly fileName: string;
  /** The environment variable that overrides the file; named in every error. */
  readonly variable: string;
  readonly envValue?: string | null | undefined;
  /** Text written to a new file. */
  generate(): string;
  /** The secret the text holds, or null when the text does not qualify. */
  parse(text: string): T | null;
  /** What a valid value looks like, in Spanish, completing "VARIABLE ...". */
  readonly requirement: string;
}

export function loadOrCreateSecret<T>(source: SecretSource<T>): T {
  const fromEnv = source.envValue?.trim();
  if (fromEnv) {
    const secret = source.parse(fromEnv);
    if (secret === null) throw new ConfigurationError(source.variable, source.requirement);
    return secret;
  }

  const path = join(source.dataDir, source.fileName);
  mkdirSync(source.dataDir, { recursive: true });
  try {
    // 'wx' refuses to overwrite, so two processes starting together cannot each write a different secret:
    // the loser reads the winner's file below.
    writeFileSync(path, `${source.generate()}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = source.parse(readFileSync(path, 'utf8').trim());
  if (secret === null) {
    throw new Error(
      `El archivo ${path} no contiene un secreto válido (${source.variable} ${source.requirement}). ` +
        `Restáurelo desde la copia de seguridad o defina ${source.variable}.`,
    );
  }
  return secret;
}

/** Strict base64 (padding optional) of exactly `length` bytes, or null. */
export function decodeBase64Key(text: string, length: number): Buffer | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === length ? bytes : null;
}

export function randomBase64Key(length: number): string {
  return randomBytes(length).toString('base64');
}
