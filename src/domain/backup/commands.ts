// What the installation asks of a backup's stream: record a backup it has just taken, once.
import type { Instant } from '../shared/time.js';

/** Who started it: the schedule (VENTANILLA_BACKUP_CRON) or someone running `npm run backup`. */
export type BackupTrigger = 'SCHEDULED' | 'MANUAL';

export interface BackupFacts {
  readonly backupId: string;
  /** When the copy of the event log was taken. */
  readonly takenAt: Instant;
  /** Global position of the last event the backup holds; null for an empty log. */
  readonly headPosition: number | null;
  /** How many events the last signed head the backup holds covers; null when it holds none. */
  readonly lastSignedHeadSequence: number | null;
  /** SHA-256 of the backup's manifest (which lists every file's SHA-256). */
  readonly manifestSha256: string;
  readonly files: number;
  readonly bytes: number;
  readonly readModelsIncluded: boolean;
  readonly keysIncluded: boolean;
  readonly trigger: BackupTrigger;
}

export type RecordBackup = {
  readonly type: 'RecordBackup';
  readonly data: BackupFacts;
};

export type BackupCommand = RecordBackup;
