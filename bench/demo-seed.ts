// Issue 14, target 10: the demo seed (`npm run seed -- --demo --cases N`), run in-process through the
// seed CLI's own entry point on a fresh data directory, as test/seed/seed.test.ts runs it.
import { runSeed, SEED_EXIT_CODE } from '../src/cli/seed.js';
import { BENCH_ADMIN_SETTING } from './bench-app.js';
import { withTemporaryDataDir } from './temporary-data-dir.js';

export interface DemoSeedResult {
  readonly cases: number;
  readonly durationMs: number;
}

export async function measureDemoSeed(cases: number): Promise<DemoSeedResult> {
  return withTemporaryDataDir('demo-seed', async (dataDir) => {
    const err: string[] = [];
    const startedAt = performance.now();
    const code = await runSeed(
      ['--demo', '--cases', String(cases), '--seed', '1'],
      { VENTANILLA_DATA_DIR: dataDir, VENTANILLA_BOOTSTRAP_ADMIN: BENCH_ADMIN_SETTING, LOG_LEVEL: 'error' },
      { out: () => undefined, err: (line) => err.push(line) },
    );
    const durationMs = performance.now() - startedAt;
    if (code !== SEED_EXIT_CODE.seeded)
      throw new Error(`The demo seed ended with ${code}: ${err.join('\n')}`);
    return { cases, durationMs };
  });
}
