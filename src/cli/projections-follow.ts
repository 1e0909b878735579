// `node dist/src/cli/projections-follow.js [--batch-size N]`: runs the projection runner alone on the
// configured engines (the data directory's SQLite files by default) until SIGINT or SIGTERM, printing one JSON line per committed batch. For a separate
// projection worker, for watching a catch-up, and for the crash test that SIGKILLs it mid-batch.
import { loadConfiguration } from '../config/configuration.js';
import { openStorageEngines } from '../engine/storage-engines.js';
import { APPLICATION_PROJECTIONS } from '../features/read-models.js';
import { ProjectionRunner } from '../engine/projections/projection-runner.js';
import { isRunAsScript } from './run-as-script.js';

/** Follows until `stopped` resolves; the exit code. */
export async function runProjectionsFollow(
  args: readonly string[],
  stopped: Promise<unknown>,
  env: NodeJS.ProcessEnv = process.env,
  writeLine: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  const batchSizeIndex = args.indexOf('--batch-size');
  const batchSize = batchSizeIndex === -1 ? undefined : Number(args[batchSizeIndex + 1]);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    writeLine(JSON.stringify({ error: '--batch-size necesita un entero positivo' }));
    return 1;
  }
  const engines = await openStorageEngines(loadConfiguration(env));
  const eventStore = engines.eventStore.store;
  const readModels = engines.readModels.store;
  const runner = new ProjectionRunner(eventStore, readModels, APPLICATION_PROJECTIONS, {
    ...(batchSize === undefined ? {} : { batchSize }),
    logger: {
      log: (message) => writeLine(JSON.stringify({ log: message })),
      warn: (message) => writeLine(JSON.stringify({ warn: message })),
      error: (message) => writeLine(JSON.stringify({ error: message })),
    },
    onBatchCommitted: (projection, checkpoint) => writeLine(JSON.stringify({ projection, checkpoint })),
  });
  try {
    await runner.start();
    writeLine(JSON.stringify({ started: true }));
    await stopped;
    await runner.stop();
  } finally {
    await readModels.close();
    await eventStore.close();
  }
  return 0;
}

if (isRunAsScript(import.meta.url)) {
  const stopped = new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  // The runner's idle timers are unref'd; this keeps the worker alive until it is told to stop.
  const keepAlive = setInterval(() => undefined, 60_000);
  process.exitCode = await runProjectionsFollow(process.argv.slice(2), stopped);
  clearInterval(keepAlive);
}
