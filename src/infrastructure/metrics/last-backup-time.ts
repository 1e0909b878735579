// When the last backup was taken, as the metrics read it at each scrape (ventanilla_backup_age_seconds).
export type LastBackupTime = () => Promise<Date | null>;
export const LAST_BACKUP_TIME = Symbol('LastBackupTime');
