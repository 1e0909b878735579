// Hygiene of the server (issue 11, finding 10): security headers on every answer (the staff client's page,
// GraphQL, health, report downloads), no X-Powered-By, every data file readable by its owner only, and the
// listen address and query time limit read from the configuration.
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadConfiguration } from '../../src/config/configuration.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

/** Every file under a folder, with its permission bits. */
function filesUnder(directory: string): { path: string; mode: number }[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [{ path, mode: statSync(path).mode & 0o777 }];
  });
}

describe('the server’s hygiene', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let base: string;
  const webDir = mkdtempSync(join(tmpdir(), 'ventanilla-web-'));

  beforeAll(async () => {
    // A stand-in for the built client: the headers of the page are what is checked, not the client.
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Ventanilla</title>');
    ventanilla = await VentanillaHarness.start({ VENTANILLA_WEB_DIR: webDir });
    admin = await ventanilla.login();
    base = ventanilla.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await ventanilla.stop();
    rmSync(webDir, { recursive: true, force: true });
  });

  async function issueCsvReport(): Promise<string> {
    const issued = await ventanilla.ok<{ report: { downloadUrl: string } }>(
      'mutation { report(kind: PQRS, from: "2026-01-01", to: "2026-06-30", format: CSV) { downloadUrl } }',
      {},
      admin,
    );
    return issued.report.downloadUrl;
  }

  it('sends the security headers on every answer, report downloads included, and no X-Powered-By', async () => {
    const answers = {
      page: await fetch(`${base}/`),
      graphql: await fetch(ventanilla.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      health: await fetch(`${base}/health/live`),
      download: await fetch(`${base}${await issueCsvReport()}`, {
        headers: { authorization: `Bearer ${admin}` },
      }),
    };
    for (const [name, response] of Object.entries(answers)) {
      expect([name, response.status]).toEqual([name, 200]);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key] = value));
      expect([name, headers]).toEqual([
        name,
        expect.objectContaining({
          'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'referrer-policy': 'no-referrer',
        }),
      ]);
      expect([name, headers['x-powered-by']]).toEqual([name, undefined]);
    }
    const policy = answers.page.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    // Offices serve Ventanilla over plain HTTP on their network too.
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('keeps every data file readable by its owner only: logs, read models, accounts, personal data, keys, reports', async () => {
    await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'EMAIL',
          subject: 'Certificado',
          description: 'Solicito un certificado.',
          petitioner: { name: 'Ana Gómez', documentType: 'CC', documentNumber: '52987654' },
        },
      },
      admin,
    );
    await issueCsvReport();
    const files = filesUnder(ventanilla.config.dataDir);
    const names = files.map((file) => file.path.slice(ventanilla.config.dataDir.length + 1));
    expect(names).toEqual(
      expect.arrayContaining([
        'events.sqlite',
        'read-models.sqlite',
        'identity.sqlite',
        'personal-data.sqlite',
        'master.key',
        'jwt.secret',
        expect.stringMatching(/^reports\/.+\.csv$/),
      ]),
    );
    expect(files.filter((file) => (file.mode & 0o077) !== 0).map((file) => file.path)).toEqual([]);
  });

  it('tightens the files of a data folder made before, readable by everyone, on its next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-modes-'));
    try {
      await (await VentanillaHarness.start({}, dataDir)).stop();
      for (const file of filesUnder(dataDir)) chmodSync(file.path, 0o644);
      await (await VentanillaHarness.start({}, dataDir)).stop();
      const stores = filesUnder(dataDir).filter((file) => file.path.endsWith('.sqlite'));
      expect(stores).toHaveLength(4);
      expect(stores.filter((file) => (file.mode & 0o077) !== 0)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the listen address and the query time limit', () => {
  it('listen on every interface unless HOST names one', () => {
    expect(loadConfiguration({}).host).toBeNull();
    expect(loadConfiguration({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfiguration({ HOST: '::1' }).host).toBe('::1');
  });

  it('refuse a HOST that is not an address, naming the variable', () => {
    expect(() => loadConfiguration({ HOST: 'http://0.0.0.0/' })).toThrow(ConfigurationError);
    expect(() => loadConfiguration({ HOST: 'http://0.0.0.0/' })).toThrow(/HOST/);
  });

  it('cut queries at 5 s unless VENTANILLA_QUERY_TIME_LIMIT_MS says otherwise', () => {
    expect(loadConfiguration({}).queryTimeLimitMs).toBe(5000);
    expect(loadConfiguration({ VENTANILLA_QUERY_TIME_LIMIT_MS: '800' }).queryTimeLimitMs).toBe(800);
    expect(() => loadConfiguration({ VENTANILLA_QUERY_TIME_LIMIT_MS: '0' })).toThrow(
      /VENTANILLA_QUERY_TIME_LIMIT_MS/,
    );
  });
});
