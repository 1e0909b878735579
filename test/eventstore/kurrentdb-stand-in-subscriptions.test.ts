// The stand-in's subscriptions to $all behave as the official client's own tests say a server's do. Ported
// from kurrent-io/KurrentDB-Client-NodeJS at 8c95da31a407a3698f64b94708c97706c59debc6 (v1.2.0),
// packages/test/src/streams/subscribeToAll.test.ts: "should subscribe to $all" "from start" (l.43), "from
// end" (l.109) and "from position" (l.175); "should return a readable stream" "async iterator" (l.253),
// "async iterator with async function" (l.301) and "after the fact event listeners" (l.364), with the
// upstream helpers Defer and delay (packages/test/src/utils/) and the upstream stream and event names.
// Upstream counts the events whose type does not start with `$`; a fresh server's $all also holds the
// server's own, so the first three count only one test's streams. The last three subscribe after a marker
// and count as upstream does: in this file's log, which its tests write one after another, what follows a
// test's marker is that test's own events. Upstream checks caughtUp only against servers >= 23.10; the
// stand-in models it, so it is always checked. Not ported: "pipeline" (l.435), which subscribes with
// subscribeToStream, which the stand-in does not implement.
import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { jsonEvent } from '@kurrent/kurrentdb-client';
import {
  StandInClient,
  StandInLog,
  type StandInResolvedEvent,
  type StandInSubscription,
} from '../support/kurrentdb-stand-in.js';

const log = new StandInLog();
const client = new StandInClient(log);

function jsonTestEvents(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    type: 'test',
    data: { message: 'test', index },
    metadata: {},
  }));
}

interface Watched {
  readonly streams: string[];
  readonly confirmations: () => number;
  readonly caughtUps: () => number;
  readonly ended: Promise<void>;
}

/** Listens as the upstream tests do: data, confirmation, caughtUp; unsubscribes on the `finish` event. */
function watch(subscription: StandInSubscription, ofStreams: readonly string[]): Watched {
  const streams: string[] = [];
  let confirmations = 0;
  let caughtUps = 0;
  subscription.on('confirmation', () => confirmations++);
  subscription.on('caughtUp', () => caughtUps++);
  const ended = new Promise<void>((resolve, reject) => {
    subscription.on('data', ({ event }: { event: { streamId: string; type: string } }) => {
      if (ofStreams.includes(event.streamId)) streams.push(event.streamId);
      if (event.type === 'finish') void subscription.unsubscribe();
    });
    subscription.on('end', resolve);
    subscription.on('error', reject);
  });
  return { streams, confirmations: () => confirmations, caughtUps: () => caughtUps, ended };
}

async function fixture() {
  const streamA = `a-${randomUUID()}`;
  const streamB = `b-${randomUUID()}`;
  await client.appendToStream(streamA, jsonTestEvents(4), { streamState: 'any' });
  await client.appendToStream(streamB, jsonTestEvents(4), { streamState: 'any' });
  return { streamA, streamB };
}

const finish = () => ({ id: randomUUID(), type: 'finish', data: {}, metadata: {} });

// The upstream helpers (packages/test/src/utils/Defer.ts, delay.ts, testEvents.ts `TestEventData`).
class Defer {
  resolve!: () => void;
  reject!: (reason?: string | Error) => void;
  promise: Promise<void>;

  constructor() {
    this.promise = new Promise<void>((resolve, reject) => {
      this.reject = reject;
      this.resolve = resolve;
    });
  }
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface TestEventData {
  message: 'test';
  index: number;
}

const STREAM_NAME_B = 'stream_name_b';

describe('the KurrentDB stand-in, subscribing to $all (the client’s own subscribeToAll tests)', () => {
  it('l.43 from start: every event, confirmation once, caught up once', async () => {
    const { streamA, streamB } = await fixture();
    const watched = watch(client.subscribeToAll({ fromPosition: 'start' }), [streamA, streamB]);
    await client.appendToStream(streamA, [...jsonTestEvents(3), finish()], { streamState: 'any' });
    await watched.ended;
    expect(watched.streams).toHaveLength(12);
    expect(watched.confirmations()).toBe(1);
    expect(watched.caughtUps()).toBe(1);
  });

  it('l.109 from end: only what is appended after', async () => {
    const { streamA, streamB } = await fixture();
    const subscription = client.subscribeToAll({ fromPosition: 'end' });
    const watched = watch(subscription, [streamA, streamB]);
    await new Promise((resolve) => subscription.once('confirmation', resolve));
    await client.appendToStream(streamA, [...jsonTestEvents(3), finish()], { streamState: 'any' });
    await watched.ended;
    expect(watched.streams).toHaveLength(4);
    expect(watched.confirmations()).toBe(1);
    expect(watched.caughtUps()).toBe(1);
  });

  it('l.175 from position: the event at the position is left out (the start is exclusive)', async () => {
    const { streamA, streamB } = await fixture();
    const marker = await client.appendToStream(streamB, jsonTestEvents(1), { streamState: 'any' });
    await client.appendToStream(streamA, jsonTestEvents(3), { streamState: 'any' });
    const watched = watch(client.subscribeToAll({ fromPosition: marker.position }), [streamA, streamB]);
    await client.appendToStream(streamA, [...jsonTestEvents(3), finish()], { streamState: 'any' });
    await watched.ended;
    expect(watched.streams).toHaveLength(7);
    expect(watched.confirmations()).toBe(1);
    expect(watched.caughtUps()).toBe(1);
  });
});

describe('the KurrentDB stand-in, a subscription to $all as a readable stream (the client’s own subscribeToAll tests)', () => {
  it('l.253 async iterator: the events after the marker, appended as the subscription starts', async () => {
    const STREAM_NAME = 'async_iter_sync_fun';
    const FINISH_TEST = 'finish_async_iterator_sync_fun';
    const MARKER_EVENT = 'async_iter_sync_fun_marker';
    const doSomething = jest.fn();
    const doSomethingElse = jest.fn();

    const markerEvent = jsonEvent({ type: MARKER_EVENT, data: { message: 'mark' } });
    const finishEvent = jsonEvent({ type: FINISH_TEST, data: { message: 'lets wrap this up' } });

    const appendResult = await client.appendToStream(STREAM_NAME_B, markerEvent);

    // Not awaited upstream either: the subscription may find the events in its backlog or live.
    void client.appendToStream(STREAM_NAME, [...jsonTestEvents(8), finishEvent]);

    const subscription = client.subscribeToAll({ fromPosition: appendResult.position });

    for await (const event of subscription as AsyncIterable<StandInResolvedEvent>) {
      doSomething(event);

      if (!event.event.type.startsWith('$')) {
        doSomethingElse(event);
      }

      if (event.event.type === FINISH_TEST) {
        break;
      }
    }

    expect(doSomething).toHaveBeenCalled();
    expect(doSomethingElse).toHaveBeenCalledTimes(9);
  });

  it('l.301 async iterator with async function: awaiting in the loop loses no event', async () => {
    const STREAM_NAME = 'async_iter_async_fun';
    const FINISH_TEST = 'finish_async_iterator_async_fun';
    const MARKER_EVENT = 'async_iter_async_fun_marker';
    const doSomething = jest.fn();
    const doSomethingElse = jest.fn();

    const markerEvent = jsonEvent({ type: MARKER_EVENT, data: { message: 'mark' } });
    const finishEvent = jsonEvent({ type: FINISH_TEST, data: { message: 'lets wrap this up' } });

    const appendResult = await client.appendToStream(STREAM_NAME_B, markerEvent);

    const subscription = client.subscribeToAll({ fromPosition: appendResult.position });

    void client.appendToStream(STREAM_NAME, [...jsonTestEvents(99), finishEvent]);

    const readEvents = new Set<number>();

    for await (const event of subscription as AsyncIterable<StandInResolvedEvent>) {
      doSomething(event);

      if (!event.event.type.startsWith('$')) {
        doSomethingElse(event);
      }

      if (event.event.type === 'test') {
        // example of awaiting an async function when iterating over the async iterator
        await delay(10);

        if (event.event.isJson) {
          readEvents.add((event.event.data as TestEventData).index);
        }
      }

      if (event.event.type === FINISH_TEST) {
        break;
      }
    }

    expect(doSomething).toHaveBeenCalled();
    // unique numbers from 0 -> 98
    expect(readEvents.size).toBe(99);
    expect(doSomethingElse).toHaveBeenCalledTimes(100);
  });

  it('l.364 after the fact event listeners: on, once and off, chained after subscribing', async () => {
    const STREAM_NAME = 'after_the_fact';
    const FINISH_TEST = 'finish_after_the_fact';
    const MARKER_EVENT = 'after_the_fact_marker';

    const markerEvent = jsonEvent({ type: MARKER_EVENT, data: { message: 'mark' } });
    const finishEvent = jsonEvent({ type: FINISH_TEST, data: { message: 'lets wrap this up' } });

    const defer = new Defer();

    await client.appendToStream(STREAM_NAME, jsonTestEvents(8));

    const appendResult = await client.appendToStream(STREAM_NAME, markerEvent);

    const eventListenerOne = jest.fn();
    const eventListenerTwo = jest.fn();
    const endListener = jest.fn(defer.resolve);
    const onceListener = jest.fn();
    const offListener = jest.fn();
    const caughtUpListener = jest.fn();

    const subscription = client
      .subscribeToAll({ fromPosition: appendResult.position })
      .on('data', eventListenerOne)
      .on('data', async (event: StandInResolvedEvent) => {
        eventListenerTwo(event);

        if (event.event.type === FINISH_TEST) {
          await delay(500);
          void subscription.unsubscribe();
        }
      })
      .on('data', offListener)
      .once('data', onceListener)
      .on('end', endListener)
      .on('caughtUp', caughtUpListener)
      .off('data', offListener);

    await client.appendToStream(STREAM_NAME, [...jsonTestEvents(5), finishEvent]);

    await defer.promise;

    expect(eventListenerOne).toHaveBeenCalledTimes(6);
    expect(eventListenerTwo).toHaveBeenCalledTimes(6);
    expect(onceListener).toHaveBeenCalledTimes(1);
    expect(endListener).toHaveBeenCalledTimes(1);
    expect(offListener).not.toHaveBeenCalled();
    expect(caughtUpListener).toHaveBeenCalledTimes(1);
  });
});
