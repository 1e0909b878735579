// The fact of a backup's stream: the backup taken, what it holds and how to recognise it.
import type { DomainEvent } from '../shared/decider.js';
import type { BackupFacts } from './commands.js';

export type BackupTaken = DomainEvent<'BackupTaken', BackupFacts>;

export type BackupEvent = BackupTaken;

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const BACKUP_EVENT_SCHEMA_VERSIONS: Readonly<Record<BackupEvent['type'], number>> = {
  BackupTaken: 1,
};

/** Each backup is a stream of its own, named after the backup. */
export const BACKUP_STREAM_PREFIX = 'backup-';

export function backupStreamOf(backupId: string): string {
  return `${BACKUP_STREAM_PREFIX}${backupId}`;
}
