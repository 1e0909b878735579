// Read-your-writes: a read after a command waits until the read models it reads — and only those — have
// applied what was written; a read model held up elsewhere delays no one who does not read it; reading a
// collection the reader does not declare is refused.
import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { GlobalPosition } from '../../src/engine/eventstore/event-store.js';
import { ReadYourWrites } from '../../src/engine/commands/read-your-writes.js';
import type { Projection } from '../../src/engine/projections/projection.js';
import { ProjectionRunner } from '../../src/engine/projections/projection-runner.js';
import type { ReadModelDocument } from '../../src/engine/read-models/read-model-store.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { InMemoryEventStore } from '../projections/in-memory-event-store.js';

interface Note extends ReadModelDocument {
  readonly text: string;
}

/** Keeps the text of every `note-` event, one document per stream. */
function notesProjection(name: string, hold: () => Promise<void> = async () => undefined): Projection {
  return {
    name,
    version: 1,
    categories: ['note-'],
    collections: [name],
    async apply(event, tx) {
      await hold();
      await tx.put(name, { id: event.stream, text: (event.data as { text: string }).text });
    },
  };
}

const silent = { log: () => undefined, warn: () => undefined, error: () => undefined };

let eventStore: InMemoryEventStore;
let readModels: TemporaryReadModels;
let runner: ProjectionRunner;
let readYourWrites: ReadYourWrites;

async function write(stream: string, text: string): Promise<GlobalPosition> {
  const id = randomUUID();
  const metadata = {
    actorId: 'u',
    actorRole: 'AGENT',
    occurredAt: new Date().toISOString(),
    correlationId: id,
    causationId: id,
  };
  const result = await eventStore.append(
    stream,
    [{ id, type: 'Noted', schemaVersion: 1, data: { text }, metadata }],
    'any',
  );
  return result.position;
}

beforeEach(async () => {
  eventStore = new InMemoryEventStore({ firstPosition: 10, positionStep: 3 });
  readModels = await temporaryReadModels();
  runner = new ProjectionRunner(
    eventStore,
    readModels.store,
    [notesProjection('fastNotes'), notesProjection('slowNotes')],
    { logger: silent },
  );
  await runner.start();
  readYourWrites = new ReadYourWrites(eventStore, readModels.store, runner);
});

afterEach(async () => {
  readYourWrites.onModuleDestroy();
  await runner.stop();
  await readModels.cleanup();
});

it('a read shows the write made just before it, in the read model it reads', async () => {
  const fast = readYourWrites.reader([notesProjection('fastNotes')]);
  await write('note-1', 'primera');
  // No waiting here: the reader waits, before reading, for what the write put in the log.
  expect(await fast.get<Note>('fastNotes', 'note-1')).toMatchObject({ text: 'primera' });
  await write('note-1', 'segunda');
  expect(await fast.get<Note>('fastNotes', 'note-1')).toMatchObject({ text: 'segunda' });
});

it('a read waits for the read models it reads and for no other', async () => {
  const waits = jest.spyOn(runner, 'waitForPosition');
  const position = await write('note-2', 'hola');
  await readYourWrites.reader([notesProjection('fastNotes')]).count('fastNotes', {});
  expect(waits.mock.calls.map(([waitedFor, , names]) => ({ waitedFor, names }))).toEqual([
    { waitedFor: position, names: ['fastNotes'] },
  ]);
});

it('a read model that cannot move (stopped on an error) holds up no read, its own included', async () => {
  // As the runner reports a projection retrying after a storage error: waiting for it could only time out.
  jest.spyOn(runner, 'isFollowing').mockImplementation((names) => !(names ?? []).includes('slowNotes'));
  await write('note-4', 'pendiente');
  const waits = jest.spyOn(runner, 'waitForPosition');
  await readYourWrites.reader([notesProjection('slowNotes')]).count('slowNotes', {});
  expect(waits).not.toHaveBeenCalled();
});

it('nothing waits for a runner that is not following the log', async () => {
  await runner.stop();
  expect(runner.isFollowing(['fastNotes'])).toBe(false);
  await write('note-5', 'sin seguidor');
  expect(await readYourWrites.reader([notesProjection('fastNotes')]).get('fastNotes', 'note-5')).toBeNull();
});

it('a read of a collection the reader does not declare is refused', async () => {
  const fast = readYourWrites.reader([notesProjection('fastNotes')]);
  await expect(fast.find('slowNotes', {})).rejects.toThrow(/slowNotes is not written by fastNotes/);
});

it('a position noted by a command (a retry answered from an earlier write) is waited for too', async () => {
  const position = await write('note-3', 'una vez');
  // Another process wrote it: this one never saw the append signal, only the command's answer.
  const fresh = new ReadYourWrites(new InMemoryEventStore(), readModels.store, runner);
  fresh.noteWritten(position);
  expect(await fresh.reader([notesProjection('fastNotes')]).get<Note>('fastNotes', 'note-3')).toMatchObject({
    text: 'una vez',
  });
  fresh.onModuleDestroy();
});
