// Issue 14, target 1: our SqliteEventStore.append alone, in the shape a peer store's bench uses — N new
// streams, then one more event on each with its expected revision, one event per append — on a fresh
// file at the store's own durability (WAL, synchronous=FULL), set against the single-insert ceiling.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { NewEvent } from '../src/engine/eventstore/event-store.js';
import { SqliteEventStore } from '../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { median, perSecond } from './statistics.js';
import { withTemporaryDataDir } from './temporary-data-dir.js';

export interface StoreAppendRun {
  readonly newStreamPerSecond: number;
  readonly expectedRevisionPerSecond: number;
  /** Both phases together: 2N appends over their total time. */
  readonly appendsPerSecond: number;
}

export interface StoreAppendResult {
  readonly medianAppendsPerSecond: number;
  readonly medianNewStreamPerSecond: number;
  readonly medianExpectedRevisionPerSecond: number;
  readonly synchronous: string;
  readonly runs: readonly StoreAppendRun[];
}

export async function measureStoreAppend(streams: number, runs: number): Promise<StoreAppendResult> {
  const results: StoreAppendRun[] = [];
  let synchronous = '';
  for (let run = 0; run < runs; run++) {
    results.push(
      await withTemporaryDataDir('append', async (dataDir) => {
        const store = await SqliteEventStore.open({ file: join(dataDir, 'events.sqlite') });
        try {
          synchronous = store.durabilitySettings().synchronous;
          return await appendLoop(store, streams);
        } finally {
          await store.close();
        }
      }),
    );
  }
  return {
    medianAppendsPerSecond: median(results.map((run) => run.appendsPerSecond)),
    medianNewStreamPerSecond: median(results.map((run) => run.newStreamPerSecond)),
    medianExpectedRevisionPerSecond: median(results.map((run) => run.expectedRevisionPerSecond)),
    synchronous,
    runs: results,
  };
}

async function appendLoop(store: SqliteEventStore, streams: number): Promise<StoreAppendRun> {
  // Events are made before the clock starts, as the ceiling's rows are.
  const names = Array.from({ length: streams }, (_, index) => `bench-${String(index).padStart(7, '0')}`);
  const opened = names.map((_, index) => benchEvent('Opened', index));
  const changed = names.map((_, index) => benchEvent('Changed', index));

  const startedAt = performance.now();
  for (let index = 0; index < streams; index++)
    await store.append(names[index], [opened[index]], 'no_stream');
  const newStreamsDoneAt = performance.now();
  for (let index = 0; index < streams; index++) await store.append(names[index], [changed[index]], 0);
  const doneAt = performance.now();
  return {
    newStreamPerSecond: perSecond(streams, newStreamsDoneAt - startedAt),
    expectedRevisionPerSecond: perSecond(streams, doneAt - newStreamsDoneAt),
    appendsPerSecond: perSecond(2 * streams, doneAt - startedAt),
  };
}

/** An event about the size of a real PQRS event with its metadata. */
function benchEvent(type: string, index: number): NewEvent {
  const occurredAt = new Date(Date.UTC(2026, 2, 2, 15, 0, 0, index)).toISOString();
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data: {
      answer: 'Se expide el certificado solicitado y se envía al correo registrado.',
      answeredAt: occurredAt,
      dueDate: '2026-03-23',
      onTime: true,
      businessDaysTaken: 4,
    },
    metadata: {
      actorId: randomUUID(),
      actorRole: 'AGENT',
      occurredAt,
      correlationId: commandId,
      causationId: commandId,
    },
  };
}
