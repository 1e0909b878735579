// The projection runner: catching up without sleeping, waking on the append signal, committing each
// batch with its checkpoint or not at all, isolating and dead-lettering an event that keeps failing,
// and going on from a checkpoint a rebuild moved.
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { casesProjection } from '../../src/features/pqrs/read-models/cases-projection.js';
import { pqrsIndicatorDaysProjection } from '../../src/features/indicators/read-models/pqrs-indicator-days.js';
import type { ProjectionLogger } from '../../src/engine/projections/projection-batch.js';
import {
  deadLetterCollectionOf,
  type DeadLetter,
  type Projection,
} from '../../src/engine/projections/projection.js';
import {
  ProjectionRunner,
  ProjectionWaitTimeoutError,
  type ProjectionRunnerOptions,
} from '../../src/engine/projections/projection-runner.js';
import type {
  ReadModelDocument,
  ReadModelStore,
  ReadModelTransaction,
} from '../../src/engine/read-models/read-model-store.js';
import { rebuildProjection } from '../../src/engine/projections/rebuild.js';
import {
  dumpCollection,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';
import { appendSyntheticLog, syntheticPqrsLog } from './fixtures/synthetic-pqrs-log.js';
import { InMemoryEventStore } from './in-memory-event-store.js';

interface Tally extends ReadModelDocument {
  readonly events: number;
  readonly positions: readonly number[];
}

/**
 * Counts every event it applies, with no idempotency guard on purpose: if the runner ever applied an
 * event twice, or lost one, the tally would show it.
 */
function tallyProjection(
  options: { failOn?: (event: RecordedEvent, attempt: number) => boolean } = {},
): Projection {
  const attempts = new Map<string, number>();
  return {
    name: 'tally',
    version: 1,
    categories: ['pqrs-'],
    collections: ['tally'],
    async apply(event, tx) {
      const current = await tx.get<Tally>('tally', 'all');
      await tx.put('tally', {
        id: 'all',
        events: (current?.events ?? 0) + 1,
        positions: [...(current?.positions ?? []), event.position],
      });
      const attempt = (attempts.get(event.id) ?? 0) + 1;
      attempts.set(event.id, attempt);
      // Fails after writing, so a failure that leaked its writes would show in the tally.
      if (options.failOn?.(event, attempt))
        throw new Error(`apply failed on ${event.type} at ${event.position}`);
    },
  };
}

const quietLogger = (): ProjectionLogger & { errors: string[]; warnings: string[] } => {
  const errors: string[] = [];
  const warnings: string[] = [];
  return {
    errors,
    warnings,
    log: () => undefined,
    warn: (message) => warnings.push(message),
    error: (message) => errors.push(message),
  };
};

let eventStore: InMemoryEventStore;
let readModels: TemporaryReadModels;
let runner: ProjectionRunner | null = null;

function startRunner(
  projections: readonly Projection[],
  options: ProjectionRunnerOptions = {},
  store: ReadModelStore = readModels.store,
): ProjectionRunner {
  runner = new ProjectionRunner(eventStore, store, projections, { logger: quietLogger(), ...options });
  void runner.start();
  return runner;
}

beforeEach(async () => {
  // Positions 1000, 1007, 1014...: gaps, so nothing may rely on +1.
  eventStore = new InMemoryEventStore({ firstPosition: 1000, positionStep: 7 });
  readModels = await temporaryReadModels();
});

afterEach(async () => {
  await runner?.stop();
  runner = null;
  await readModels.cleanup();
});

const log = syntheticPqrsLog(300);
const eventCount = log.length;

it('catches up with the log, batch after batch without sleeping, and reports no lag', async () => {
  await appendSyntheticLog(eventStore, log);
  const head = (await eventStore.headPosition())!;
  const started = Date.now();
  // Idle sleeps would last a minute: catching up fast proves it never sleeps while behind.
  const running = startRunner([casesProjection, pqrsIndicatorDaysProjection, tallyProjection()], {
    batchSize: 50,
    idleBackoffMs: { initial: 60_000, max: 60_000 },
  });
  await running.waitForPosition(head, 5_000);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(await readModels.store.count('cases', {})).toBe(300);
  expect((await readModels.store.get<Tally>('tally', 'all'))?.events).toBe(eventCount);
  const status = await running.status();
  expect(
    status.map(({ projection, checkpoint, lag, deadLetters }) => ({
      projection,
      checkpoint,
      lag,
      deadLetters,
    })),
  ).toEqual([
    { projection: 'cases', checkpoint: head, lag: 0, deadLetters: 0 },
    { projection: 'indicatorPqrs', checkpoint: head, lag: 0, deadLetters: 0 },
    { projection: 'tally', checkpoint: head, lag: 0, deadLetters: 0 },
  ]);
});

it('wakes on the append signal when idle', async () => {
  const running = startRunner([casesProjection], { idleBackoffMs: { initial: 60_000, max: 60_000 } });
  await appendSyntheticLog(eventStore, log.slice(0, 5));
  await running.waitForPosition((await eventStore.headPosition())!, 2_000);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const readsWhileIdle = eventStore.readAllCalls;
  await appendSyntheticLog(eventStore, log.slice(5, 6));
  await running.waitForPosition((await eventStore.headPosition())!, 500);
  expect(eventStore.readAllCalls - readsWhileIdle).toBeLessThanOrEqual(2);
});

it('finds appends made elsewhere (no signal) with its fallback timer', async () => {
  const running = startRunner([casesProjection], { idleBackoffMs: { initial: 10, max: 50 } });
  eventStore.signalAppends = false;
  await appendSyntheticLog(eventStore, log.slice(0, 20));
  await running.waitForPosition((await eventStore.headPosition())!, 2_000);
  expect(await readModels.store.count('cases', {})).toBeGreaterThan(0);
});

it('rejects waitForPosition after the timeout, naming the checkpoints', async () => {
  const running = startRunner([casesProjection]);
  await expect(running.waitForPosition(10_000_000, 50)).rejects.toBeInstanceOf(ProjectionWaitTimeoutError);
});

it('commits a batch with its checkpoint or not at all', async () => {
  await appendSyntheticLog(eventStore, log.slice(0, 40));
  const head = (await eventStore.headPosition())!;
  const logger = quietLogger();
  const seenAfterFailure: { tally: unknown; checkpoint: unknown }[] = [];
  // A store whose first checkpoint write fails, as a full disk would fail the commit.
  let checkpointFailures = 1;
  const failingStore: ReadModelStore = Object.create(readModels.store, {
    transaction: {
      value: <T>(work: (tx: ReadModelTransaction) => Promise<T>) =>
        readModels.store.transaction((tx) =>
          work(
            Object.create(tx, {
              setCheckpoint: {
                value: async (projection: string, position: number) => {
                  if (checkpointFailures-- > 0) throw new Error('disk full');
                  return tx.setCheckpoint(projection, position);
                },
              },
            }) as ReadModelTransaction,
          ),
        ),
    },
  }) as ReadModelStore;
  logger.error = (message) => {
    logger.errors.push(message);
    // Right after the failed commit: nothing of the batch is visible, the checkpoint did not move.
    void Promise.all([readModels.store.get('tally', 'all'), readModels.store.getCheckpoint('tally')]).then(
      ([tally, checkpoint]) => seenAfterFailure.push({ tally, checkpoint }),
    );
  };
  const running = startRunner(
    [tallyProjection()],
    { batchSize: 1_000, logger, idleBackoffMs: { initial: 10, max: 100 } },
    failingStore,
  );
  await running.waitForPosition(head, 3_000);
  expect(logger.errors).toHaveLength(1);
  expect(seenAfterFailure).toEqual([{ tally: null, checkpoint: null }]);
  const tally = await readModels.store.get<Tally>('tally', 'all');
  expect(tally?.events).toBe(40);
  expect(new Set(tally?.positions).size).toBe(40);
});

it('retries an event that failed once, applying every event exactly once', async () => {
  await appendSyntheticLog(eventStore, log.slice(0, 60));
  const head = (await eventStore.headPosition())!;
  const failingPosition = eventStore.all()[30].position;
  const logger = quietLogger();
  const running = startRunner(
    [tallyProjection({ failOn: (event, attempt) => event.position === failingPosition && attempt === 1 })],
    { batchSize: 100, logger },
  );
  await running.waitForPosition(head, 3_000);
  const tally = await readModels.store.get<Tally>('tally', 'all');
  expect(tally?.positions).toEqual(
    eventStore
      .all()
      .slice(0, 60)
      .map((event) => event.position),
  );
  expect(logger.warnings).toHaveLength(1);
  expect(await readModels.store.count(deadLetterCollectionOf('tally'), {})).toBe(0);
});

it('dead-letters an event that keeps failing, reports it and goes on', async () => {
  await appendSyntheticLog(eventStore, log.slice(0, 60));
  const head = (await eventStore.headPosition())!;
  const poison = eventStore.all()[25];
  const reported: DeadLetter[] = [];
  const logger = quietLogger();
  const running = startRunner([tallyProjection({ failOn: (event) => event.id === poison.id })], {
    batchSize: 100,
    logger,
    onDeadLetter: (deadLetter) => reported.push(deadLetter),
  });
  await running.waitForPosition(head, 3_000);
  const tally = await readModels.store.get<Tally>('tally', 'all');
  expect(tally?.events).toBe(59);
  expect(tally?.positions).not.toContain(poison.position);
  const [deadLetter] = await readModels.store.find<DeadLetter>(deadLetterCollectionOf('tally'), {});
  expect(deadLetter).toMatchObject({
    projection: 'tally',
    position: poison.position,
    eventId: poison.id,
    eventType: poison.type,
    attempts: 3,
    error: `Error: apply failed on ${poison.type} at ${poison.position}`,
  });
  expect(reported).toEqual([deadLetter]);
  expect(logger.warnings).toHaveLength(3);
  expect(logger.errors).toEqual([expect.stringContaining('dead-lettered after 3 attempts')]);
  expect((await running.status())[0]).toMatchObject({ deadLetters: 1, lag: 0, checkpoint: head });
});

it('resumes from the stored checkpoint after a restart', async () => {
  await appendSyntheticLog(eventStore, log.slice(0, 100));
  let running = startRunner([tallyProjection()], { batchSize: 30 });
  await running.waitForPosition((await eventStore.headPosition())!, 3_000);
  await running.stop();
  await appendSyntheticLog(eventStore, log.slice(100, 150));
  running = startRunner([tallyProjection()], { batchSize: 30 });
  await running.waitForPosition((await eventStore.headPosition())!, 3_000);
  const tally = await readModels.store.get<Tally>('tally', 'all');
  expect(tally?.positions).toEqual(eventStore.all().map((event) => event.position));
});

it('goes on from the checkpoint a rebuild swapped in under it', async () => {
  await appendSyntheticLog(eventStore, log.slice(0, 100));
  const logger = quietLogger();
  const running = startRunner([casesProjection], {
    batchSize: 25,
    logger,
    idleBackoffMs: { initial: 60_000, max: 60_000 },
  });
  await running.waitForPosition((await eventStore.headPosition())!, 3_000);
  // Appends the idle runner does not hear of; a rebuild then swaps in a read model and checkpoint ahead of it.
  eventStore.signalAppends = false;
  await appendSyntheticLog(eventStore, log.slice(100, 200));
  await rebuildProjection(eventStore, readModels.store, casesProjection, { batchSize: 40 });
  eventStore.signalAppends = true;
  await appendSyntheticLog(eventStore, log.slice(200));
  await running.waitForPosition((await eventStore.headPosition())!, 5_000);
  expect(logger.warnings).toEqual([expect.stringContaining('checkpoint moved')]);

  const reference = await temporaryReadModels();
  try {
    await rebuildProjection(eventStore, reference.store, casesProjection);
    expect(await dumpCollection(readModels.store, 'cases')).toEqual(
      await dumpCollection(reference.store, 'cases'),
    );
  } finally {
    await reference.cleanup();
  }
});

describe('projections nobody is waiting for', () => {
  // A pause no test outlasts: only a wait for the projection (or the runner's stop) can end it.
  const longPause = { deferMs: 60_000, idleBackoffMs: { initial: 60_000, max: 60_000 } };

  it('let appends gather and apply them together once a read waits for them', async () => {
    const batches: number[] = [];
    const running = startRunner([tallyProjection()], {
      ...longPause,
      onBatchCommitted: (_projection, checkpoint) => batches.push(checkpoint),
    });
    // Started on an empty log, it has read it and gone idle; then ten appends, each signalled on its own.
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const event of log.slice(0, 10)) await appendSyntheticLog(eventStore, [event]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readModels.store.getCheckpoint('tally')).toBeNull();

    const head = (await eventStore.headPosition())!;
    await running.waitForPosition(head, 2_000);
    expect(batches).toEqual([head]);
    expect((await readModels.store.get<Tally>('tally', 'all'))?.positions).toEqual(
      eventStore.all().map((event) => event.position),
    );
  });

  it('do not hold back the one a read waits for, and catch up when waited for in turn', async () => {
    const running = startRunner([casesProjection, tallyProjection()], longPause);
    await appendSyntheticLog(eventStore, log.slice(0, 30));
    const head = (await eventStore.headPosition())!;
    await running.waitForPosition(head, 2_000, ['cases']);
    expect(await readModels.store.getCheckpoint('cases')).toBe(head);
    expect(await readModels.store.getCheckpoint('tally')).toBeNull();

    await running.waitForPosition(head, 2_000);
    expect(await readModels.store.getCheckpoint('tally')).toBe(head);
  });

  it('catch up by themselves after the pause', async () => {
    const running = startRunner([casesProjection, tallyProjection()], {
      deferMs: 30,
      idleBackoffMs: { initial: 60_000, max: 60_000 },
    });
    await appendSyntheticLog(eventStore, log.slice(0, 30));
    const head = (await eventStore.headPosition())!;
    await running.waitForPosition(head, 2_000, ['cases']);
    // Nobody waits for the tally: the pause's timer, not a read, brings it up to the head.
    for (let tries = 0; tries < 100 && (await readModels.store.getCheckpoint('tally')) !== head; tries++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readModels.store.getCheckpoint('tally')).toBe(head);
  });

  it('are applied at each append when the pause is 0', async () => {
    const batches: number[] = [];
    startRunner([tallyProjection()], {
      deferMs: 0,
      idleBackoffMs: { initial: 60_000, max: 60_000 },
      onBatchCommitted: (_projection, checkpoint) => batches.push(checkpoint),
    });
    for (const event of log.slice(0, 3)) {
      await appendSyntheticLog(eventStore, [event]);
      const head = (await eventStore.headPosition())!;
      for (let tries = 0; tries < 100 && batches.at(-1) !== head; tries++)
        await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(batches).toEqual(eventStore.all().map((event) => event.position));
  });
});

it('lets the event loop turn between the batches of a catch-up', async () => {
  await appendSyntheticLog(eventStore, log);
  const head = (await eventStore.headPosition())!;
  // Counts the loop's turns while the runner catches up: a server must keep answering meanwhile.
  let turns = 0;
  let caughtUp = false;
  const countTurn = (): void => {
    if (caughtUp) return;
    turns++;
    setImmediate(countTurn);
  };
  setImmediate(countTurn);
  const running = startRunner([tallyProjection()], { batchSize: 25 });
  await running.waitForPosition(head, 10_000);
  caughtUp = true;
  expect(turns).toBeGreaterThanOrEqual(Math.floor(eventCount / 25) - 1);
});
