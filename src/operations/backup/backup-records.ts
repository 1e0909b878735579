// Each backup taken is recorded as a fact of its own stream through the one command path: who took it
// (the schedule, or the administrator running `npm run backup`), when, the head of the log it holds and
// the SHA-256 of its manifest. The record is written after the copy, so no backup holds its own record.
import type { CommandBus } from '@nestjs/cqrs';
import {
  BACKUP_EVENT_SCHEMA_VERSIONS,
  backupDecider,
  backupStreamOf,
  type BackupCommand,
  type BackupEvent,
  type BackupFacts,
  type BackupState,
  type BackupTrigger,
} from '../../domain/backup/index.js';
import type { Actor } from '../../domain/shared/decider.js';
import { RunCommand, type AggregateType } from '../../engine/commands/run-command.js';
import type { BackupResult } from './take-backup.js';

export const backups: AggregateType<BackupCommand, BackupEvent, BackupState> = {
  decider: backupDecider,
  schemaVersions: BACKUP_EVENT_SCHEMA_VERSIONS,
  streamOf: backupStreamOf,
};

/** The installation's schedule (VENTANILLA_BACKUP_CRON): no staff account has this id. */
export const BACKUP_SCHEDULE: Actor = { id: 'copia-programada', role: 'SYSTEM' };

export function backupFactsOf(result: BackupResult, trigger: BackupTrigger): BackupFacts {
  const { manifest } = result;
  return {
    backupId: manifest.backupId,
    takenAt: manifest.takenAt,
    headPosition: manifest.eventLog.headPosition,
    lastSignedHeadSequence: manifest.eventLog.lastSignedHead?.sequence ?? null,
    manifestSha256: result.manifestSha256,
    files: manifest.files.length,
    bytes: result.totalBytes,
    readModelsIncluded: manifest.readModelsIncluded,
    keysIncluded: manifest.keysIncluded,
    trigger,
  };
}

export async function recordBackup(
  commands: CommandBus,
  result: BackupResult,
  trigger: BackupTrigger,
  actor: Actor,
): Promise<void> {
  await commands.execute(
    new RunCommand(
      backups,
      result.manifest.backupId,
      { type: 'RecordBackup' as const, data: backupFactsOf(result, trigger) },
      { actor },
    ),
  );
}
