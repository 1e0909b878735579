// What the rest of the application uses of backups: the module that schedules them, and when the last one
// was taken (for the metrics).
export { BackupModule } from './backup.module.js';
export { lastScheduledBackupTakenAt, ScheduledBackups } from './scheduled-backups.js';
export { BACKUPS_COLLECTION, lastBackupRecorded, type BackupDocument } from './backups-projection.js';
