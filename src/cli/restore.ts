// `npm run restore -- --from BACKUP_DIR --to DATA_DIR`: restores a backup into an empty data folder
// (src/operations/backup/restore-backup.ts): every file checked against the manifest's SHA-256 first, the
// audit trail verified, the read models rebuilt when the backup left them out. VENTANILLA_SIGNING_KEY and
// VENTANILLA_EARLIER_SIGNING_KEYS are trusted by the audit, as by `npm run audit:verify`. Exit code 0 when
// restored, 1 when refused (naming the damaged or missing file), 64 for a wrong command line.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KEY_FILES } from '../operations/backup/backup-layout.js';
import { bogotaMomentOf, sizeInWords } from '../operations/backup/backup-words.js';
import { restoreBackup, type RestoreResult } from '../operations/backup/restore-backup.js';
import type { CliOutput } from './backup.js';
import { runIfScript } from './run-as-script.js';

const USAGE = 'Uso: npm run restore -- --from CARPETA_DE_LA_COPIA --to CARPETA_DE_DATOS_NUEVA';

const consoleOutput: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

export async function runRestore(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  output: CliOutput = consoleOutput,
): Promise<number> {
  let values: { from?: string; to?: string };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { from: { type: 'string' }, to: { type: 'string' } },
    }));
  } catch (error) {
    output.err(`${messageOf(error)}\n${USAGE}`);
    return 64;
  }
  if (!values.from?.trim() || !values.to?.trim()) {
    output.err(USAGE);
    return 64;
  }
  let result: RestoreResult;
  try {
    result = await restoreBackup({
      from: resolve(values.from),
      to: resolve(values.to),
      signingKey: env.VENTANILLA_SIGNING_KEY?.trim() || null,
      publicKeys: (env.VENTANILLA_EARLIER_SIGNING_KEYS ?? '').split(',').filter((key) => key.trim() !== ''),
      print: output.out,
    });
  } catch (error) {
    output.err(`Restauración rechazada: ${messageOf(error)}`);
    return 1;
  }
  for (const line of restoreSummary(result, resolve(values.to))) output.out(line);
  const missingKeys = KEY_FILES.filter((key) => !result.keysRestored.includes(key.file));
  if (missingKeys.length > 0) {
    output.err(
      'La copia no traía estas claves: ' +
        missingKeys.map((key) => `${key.file} o ${key.variable} (${key.what})`).join('; ') +
        '. Póngalas en la carpeta de datos o en el entorno ANTES de iniciar el servidor: sin ellas crea claves ' +
        'nuevas, y con una clave maestra nueva los datos personales restaurados no se pueden leer.',
    );
  }
  return 0;
}

export function restoreSummary(result: RestoreResult, dataDir: string): string[] {
  const { manifest } = result;
  const head = manifest.eventLog.lastSignedHead;
  return [
    `Copia ${manifest.backupId} restaurada en ${dataDir}: ${result.filesRestored} archivos, ` +
      `${sizeInWords(result.bytesRestored)}, cada uno con su huella SHA-256 verificada.`,
    `Registro de eventos hasta la posición ${manifest.eventLog.headPosition ?? 'ninguna (vacío)'}, ` +
      `copiado el ${bogotaMomentOf(manifest.takenAt)}.`,
    head === null
      ? 'Sin cabezas firmadas del registro.'
      : `Última cabeza firmada (evento nº ${head.sequence}): ${head.printable}`,
    result.readModelsRebuilt
      ? 'Modelos de lectura reconstruidos desde el registro.'
      : 'Modelos de lectura restaurados de la copia (el servidor los pone al día al iniciar).',
    result.keysRestored.length === 0
      ? 'Claves: ninguna en la copia.'
      : `Claves restauradas en la carpeta de datos: ${result.keysRestored.join(', ')}.`,
  ];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

runIfScript(import.meta.url, (args) => runRestore(args));
