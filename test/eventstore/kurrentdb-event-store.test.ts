// The KurrentDB adapter. Against a real server: the EventStore and EventImporter contracts on one KurrentDB
// container for the whole file (the contracts use fresh streams per test), skipped, saying so, where no
// Docker engine runs. Everywhere: connection failure, and the adapter's own logic (retries, the per-stream
// queue, resubscription) through the EventStore contract on an in-memory stand-in of the client that
// mimics the server's rules; it proves the adapter, not the server.
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { Readable } from 'node:stream';
import {
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import type { NewEvent, RecordedEvent } from '../../src/eventstore/event-store.js';
import { KurrentDbEventStore } from '../../src/eventstore/kurrentdb/kurrentdb-event-store.js';
import { describeWithContainers } from '../support/container-engines.js';
import { eventImporterContract } from './event-importer.contract.js';
import { eventStoreContract } from './event-store.contract.js';

const KURRENTDB_IMAGE = 'docker.kurrent.io/kurrent-latest/kurrentdb:25.1';
const KURRENTDB_PORT = 2113;

describe('KurrentDbEventStore.connect', () => {
  it('fails with the cause when the server cannot be reached', async () => {
    // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
    const connecting = KurrentDbEventStore.connect({ connectionString: 'kurrentdb://127.0.0.1:9?tls=false' });

    await expect(connecting).rejects.toThrow(
      /Cannot reach KurrentDB at kurrentdb:\/\/127\.0\.0\.1:9\?tls=false: ./,
    );
  }, 20_000);

  it('keeps credentials out of its error message', async () => {
    const connecting = KurrentDbEventStore.connect({
      connectionString: 'kurrentdb://admin:secreto@127.0.0.1:9?tls=false',
    });

    await expect(connecting).rejects.toThrow(/kurrentdb:\/\/\*\*\*@127\.0\.0\.1:9/);
    await expect(connecting).rejects.not.toThrow(/secreto/);
  }, 20_000);
});

await describeWithContainers('KurrentDB', 'KurrentDbEventStore', () => {
  let container: StartedTestContainer;
  let connectionString: string;

  beforeAll(async () => {
    container = await new GenericContainer(KURRENTDB_IMAGE)
      .withEnvironment({
        KURRENTDB_INSECURE: 'true',
        KURRENTDB_RUN_PROJECTIONS: 'None',
        KURRENTDB_ENABLE_ATOM_PUB_OVER_HTTP: 'true',
      })
      .withExposedPorts(KURRENTDB_PORT)
      .withWaitStrategy(
        Wait.forHttp('/health/live', KURRENTDB_PORT).forStatusCodeMatching(
          (status) => status >= 200 && status < 300,
        ),
      )
      .withStartupTimeout(120_000)
      .start();
    connectionString = `kurrentdb://${container.getHost()}:${container.getMappedPort(KURRENTDB_PORT)}?tls=false`;
  }, 180_000);

  afterAll(async () => {
    await container?.stop();
  });

  async function open(): Promise<{
    store: KurrentDbEventStore;
    reopen: () => Promise<KurrentDbEventStore>;
    cleanup: () => Promise<void>;
  }> {
    let current = await KurrentDbEventStore.connect({ connectionString });
    return {
      store: current,
      reopen: async () => {
        await current.close();
        current = await KurrentDbEventStore.connect({ connectionString });
        return current;
      },
      // The data stays in the container: every test writes to fresh streams.
      cleanup: () => current.close(),
    };
  }

  eventStoreContract('KurrentDB', open, { uniqueEventIdsAcrossStreams: false });
  eventImporterContract('KurrentDB', open, { uniqueEventIdsAcrossStreams: false });

  describe('health', () => {
    it('answers a ping while the server is up', async () => {
      const { store, cleanup } = await open();
      try {
        await expect(store.ping()).resolves.toBeUndefined();
      } finally {
        await cleanup();
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// The in-memory stand-in: one shared log, the server's rules for expected revisions, inclusive reads from a
// position, the event-type filter, and subscriptions that go live and can be dropped.

interface StoredRecord {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly isJson: true;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position: { readonly commit: bigint; readonly prepare: bigint };
  readonly created: Date;
}

interface ClientFilter {
  readonly regex: string;
}

type StandInSubscription = Readable & { unsubscribe(): Promise<void>; sever(): void };

class StandInLog {
  readonly all: StoredRecord[] = [];
  readonly streams = new Map<string, StoredRecord[]>();
  readonly live = new Set<(record: StoredRecord) => void>();
  // Gaps between positions, as a real log has.
  private nextPosition = 100n;

  takePosition(): bigint {
    const position = this.nextPosition;
    this.nextPosition += 37n;
    return position;
  }
}

function passes(filter: ClientFilter | undefined, record: StoredRecord): boolean {
  return filter === undefined || new RegExp(filter.regex).test(record.type);
}

class StandInClient {
  readonly subscriptions = new Set<StandInSubscription>();

  constructor(private readonly log: StandInLog) {}

  readStream(
    stream: string,
    options: { direction: string; fromRevision: bigint | 'start' | 'end'; maxCount?: number },
  ): AsyncIterable<{ event: StoredRecord }> {
    const log = this.log;
    return (async function* () {
      await Promise.resolve();
      const records = log.streams.get(stream);
      if (records === undefined) throw new StreamNotFoundError(undefined, stream);
      const backwards = options.direction === 'backwards';
      let selected = backwards ? [...records].reverse() : records;
      const from = options.fromRevision;
      if (typeof from === 'bigint') {
        selected = selected.filter((record) =>
          backwards ? record.revision <= from : record.revision >= from,
        );
      }
      for (const record of selected.slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER)) {
        yield { event: structuredClone(record) };
      }
    })();
  }

  readAll(options: {
    direction: string;
    fromPosition: { commit: bigint } | 'start' | 'end';
    maxCount?: number;
    filter?: ClientFilter;
  }): AsyncIterable<{ event: StoredRecord }> {
    const log = this.log;
    return (async function* () {
      await Promise.resolve();
      const backwards = options.direction === 'backwards';
      let selected = backwards ? [...log.all].reverse() : log.all;
      const from = options.fromPosition;
      if (typeof from === 'object')
        selected = selected.filter((record) => record.position.commit >= from.commit);
      selected = selected.filter((record) => passes(options.filter, record));
      for (const record of selected.slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER)) {
        yield { event: structuredClone(record) };
      }
    })();
  }

  async appendToStream(
    stream: string,
    events: { id: string; type: string; data: unknown; metadata: unknown }[],
    options: { streamState: bigint | 'any' | 'no_stream' | 'stream_exists' },
  ) {
    // Another writer may come in between, as over a network.
    await new Promise((resolve) => setTimeout(resolve, 1));
    const existing = this.log.streams.get(stream);
    const current = existing === undefined ? 'no_stream' : BigInt(existing.length - 1);
    const state = options.streamState;
    const accepted =
      state === 'any' ||
      (state === 'no_stream' && existing === undefined) ||
      (state === 'stream_exists' && existing !== undefined) ||
      state === current;
    if (!accepted) {
      throw new WrongExpectedVersionError(undefined, { streamName: stream, expected: state, current });
    }
    const records = existing ?? [];
    this.log.streams.set(stream, records);
    const written = events.map((event): StoredRecord => {
      const position = this.log.takePosition();
      const record: StoredRecord = {
        streamId: stream,
        id: event.id,
        revision: BigInt(records.length),
        type: event.type,
        isJson: true,
        data: JSON.parse(JSON.stringify(event.data)) as unknown,
        metadata: JSON.parse(JSON.stringify(event.metadata)) as unknown,
        position: { commit: position, prepare: position },
        created: new Date(),
      };
      records.push(record);
      this.log.all.push(record);
      return record;
    });
    for (const record of written) for (const listener of this.log.live) listener(record);
    const last = written[written.length - 1];
    return { success: true, nextExpectedRevision: last.revision, position: { ...last.position } };
  }

  subscribeToAll(options: {
    fromPosition: { commit: bigint } | 'start' | 'end';
    filter?: ClientFilter;
  }): StandInSubscription {
    const readable = new Readable({ objectMode: true, highWaterMark: 2, read() {} }) as StandInSubscription;
    const from = options.fromPosition;
    const backlog =
      from === 'end'
        ? []
        : this.log.all.filter((record) => from === 'start' || record.position.commit >= from.commit);
    for (const record of backlog)
      if (passes(options.filter, record)) readable.push({ event: structuredClone(record) });
    const live = (record: StoredRecord): void => {
      if (passes(options.filter, record)) readable.push({ event: structuredClone(record) });
    };
    this.log.live.add(live);
    readable.unsubscribe = async () => {
      this.log.live.delete(live);
      readable.push(null);
    };
    readable.sever = () => {
      this.log.live.delete(live);
      readable.destroy(new UnavailableError());
    };
    this.subscriptions.add(readable);
    return readable;
  }

  async dispose(): Promise<void> {}
}

describe('KurrentDbEventStore over an in-memory stand-in of the client', () => {
  const log = new StandInLog();
  let lastClient: StandInClient;

  async function openStandIn() {
    lastClient = new StandInClient(log);
    const store = KurrentDbEventStore.fromClient(lastClient as unknown as KurrentDBClient, {
      reconnectDelaysMs: [10, 20],
    });
    return { store, cleanup: () => store.close() };
  }

  eventStoreContract('KurrentDB adapter on the stand-in client', openStandIn, {
    uniqueEventIdsAcrossStreams: false,
  });
  eventImporterContract('KurrentDB adapter on the stand-in client', openStandIn, {
    uniqueEventIdsAcrossStreams: false,
  });

  function noted(index: number): NewEvent {
    return {
      id: randomUUID(),
      type: 'Noted',
      schemaVersion: 1,
      data: { index },
      metadata: {
        actorId: 'user-1',
        actorRole: 'AGENT',
        occurredAt: '2025-03-04T15:00:00.000Z',
        correlationId: 'correlation-1',
        causationId: 'command-1',
      },
    };
  }

  async function waitUntil(condition: () => boolean): Promise<void> {
    const deadline = Date.now() + 2_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('Condition not met within 2 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  it('resubscribes after a dropped connection from the last delivered event, skipping and repeating nothing', async () => {
    const { store, cleanup } = await openStandIn();
    try {
      const stream = `drop-${randomUUID()}`;
      const start = await store.headPosition();
      await store.append(stream, [noted(0), noted(1)], 'no_stream');
      const delivered: RecordedEvent[] = [];
      const subscription = store.subscribeToAll(start, async (event) => {
        if (event.stream === stream) delivered.push(event);
      });
      await waitUntil(() => delivered.length === 2);

      for (const dropped of lastClient.subscriptions) dropped.sever();
      await store.append(stream, [noted(2)], 1);
      await store.append(stream, [noted(3)], 2);
      await waitUntil(() => delivered.length >= 4);
      await subscription.stop();

      expect(delivered.map((event) => event.revision)).toEqual([0, 1, 2, 3]);
      await expect(subscription.finished).resolves.toBeUndefined();
    } finally {
      await cleanup();
    }
  });

  it('keeps signalling appends by other instances to onAppended listeners', async () => {
    const { store, cleanup } = await openStandIn();
    const other = await openStandIn();
    try {
      const signalled: number[] = [];
      const unsubscribe = store.onAppended((position) => signalled.push(position));
      const result = await other.store.append(`other-${randomUUID()}`, [noted(0)], 'no_stream');

      await waitUntil(() => signalled.includes(result.position));
      unsubscribe();
    } finally {
      await other.cleanup();
      await cleanup();
    }
  });

  it('never lets an onAppended listener error escape an append', async () => {
    const { store, cleanup } = await openStandIn();
    const unsubscribe = store.onAppended(() => {
      throw new Error('listener failed');
    });
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(store.append(`listener-${randomUUID()}`, [noted(0)], 'no_stream')).resolves.toMatchObject({
        alreadyAppended: false,
      });
    } finally {
      consoleError.mockRestore();
      unsubscribe();
      await cleanup();
    }
  });
});
