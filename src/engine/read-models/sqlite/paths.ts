// Where the SQLite read models live inside the data directory: the app, the CLIs and the tests all take
// the file name from here so they open the same file.
import { join } from 'node:path';

export const READ_MODEL_STORE_FILE_NAME = 'read-models.sqlite';

export function readModelStoreFile(dataDir: string): string {
  return join(dataDir, READ_MODEL_STORE_FILE_NAME);
}
