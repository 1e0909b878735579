// The live projection runner's catch-up, alone: every read model of the application caught up from
// empty by the runner the server starts (not a rebuild), on a log seeded once with a year of synthetic
// cases. `node dist/bench/projection-catch-up.js DIR [CASES] [RUNS] [BATCH]` seeds DIR if it holds no log
// yet, then, RUNS times, removes the read models and times the runner (batches of BATCH events, the
// runner's default if none) until every projection reached the head, nobody waiting for any of them (as
// at a server's start). It counts the read-model transactions too, and how long the event loop was held
// (what a request arriving during the catch-up would wait).
import { existsSync, rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { eventStoreFile } from '../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../src/engine/projections/projection-runner.js';
import type { ReadModelStore, ReadModelTransaction } from '../src/engine/read-models/read-model-store.js';
import { readModelStoreFile } from '../src/engine/read-models/sqlite/paths.js';
import { SqliteReadModelStore } from '../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { APPLICATION_PROJECTIONS } from '../src/features/read-models.js';
import { seedYearOfCases } from './seeded-data-dir.js';
import { median } from './statistics.js';

async function timeCatchUp(
  dataDir: string,
  batchSize: number | undefined,
): Promise<{
  events: number;
  catchUpMs: number;
  transactions: number;
  loopDelayMs: { p99: number; max: number };
}> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(readModelStoreFile(dataDir) + suffix, { force: true });
  const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  const readModels = await SqliteReadModelStore.open({ dataDir });
  try {
    const head = (await eventStore.headPosition()) ?? 0;
    const behind = new Set(APPLICATION_PROJECTIONS.map((projection) => projection.name));
    let caughtUp!: () => void;
    const allCaughtUp = new Promise<void>((resolve) => (caughtUp = resolve));
    let transactions = 0;
    const counting = Object.create(readModels, {
      transaction: {
        value: <T>(work: (tx: ReadModelTransaction) => Promise<T>): Promise<T> => {
          transactions++;
          return readModels.transaction(work);
        },
      },
    }) as ReadModelStore;
    const runner = new ProjectionRunner(eventStore, counting, APPLICATION_PROJECTIONS, {
      ...(batchSize === undefined ? {} : { batchSize }),
      onBatchCommitted: (projection, checkpoint) => {
        if (checkpoint >= head) behind.delete(projection);
        if (behind.size === 0) caughtUp();
      },
    });
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    const startedAt = performance.now();
    loopDelay.enable();
    await runner.start();
    await allCaughtUp;
    const catchUpMs = performance.now() - startedAt;
    loopDelay.disable();
    await runner.stop();
    return {
      events: head,
      catchUpMs,
      transactions,
      loopDelayMs: { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
    };
  } finally {
    await readModels.close();
    await eventStore.close();
  }
}

async function main(): Promise<void> {
  const [dataDir, casesArgument, runsArgument, batchArgument] = process.argv.slice(2);
  if (dataDir === undefined) throw new Error('usage: projection-catch-up.js DIR [CASES] [RUNS] [BATCH]');
  if (!existsSync(eventStoreFile(dataDir))) {
    const seeded = await seedYearOfCases(dataDir, Number(casesArgument ?? 10_000));
    process.stdout.write(`seeded ${seeded.events} events\n`);
  }
  const durations: number[] = [];
  for (let run = 0; run < Number(runsArgument ?? 1); run++) {
    const batchSize = batchArgument === undefined ? undefined : Number(batchArgument);
    const { events, catchUpMs, transactions, loopDelayMs } = await timeCatchUp(dataDir, batchSize);
    durations.push(catchUpMs);
    process.stdout.write(
      `caught up ${events} events in ${(catchUpMs / 1000).toFixed(2)} s, ${transactions} transactions, ` +
        `event loop held p99 ${loopDelayMs.p99.toFixed(0)} ms, max ${loopDelayMs.max.toFixed(0)} ms\n`,
    );
  }
  process.stdout.write(`median ${(median(durations) / 1000).toFixed(2)} s\n`);
}

await main();
