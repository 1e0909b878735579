// Opens the event store and the read model store the configuration names: the embedded SQLite files by
// default, EventStoreDB / KurrentDB when EVENTSTORE_URL is set, MongoDB when MONGODB_URL is set. Opening
// checks the engine answers, so a server configured for an engine it cannot reach stops at once with a
// message that names the variable, instead of starting and failing on the first request.
import type { VentanillaConfig } from '../config/configuration.js';
import { redactCredentials } from '../config/configuration.js';
import type { EventStore } from './eventstore/event-store.js';
import { KurrentDbEventStore } from './eventstore/kurrentdb/kurrentdb-event-store.js';
import { eventStoreFile } from './eventstore/sqlite/paths.js';
import { SqliteEventStore } from './eventstore/sqlite/sqlite-event-store.js';
import { MongoReadModelStore } from './read-models/mongodb/mongo-read-model-store.js';
import type { ReadModelStore } from './read-models/read-model-store.js';
import { SqliteReadModelStore } from './read-models/sqlite/sqlite-read-model-store.js';

export type EngineName = 'SQLite' | 'KurrentDB' | 'MongoDB';

/** What /health reports of an engine, and how it asks the engine whether it answers. */
export interface EngineProbe {
  readonly engine: EngineName;
  /** Where it is: a file path or a connection string with its password masked. */
  readonly location: string;
  /** Resolves when the engine answers a cheap read; rejects with the reason otherwise. */
  readonly ping: () => Promise<void>;
}

export interface OpenedEventStore {
  readonly store: EventStore;
  readonly probe: EngineProbe;
}

export interface OpenedReadModelStore {
  readonly store: ReadModelStore;
  readonly probe: EngineProbe;
}

/** Both stores of a running server, opened and answering. */
export interface StorageEngines {
  readonly eventStore: OpenedEventStore;
  readonly readModels: OpenedReadModelStore;
}

/** A configured engine did not answer: the server must not start. */
export class EngineUnavailableError extends Error {
  constructor(
    readonly variable: string,
    readonly engine: EngineName,
    readonly location: string,
    readonly reason: string,
  ) {
    super(
      `No se pudo conectar con ${engine} en ${location} (${variable}): ${reason}. ` +
        `Verifique que el servidor esté en marcha y sea alcanzable desde Ventanilla, ` +
        `o quite ${variable} para usar el almacenamiento SQLite embebido.`,
    );
    this.name = 'EngineUnavailableError';
  }
}

export async function openEventStore(
  config: VentanillaConfig,
  clock: () => Date = () => new Date(),
): Promise<OpenedEventStore> {
  const url = config.storage.eventStoreUrl;
  if (url === null) {
    const file = eventStoreFile(config.dataDir);
    const store = await SqliteEventStore.open({ file, clock });
    return {
      store,
      probe: { engine: 'SQLite', location: file, ping: async () => void (await store.headPosition()) },
    };
  }
  const location = redactCredentials(url);
  let store: KurrentDbEventStore;
  try {
    store = await KurrentDbEventStore.connect({ connectionString: url, clock });
  } catch (error) {
    throw new EngineUnavailableError('EVENTSTORE_URL', 'KurrentDB', location, reasonOf(error));
  }
  return { store, probe: { engine: 'KurrentDB', location, ping: () => store.ping() } };
}

export async function openReadModelStore(config: VentanillaConfig): Promise<OpenedReadModelStore> {
  const url = config.storage.mongoUrl;
  if (url === null) {
    const store = await SqliteReadModelStore.open({ dataDir: config.dataDir });
    return {
      store,
      probe: {
        engine: 'SQLite',
        location: config.dataDir,
        ping: async () => void (await store.getCheckpoint('health')),
      },
    };
  }
  const location = redactCredentials(url);
  let store: MongoReadModelStore;
  try {
    store = await MongoReadModelStore.connect({ url });
  } catch (error) {
    throw new EngineUnavailableError('MONGODB_URL', 'MongoDB', location, reasonOf(error));
  }
  return { store, probe: { engine: 'MongoDB', location, ping: () => store.ping() } };
}

/** Opens both stores; when the second cannot be opened, the first is closed again before the error. */
export async function openStorageEngines(
  config: VentanillaConfig,
  clock: () => Date = () => new Date(),
): Promise<StorageEngines> {
  const eventStore = await openEventStore(config, clock);
  try {
    return { eventStore, readModels: await openReadModelStore(config) };
  } catch (error) {
    await eventStore.store.close();
    throw error;
  }
}

/** The engine's own words for the failure: the innermost cause, since the adapters wrap the driver's. */
function reasonOf(error: unknown): string {
  const innermost = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const message = innermost instanceof Error ? innermost.message || innermost.name : String(innermost);
  // Drivers put the whole connection string in some messages: never print a password.
  return message.replace(/([a-z+]+:\/\/[^:@/\s]+):[^@/\s]*@/g, '$1:***@');
}
