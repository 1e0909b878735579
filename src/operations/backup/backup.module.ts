// Backups as the running server takes them: on the schedule VENTANILLA_BACKUP_CRON names (none when unset).
import { Module } from '@nestjs/common';
import { ScheduledBackups } from './scheduled-backups.js';

@Module({ providers: [ScheduledBackups], exports: [ScheduledBackups] })
export class BackupModule {}
