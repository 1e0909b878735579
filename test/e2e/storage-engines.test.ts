// Choosing the storage engines by configuration: unset means the embedded SQLite files; a named engine
// that does not answer stops the start at once, with a message that names the variable and hides the
// password. (Running against real KurrentDB and MongoDB is the adapters' contract suites' job.)
import { jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVentanillaApp } from '../../src/app.js';
import { ConfigurationError, loadConfiguration, redactCredentials } from '../../src/config/configuration.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { EngineUnavailableError, openStorageEngines } from '../../src/engine/storage-engines.js';

describe('storage engines chosen by configuration', () => {
  let dataDir: string;
  /** A port that accepts nothing: a TCP listener closed at once leaves the port refusing connections. */
  let refusedPort: number;

  beforeAll(async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    refusedPort = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-engines-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  const configWith = (env: Record<string, string>) =>
    loadConfiguration({ VENTANILLA_DATA_DIR: dataDir, LOG_LEVEL: 'error', ...env });

  it('uses the embedded SQLite files when neither EVENTSTORE_URL nor MONGODB_URL is set', async () => {
    const config = configWith({ EVENTSTORE_URL: '', MONGODB_URL: '  ' });
    expect(config.storage).toEqual({ eventStoreUrl: null, mongoUrl: null });
    const engines = await openStorageEngines(config);
    try {
      expect(engines.eventStore.store).toBeInstanceOf(SqliteEventStore);
      expect(engines.readModels.store).toBeInstanceOf(SqliteReadModelStore);
      expect(engines.eventStore.probe).toMatchObject({ engine: 'SQLite' });
      await expect(engines.eventStore.probe.ping()).resolves.toBeUndefined();
      await expect(engines.readModels.probe.ping()).resolves.toBeUndefined();
    } finally {
      await engines.eventStore.store.close();
      await engines.readModels.store.close();
    }
  });

  it.each([
    ['EVENTSTORE_URL', 'postgres://localhost/ventanilla'],
    ['EVENTSTORE_URL', 'localhost:2113'],
    ['MONGODB_URL', 'esdb://localhost:2113'],
    ['MONGODB_URL', 'mongodb://'],
  ])('refuses %s=%s naming the variable and the accepted schemes', (variable, value) => {
    expect(() => configWith({ [variable]: value })).toThrow(ConfigurationError);
    expect(() => configWith({ [variable]: value })).toThrow(new RegExp(`${variable} debe ser una cadena`));
  });

  it('accepts every connection-string scheme of both clients', () => {
    for (const url of [
      'esdb://localhost:2113?tls=false',
      'esdb+discover://cluster.local:2113',
      'kurrentdb://admin:changeit@node1:2113,node2:2113?tls=true',
      'kurrentdb+discover://cluster.local:2113',
    ]) {
      expect(configWith({ EVENTSTORE_URL: url }).storage.eventStoreUrl).toBe(url);
    }
    for (const url of [
      'mongodb://mongo:27017/ventanilla?replicaSet=rs0',
      'mongodb+srv://cluster.example.net',
    ]) {
      expect(configWith({ MONGODB_URL: url }).storage.mongoUrl).toBe(url);
    }
  });

  it('masks passwords in messages', () => {
    expect(redactCredentials('mongodb://ventanilla:s3creto@mongo:27017/db')).toBe(
      'mongodb://ventanilla:***@mongo:27017/db',
    );
    expect(() => configWith({ MONGODB_URL: 'http://ventanilla:s3creto@mongo' })).toThrow(
      /ventanilla:\*\*\*@/,
    );
  });

  it('does not start when the configured event store does not answer, and says which variable to check', async () => {
    const config = configWith({
      EVENTSTORE_URL: `kurrentdb://admin:s3creto@127.0.0.1:${refusedPort}?tls=false`,
      VENTANILLA_BOOTSTRAP_ADMIN: 'admin:admin-secreto-123',
    });
    const started = Date.now();
    const failure = await createVentanillaApp(config).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(EngineUnavailableError);
    const error = failure as EngineUnavailableError;
    expect(error.variable).toBe('EVENTSTORE_URL');
    expect(error.message).toMatch(
      /^No se pudo conectar con KurrentDB en kurrentdb:\/\/admin:\*\*\*@127\.0\.0\.1/,
    );
    expect(error.message).not.toContain('s3creto');
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('does not start when the configured MongoDB does not answer, and closes the event store it opened', async () => {
    const config = configWith({
      MONGODB_URL: `mongodb://127.0.0.1:${refusedPort}/ventanilla?serverSelectionTimeoutMS=500`,
    });
    const close = jest.spyOn(SqliteEventStore.prototype, 'close');
    const failure = await openStorageEngines(config).then(
      () => null,
      (error: unknown) => error,
    );
    expect(close).toHaveBeenCalledTimes(1);
    close.mockRestore();
    expect(failure).toBeInstanceOf(EngineUnavailableError);
    expect((failure as EngineUnavailableError).variable).toBe('MONGODB_URL');
    expect((failure as Error).message).toContain(
      'quite MONGODB_URL para usar el almacenamiento SQLite embebido',
    );
  });
});
