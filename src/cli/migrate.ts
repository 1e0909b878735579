// `npm run migrate -- --from sqlite:./data --to esdb://host:2113?tls=false [--mongo mongodb://...]
// [--progress ARCHIVO]`: copies the embedded event log, exactly as recorded, into KurrentDB / EventStoreDB
// or another SQLite folder, checks the copy stream by stream, then builds every read model from the copied
// log (in MongoDB with --mongo, else in the target folder when it is SQLite) so the application starts
// caught up. Interrupted, it resumes from its progress file without duplicating anything.
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EVENT_STORE_URL_SCHEMES, MONGODB_URL_SCHEMES, redactCredentials } from '../config/configuration.js';
import type { EventImporter, EventStore } from '../engine/eventstore/event-store.js';
import {
  copyEventLog,
  MigrationRefusedError,
  verifyCopiedLog,
  type CopyProgress,
  type CopyVerificationReport,
} from '../engine/eventstore/migration.js';
import { eventStoreFile } from '../engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../engine/eventstore/sqlite/sqlite-event-store.js';
import { APPLICATION_PROJECTIONS } from '../features/read-models.js';
import type { ReadModelStore } from '../engine/read-models/read-model-store.js';
import { rebuildProjections } from '../engine/projections/rebuild.js';
import { SqliteReadModelStore } from '../engine/read-models/sqlite/sqlite-read-model-store.js';
import { isRunAsScript } from './run-as-script.js';

export const MIGRATE_EXIT_CODE = {
  migrated: 0,
  failed: 1,
  mismatch: 2,
  deadLetters: 3,
  refused: 4,
  usage: 64,
} as const;

const USAGE =
  'Uso: npm run migrate -- --from sqlite:CARPETA --to DESTINO [--mongo mongodb://...] [--progress ARCHIVO]\n' +
  '  --from      carpeta de datos de origen (sqlite:./data)\n' +
  '  --to        esdb://, esdb+discover://, kurrentdb://, kurrentdb+discover:// (KurrentDB / EventStoreDB)\n' +
  '              o sqlite:CARPETA (otra carpeta de datos, vacía)\n' +
  '  --mongo     construye los modelos de lectura en MongoDB a partir del registro copiado\n' +
  '  --progress  archivo de progreso para reanudar (por omisión, migration-<destino>.json en la carpeta de origen)';

const KURRENTDB_SCHEMES = EVENT_STORE_URL_SCHEMES.map((scheme) => `${scheme}://`);
const MONGODB_SCHEMES = MONGODB_URL_SCHEMES.map((scheme) => `${scheme}://`);
/** Progress lines on stderr at most this often, so a long copy does not flood the terminal. */
const PROGRESS_INTERVAL_MS = 2_000;
const MISMATCHES_PRINTED = 20;

export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly dataDir: string }
  | { readonly kind: 'kurrentdb'; readonly connectionString: string };

export interface MigrateOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export interface MigrateArguments {
  readonly from: StoreLocation & { readonly kind: 'sqlite' };
  readonly to: StoreLocation;
  readonly mongoUrl: string | null;
  readonly progressFile: string;
}

const consoleOutput: MigrateOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** Runs the command; resolves to the process exit code. */
export async function runMigrate(
  args: readonly string[],
  output: MigrateOutput = consoleOutput,
): Promise<number> {
  const parsed = parseMigrateArguments(args);
  if (typeof parsed === 'string') {
    output.err(`${parsed}\n${USAGE}`);
    return MIGRATE_EXIT_CODE.usage;
  }
  const sourceFile = eventStoreFile(parsed.from.dataDir);
  // Opening a missing file would create an empty log and "migrate" nothing.
  if (!existsSync(sourceFile)) {
    output.err(`No hay almacén de eventos en ${sourceFile}: revise --from.`);
    return MIGRATE_EXIT_CODE.usage;
  }

  const targetName = describeLocation(parsed.to);
  let source: SqliteEventStore | undefined;
  let target: (EventStore & EventImporter) | undefined;
  try {
    source = await SqliteEventStore.open({ file: sourceFile });
    target = await openTarget(parsed.to);

    output.err(`Copiando el registro de eventos de ${describeLocation(parsed.from)} a ${targetName}…`);
    output.err(`Progreso en ${parsed.progressFile} (si se interrumpe, vuelva a ejecutar la misma orden).`);
    const copied = await copyEventLog(source, target, {
      progressFile: parsed.progressFile,
      copyKey: migrationCopyKey(parsed.from, parsed.to),
      onProgress: throttledProgress(output),
    });
    output.err(
      `Copia terminada: ${copied.eventsCopied} eventos leídos, ${copied.eventsWritten} escritos` +
        (copied.resumedFrom === null ? '' : ` (reanudada desde la posición ${copied.resumedFrom})`) +
        ` en ${(copied.elapsedMs / 1000).toFixed(1)} s.`,
    );

    const report = await verifyCopiedLog(source, target);
    if (!report.ok) {
      printMismatches(report, output);
      return MIGRATE_EXIT_CODE.mismatch;
    }
    output.out(
      `Copia verificada: ${report.events} eventos en ${report.streams} flujos, idénticos en ${targetName} ` +
        '(mismo número de eventos, última revisión, id y hash por flujo).',
    );

    const deadLetters = await buildReadModels(parsed, target, output);
    return deadLetters > 0 ? MIGRATE_EXIT_CODE.deadLetters : MIGRATE_EXIT_CODE.migrated;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof MigrationRefusedError) {
      output.err(`Migración rechazada: ${message}`);
      return MIGRATE_EXIT_CODE.refused;
    }
    output.err(`Migración fallida: ${hidePasswords(message)}`);
    output.err('Lo ya copiado queda registrado: vuelva a ejecutar la misma orden para continuar.');
    return MIGRATE_EXIT_CODE.failed;
  } finally {
    await target?.close();
    await source?.close();
  }
}

/** The arguments, or a message in Spanish saying what is wrong with them. */
export function parseMigrateArguments(args: readonly string[]): MigrateArguments | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        mongo: { type: 'string' },
        progress: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return `Argumentos no válidos: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (values.from === undefined) return 'Falta --from: la carpeta de datos de origen (sqlite:./data).';
  if (values.to === undefined) return 'Falta --to: el almacén de destino (esdb://… o sqlite:CARPETA).';

  const from = parseStoreLocation(values.from);
  if (typeof from === 'string') return `--from: ${from}`;
  if (from.kind !== 'sqlite') {
    return '--from: el origen debe ser una carpeta de datos SQLite (sqlite:./data); migrar desde KurrentDB no está soportado.';
  }
  const to = parseStoreLocation(values.to);
  if (typeof to === 'string') return `--to: ${to}`;
  if (to.kind === 'sqlite' && sameDirectory(from.dataDir, to.dataDir)) {
    return `El origen y el destino son la misma carpeta (${from.dataDir}): indique otra en --to.`;
  }

  const mongoUrl = values.mongo?.trim() || null;
  if (mongoUrl !== null && !MONGODB_SCHEMES.some((scheme) => mongoUrl.startsWith(scheme))) {
    return `--mongo debe ser una URL mongodb:// o mongodb+srv:// (recibido "${redactCredentials(mongoUrl)}").`;
  }
  const progressFile =
    values.progress === undefined || values.progress.trim() === ''
      ? defaultProgressFile(from.dataDir, to)
      : resolve(values.progress);
  return { from, to, mongoUrl, progressFile };
}

/** `sqlite:<folder>` or a KurrentDB connection string; a message in Spanish otherwise. */
export function parseStoreLocation(text: string): StoreLocation | string {
  const value = text.trim();
  if (value.startsWith('sqlite:')) {
    const dataDir = value.slice('sqlite:'.length);
    if (dataDir === '') return 'falta la carpeta después de sqlite: (por ejemplo sqlite:./data).';
    return { kind: 'sqlite', dataDir: resolve(dataDir) };
  }
  if (KURRENTDB_SCHEMES.some((scheme) => value.startsWith(scheme))) {
    if (value.length <= value.indexOf('://') + 3) return `falta el servidor en "${value}".`;
    return { kind: 'kurrentdb', connectionString: value };
  }
  return (
    `"${redactCredentials(value)}" no es un almacén conocido: use sqlite:CARPETA o ` +
    `${KURRENTDB_SCHEMES.map((scheme) => `${scheme}…`).join(', ')}.`
  );
}

/** `<sourceDataDir>/migration-<hash of the target>.json`: one progress file per target. */
export function defaultProgressFile(sourceDataDir: string, target: StoreLocation): string {
  const hash = createHash('sha256').update(describeLocation(target)).digest('hex').slice(0, 16);
  return join(sourceDataDir, `migration-${hash}.json`);
}

/** Names a source/target pair in its progress file (passwords masked). */
export function migrationCopyKey(from: StoreLocation, to: StoreLocation): string {
  return `${describeLocation(from)} -> ${describeLocation(to)}`;
}

/** How the operator sees a store: the folder, or the connection string with its password masked. */
function describeLocation(location: StoreLocation): string {
  return location.kind === 'sqlite'
    ? `sqlite:${location.dataDir}`
    : redactCredentials(location.connectionString);
}

function sameDirectory(first: string, second: string): boolean {
  const canonical = (directory: string): string =>
    existsSync(directory) ? realpathSync(directory) : resolve(directory);
  return canonical(first) === canonical(second);
}

async function openTarget(location: StoreLocation): Promise<EventStore & EventImporter> {
  if (location.kind === 'sqlite') return SqliteEventStore.open({ file: eventStoreFile(location.dataDir) });
  // Loaded only when asked for: a copy between SQLite folders needs no gRPC client.
  const { KurrentDbEventStore } = await import('../engine/eventstore/kurrentdb/kurrentdb-event-store.js');
  try {
    return await KurrentDbEventStore.connect({ connectionString: location.connectionString });
  } catch (error) {
    throw new Error(
      `No se pudo conectar con KurrentDB en ${describeLocation(location)}: ` +
        `${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** Builds every read model from the copied log; resolves to the number of dead-lettered events. */
async function buildReadModels(
  parsed: MigrateArguments,
  target: EventStore,
  output: MigrateOutput,
): Promise<number> {
  let readModels: ReadModelStore;
  let where: string;
  if (parsed.mongoUrl !== null) {
    const { MongoReadModelStore } = await import('../engine/read-models/mongodb/mongo-read-model-store.js');
    where = `MongoDB (${redactCredentials(parsed.mongoUrl)})`;
    readModels = await MongoReadModelStore.connect({ url: parsed.mongoUrl });
  } else if (parsed.to.kind === 'sqlite') {
    where = `sqlite:${parsed.to.dataDir}`;
    readModels = await SqliteReadModelStore.open({ dataDir: parsed.to.dataDir });
  } else {
    output.out(
      'Sin --mongo no se construyen modelos de lectura: la aplicación los construirá desde el registro al arrancar.',
    );
    return 0;
  }

  output.err(`Construyendo ${APPLICATION_PROJECTIONS.length} modelos de lectura en ${where}…`);
  try {
    const results = await rebuildProjections(target, readModels, APPLICATION_PROJECTIONS, {
      logger: { log: () => undefined, warn: output.err, error: output.err },
    });
    const deadLetters = results.reduce((sum, result) => sum + result.deadLetters, 0);
    const seconds = results.reduce((sum, result) => sum + result.durationMs, 0) / 1000;
    output.out(
      `Modelos de lectura construidos en ${where}: ${results.length} proyecciones en ${seconds.toFixed(1)} s` +
        (deadLetters > 0 ? `; ${deadLetters} eventos en cartas muertas (revise los registros).` : '.'),
    );
    return deadLetters;
  } finally {
    await readModels.close();
  }
}

function throttledProgress(output: MigrateOutput): (progress: CopyProgress) => void {
  let lastPrintedAt = Number.NEGATIVE_INFINITY;
  return (progress) => {
    if (progress.elapsedMs - lastPrintedAt < PROGRESS_INTERVAL_MS) return;
    lastPrintedAt = progress.elapsedMs;
    output.err(
      `  ${progress.eventsCopied} eventos copiados (${progress.eventsPerSecond} eventos/s), ` +
        `posición ${String(progress.position)}`,
    );
  };
}

function printMismatches(report: CopyVerificationReport, output: MigrateOutput): void {
  output.err(
    `La copia NO coincide con el origen: ${report.mismatches.length} flujos difieren ` +
      `(origen: ${report.events} eventos en ${report.streams} flujos; destino: ${report.targetEvents} eventos).`,
  );
  for (const mismatch of report.mismatches.slice(0, MISMATCHES_PRINTED)) {
    output.err(
      `  ${mismatch.stream} (${mismatch.reason}): origen ${mismatch.source}; destino ${mismatch.target}`,
    );
  }
  if (report.mismatches.length > MISMATCHES_PRINTED) {
    output.err(`  … y ${report.mismatches.length - MISMATCHES_PRINTED} flujos más.`);
  }
}

function hidePasswords(message: string): string {
  // Drivers put the whole connection string in some messages: never print a password.
  return message.replace(/([a-z+]+:\/\/[^:@/\s]+):[^@/\s]*@/g, '$1:***@');
}

if (isRunAsScript(import.meta.url)) {
  process.exitCode = await runMigrate(process.argv.slice(2));
}
