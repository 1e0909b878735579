// The KurrentDB adapter. Against a real server: the EventStore and EventImporter contracts on one KurrentDB
// container for the whole file (the contracts use fresh streams per test), skipped, saying so, where no
// Docker engine runs. Everywhere: connection failure, and the adapter's own logic (retries, the per-stream
// queue, resubscription) through the EventStore contract on an in-memory stand-in of the client that
// mimics the server's rules; it proves the adapter, not the server.
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { jsonEvent, KurrentDBClient } from '@kurrent/kurrentdb-client';
import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { KurrentDbEventStore } from '../../src/engine/eventstore/kurrentdb/kurrentdb-event-store.js';
import { describeWithContainers } from '../support/container-engines.js';
import { eventImporterContract } from './event-importer.contract.js';
import { eventStoreContract } from './event-store.contract.js';
import { noted, unusableStreamCases } from './kurrentdb-unusable-streams.cases.js';
import { StandInClient, StandInLog } from '../support/kurrentdb-stand-in.js';

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
  unusableStreamCases('KurrentDB', async () => {
    const store = await KurrentDbEventStore.connect({ connectionString });
    const server = KurrentDBClient.connectionString(connectionString);
    return {
      store,
      server,
      cleanup: async () => {
        await store.close();
        await server.dispose();
      },
    };
  });

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

describe('KurrentDbEventStore over an in-memory stand-in of the client', () => {
  const log = new StandInLog();
  let lastClient: StandInClient;

  async function openStandIn(clock?: () => Date) {
    lastClient = new StandInClient(log);
    const store = KurrentDbEventStore.fromClient(lastClient as unknown as KurrentDBClient, {
      reconnectDelaysMs: [10, 20],
      clock,
    });
    return { store, cleanup: () => store.close() };
  }

  eventStoreContract('KurrentDB adapter on the stand-in client', openStandIn, {
    uniqueEventIdsAcrossStreams: false,
  });
  eventImporterContract('KurrentDB adapter on the stand-in client', openStandIn, {
    uniqueEventIdsAcrossStreams: false,
  });
  unusableStreamCases('KurrentDB adapter on the stand-in client', async () => {
    const own = new StandInLog();
    const store = KurrentDbEventStore.fromClient(new StandInClient(own) as unknown as KurrentDBClient);
    const server = new StandInClient(own) as unknown as KurrentDBClient;
    return { store, server, cleanup: () => store.close() };
  });

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

  it('two instances running the same command at once: one writes, the other is told its events were already there', async () => {
    // The server answers the second append of the same ids at the same exact revision with success and the
    // original revision and position (its idempotent write, IndexWriter.CheckCommit's strong check): the
    // adapter must tell that answer from a write of its own.
    const { store, cleanup } = await openStandIn();
    // The other instance's clock runs a few milliseconds apart, as two machines' do: each seals its own copy.
    const other = await openStandIn(() => new Date(Date.now() + 7));
    try {
      const stream = `race-${randomUUID()}`;
      await store.append(stream, [noted(0)], 'no_stream');
      const batch = [noted(1), noted(2)];
      const results = await Promise.all([
        store.append(stream, batch, 0),
        other.store.append(stream, batch, 0),
      ]);

      expect(results.map((result) => result.alreadyAppended).sort()).toEqual([false, true]);
      expect(results[0].nextExpectedRevision).toBe(2);
      expect(results[1].nextExpectedRevision).toBe(2);
      expect(results[0].position).toBe(results[1].position);
      const stored = await store.readStream(stream);
      expect(stored.map((event) => event.id)).toEqual([stored[0]!.id, batch[0]!.id, batch[1]!.id]);
    } finally {
      await other.cleanup();
      await cleanup();
    }
  });

  it('tells the two instances apart even when both seal the very same events (same head, same millisecond)', async () => {
    // Identical seals: the same ids, recordedAt and hashes. Only the mark of the append attempt, kept in
    // the server's metadata outside the hash, says which one wrote.
    const sameMillisecond = () => new Date('2026-03-04T15:00:00.000Z');
    const { store, cleanup } = await openStandIn(sameMillisecond);
    const other = await openStandIn(sameMillisecond);
    try {
      const stream = `same-ms-race-${randomUUID()}`;
      await store.append(stream, [noted(0)], 'no_stream');
      const batch = [noted(1)];
      const results = await Promise.all([
        store.append(stream, batch, 0),
        other.store.append(stream, batch, 0),
      ]);

      expect(results.map((result) => result.alreadyAppended).sort()).toEqual([false, true]);
      expect(await store.readStream(stream)).toHaveLength(2);
    } finally {
      await other.cleanup();
      await cleanup();
    }
  });

  it('answers its head, reads and subscriptions with its own events only, past the server’s and another application’s', async () => {
    const { store, cleanup } = await openStandIn();
    try {
      const stream = `shared-${randomUUID()}`;
      const start = await store.headPosition();
      const first = await store.append(stream, [noted(0)], 'no_stream');
      log.recordForeign('orders-8', 'OrderPlaced');
      log.recordForeign('images-8', 'Uploaded', true);
      const second = await store.append(stream, [noted(1)], 0);
      const foreignAtTheEnd = log.recordForeign('orders-8', 'OrderShipped');

      // The last event in $all is another application's: the head is still ours.
      expect(foreignAtTheEnd.position.commit > BigInt(second.position)).toBe(true);
      await expect(store.headPosition()).resolves.toBe(second.position);
      const read = await store.readAll(start, 10);
      expect(read.map((event) => [event.stream, event.revision])).toEqual([
        [stream, 0],
        [stream, 1],
      ]);
      const delivered: RecordedEvent[] = [];
      const subscription = store.subscribeToAll(start, async (event) => {
        delivered.push(event);
      });
      await waitUntil(() => delivered.length === 2);
      log.recordForeign('orders-8', 'OrderCancelled');
      await store.append(stream, [noted(2)], 1);
      await waitUntil(() => delivered.length === 3);
      await subscription.stop();
      expect(delivered.map((event) => event.position)).toEqual([
        first.position,
        second.position,
        delivered[2]!.position,
      ]);
      expect(delivered.every((event) => event.stream === stream)).toBe(true);
    } finally {
      await cleanup();
    }
  });

  it('says so when a stream it found new was written and soft-deleted before its append arrived', async () => {
    const own = new StandInLog();
    const server = new StandInClient(own);
    // A client whose append lets someone else write the stream and soft-delete it just before it arrives:
    // the server then starts the stream again after that revision, not at the revision 0 the batch was
    // sealed for.
    const racing = new StandInClient(own);
    const append = racing.appendToStream.bind(racing);
    racing.appendToStream = async (...args: Parameters<typeof append>) => {
      await server.appendToStream(args[0], [jsonEvent({ type: 'Placed', data: {} })], { streamState: 'any' });
      await server.deleteStream(args[0]);
      return append(...args);
    };
    const store = KurrentDbEventStore.fromClient(racing as unknown as KurrentDBClient);
    try {
      const stream = `deleted-meanwhile-${randomUUID()}`;

      await expect(store.append(stream, [noted(0)], 'no_stream')).rejects.toEqual(
        expect.objectContaining({ name: 'UnusableStreamError', stream, reason: 'SOFT_DELETED' }),
      );
      expect(own.streams.get(stream)?.map((record) => record.revision)).toEqual([0n, 1n]);
    } finally {
      await store.close();
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
