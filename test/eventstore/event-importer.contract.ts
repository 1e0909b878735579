// The EventImporter contract, written once for the port: every adapter that can receive a migrated log
// runs it. The events imported are genuinely recorded ones, made by a throwaway in-memory SQLite store's
// append, so they carry a real hash chain. The store under test may be shared: every test uses fresh
// stream names and never expects the global log to be empty.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type {
  EventImporter,
  EventMetadataInput,
  EventStore,
  GlobalPosition,
  RecordedEvent,
} from '../../src/engine/eventstore/event-store.js';
import { eventHash, GENESIS_HASH } from '../../src/engine/eventstore/hash-chain.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';

export interface OpenedEventImporter {
  readonly store: EventStore & EventImporter;
  /** Closes the store and removes its data. */
  readonly cleanup: () => Promise<void>;
}

const writerMetadata: EventMetadataInput = {
  actorId: 'user-radicadora-1',
  actorRole: 'AGENT',
  occurredAt: '2025-03-03T14:00:00.000Z',
  correlationId: 'correlation-1',
  causationId: 'command-1',
};

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await sleep(5);
  }
}

function freshStream(): string {
  return `import-${randomUUID()}`;
}

interface RecordOptions {
  /** Ids of the events, in order (fresh ones by default). */
  readonly ids?: readonly string[];
  /** Clock of the throwaway store (the real one by default). */
  readonly clock?: () => Date;
  /** Appends in batches of this size, so the chain also spans batches. */
  readonly batchSize?: number;
  /**
   * Written into every event's data. The hash covers content, not ids: two histories recorded in the
   * same millisecond must differ in content to have different hash chains.
   */
  readonly history?: string;
}

/**
 * `count` events of `stream` as a store records them, made just before they are imported: recordedAt is
 * then not before what a shared store under test already holds.
 */
async function recordEvents(
  stream: string,
  count: number,
  options: RecordOptions = {},
): Promise<RecordedEvent[]> {
  const source = await SqliteEventStore.open({
    file: ':memory:',
    ...(options.clock ? { clock: options.clock } : {}),
  });
  try {
    const batchSize = options.batchSize ?? 2;
    for (let start = 0; start < count; start += batchSize) {
      const batch = Array.from({ length: Math.min(batchSize, count - start) }, (_, offset) => {
        const index = start + offset;
        return {
          id: options.ids?.[index] ?? randomUUID(),
          type: index % 2 === 0 ? 'Noted' : 'Reviewed',
          schemaVersion: 1 + (index % 3),
          data: {
            history: options.history ?? 'original',
            index,
            text: `Nota ${index} — radicación`,
            nested: { tags: ['a', 'ñ'], amount: 1.5 },
          },
          metadata: { ...writerMetadata, causationId: `command-${index}` },
        };
      });
      await source.append(stream, batch, 'any');
    }
    return await source.readStream(stream);
  } finally {
    await source.close();
  }
}

/** What must survive the copy exactly: everything but the store-local global position. */
function portable(event: RecordedEvent) {
  const { position: _position, ...content } = event;
  return content;
}

export function eventImporterContract(
  adapterName: string,
  openStore: () => Promise<OpenedEventImporter>,
  options: { readonly uniqueEventIdsAcrossStreams?: boolean } = {},
): void {
  // As in the EventStore contract: KurrentDB indexes events by stream, not by id, so an adapter on it
  // cannot check ids across streams (pass false there).
  describe(`EventImporter contract: ${adapterName}`, () => {
    let opened: OpenedEventImporter;
    let store: EventStore & EventImporter;

    beforeEach(async () => {
      opened = await openStore();
      store = opened.store;
    });

    afterEach(async () => {
      await opened.cleanup();
    });

    describe('importing a stream', () => {
      it('reads imported events back identical: id, type, schema version, data and the whole metadata', async () => {
        const stream = freshStream();
        const recorded = await recordEvents(stream, 5);

        const result = await store.importRecorded(stream, recorded);

        const imported = await store.readStream(stream);
        expect(imported.map(portable)).toEqual(recorded.map(portable));
        expect(result.written).toBe(5);
        expect(result.revision).toBe(4);
        expect(result.position).toBe(imported[4].position);
      });

      it('keeps a hash chain that anyone can recompute', async () => {
        const stream = freshStream();
        await store.importRecorded(stream, await recordEvents(stream, 4));

        const imported = await store.readStream(stream);
        let previousHash = GENESIS_HASH;
        for (const event of imported) {
          expect(event.metadata.previousHash).toBe(previousHash);
          expect(eventHash(event)).toBe(event.metadata.hash);
          previousHash = event.metadata.hash;
        }
      });

      it('puts imported events in the global log and lists the stream', async () => {
        const stream = freshStream();
        const before = await store.headPosition();
        const recorded = await recordEvents(stream, 3);
        await store.importRecorded(stream, recorded);

        const ours = (await store.readAll(before, 10_000)).filter((event) => event.stream === stream);
        expect(ours.map((event) => event.id)).toEqual(recorded.map((event) => event.id));
        const names: string[] = [];
        for await (const name of store.streamNames()) names.push(name);
        expect(names).toContain(stream);
      });

      it('signals the import to onAppended listeners with its last position', async () => {
        const stream = freshStream();
        const recorded = await recordEvents(stream, 2);
        const signalled: GlobalPosition[] = [];
        const unsubscribe = store.onAppended((position) => signalled.push(position));
        try {
          const result = await store.importRecorded(stream, recorded);
          await waitUntil(() => signalled.includes(result.position ?? Number.NaN));
          expect(signalled).toContain(result.position);
        } finally {
          unsubscribe();
        }
      });

      it('chains a later append onto the imported head', async () => {
        const stream = freshStream();
        const recorded = await recordEvents(stream, 3);
        await store.importRecorded(stream, recorded);

        const appended = await store.append(
          stream,
          [{ id: randomUUID(), type: 'Noted', schemaVersion: 1, data: {}, metadata: writerMetadata }],
          2,
        );

        expect(appended.nextExpectedRevision).toBe(3);
        const [next] = await store.readStream(stream, { fromRevision: 3 });
        expect(next.metadata.previousHash).toBe(recorded[2].metadata.hash);
        expect(eventHash(next)).toBe(next.metadata.hash);
        expect(next.metadata.recordedAt >= recorded[2].metadata.recordedAt).toBe(true);
      });
    });

    describe('importing again (a resumed copy)', () => {
      it('writes nothing when every event is already there', async () => {
        const stream = freshStream();
        const recorded = await recordEvents(stream, 4);
        await store.importRecorded(stream, recorded);

        const again = await store.importRecorded(stream, recorded);

        expect(again).toEqual({ written: 0, revision: 3, position: null });
        expect(await store.readStream(stream)).toHaveLength(4);
      });

      it('writes only the new tail of an overlapping batch', async () => {
        const stream = freshStream();
        const recorded = await recordEvents(stream, 6);
        await store.importRecorded(stream, recorded.slice(0, 3));

        const result = await store.importRecorded(stream, recorded.slice(1));

        expect(result.written).toBe(3);
        expect(result.revision).toBe(5);
        expect((await store.readStream(stream)).map(portable)).toEqual(recorded.map(portable));
      });

      it('goes on from the stored head when the batch starts there', async () => {
        const stream = freshStream();
        const recorded = await recordEvents(stream, 5);
        await store.importRecorded(stream, recorded.slice(0, 2));

        const result = await store.importRecorded(stream, recorded.slice(2));

        expect(result.written).toBe(3);
        expect((await store.readStream(stream)).map(portable)).toEqual(recorded.map(portable));
      });
    });

    describe('what is refused, writing nothing', () => {
      async function expectRefused(
        stream: string,
        events: readonly RecordedEvent[],
        storedBefore: readonly RecordedEvent[],
      ): Promise<void> {
        await expect(store.importRecorded(stream, events)).rejects.toThrow(Error);
        expect((await store.readStream(stream)).map(portable)).toEqual(storedBefore.map(portable));
      }

      it('a batch that leaves a gap after the stream head', async () => {
        const stream = freshStream();
        const recorded = await recordEvents(stream, 5);
        await store.importRecorded(stream, recorded.slice(0, 2));

        await expectRefused(stream, recorded.slice(3), recorded.slice(0, 2));
      });

      it('a first batch that does not start at revision 0', async () => {
        const stream = freshStream();
        const recorded = await recordEvents(stream, 3);

        await expectRefused(stream, recorded.slice(1), []);
      });

      it('a batch whose revisions are not consecutive', async () => {
        const stream = freshStream();
        const recorded = await recordEvents(stream, 4);

        await expectRefused(stream, [recorded[0], recorded[1], recorded[3]], []);
      });

      it('a different event id at a revision already stored', async () => {
        const stream = freshStream();
        const original = await recordEvents(stream, 3);
        const other = await recordEvents(stream, 4, { history: 'other' });
        await store.importRecorded(stream, original);

        await expectRefused(stream, other, original);
      });

      it('a first new event whose previousHash is not the hash of the stored head', async () => {
        const stream = freshStream();
        const original = await recordEvents(stream, 2);
        // Same stream, another history: its revision 2 chains to an event the store does not hold.
        const other = await recordEvents(stream, 4, { history: 'other' });
        await store.importRecorded(stream, original);

        await expectRefused(stream, other.slice(2), original);
      });

      it('a batch whose events do not chain to one another', async () => {
        const stream = freshStream();
        const original = await recordEvents(stream, 2);
        const other = await recordEvents(stream, 2, { history: 'other' });

        await expectRefused(stream, [original[0], other[1]], []);
      });

      if (options.uniqueEventIdsAcrossStreams ?? true) {
        it('an event id already stored in another stream', async () => {
          const firstStream = freshStream();
          const first = await recordEvents(firstStream, 2);
          await store.importRecorded(firstStream, first);
          const secondStream = freshStream();
          const second = await recordEvents(secondStream, 2, { ids: [randomUUID(), first[1].id] });

          await expectRefused(secondStream, second, []);
        });
      } else {
        // The adapter's stated limit, pinned: ids are unique per stream only.
        it('an event id already stored in another stream is imported there (ids are unique per stream only)', async () => {
          const firstStream = freshStream();
          const first = await recordEvents(firstStream, 2);
          await store.importRecorded(firstStream, first);
          const secondStream = freshStream();
          const second = await recordEvents(secondStream, 2, { ids: [randomUUID(), first[1].id] });

          expect((await store.importRecorded(secondStream, second)).written).toBe(2);
          expect((await store.readStream(secondStream)).map((event) => event.id)).toEqual(
            second.map((event) => event.id),
          );
        });
      }

      it('events recorded before the last event of the store (recordedAt never decreases)', async () => {
        const stream = freshStream();
        // Something recorded now, then a history recorded long ago.
        await store.append(
          freshStream(),
          [{ id: randomUUID(), type: 'Noted', schemaVersion: 1, data: {}, metadata: writerMetadata }],
          'no_stream',
        );
        const old = await recordEvents(stream, 2, { clock: () => new Date('2020-01-02T03:04:05.000Z') });

        await expectRefused(stream, old, []);
      });
    });
  });
}
