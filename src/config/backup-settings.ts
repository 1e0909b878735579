// Scheduled backups, read from the environment: VENTANILLA_BACKUP_CRON (when, a cron expression read on
// Bogotá's clock), VENTANILLA_BACKUP_DIR (where: a folder outside the data folder) and VENTANILLA_BACKUP_KEEP
// (how many scheduled backups are kept, the oldest removed first). Answers the settings, or the variable
// and its problem in Spanish (completing "VARIABLE ...").
import { isAbsolute, relative, resolve } from 'node:path';
import { Cron } from 'croner';

export interface BackupSettings {
  /** VENTANILLA_BACKUP_CRON: null, no scheduled backups. */
  readonly cron: string | null;
  /** VENTANILLA_BACKUP_DIR: each scheduled backup goes into a folder of its own under it. */
  readonly directory: string | null;
  /** VENTANILLA_BACKUP_KEEP (default 7). */
  readonly keep: number;
}

export const BACKUP_TIMEZONE = 'America/Bogota';
const DEFAULT_KEEP = 7;

export interface BackupSettingsProblem {
  readonly variable: string;
  readonly problem: string;
}

export function isBackupSettingsProblem(
  value: BackupSettings | BackupSettingsProblem,
): value is BackupSettingsProblem {
  return 'problem' in value;
}

export function backupSettingsOf(
  env: NodeJS.ProcessEnv,
  nonEmpty: (value: string | undefined) => string | null,
  dataDir: string,
  externalEngine: string | null,
): BackupSettings | BackupSettingsProblem {
  const cron = nonEmpty(env.VENTANILLA_BACKUP_CRON);
  const directoryText = nonEmpty(env.VENTANILLA_BACKUP_DIR);
  const keepText = nonEmpty(env.VENTANILLA_BACKUP_KEEP);

  const keep = Number(keepText ?? String(DEFAULT_KEEP));
  if (!Number.isInteger(keep) || keep < 1 || keep > 1000) {
    return {
      variable: 'VENTANILLA_BACKUP_KEEP',
      problem: `debe ser un número entero de copias entre 1 y 1000 (recibido "${keepText}")`,
    };
  }
  if (cron === null)
    return { cron: null, directory: directoryText === null ? null : resolve(directoryText), keep };

  try {
    new Cron(cron, { paused: true, timezone: BACKUP_TIMEZONE }).stop();
  } catch (error) {
    return {
      variable: 'VENTANILLA_BACKUP_CRON',
      problem:
        `debe ser una expresión cron, p. ej. "0 2 * * *" para las 2:00 de cada día (recibido "${cron}": ` +
        `${error instanceof Error ? error.message : String(error)})`,
    };
  }
  if (externalEngine !== null) {
    return {
      variable: 'VENTANILLA_BACKUP_CRON',
      problem:
        `programa copias del almacenamiento SQLite embebido, y ${externalEngine} está configurado: ` +
        'use las herramientas de copia de ese motor',
    };
  }
  if (directoryText === null) {
    return {
      variable: 'VENTANILLA_BACKUP_DIR',
      problem:
        'debe indicar la carpeta de las copias programadas cuando VENTANILLA_BACKUP_CRON está definida',
    };
  }
  const directory = resolve(directoryText);
  const inside = relative(dataDir, directory);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    return {
      variable: 'VENTANILLA_BACKUP_DIR',
      problem: `debe estar fuera de la carpeta de datos (${dataDir}): una copia junto a los datos se pierde con ellos`,
    };
  }
  return { cron, directory, keep };
}
