// The stand-in's subscriptions to $all behave as the official client's own tests say a server's do. Ported
// from kurrent-io/KurrentDB-Client-NodeJS at 8c95da31a407a3698f64b94708c97706c59debc6 (v1.2.0),
// packages/test/src/streams/subscribeToAll.test.ts: "from start" (l.43), "from end" (l.109) and "from
// position" (l.175). Upstream counts the events whose type does not start with `$`; a fresh server's $all
// also holds the server's own, so every count here is of one test's streams.
import { randomUUID } from 'node:crypto';
import { StandInClient, StandInLog, type StandInSubscription } from '../support/kurrentdb-stand-in.js';

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
