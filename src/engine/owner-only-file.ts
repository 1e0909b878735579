// Data files hold the office's records and people's personal data: only the account that runs Ventanilla
// may read them (0600), whatever the process umask. Each store calls this right after opening its file, so
// an installation whose files were created readable by everyone is tightened on its next start too.
import { chmodSync } from 'node:fs';

/** An SQLite file and the journal files beside it (SQLite creates those with the database file's mode). */
export function restrictToOwner(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      chmodSync(path, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
