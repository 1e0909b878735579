// The stand-in of the KurrentDB client answers a repeated append as the server does. Ported from the
// server's own tests: kurrent-io/KurrentDB at commit 44996ed0576221c14adb8abfdc34cedee3e19362,
// src/KurrentDB.Core.Tests/ClientAPI/appending_to_implicitly_created_stream.cs (the fourteen cases, each
// named by its line there) and src/KurrentDB.Core.Tests/Services/Storage/Idempotency/ (a batch written at
// no_stream, then the same ids again). Notation of the upstream file: `eN` is the N-th event, written one
// per append at expected versions -1, 0, 1, … ("0em1 … 5e4"); a case then appends and reads the stream.
import { randomUUID } from 'node:crypto';
import { WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { StandInClient, StandInLog } from '../support/kurrentdb-stand-in.js';

type StreamState = bigint | 'any' | 'no_stream' | 'stream_exists';

const client = new StandInClient(new StandInLog());

function newEvent(): { id: string; type: string; data: unknown; metadata: unknown } {
  return { id: randomUUID(), type: 'TestEvent', data: { body: 'x' }, metadata: {} };
}

/** `count` events, each appended alone at the stream's last revision (-1 first), as StreamWriter does. */
async function writtenOneByOne(stream: string, count: number) {
  const events = Array.from({ length: count }, newEvent);
  for (const [index, event] of events.entries()) {
    await client.appendToStream(stream, [event], {
      streamState: index === 0 ? 'no_stream' : BigInt(index - 1),
    });
  }
  return events;
}

async function eventIdsOf(stream: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const { event } of client.readStream(stream, { direction: 'forwards', fromRevision: 'start' }))
    ids.push(event.id);
  return ids;
}

async function append(stream: string, events: ReturnType<typeof newEvent>[], streamState: StreamState) {
  return client.appendToStream(stream, events, { streamState });
}

describe('the KurrentDB stand-in, appending the same event ids again (the server’s idempotency rules)', () => {
  describe('six events written one by one (e0 … e5), then e0 again', () => {
    it.each<[string, StreamState]>([
      ['l.47: at no_stream', 'no_stream'],
      ['l.67: at any', 'any'],
    ])('%s: success with e0’s revision, nothing written', async (_case, state) => {
      const stream = `idem-${randomUUID()}`;
      const events = await writtenOneByOne(stream, 6);
      const result = await append(stream, [events[0]!], state);
      expect(result.nextExpectedRevision).toBe(0n);
      await expect(eventIdsOf(stream)).resolves.toHaveLength(6);
    });

    it('l.86: at 5, the last revision: written again (no id is checked at the head)', async () => {
      const stream = `idem-${randomUUID()}`;
      const events = await writtenOneByOne(stream, 6);
      const result = await append(stream, [events[0]!], 5n);
      expect(result.nextExpectedRevision).toBe(6n);
      await expect(eventIdsOf(stream)).resolves.toEqual([...events.map((event) => event.id), events[0]!.id]);
    });

    it.each<[string, bigint]>([
      ['l.105: at 6, past the last revision', 6n],
      ['l.121: at 4, where revision 5 is not e0', 4n],
    ])('%s: wrong expected version', async (_case, state) => {
      const stream = `idem-${randomUUID()}`;
      const events = await writtenOneByOne(stream, 6);
      await expect(append(stream, [events[0]!], state)).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(eventIdsOf(stream)).resolves.toHaveLength(6);
    });
  });

  describe('one event e0, then e0 again', () => {
    it('l.137: at 0, the last revision: written again', async () => {
      const stream = `idem-${randomUUID()}`;
      const [e0] = await writtenOneByOne(stream, 1);
      const result = await append(stream, [e0!], 0n);
      expect(result.nextExpectedRevision).toBe(1n);
      await expect(eventIdsOf(stream)).resolves.toEqual([e0!.id, e0!.id]);
    });

    it.each<[string, StreamState]>([
      ['l.155: at any', 'any'],
      ['l.174: at no_stream', 'no_stream'],
    ])('%s: success, nothing written', async (_case, state) => {
      const stream = `idem-${randomUUID()}`;
      const [e0] = await writtenOneByOne(stream, 1);
      const first = await client.readStream(stream, { direction: 'forwards', fromRevision: 0n });
      let original: { commit: bigint } | undefined;
      for await (const { event } of first) original = event.position;
      const result = await append(stream, [e0!], state);
      expect(result.nextExpectedRevision).toBe(0n);
      expect(result.position?.commit).toBe(original!.commit);
      await expect(eventIdsOf(stream)).resolves.toEqual([e0!.id]);
    });
  });

  it('l.192: three events, e1 at any twice: both succeed with e1’s revision, nothing written', async () => {
    const stream = `idem-${randomUUID()}`;
    const events = await writtenOneByOne(stream, 3);
    await expect(append(stream, [events[1]!], 'any')).resolves.toMatchObject({ nextExpectedRevision: 1n });
    await expect(append(stream, [events[1]!], 'any')).resolves.toMatchObject({ nextExpectedRevision: 1n });
    await expect(eventIdsOf(stream)).resolves.toHaveLength(3);
  });

  describe('a batch [e0, e1] written at no_stream, then part of it again', () => {
    it.each<[string, 0 | 1, StreamState, bigint]>([
      ['l.212: e0 at no_stream', 0, 'no_stream', 0n],
      ['l.229: e0 at any', 0, 'any', 0n],
      ['l.246: e1 at 0', 1, 0n, 1n],
      ['l.263: e1 at any', 1, 'any', 1n],
    ])('%s: success with its own revision, nothing written', async (_case, which, state, revision) => {
      const stream = `idem-${randomUUID()}`;
      const batch = [newEvent(), newEvent()];
      await append(stream, batch, 'no_stream');
      const result = await append(stream, [batch[which]!], state);
      expect(result.nextExpectedRevision).toBe(revision);
      await expect(eventIdsOf(stream)).resolves.toEqual(batch.map((event) => event.id));
    });

    it('l.280: [e0, e1, new] at no_stream: wrong expected version (the batch runs past what is stored)', async () => {
      const stream = `idem-${randomUUID()}`;
      const batch = [newEvent(), newEvent()];
      await append(stream, batch, 'no_stream');
      await expect(append(stream, [...batch, newEvent()], 'no_stream')).rejects.toBeInstanceOf(
        WrongExpectedVersionError,
      );
      await expect(eventIdsOf(stream)).resolves.toEqual(batch.map((event) => event.id));
    });
  });

  describe('Storage/Idempotency: a batch of ten written at no_stream, then', () => {
    async function tenWritten() {
      const stream = `idem-${randomUUID()}`;
      const batch = Array.from({ length: 10 }, newEvent);
      const written = await append(stream, batch, 'no_stream');
      return { stream, batch, written };
    }

    it.each<[string, StreamState]>([
      ['the same ids at no_stream', 'no_stream'],
      ['the same ids at any', 'any'],
    ])('%s: idempotent, with the original revision and position', async (_case, state) => {
      const { stream, batch, written } = await tenWritten();
      const again = await append(stream, batch, state);
      expect(again.nextExpectedRevision).toBe(written.nextExpectedRevision);
      expect(again.position).toEqual(written.position);
      await expect(eventIdsOf(stream)).resolves.toHaveLength(10);
    });

    it('the same ids at 9, the last revision: written again', async () => {
      const { stream, batch } = await tenWritten();
      await expect(append(stream, batch, 9n)).resolves.toMatchObject({ nextExpectedRevision: 19n });
    });

    it('the same ids at 10, past the last revision: wrong expected version', async () => {
      const { stream, batch } = await tenWritten();
      await expect(append(stream, batch, 10n)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    });

    it.each<[string, StreamState]>([
      ['a later id changed, at no_stream (corrupted idempotency)', 'no_stream'],
      ['a later id changed, at any (corrupted idempotency)', 'any'],
    ])('%s: wrong expected version', async (_case, state) => {
      const { stream, batch } = await tenWritten();
      const changed = [...batch.slice(0, 5), newEvent(), ...batch.slice(6)];
      await expect(append(stream, changed, state)).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(eventIdsOf(stream)).resolves.toHaveLength(10);
    });

    it('the first id changed, at no_stream: wrong expected version', async () => {
      const { stream, batch } = await tenWritten();
      await expect(append(stream, [newEvent(), ...batch.slice(1)], 'no_stream')).rejects.toBeInstanceOf(
        WrongExpectedVersionError,
      );
    });

    it('the first id new, at any: written again at the end (only the first id is looked up)', async () => {
      const { stream, batch } = await tenWritten();
      await expect(append(stream, [newEvent(), ...batch.slice(1)], 'any')).resolves.toMatchObject({
        nextExpectedRevision: 19n,
      });
    });
  });
});
