// A projection worker killed with SIGKILL in the middle of catching up loses nothing and repeats
// nothing: after a restart its read models equal a rebuild from zero. The worker is the real
// `projections-follow` CLI, compiled for the occasion (tsc, its imports only) and run as a child process.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { pqrsIndicatorDaysProjection } from '../../src/features/indicators/read-models/pqrs-indicator-days.js';
import { casesProjection } from '../../src/features/pqrs/read-models/cases-projection.js';
import { deadLetterCollectionOf } from '../../src/engine/projections/projection.js';
import { ProjectionRunner } from '../../src/engine/projections/projection-runner.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { dumpCollection, temporaryReadModels } from './fixtures/read-model-fixtures.js';
import { appendSyntheticLog, syntheticPqrsLog } from './fixtures/synthetic-pqrs-log.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so the compiled worker resolves better-sqlite3 from its node_modules.
const workerBuildDir = join(projectRoot, 'node_modules', '.cache', 'ventanilla-projections-crash-test');
const workerEntry = join(workerBuildDir, 'src', 'cli', 'projections-follow.js');

/** The read models that follow the PQRS streams, which the synthetic log feeds: the cases and their indicators. */
const PQRS_PROJECTIONS = [casesProjection, pqrsIndicatorDaysProjection];

let dataDir: string;
let head: number;
let eventCount: number;

/** Compiles the worker and what it imports, without type checking (that is `npm run typecheck`'s job). */
function compileWorker(): void {
  rmSync(workerBuildDir, { recursive: true, force: true });
  try {
    execFileSync(
      process.execPath,
      [
        join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
        ...[
          '--outDir',
          workerBuildDir,
          '--rootDir',
          projectRoot,
          '--module',
          'NodeNext',
          '--moduleResolution',
          'NodeNext',
        ],
        ...[
          '--target',
          'ES2022',
          '--skipLibCheck',
          '--noCheck',
          '--types',
          'node',
          '--experimentalDecorators',
        ],
        join(projectRoot, 'src', 'cli', 'projections-follow.ts'),
      ],
      { cwd: projectRoot, stdio: 'pipe' },
    );
  } catch (error) {
    // tsc reports but still emits; only a missing entry point is fatal here.
    if (!existsSync(workerEntry)) throw error;
  }
  // node_modules is a package boundary: without this the compiled ES modules would load as CommonJS.
  mkdirSync(workerBuildDir, { recursive: true });
  writeFileSync(join(workerBuildDir, 'package.json'), JSON.stringify({ type: 'module' }));
}

/** Runs the worker and SIGKILLs it right after it reports a committed checkpoint at or past `killAt`. */
function runWorkerAndKill(killAt: number): Promise<{ killedAt: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const worker = spawn(process.execPath, [workerEntry, '--batch-size', '100'], {
      cwd: projectRoot,
      // Jest's NODE_OPTIONS (--experimental-vm-modules) are not the worker's.
      env: { ...process.env, VENTANILLA_DATA_DIR: dataDir, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let killedAt: number | null = null;
    let stderr = '';
    worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(() => worker.kill('SIGKILL'), 30_000);
    createInterface({ input: worker.stdout }).on('line', (line) => {
      const report = JSON.parse(line) as { checkpoint?: number };
      if (killedAt === null && report.checkpoint !== undefined && report.checkpoint >= killAt) {
        killedAt = report.checkpoint;
        worker.kill('SIGKILL');
      }
    });
    worker.on('error', reject);
    worker.on('exit', (_code, signal) => {
      clearTimeout(guard);
      if (killedAt === null) reject(new Error(`The worker ended before reaching ${killAt}: ${stderr}`));
      else resolve({ killedAt, signal });
    });
  });
}

beforeAll(async () => {
  compileWorker();
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-crash-'));
  const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  try {
    const log = syntheticPqrsLog(6_200, 2027);
    eventCount = log.length;
    await appendSyntheticLog(eventStore, log);
    head = (await eventStore.headPosition())!;
  } finally {
    await eventStore.close();
  }
}, 60_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(workerBuildDir, { recursive: true, force: true });
});

it('read models survive SIGKILL mid-batch and equal a rebuild after restarting', async () => {
  expect(eventCount).toBeGreaterThanOrEqual(20_000);

  // Two crashes: one early in the catch-up, one after a restart from the first crash's checkpoints.
  for (const fraction of [0.15, 0.55]) {
    const { killedAt, signal } = await runWorkerAndKill(Math.round(head * fraction));
    expect(signal).toBe('SIGKILL');
    const afterCrash = await SqliteReadModelStore.open({ dataDir });
    try {
      const checkpoints = await Promise.all(
        PQRS_PROJECTIONS.map((projection) => afterCrash.getCheckpoint(projection.name)),
      );
      expect(Math.max(...checkpoints.map((checkpoint) => checkpoint ?? 0))).toBeGreaterThanOrEqual(killedAt);
      // Killed while still behind: the crash really interrupted the catch-up.
      expect(Math.min(...checkpoints.map((checkpoint) => checkpoint ?? 0))).toBeLessThan(head);
    } finally {
      await afterCrash.close();
    }
  }

  const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  const recovered = await SqliteReadModelStore.open({ dataDir });
  const reference = await temporaryReadModels('ventanilla-crash-reference-');
  try {
    const runner = new ProjectionRunner(eventStore, recovered, PQRS_PROJECTIONS);
    await runner.start();
    await runner.waitForPosition(head, 30_000);
    await runner.stop();

    const started = performance.now();
    const results = await rebuildProjections(eventStore, reference.store, PQRS_PROJECTIONS);
    const seconds = (performance.now() - started) / 1000;
    const eventsReplayed = results.reduce((total, result) => total + result.eventsRead, 0);
    console.log(
      `Rebuild of ${PQRS_PROJECTIONS.length} projections over ${eventCount} events: ${seconds.toFixed(2)} s, ` +
        `${Math.round(eventsReplayed / seconds)} events/s (${results
          .map(
            (result) =>
              `${result.projection} ${Math.round(result.eventsRead / (result.durationMs / 1000))}/s`,
          )
          .join(', ')})`,
    );

    for (const collection of PQRS_PROJECTIONS.flatMap((projection) => projection.collections)) {
      const expected = await dumpCollection(reference.store, collection);
      expect(expected.length).toBeGreaterThan(0);
      expect(await dumpCollection(recovered, collection)).toEqual(expected);
    }
    for (const projection of PQRS_PROJECTIONS) {
      expect(await recovered.getCheckpoint(projection.name)).toBe(head);
      expect(await recovered.count(deadLetterCollectionOf(projection.name), {})).toBe(0);
    }
  } finally {
    await reference.cleanup();
    await recovered.close();
    await eventStore.close();
  }
});
