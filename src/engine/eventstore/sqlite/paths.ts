// Where the SQLite event store lives inside the data directory: the app, the CLIs and the tests all
// take the file name from here so they open the same file.
import { join } from 'node:path';

export const EVENT_STORE_FILE_NAME = 'events.sqlite';

export function eventStoreFile(dataDir: string): string {
  return join(dataDir, EVENT_STORE_FILE_NAME);
}
