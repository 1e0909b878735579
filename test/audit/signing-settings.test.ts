// The signing key and the schedule of signed heads, as configured: generated once into the data folder
// (owner-only) and reused, taken from VENTANILLA_SIGNING_KEY instead, and refused, naming the variable,
// when a value is not what it must be.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfiguration } from '../../src/config/configuration.js';
import { findSigningKey, SIGNING_KEY_FILE } from '../../src/features/audit/index.js';
import { loadOrCreateSigningKey } from '../../src/features/audit/log-heads/signing-key.js';

describe('the signing of heads of the log, as configured', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-signing-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('generates the key once into the data folder, readable by its owner only, and the verifier finds it', () => {
    expect(findSigningKey(dataDir)).toBeNull();
    const generated = loadOrCreateSigningKey(dataDir);

    expect(statSync(join(dataDir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSigningKey(dataDir).publicKeyText).toBe(generated.publicKeyText);
    expect(findSigningKey(dataDir)?.publicKeyText).toBe(generated.publicKeyText);
  });

  it('takes VENTANILLA_SIGNING_KEY over the file, and refuses one that is not a 32-byte seed, naming it', () => {
    const seed = Buffer.alloc(32, 3).toString('base64');
    expect(loadOrCreateSigningKey(dataDir, seed).publicKeyText).toBe(
      findSigningKey(dataDir, seed)?.publicKeyText,
    );
    expect(() => loadOrCreateSigningKey(dataDir, 'corta')).toThrow(/VENTANILLA_SIGNING_KEY/);
  });

  it('signs every 1000 events or 15 minutes unless told otherwise, and refuses a schedule that is not a whole number', () => {
    expect(loadConfiguration({}).logHeads).toEqual({ everyEvents: 1000, everyMinutes: 15 });
    expect(() => loadConfiguration({ VENTANILLA_LOG_HEAD_EVERY_MINUTES: 'quince' })).toThrow(
      /VENTANILLA_LOG_HEAD_EVERY_MINUTES/,
    );
    expect(() => loadConfiguration({ VENTANILLA_EARLIER_SIGNING_KEYS: 'no-es-una-clave' })).toThrow(
      /VENTANILLA_EARLIER_SIGNING_KEYS/,
    );
  });
});
