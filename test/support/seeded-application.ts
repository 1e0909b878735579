// A running application (no HTTP) over a temporary data folder, filled with the demo seed's year of
// activity as `npm run seed -- --demo` fills it — the same plan, issued through the same commands while a
// simulated clock walks the year — but in this process, on storage engines the test may wrap first.
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVentanillaApp } from '../../src/app.js';
import { loadConfiguration, type VentanillaConfig } from '../../src/config/configuration.js';
import { createBusinessCalendar } from '../../src/domain/shared/business-calendar-factory.js';
import { addCalendarDays, type CalendarDate } from '../../src/domain/shared/time.js';
import { openStorageEngines, type StorageEngines } from '../../src/engine/storage-engines.js';
import { LogHeadSigning } from '../../src/features/audit/index.js';
import { runDemoPlan, type DemoRunResult } from '../../src/seed/demo-runner.js';
import { planDemoYear } from '../../src/seed/demo-scenario.js';
import { SimulatedClock } from '../../src/seed/simulated-clock.js';

export interface SeededApplication {
  readonly app: INestApplication;
  readonly config: VentanillaConfig;
  /** What the seed made: staff, radicados, affiliations, actions… by plan index. */
  readonly seeded: DemoRunResult;
  /** The application's clock: after the seed, the morning after its last day. */
  readonly clock: SimulatedClock;
  /** The day after the seeded year: "today" for the queries. */
  readonly today: CalendarDate;
  readonly stop: () => Promise<void>;
}

export interface SeedOptions {
  readonly cases: number;
  readonly seed: string;
  /** The last day of the simulated year, before the real today. */
  readonly until: CalendarDate;
  /** Wraps the engines before the application gets them (e.g. to record what it asks of them). */
  readonly wrapEngines?: (engines: StorageEngines) => StorageEngines;
}

export async function startSeededApplication(options: SeedOptions): Promise<SeededApplication> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-seeded-'));
  const config = loadConfiguration({
    VENTANILLA_DATA_DIR: dataDir,
    VENTANILLA_BOOTSTRAP_ADMIN: 'admin:admin-secreto-123',
    LOG_LEVEL: 'error',
  });
  const plan = planDemoYear({
    seed: options.seed,
    cases: options.cases,
    until: options.until,
    calendar: createBusinessCalendar({ extraNonWorkingDays: [...config.extraNonWorkingDays] }),
    affiliationChecklists: config.affiliationChecklists,
  });
  const clock = new SimulatedClock(plan.startsAt, new Date().toISOString());
  const opened = await openStorageEngines(config, clock.now);
  const engines = options.wrapEngines ? options.wrapEngines(opened) : opened;
  let app: INestApplication | undefined;
  try {
    // As the seed CLI: heads of the log signed once, over the whole seeded year.
    app = await createVentanillaApp(
      { ...config, logHeads: { everyEvents: 0, everyMinutes: 0 } },
      { clock: clock.now, engines },
    );
    await app.init();
    const seeded = await runDemoPlan(app, {
      plan,
      clock,
      runKey: `test/${options.seed}/${options.cases}/${options.until}`,
      staffPassword: randomBytes(12).toString('base64url'),
    });
    await app.get(LogHeadSigning).signNow();
    const today = addCalendarDays(options.until, 1);
    // 10:00 in Bogotá.
    clock.advanceTo(`${today}T15:00:00.000Z`);
    const running = app;
    return {
      app: running,
      config,
      seeded,
      clock,
      today,
      stop: async () => {
        await running.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
