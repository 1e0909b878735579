// The live projection runner's catch-up, alone: every read model of the application caught up from
// empty by the runner the server starts (not a rebuild), on a log seeded once with a year of synthetic
// cases. `node dist/bench/projection-catch-up.js DIR [CASES] [RUNS]` seeds DIR if it holds no log yet,
// then, RUNS times, removes the read models and times the runner until every projection reached the
// head, nobody waiting for any of them (as at a server's start).
import { existsSync, rmSync } from 'node:fs';
import { eventStoreFile } from '../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../src/engine/projections/projection-runner.js';
import { readModelStoreFile } from '../src/engine/read-models/sqlite/paths.js';
import { SqliteReadModelStore } from '../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { APPLICATION_PROJECTIONS } from '../src/features/read-models.js';
import { seedYearOfCases } from './seeded-data-dir.js';
import { median } from './statistics.js';

async function timeCatchUp(dataDir: string): Promise<{ events: number; catchUpMs: number }> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(readModelStoreFile(dataDir) + suffix, { force: true });
  const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  const readModels = await SqliteReadModelStore.open({ dataDir });
  try {
    const head = (await eventStore.headPosition()) ?? 0;
    const behind = new Set(APPLICATION_PROJECTIONS.map((projection) => projection.name));
    let caughtUp!: () => void;
    const allCaughtUp = new Promise<void>((resolve) => (caughtUp = resolve));
    const runner = new ProjectionRunner(eventStore, readModels, APPLICATION_PROJECTIONS, {
      onBatchCommitted: (projection, checkpoint) => {
        if (checkpoint >= head) behind.delete(projection);
        if (behind.size === 0) caughtUp();
      },
    });
    const startedAt = performance.now();
    await runner.start();
    await allCaughtUp;
    const catchUpMs = performance.now() - startedAt;
    await runner.stop();
    return { events: head, catchUpMs };
  } finally {
    await readModels.close();
    await eventStore.close();
  }
}

async function main(): Promise<void> {
  const [dataDir, casesArgument, runsArgument] = process.argv.slice(2);
  if (dataDir === undefined) throw new Error('usage: projection-catch-up.js DIR [CASES] [RUNS]');
  if (!existsSync(eventStoreFile(dataDir))) {
    const seeded = await seedYearOfCases(dataDir, Number(casesArgument ?? 10_000));
    process.stdout.write(`seeded ${seeded.events} events\n`);
  }
  const durations: number[] = [];
  for (let run = 0; run < Number(runsArgument ?? 1); run++) {
    const { events, catchUpMs } = await timeCatchUp(dataDir);
    durations.push(catchUpMs);
    process.stdout.write(`caught up ${events} events in ${(catchUpMs / 1000).toFixed(2)} s\n`);
  }
  process.stdout.write(`median ${(median(durations) / 1000).toFixed(2)} s\n`);
}

await main();
