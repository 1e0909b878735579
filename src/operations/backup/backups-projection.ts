// The `backups` read model: one document per backup recorded in the log (scheduled or taken with
// `npm run backup`, wherever its folder went), so the age of the last backup is a query, not a walk of
// the log or of a folder.
import { BACKUP_STREAM_PREFIX, type BackupEvent, type BackupFacts } from '../../domain/backup/index.js';
import type { Projection } from '../../engine/projections/projection.js';
import type { ReadModelDocument, ReadModelReader } from '../../engine/read-models/read-model-store.js';

export const BACKUPS_COLLECTION = 'backups';

export interface BackupDocument extends ReadModelDocument, BackupFacts {
  /** The backup id. */
  readonly id: string;
  /** Who took it: `copia-programada` or `cli:<user>`. */
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export const backupsProjection: Projection = {
  name: 'backups',
  version: 1,
  categories: [BACKUP_STREAM_PREFIX],
  collections: [BACKUPS_COLLECTION],
  indexes: { [BACKUPS_COLLECTION]: ['takenAt'] },
  async apply(recorded, tx) {
    const event = { type: recorded.type, data: recorded.data } as BackupEvent;
    switch (event.type) {
      case 'BackupTaken':
        // Made of the event alone: applying it again writes the same document.
        await tx.put(BACKUPS_COLLECTION, {
          ...event.data,
          id: event.data.backupId,
          recordedBy: recorded.metadata.actorId,
          recordedAt: recorded.metadata.recordedAt,
        } satisfies BackupDocument);
        return;
      default: {
        const unknownEvent: never = event.type;
        void unknownEvent;
      }
    }
  },
};

export const BACKUP_PROJECTIONS = [backupsProjection] as const;

/** The last backup recorded (by the moment its log was copied), or null before the first: for the metrics. */
export async function lastBackupRecorded(readModels: ReadModelReader): Promise<BackupDocument | null> {
  const [last] = await readModels.find<BackupDocument>(
    BACKUPS_COLLECTION,
    {},
    { sort: [{ field: 'takenAt', direction: 'desc' }], limit: 1 },
  );
  return last ?? null;
}
