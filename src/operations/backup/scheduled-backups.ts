// Scheduled backups (VENTANILLA_BACKUP_CRON): each one taken into a folder of its own under
// VENTANILLA_BACKUP_DIR (written as `.en-curso-…` and renamed once whole), recorded in the log as
// BackupTaken by the installation's schedule, then the oldest beyond VENTANILLA_BACKUP_KEEP removed. A
// failed backup is logged and leaves nothing behind; the next one runs on time. The keys are never in a
// scheduled backup: they are kept apart (README, "Operating Ventanilla").
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Cron } from 'croner';
import { VENTANILLA_CONFIG } from '../../config/config-token.js';
import { BACKUP_TIMEZONE } from '../../config/backup-settings.js';
import type { VentanillaConfig } from '../../config/configuration.js';
import { CLOCK } from '../../engine/tokens.js';
import { MANIFEST_FILE, type BackupManifest } from './backup-layout.js';
import { BACKUP_SCHEDULE, recordBackup } from './backup-records.js';
import { keysFromEnvironment } from './backup-settings.js';
import { takeBackup, type BackupResult } from './take-backup.js';

/** The name of each scheduled backup's folder: `ventanilla-<backup id>`, whose order is the time order. */
export const SCHEDULED_BACKUP_PREFIX = 'ventanilla-';
const IN_PROGRESS_PREFIX = '.en-curso-';

@Injectable()
export class ScheduledBackups implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Copias de seguridad');
  private job: Cron | null = null;
  /** The backup running now: the stores stay open until it is done. */
  private running: Promise<BackupResult | null> | null = null;

  constructor(
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  onApplicationBootstrap(): void {
    const { cron } = this.config.backups;
    if (cron === null) return;
    this.job = new Cron(cron, { timezone: BACKUP_TIMEZONE, protect: true, unref: true }, () => {
      void this.takeNow();
    });
    const next = this.job.nextRun();
    this.logger.log(
      `Copias programadas (${cron}) en ${this.config.backups.directory}; se guardan las últimas ` +
        `${this.config.backups.keep}${next === null ? '' : `; la próxima: ${next.toISOString()}`}.`,
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.job?.stop();
    this.job = null;
    await this.running;
  }

  /** Takes a scheduled backup now (what the schedule runs); null when it failed (the failure is logged). */
  takeNow(): Promise<BackupResult | null> {
    // One at a time: a backup that outlasts the interval is not started over by the next tick.
    this.running ??= this.takeOne().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async takeOne(): Promise<BackupResult | null> {
    const directory = this.config.backups.directory;
    if (directory === null) return null;
    const inProgress = join(directory, `${IN_PROGRESS_PREFIX}${randomUUID()}`);
    try {
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const taken = await takeBackup({
        dataDir: this.config.dataDir,
        to: inProgress,
        keysFromEnvironment: keysFromEnvironment(this.config),
        clock: this.clock,
        onReceiptsInFlight: (radicados) =>
          this.logger.log(`Radicación en curso de ${radicados.join(', ')}: el registro se copia de nuevo.`),
      });
      const folder = join(directory, `${SCHEDULED_BACKUP_PREFIX}${taken.manifest.backupId}`);
      await rename(inProgress, folder);
      const result: BackupResult = { ...taken, directory: folder };
      await recordBackup(this.commands, result, 'SCHEDULED', BACKUP_SCHEDULE);
      this.logger.log(
        `Copia programada ${result.manifest.backupId} en ${folder}: registro hasta la posición ` +
          `${result.manifest.eventLog.headPosition ?? 'ninguna'}, manifiesto ${result.manifestSha256}.`,
      );
      await this.removeOldest(directory);
      return result;
    } catch (error) {
      await rm(inProgress, { recursive: true, force: true });
      this.logger.error(
        `La copia programada falló: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    }
  }

  /** Keeps the newest VENTANILLA_BACKUP_KEEP whole scheduled backups; folders not ours are left alone. */
  private async removeOldest(directory: string): Promise<void> {
    const kept = await scheduledBackupFolders(directory);
    for (const folder of kept.slice(0, Math.max(0, kept.length - this.config.backups.keep))) {
      await rm(join(directory, folder), { recursive: true, force: true });
    }
  }
}

/** The whole scheduled backups in a folder (those with their manifest), oldest first. */
export async function scheduledBackupFolders(directory: string): Promise<string[]> {
  if (!existsSync(directory)) return [];
  const entries = await readdir(directory, { withFileTypes: true });
  return entries
    .filter(
      (entry) =>
        entry.isDirectory() &&
        entry.name.startsWith(SCHEDULED_BACKUP_PREFIX) &&
        existsSync(join(directory, entry.name, MANIFEST_FILE)),
    )
    .map((entry) => entry.name)
    .sort();
}

/**
 * When the newest whole backup in the scheduled backups' folder was taken (its log copied), or null when
 * it holds none: what the "age of the last backup" metric reads.
 */
export async function lastScheduledBackupTakenAt(directory: string): Promise<Date | null> {
  const newest = (await scheduledBackupFolders(directory)).at(-1);
  if (newest === undefined) return null;
  const manifest = JSON.parse(
    await readFile(join(directory, newest, MANIFEST_FILE), 'utf8'),
  ) as BackupManifest;
  return new Date(manifest.takenAt);
}
