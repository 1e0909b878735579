// `npm run seed -- --demo [--cases 3000] [--seed 1] [--until AAAA-MM-DD] [--force]`: fills the data folder
// (VENTANILLA_DATA_DIR) with a year of demo activity ending on --until (yesterday by default), issued
// through the same commands the GraphQL mutations dispatch while a simulated clock walks the year, so
// every event is decided by the domain, recorded on its day and chained like any other. The same seed
// plans the same year. Progress goes to stderr, the summary to stdout.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createVentanillaApp } from '../app.js';
import { ConfigurationError, loadConfiguration } from '../config/configuration.js';
import { createBusinessCalendar } from '../domain/shared/business-calendar-factory.js';
import { addCalendarDays, bogotaDateOf, isCalendarDate } from '../domain/shared/time.js';
import { EVENT_STORE, type EventStore } from '../engine/eventstore/event-store.js';
import { eventStoreFile } from '../engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../engine/eventstore/sqlite/sqlite-event-store.js';
import { LogHeadSigning } from '../features/audit/index.js';
import { runDemoPlan, type DemoRunResult } from '../seed/demo-runner.js';
import { planDemoYear } from '../seed/demo-scenario.js';
import { summarizeSeed, summaryLines } from '../seed/seed-summary.js';
import { SimulatedClock } from '../seed/simulated-clock.js';
import { runIfScript } from './run-as-script.js';

export const SEED_EXIT_CODE = { seeded: 0, failed: 1, refused: 2, usage: 64 } as const;

const USAGE =
  'Uso: npm run seed -- --demo [--cases N] [--seed SEMILLA] [--until AAAA-MM-DD] [--force]\n' +
  '  --cases   PQRS del año (por omisión 3000); afiliaciones, encuestas y acciones de mejora crecen con ellas\n' +
  '  --seed    la misma semilla planea la misma actividad (por omisión 1)\n' +
  '  --until   último día del año simulado, anterior a hoy (por omisión, ayer)\n' +
  '  --force   agrega la actividad a una carpeta de datos que ya tiene eventos';

const DEFAULT_CASES = 3000;
const DEFAULT_SEED = '1';

export interface SeedOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const consoleOutput: SeedOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

interface SeedArguments {
  readonly cases: number;
  readonly seed: string;
  readonly until: string | undefined;
  readonly force: boolean;
}

/** Runs the command; resolves to the process exit code. `now` is the real present the year must end before. */
export async function runSeed(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  output: SeedOutput = consoleOutput,
  now: () => Date = () => new Date(),
): Promise<number> {
  const parsed = parseSeedArguments(args);
  if (typeof parsed === 'string') {
    output.err(`${parsed}\n${USAGE}`);
    return SEED_EXIT_CODE.usage;
  }
  const startedAt = now();
  const today = bogotaDateOf(startedAt.toISOString());
  const until = parsed.until ?? addCalendarDays(today, -1);
  if (!isCalendarDate(until) || until >= today) {
    output.err(`--until debe ser una fecha AAAA-MM-DD anterior a hoy (${today}); se recibió "${until}".`);
    return SEED_EXIT_CODE.usage;
  }

  let config;
  try {
    // Warnings stay visible: on a new folder the first administrator's password is printed once.
    config = loadConfiguration({ ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' });
  } catch (error) {
    if (error instanceof ConfigurationError) {
      output.err(error.message);
      return SEED_EXIT_CODE.usage;
    }
    throw error;
  }
  if (config.storage.eventStoreUrl !== null || config.storage.mongoUrl !== null) {
    // The demo walks a simulated clock through a past year; the embedded log is the place for that.
    output.err(
      'La siembra de demostración escribe en el almacenamiento SQLite embebido: quite EVENTSTORE_URL y ' +
        'MONGODB_URL, siembre un directorio de datos y cópielo con `npm run migrate` si lo quiere en KurrentDB.',
    );
    return SEED_EXIT_CODE.usage;
  }

  const existing = await existingLog(eventStoreFile(config.dataDir));
  const plan = planDemoYear({
    seed: parsed.seed,
    cases: parsed.cases,
    until,
    calendar: createBusinessCalendar({ extraNonWorkingDays: [...config.extraNonWorkingDays] }),
    affiliationChecklists: config.affiliationChecklists,
    // A log of n events names fewer than n people: numbered past its head, nobody gets an earlier seed's document.
    firstPersonNumber: existing.head ?? 0,
  });
  if (existing.head !== null && !parsed.force) {
    output.err(
      `La carpeta de datos ${config.dataDir} ya tiene eventos: no se siembran datos de ` +
        'demostración sobre ella. Use una carpeta vacía (VENTANILLA_DATA_DIR) o agregue --force para sumar la ' +
        'actividad a la existente.',
    );
    return SEED_EXIT_CODE.refused;
  }
  if (existing.lastRecordedAt !== null && existing.lastRecordedAt >= plan.startsAt) {
    // recordedAt never decreases along the log: a year recorded before what is already there cannot be added.
    output.err(
      `La carpeta de datos ${config.dataDir} tiene eventos grabados hasta ${existing.lastRecordedAt}, después del ` +
        `comienzo del año simulado (${plan.startsAt}): el registro no admite eventos grabados antes que los que ya ` +
        'tiene. Siembre en una carpeta vacía.',
    );
    return SEED_EXIT_CODE.refused;
  }

  output.err(
    `Sembrando ${parsed.cases} PQRS y su actividad del ${plan.from} al ${plan.until} (semilla ${parsed.seed}) ` +
      `en ${config.dataDir}: ${plan.steps.length} órdenes planeadas.`,
  );
  const clock = new SimulatedClock(plan.startsAt, startedAt.toISOString());
  const staffPassword = randomBytes(12).toString('base64url');
  let app;
  try {
    // Heads of the log are signed once, over the whole seeded year, not as the simulated clock runs.
    app = await createVentanillaApp(
      { ...config, logHeads: { everyEvents: 0, everyMinutes: 0 } },
      { clock: clock.now },
    );
    await app.init();
    const result = await runDemoPlan(app, {
      plan,
      clock,
      runKey: `demo/${parsed.seed}/${parsed.cases}/${until}/${existing.head ?? 0}`,
      staffPassword,
      progress: output.err,
    });
    await app.get(LogHeadSigning).signNow();
    const summary = await summarizeSeed(app.get<EventStore>(EVENT_STORE), result, until);
    for (const line of summaryLines(summary)) output.out(line);
    for (const line of portalLines(result.portalFilings)) output.out(line);
    if (result.staffCreated.length > 0) {
      output.out(
        `Cuentas de demostración creadas (contraseña de todas: ${staffPassword}; no se volverá a mostrar): ` +
          result.staffCreated.join(', '),
      );
    }
    if (result.staffReused.length > 0) {
      output.out(`Cuentas de demostración que ya existían y se usaron: ${result.staffReused.join(', ')}`);
    }
    output.err(`Siembra terminada en ${((Date.now() - startedAt.getTime()) / 1000).toFixed(1)} s.`);
    return SEED_EXIT_CODE.seeded;
  } catch (error) {
    output.err(`Siembra fallida: ${error instanceof Error ? error.message : String(error)}`);
    return SEED_EXIT_CODE.failed;
  } finally {
    await app?.close();
  }
}

function parseSeedArguments(args: readonly string[]): SeedArguments | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        demo: { type: 'boolean', default: false },
        cases: { type: 'string' },
        seed: { type: 'string' },
        until: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  // Only the demo scenario exists; asking for it by name keeps a bare `npm run seed` from filling ./data.
  if (!values.demo) return 'Indique --demo: es el único escenario de siembra.';
  const cases = values.cases === undefined ? DEFAULT_CASES : Number(values.cases);
  if (!Number.isInteger(cases) || cases < 1)
    return `--cases debe ser un entero positivo ("${values.cases}").`;
  const seed = values.seed?.trim() || DEFAULT_SEED;
  return { cases, seed, until: values.until, force: values.force ?? false };
}

/** How far the folder's log goes: its head position and the last recordedAt (null when empty or absent). */
async function existingLog(file: string): Promise<{ head: number | null; lastRecordedAt: string | null }> {
  // Opening a missing file would create it: an absent log is simply empty.
  if (!existsSync(file)) return { head: null, lastRecordedAt: null };
  const store = await SqliteEventStore.open({ file });
  try {
    const head = await store.headPosition();
    if (head === null) return { head: null, lastRecordedAt: null };
    const [last] = await store.readAll(head - 1, 1);
    return { head, lastRecordedAt: last?.metadata.recordedAt ?? null };
  } finally {
    await store.close();
  }
}

runIfScript(import.meta.url, (args) => runSeed(args));

/** A few portal filings to try the tracking page with (/ventanilla/consulta): the demo's codes are known. */
function portalLines(filings: DemoRunResult['portalFilings']): string[] {
  const named = filings.find((filing) => !filing.anonymous);
  const anonymous = filings.find((filing) => filing.anonymous);
  const shown = [named, anonymous].filter((filing) => filing !== undefined);
  if (shown.length === 0) return ['Ventanilla virtual: el año simulado no tiene radicaciones en línea.'];
  return [
    `Ventanilla virtual: ${filings.length} radicaciones en línea (${filings.filter((filing) => filing.anonymous).length} anónimas). Para probar /ventanilla/consulta:`,
    ...shown.map(
      (filing) =>
        `  ${filing.radicado} con el código ${filing.accessCode}${filing.anonymous ? ' (anónima)' : ''}`,
    ),
  ];
}
