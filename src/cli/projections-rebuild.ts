// `npm run projections:rebuild [name ...]`: rebuilds the named projections (all of them when none is
// named) from the start of the event log, swapping each in when complete. Safe while the application
// runs: its runner notices the swapped checkpoint and goes on from there. Uses the engines the
// configuration names (EVENTSTORE_URL, MONGODB_URL), like the server.
import { existsSync } from 'node:fs';
import { loadConfiguration } from '../config/configuration.js';
import { eventStoreFile } from '../engine/eventstore/sqlite/paths.js';
import { openStorageEngines } from '../engine/storage-engines.js';
import { projectionsNamed } from '../features/read-models.js';
import { rebuildProjections, type RebuildResult } from '../engine/projections/rebuild.js';
import { isRunAsScript } from './run-as-script.js';

export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const consoleOutput: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** Runs the command; resolves to the process exit code. */
export async function runProjectionsRebuild(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  output: CliOutput = consoleOutput,
): Promise<number> {
  let results: RebuildResult[];
  try {
    const config = loadConfiguration(env);
    const { dataDir } = config;
    const projections = projectionsNamed(args);
    const eventsFile = eventStoreFile(dataDir);
    // Opening a missing file would create an empty log and "rebuild" every read model to nothing.
    if (config.storage.eventStoreUrl === null && !existsSync(eventsFile)) {
      output.err(`No hay almacén de eventos en ${eventsFile} (VENTANILLA_DATA_DIR=${dataDir}).`);
      return 1;
    }
    const engines = await openStorageEngines(config);
    const eventStore = engines.eventStore.store;
    const readModels = engines.readModels.store;
    try {
      results = await rebuildProjections(eventStore, readModels, projections, {
        logger: { log: () => undefined, warn: output.err, error: output.err },
      });
    } finally {
      await readModels.close();
      await eventStore.close();
    }
  } catch (error) {
    output.err(`Reconstrucción fallida: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  for (const result of results) {
    const seconds = result.durationMs / 1000;
    const rate = seconds > 0 ? Math.round(result.eventsRead / seconds) : result.eventsRead;
    output.out(
      `Proyección ${result.projection} reconstruida: ${result.eventsRead} eventos hasta la posición ` +
        `${String(result.position)} en ${seconds.toFixed(2)} s (${rate} eventos/s)` +
        (result.deadLetters > 0 ? `; ${result.deadLetters} eventos en cartas muertas` : '.'),
    );
  }
  return results.some((result) => result.deadLetters > 0) ? 2 : 0;
}

if (isRunAsScript(import.meta.url)) {
  process.exitCode = await runProjectionsRebuild(process.argv.slice(2));
}
