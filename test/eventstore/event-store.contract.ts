// The EventStore contract, written once for the port: every adapter (SQLite now, EventStoreDB later)
// runs this suite. It assumes a store others may share, so it uses a fresh stream per test and never
// expects the global log to be empty.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  WrongExpectedRevisionError,
  type EventMetadataInput,
  type EventStore,
  type GlobalPosition,
  type NewEvent,
  type RecordedEvent,
} from '../../src/engine/eventstore/event-store.js';
import { CURRENT_HASH_VERSION, eventHash, GENESIS_HASH } from '../../src/engine/eventstore/hash-chain.js';
import { lastRevisionOf, readStreamTail } from '../../src/engine/eventstore/stream-tail.js';

export interface OpenedEventStore {
  readonly store: EventStore;
  /** Closes the current store and opens a new one over the same data (omit when it cannot). */
  readonly reopen?: () => Promise<EventStore>;
  /** Closes whichever store is open and removes its data. */
  readonly cleanup: () => Promise<void>;
}

const writerMetadata: EventMetadataInput = {
  actorId: 'user-radicadora-1',
  actorRole: 'AGENT',
  occurredAt: '2025-03-03T14:00:00.000Z',
  correlationId: 'correlation-1',
  causationId: 'command-1',
};

function freshStream(category = 'contract'): string {
  return `${category}-${randomUUID()}`;
}

function newEvent(type: string, data: unknown = {}, metadata: Partial<EventMetadataInput> = {}): NewEvent {
  return { id: randomUUID(), type, schemaVersion: 1, data, metadata: { ...writerMetadata, ...metadata } };
}

function newEvents(count: number, type = 'Noted'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => newEvent(type, { index }));
}

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await sleep(5);
  }
}

async function readEverythingAfter(
  store: EventStore,
  after: GlobalPosition | null,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let position = after;
  for (;;) {
    const page = await store.readAll(position, 100);
    events.push(...page);
    if (page.length < 100) return events;
    position = page[page.length - 1].position;
  }
}

export function eventStoreContract(
  adapterName: string,
  openStore: () => Promise<OpenedEventStore>,
  options: { readonly uniqueEventIdsAcrossStreams?: boolean } = {},
): void {
  // KurrentDB indexes events by stream, not by id, so its adapter cannot check ids across streams.
  describe(`EventStore contract: ${adapterName}`, () => {
    let opened: OpenedEventStore;
    let store: EventStore;

    beforeEach(async () => {
      opened = await openStore();
      store = opened.store;
    });

    afterEach(async () => {
      await opened.cleanup();
    });

    describe('appending and reading a stream', () => {
      it('gives a stream’s last revision and its tail without reading it whole', async () => {
        const counted = { reads: 0 };
        const counting: EventStore = Object.assign(Object.create(store) as EventStore, {
          readStream: (name: string, readOptions?: Parameters<EventStore['readStream']>[1]) => {
            counted.reads += 1;
            return store.readStream(name, readOptions);
          },
        });
        const long = freshStream();
        for (let batch = 0; batch < 3; batch += 1) {
          const events = Array.from({ length: 100 }, (_, index) =>
            newEvent('Issued', { n: batch * 100 + index }),
          );
          await store.append(long, events, batch === 0 ? 'no_stream' : batch * 100 - 1);
        }
        const one = freshStream();
        await store.append(one, [newEvent('Issued')], 'no_stream');

        expect(await lastRevisionOf(counting, freshStream())).toBeNull();
        expect(await lastRevisionOf(counting, one)).toBe(0);
        counted.reads = 0;
        expect(await lastRevisionOf(counting, long)).toBe(299);
        expect(counted.reads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(300)) + 2);
        const tail = await readStreamTail(store, long, 200);
        expect(tail.map((event) => event.revision)).toEqual(
          Array.from({ length: 200 }, (_, index) => 100 + index),
        );
        expect((await readStreamTail(store, one, 200)).map((event) => event.revision)).toEqual([0]);
        expect(await readStreamTail(store, freshStream(), 200)).toEqual([]);
      });

      it('reads events back in the order they were appended, with revisions counting from 0', async () => {
        const stream = freshStream();
        await store.append(stream, [newEvent('Received'), newEvent('Assigned')], 'no_stream');
        await store.append(stream, [newEvent('Answered')], 1);

        const events = await store.readStream(stream);

        expect(events.map((event) => [event.type, event.revision, event.stream])).toEqual([
          ['Received', 0, stream],
          ['Assigned', 1, stream],
          ['Answered', 2, stream],
        ]);
        expect(events[0].position).toBeLessThan(events[1].position);
        expect(events[1].position).toBeLessThan(events[2].position);
      });

      it('answers an append with the last revision of the batch and its global position', async () => {
        const stream = freshStream();
        const result = await store.append(stream, newEvents(3), 'no_stream');

        const events = await store.readStream(stream);
        expect(result).toEqual({
          nextExpectedRevision: 2,
          position: events[2].position,
          alreadyAppended: false,
        });
        expect(await store.headPosition()).toBe(result.position);
      });

      it('reads a stream that does not exist as empty', async () => {
        expect(await store.readStream(freshStream())).toEqual([]);
      });

      it('pages through a stream with fromRevision and maxCount', async () => {
        const stream = freshStream();
        await store.append(stream, newEvents(5), 'no_stream');

        const page = await store.readStream(stream, { fromRevision: 1, maxCount: 2 });

        expect(page.map((event) => event.revision)).toEqual([1, 2]);
        expect(await store.readStream(stream, { fromRevision: 5 })).toEqual([]);
      });

      it('keeps id, type, schema version and data exactly as written', async () => {
        const stream = freshStream();
        const data = {
          radicado: 'PQRS-2025-000123',
          subject: 'Reclamo por cobro no reconocido — atención ñandú',
          amounts: [1, 2.5, -3, 0],
          nested: { flag: true, nothing: null, list: [{ a: 1 }] },
        };
        const event = { ...newEvent('Received', data), schemaVersion: 3 };
        await store.append(stream, [event], 'no_stream');

        const [recorded] = await store.readStream(stream);

        expect(recorded.id).toBe(event.id);
        expect(recorded.type).toBe('Received');
        expect(recorded.schemaVersion).toBe(3);
        expect(recorded.data).toEqual(data);
      });

      it('refuses an empty batch', async () => {
        await expect(store.append(freshStream(), [], 'any')).rejects.toThrow(/at least one event/);
      });
    });

    describe('the global log', () => {
      it('holds the events of every stream in the order they were appended', async () => {
        const before = await store.headPosition();
        const caseA = freshStream('pqrs');
        const caseB = freshStream('affiliation');
        const first = newEvent('Received');
        const second = newEvent('Requested');
        const third = newEvent('Assigned');
        await store.append(caseA, [first], 'no_stream');
        await store.append(caseB, [second], 'no_stream');
        await store.append(caseA, [third], 0);

        const ours = (await readEverythingAfter(store, before)).filter(
          (event) => event.stream === caseA || event.stream === caseB,
        );

        expect(ours.map((event) => event.id)).toEqual([first.id, second.id, third.id]);
        expect(ours.map((event) => event.stream)).toEqual([caseA, caseB, caseA]);
      });

      it('reads after a position (exclusive), at most maxCount events', async () => {
        const stream = freshStream();
        await store.append(stream, newEvents(5), 'no_stream');
        const events = await store.readStream(stream);

        const page = await store.readAll(events[1].position, 2);

        expect(page.map((event) => event.id)).toEqual([events[2].id, events[3].id]);
        expect(await store.readAll(events[4].position, 0)).toEqual([]);
      });

      it('reads from the start when after is null', async () => {
        const stream = freshStream();
        await store.append(stream, newEvents(1), 'no_stream');

        const [first] = await store.readAll(null, 1);

        expect(first).toBeDefined();
        expect(first.position).toBeLessThanOrEqual((await store.readStream(stream))[0].position);
      });

      it('lists every stream name once', async () => {
        const streams = [freshStream(), freshStream(), freshStream()];
        for (const stream of streams) await store.append(stream, newEvents(2), 'no_stream');

        const names: string[] = [];
        for await (const name of store.streamNames()) names.push(name);

        for (const stream of streams) expect(names.filter((name) => name === stream)).toHaveLength(1);
      });

      it('lists each stream with the revision and hash of its last event, for the audit to cross-check', async () => {
        const stream = freshStream();
        await store.append(stream, newEvents(2), 'no_stream');
        await store.append(stream, newEvents(1), 1);
        const last = (await store.readStream(stream)).at(-1)!;

        const heads = [];
        for await (const head of store.streamHeads()) heads.push(head);

        expect(heads.filter((head) => head.stream === stream)).toEqual([
          { stream, revision: 2, lastHash: last.metadata.hash },
        ]);
      });
    });

    describe('expected revision', () => {
      it('no_stream creates a stream, and is refused once the stream exists', async () => {
        const stream = freshStream();
        await store.append(stream, [newEvent('Received')], 'no_stream');

        const refused = store.append(stream, [newEvent('Received')], 'no_stream');

        await expect(refused).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(refused).rejects.toMatchObject({ stream, expected: 'no_stream', actual: 0 });
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('stream_exists is refused on a missing stream and accepted on an existing one', async () => {
        const stream = freshStream();

        await expect(store.append(stream, [newEvent('Noted')], 'stream_exists')).rejects.toMatchObject({
          name: 'WrongExpectedRevisionError',
          actual: 'no_stream',
        });
        expect(await store.readStream(stream)).toEqual([]);

        await store.append(stream, [newEvent('Received')], 'no_stream');
        const result = await store.append(stream, [newEvent('Noted')], 'stream_exists');
        expect(result.nextExpectedRevision).toBe(1);
      });

      it('any appends whether or not the stream exists', async () => {
        const stream = freshStream();
        expect((await store.append(stream, [newEvent('Received')], 'any')).nextExpectedRevision).toBe(0);
        expect((await store.append(stream, [newEvent('Noted')], 'any')).nextExpectedRevision).toBe(1);
      });

      it('an exact revision appends when it is the revision of the last event', async () => {
        const stream = freshStream();
        const created = await store.append(stream, newEvents(2), 'no_stream');

        const result = await store.append(stream, newEvents(1), created.nextExpectedRevision);

        expect(result.nextExpectedRevision).toBe(2);
      });

      it('a stale or future revision is refused, naming the actual one, and nothing of the batch is written', async () => {
        const stream = freshStream();
        await store.append(stream, newEvents(3), 'no_stream');

        for (const wrongRevision of [1, 3, 10]) {
          await expect(store.append(stream, newEvents(2), wrongRevision)).rejects.toMatchObject({
            name: 'WrongExpectedRevisionError',
            stream,
            expected: wrongRevision,
            actual: 2,
          });
        }
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('an exact revision on a missing stream is refused', async () => {
        const stream = freshStream();
        await expect(store.append(stream, newEvents(1), 0)).rejects.toMatchObject({ actual: 'no_stream' });
        expect(await store.readStream(stream)).toEqual([]);
      });
    });

    describe('concurrent writers', () => {
      it('of two writers at the same revision one wins whole and the other is refused, writing nothing', async () => {
        const stream = freshStream();
        await store.append(stream, [newEvent('Received')], 'no_stream');
        const batchA = [newEvent('Assigned', { writer: 'A' }), newEvent('Noted', { writer: 'A' })];
        const batchB = [newEvent('Assigned', { writer: 'B' }), newEvent('Noted', { writer: 'B' })];

        const outcomes = await Promise.allSettled([
          store.append(stream, batchA, 0),
          store.append(stream, batchB, 0),
        ]);

        const fulfilled = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const rejected = outcomes.filter((outcome) => outcome.status === 'rejected');
        expect(fulfilled).toHaveLength(1);
        expect(rejected).toHaveLength(1);
        expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
        const winner = outcomes[0].status === 'fulfilled' ? batchA : batchB;
        const events = await store.readStream(stream);
        expect(events.map((event) => event.id)).toEqual([events[0].id, winner[0].id, winner[1].id]);
      });

      it('of two writers creating the same stream one wins and the other is refused', async () => {
        const stream = freshStream();
        const outcomes = await Promise.allSettled([
          store.append(stream, newEvents(2), 'no_stream'),
          store.append(stream, newEvents(2), 'no_stream'),
        ]);

        expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('many concurrent appends across streams all land, and a conflicting one is refused alone', async () => {
        const streams = Array.from({ length: 40 }, () => freshStream());
        const conflicted = freshStream();
        await store.append(conflicted, newEvents(1), 'no_stream');

        const outcomes = await Promise.allSettled([
          ...streams.map((stream) => store.append(stream, newEvents(2), 'no_stream')),
          store.append(conflicted, newEvents(1), 'no_stream'),
          store.append(conflicted, newEvents(1), 0),
        ]);

        const statuses = outcomes.map((outcome) => outcome.status);
        expect(statuses.slice(0, streams.length).every((status) => status === 'fulfilled')).toBe(true);
        expect(statuses.slice(streams.length)).toEqual(['rejected', 'fulfilled']);
        for (const stream of streams) expect(await store.readStream(stream)).toHaveLength(2);
        expect(await store.readStream(conflicted)).toHaveLength(2);
      });
    });

    describe('a batch decided on an append still pending (after)', () => {
      it('lands after it when it wrote, the two pipelined without waiting in between', async () => {
        const stream = freshStream();
        const first = newEvents(1, 'Issued');
        const second = newEvents(1, 'Issued');
        const pending = store.append(stream, first, 'no_stream');
        const onTop = store.append(stream, second, 0, { after: pending });

        expect((await pending).nextExpectedRevision).toBe(0);
        expect((await onTop).nextExpectedRevision).toBe(1);
        expect((await store.readStream(stream)).map((event) => event.id)).toEqual([
          first[0].id,
          second[0].id,
        ]);
      });

      it('is refused, writing nothing, when the one it was decided on did not write — even at a revision that now matches', async () => {
        const stream = freshStream();
        await store.append(stream, newEvents(1, 'Received'), 'no_stream');
        // Decided on a state with one more event, which the store refuses (its expected revision is wrong)…
        const refused = store.append(stream, newEvents(1, 'Assigned'), 5);
        // …so this batch, expecting the revision the stream does have, stands on a state that never held.
        const onTop = store.append(stream, newEvents(1, 'Answered'), 0, { after: refused });

        const [first, second] = await Promise.allSettled([refused, onTop]);
        expect(first.status).toBe('rejected');
        expect(second.status).toBe('rejected');
        expect((second as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect((second as PromiseRejectedResult).reason).toMatchObject({ actual: 0 });
        expect((await store.readStream(stream)).map((event) => event.type)).toEqual(['Received']);
      });

      it('lands on an append that settled long before, as on any other', async () => {
        const stream = freshStream();
        const settled = store.append(stream, newEvents(1), 'no_stream');
        await settled;
        await store.append(stream, newEvents(1), 0);
        await expect(store.append(stream, newEvents(1), 1, { after: settled })).resolves.toMatchObject({
          nextExpectedRevision: 2,
        });
      });
    });

    describe('idempotent retries', () => {
      it('a retried batch returns the first result with alreadyAppended and writes nothing', async () => {
        const stream = freshStream();
        const batch = newEvents(2);
        const first = await store.append(stream, batch, 'no_stream');
        const head = await store.headPosition();

        const retry = await store.append(stream, batch, 'no_stream');

        expect(retry).toEqual({ ...first, alreadyAppended: true });
        expect(await store.readStream(stream)).toHaveLength(2);
        expect(await store.headPosition()).toBe(head);
      });

      it('a retry is recognised even after the stream moved on, whatever revision it expects', async () => {
        const stream = freshStream();
        const batch = newEvents(1);
        const first = await store.append(stream, batch, 'no_stream');
        await store.append(stream, newEvents(2), 0);

        const retry = await store.append(stream, batch, 0);

        expect(retry).toEqual({
          nextExpectedRevision: first.nextExpectedRevision,
          position: first.position,
          alreadyAppended: true,
        });
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('concurrent copies of the same command write it once', async () => {
        const stream = freshStream();
        const batch = newEvents(2);

        const results = await Promise.all([
          store.append(stream, batch, 'no_stream'),
          store.append(stream, batch, 'no_stream'),
        ]);

        expect(results.map((result) => result.alreadyAppended).sort()).toEqual([false, true]);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('a batch that repeats only some stored ids is refused and writes nothing', async () => {
        const stream = freshStream();
        const [stored] = newEvents(1);
        await store.append(stream, [stored], 'no_stream');

        await expect(store.append(stream, [stored, newEvent('Noted')], 'any')).rejects.toThrow(
          /Partial retry/,
        );
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      if (options.uniqueEventIdsAcrossStreams ?? true) {
        it('an event id already stored in another stream is refused', async () => {
          const event = newEvent('Received');
          await store.append(freshStream(), [event], 'no_stream');
          const other = freshStream();

          await expect(store.append(other, [event], 'no_stream')).rejects.toThrow(/already stored in stream/);
          expect(await store.readStream(other)).toEqual([]);
        });
      } else {
        // The adapter's stated limit (KurrentDB indexes ids per stream): pinned, so it cannot change unseen.
        it('an event id already stored in another stream is written there, not taken for a retry (ids are unique per stream only)', async () => {
          const event = newEvent('Received');
          const first = freshStream();
          await store.append(first, [event], 'no_stream');
          const other = freshStream();

          const result = await store.append(other, [event], 'no_stream');

          expect(result.alreadyAppended).toBe(false);
          expect((await store.readStream(other)).map((recorded) => recorded.id)).toEqual([event.id]);
          expect((await store.append(first, [event], 'no_stream')).alreadyAppended).toBe(true);
        });
      }
    });

    describe('metadata and the hash chain', () => {
      it("keeps the writer's metadata and adds recordedAt, previousHash and hash", async () => {
        const stream = freshStream();
        await store.append(stream, [newEvent('Received')], 'no_stream');

        const [recorded] = await store.readStream(stream);

        expect(recorded.metadata).toMatchObject(writerMetadata);
        expect(new Date(recorded.metadata.recordedAt).toISOString()).toBe(recorded.metadata.recordedAt);
        expect(recorded.metadata.previousHash).toBe(GENESIS_HASH);
        expect(recorded.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
      });

      it('chains each event to the previous one of its stream, across batches, with hashes anyone can recompute', async () => {
        const stream = freshStream();
        await store.append(stream, newEvents(2), 'no_stream');
        await store.append(freshStream(), newEvents(1), 'no_stream');
        await store.append(stream, newEvents(2), 1);

        const events = await store.readStream(stream);

        expect(events[0].metadata.previousHash).toBe(GENESIS_HASH);
        for (const [index, event] of events.entries()) {
          expect(event.metadata.hash).toBe(eventHash(event));
          if (index > 0) expect(event.metadata.previousHash).toBe(events[index - 1].metadata.hash);
        }
        expect(new Set(events.map((event) => event.metadata.hash)).size).toBe(events.length);
      });

      it('seals with the current hash scheme, whose hash covers the event id too', async () => {
        const stream = freshStream();
        await store.append(stream, [newEvent('Received')], 'no_stream');

        const [recorded] = await store.readStream(stream);

        expect(recorded.metadata.hashVersion).toBe(CURRENT_HASH_VERSION);
        expect(eventHash({ ...recorded, id: randomUUID() })).not.toBe(recorded.metadata.hash);
      });
    });

    describe('reading a stream as it stood at an instant (recordedUpTo)', () => {
      it('leaves out events recorded after the instant', async () => {
        const stream = freshStream();
        await store.append(stream, [newEvent('Received')], 'no_stream');
        const [received] = await store.readStream(stream);
        // Make sure the next append is recorded at a later instant (millisecond resolution).
        await sleep(5);
        await store.append(stream, [newEvent('Answered')], 0);
        const [, answered] = await store.readStream(stream);
        expect(answered.metadata.recordedAt > received.metadata.recordedAt).toBe(true);

        const asReceived = await store.readStream(stream, { recordedUpTo: received.metadata.recordedAt });
        const beforeAnything = await store.readStream(stream, {
          recordedUpTo: new Date(Date.parse(received.metadata.recordedAt) - 1).toISOString(),
        });
        const asAnswered = await store.readStream(stream, { recordedUpTo: answered.metadata.recordedAt });

        expect(asReceived.map((event) => event.type)).toEqual(['Received']);
        expect(beforeAnything).toEqual([]);
        expect(asAnswered.map((event) => event.type)).toEqual(['Received', 'Answered']);
      });
    });

    describe('following the global log', () => {
      it('delivers existing then new events in order, one at a time, and stops', async () => {
        const stream = freshStream();
        const start = await store.headPosition();
        await store.append(stream, newEvents(3), 'no_stream');
        const received: RecordedEvent[] = [];
        let handlersRunning = 0;
        let overlapped = false;

        const subscription = store.subscribeToAll(start, async (event) => {
          handlersRunning++;
          if (handlersRunning > 1) overlapped = true;
          await sleep(1);
          if (event.stream === stream) received.push(event);
          handlersRunning--;
        });
        await waitUntil(() => received.length === 3);
        await store.append(stream, newEvents(2), 2);
        await waitUntil(() => received.length === 5);
        await subscription.stop();
        await store.append(stream, newEvents(1), 4);
        await sleep(50);

        expect(received.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
        expect(overlapped).toBe(false);
        await expect(subscription.finished).resolves.toBeUndefined();
      });

      it('can be stopped from inside its own handler', async () => {
        const stream = freshStream();
        const start = await store.headPosition();
        await store.append(stream, newEvents(3), 'no_stream');
        const received: RecordedEvent[] = [];

        const subscription = store.subscribeToAll(start, async (event) => {
          received.push(event);
          await subscription.stop();
        });

        await subscription.finished;
        expect(received).toHaveLength(1);
      });

      it('ends when its handler throws, and says why through finished', async () => {
        const stream = freshStream();
        const start = await store.headPosition();
        await store.append(stream, newEvents(2), 'no_stream');
        let calls = 0;

        const subscription = store.subscribeToAll(start, async () => {
          calls++;
          throw new Error('projection failed');
        });

        await expect(subscription.finished).rejects.toThrow('projection failed');
        expect(calls).toBe(1);
        await subscription.stop();
      });

      it('signals each acknowledged append to onAppended listeners until they unsubscribe', async () => {
        const signalled: GlobalPosition[] = [];
        const unsubscribe = store.onAppended((position) => signalled.push(position));
        const stream = freshStream();

        const first = await store.append(stream, newEvents(2), 'no_stream');
        await waitUntil(() => signalled.some((position) => position >= first.position));
        unsubscribe();
        const countAfterUnsubscribe = signalled.length;
        await store.append(stream, newEvents(1), 1);
        await sleep(20);

        expect(signalled.length).toBe(countAfterUnsubscribe);
      });
    });

    describe('durability', () => {
      it('keeps events, revisions and the hash chain across a reopen', async () => {
        if (opened.reopen === undefined) {
          console.info(`${adapterName}: no reopen given, durability across a reopen not checked`);
          return;
        }
        const stream = freshStream();
        await store.append(stream, newEvents(2), 'no_stream');
        const before = await store.readStream(stream);

        store = await opened.reopen();
        await store.append(stream, newEvents(1), 1);
        const after = await store.readStream(stream);

        expect(after.slice(0, 2)).toEqual(before);
        expect(after[2].metadata.previousHash).toBe(before[1].metadata.hash);
        expect(after[2].metadata.hash).toBe(eventHash(after[2]));
        await expect(store.append(stream, newEvents(1), 1)).rejects.toBeInstanceOf(
          WrongExpectedRevisionError,
        );
      });
    });
  });
}
