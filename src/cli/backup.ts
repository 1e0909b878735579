// `npm run backup -- --to DIR [--include-keys] [--without-read-models]`: an online, consistent backup of the
// data folder (VENTANILLA_DATA_DIR) while the server runs (src/operations/backup/take-backup.ts), then
// recorded in the log as BackupTaken by the operating-system user running it (in the ADMIN role: whoever
// runs this has the data folder in hand). Exit code 0 when taken and recorded, 1 when refused or failed,
// 3 when taken but not recorded, 64 for a wrong command line.
import 'reflect-metadata';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CommandBus } from '@nestjs/cqrs';
import { createVentanillaApp } from '../app.js';
import { loadConfiguration, type VentanillaConfig } from '../config/configuration.js';
import { recordBackup } from '../operations/backup/backup-records.js';
import { bogotaMomentOf, sizeInWords } from '../operations/backup/backup-words.js';
import { keysFromEnvironment, refusalForExternalEngines } from '../operations/backup/backup-settings.js';
import { takeBackup, type BackupResult } from '../operations/backup/take-backup.js';
import { runIfScript } from './run-as-script.js';

const USAGE = 'Uso: npm run backup -- --to CARPETA [--include-keys] [--without-read-models]';

export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const consoleOutput: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

export async function runBackup(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  output: CliOutput = consoleOutput,
): Promise<number> {
  let values: { to?: string; 'include-keys'?: boolean; 'without-read-models'?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        to: { type: 'string' },
        'include-keys': { type: 'boolean' },
        'without-read-models': { type: 'boolean' },
      },
    }));
  } catch (error) {
    output.err(`${messageOf(error)}\n${USAGE}`);
    return 64;
  }
  if (values.to === undefined || values.to.trim() === '') {
    output.err(USAGE);
    return 64;
  }

  let config: VentanillaConfig;
  let result: BackupResult;
  try {
    config = loadConfiguration({ ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'error' });
    const refusal = refusalForExternalEngines(config);
    if (refusal !== null) {
      output.err(refusal);
      return 1;
    }
    result = await takeBackup({
      dataDir: config.dataDir,
      to: resolve(values.to),
      includeKeys: values['include-keys'] === true,
      withoutReadModels: values['without-read-models'] === true,
      keysFromEnvironment: keysFromEnvironment(config),
      onReceiptsInFlight: (radicados) =>
        output.err(`Radicación en curso de ${radicados.join(', ')}: el registro se copia de nuevo.`),
    });
  } catch (error) {
    output.err(`Copia de seguridad fallida: ${messageOf(error)}`);
    return 1;
  }
  for (const warning of result.warnings) output.err(warning);
  for (const line of backupSummary(result)) output.out(line);

  const app = await createVentanillaApp(config).catch((error: unknown) => error as Error);
  if (app instanceof Error) {
    output.err(`La copia se tomó pero no se pudo registrar en el registro de eventos: ${app.message}`);
    return 3;
  }
  try {
    await app.init();
    const actor = { id: `cli:${userInfo().username}`, role: 'ADMIN' } as const;
    await recordBackup(app.get(CommandBus), result, 'MANUAL', actor);
    output.out(`Registrada en el registro de eventos como copia ${result.manifest.backupId} (${actor.id}).`);
    return 0;
  } catch (error) {
    output.err(`La copia se tomó pero no se pudo registrar en el registro de eventos: ${messageOf(error)}`);
    return 3;
  } finally {
    await app.close();
  }
}

export function backupSummary(result: BackupResult): string[] {
  const { manifest } = result;
  const head = manifest.eventLog.lastSignedHead;
  return [
    `Copia de seguridad ${manifest.backupId} tomada en ${result.directory}: ${manifest.files.length} archivos, ` +
      `${sizeInWords(result.totalBytes)}.`,
    `Registro de eventos copiado el ${bogotaMomentOf(manifest.takenAt)} hasta la posición ` +
      `${manifest.eventLog.headPosition ?? 'ninguna (vacío)'}.`,
    head === null
      ? 'La copia no tiene cabezas firmadas del registro.'
      : `Última cabeza firmada que contiene (evento nº ${head.sequence}): ${head.printable}`,
    manifest.readModelsIncluded
      ? 'Incluye los modelos de lectura.'
      : 'Sin modelos de lectura: se reconstruyen al restaurar.',
    `Huella SHA-256 del manifiesto: ${result.manifestSha256}`,
  ];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

runIfScript(import.meta.url, (args) => runBackup(args));
