// What a backup of the embedded data folder holds, and how: the SQLite databases (each copied with
// SQLite's online backup API), the content-addressed attachments and the issued report files (copied by
// content hash), the keys (only when asked), and the manifest that lists every file with its SHA-256.
import { ATTACHMENT_REGISTRY_FILE } from '../../attachments/sqlite-attachment-registry.js';
import { ATTACHMENTS_FOLDER } from '../../attachments/filesystem-attachment-store.js';
import { EVENT_STORE_FILE_NAME } from '../../engine/eventstore/sqlite/paths.js';
import { READ_MODEL_STORE_FILE_NAME } from '../../engine/read-models/sqlite/paths.js';
import { SIGNING_KEY_FILE } from '../../features/audit/index.js';
import { MAIL_INTAKE_FILE } from '../../features/mail-intake/mail-intake-store.js';
import { IDENTITY_FILE } from '../../identity/sqlite-user-store.js';
import { JWT_SECRET_FILE } from '../../identity/token-service.js';
import { CHALLENGE_KEY_FILE } from '../../public-channel/challenge.js';
import { MASTER_KEY_FILE, PERSONAL_DATA_FILE } from '../../personal-data/sqlite-personal-data-store.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'ventanilla-backup';
export const MANIFEST_VERSION = 1;
export const REPORTS_FOLDER = 'reports';

/**
 * The databases in the order they are copied. The read models first: their checkpoints must not pass the
 * log they are copied with (a read model ahead of its log would never be corrected on restore). Then the
 * event log. Then everything an event refers to — the vault's texts and people, the accounts, the
 * attachments' registry, the mailbox's radicated messages: each is written before the event that names it,
 * so a copy taken after the log holds everything every copied event needs. It may hold more (texts and
 * files of commands recorded after the log was copied): harmless, nothing in the log points at them.
 */
export const DATABASES_IN_ORDER = [
  READ_MODEL_STORE_FILE_NAME,
  EVENT_STORE_FILE_NAME,
  PERSONAL_DATA_FILE,
  IDENTITY_FILE,
  ATTACHMENT_REGISTRY_FILE,
  MAIL_INTAKE_FILE,
] as const;

export { ATTACHMENTS_FOLDER, EVENT_STORE_FILE_NAME, READ_MODEL_STORE_FILE_NAME };

/** The secrets of an installation: never in a backup unless asked for (`--include-keys`). */
export const KEY_FILES = [
  {
    file: MASTER_KEY_FILE,
    variable: 'VENTANILLA_MASTER_KEY',
    what: 'la clave maestra de los datos personales',
  },
  {
    file: SIGNING_KEY_FILE,
    variable: 'VENTANILLA_SIGNING_KEY',
    what: 'la clave que firma las cabezas del registro',
  },
  { file: JWT_SECRET_FILE, variable: 'VENTANILLA_JWT_SECRET', what: 'el secreto de las sesiones' },
  {
    file: CHALLENGE_KEY_FILE,
    variable: 'VENTANILLA_CHALLENGE_KEY',
    what: 'la clave del desafío del formulario público',
  },
] as const;

export interface ManifestFile {
  /** Relative to the backup folder, with forward slashes. */
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** The last head of the log the copy holds that the installation signed (printable as reports print it). */
export interface ManifestSignedHead {
  readonly sequence: number;
  readonly chainHash: string;
  readonly position: number;
  readonly publicKey: string;
  readonly printable: string;
}

export interface BackupManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly version: typeof MANIFEST_VERSION;
  readonly backupId: string;
  /** When the copy of the event log was taken (ISO 8601, UTC). */
  readonly takenAt: string;
  readonly eventLog: {
    /** Global position of the last event in the copy; null for an empty log. */
    readonly headPosition: number | null;
    readonly lastSignedHead: ManifestSignedHead | null;
  };
  readonly readModelsIncluded: boolean;
  readonly keysIncluded: boolean;
  readonly files: readonly ManifestFile[];
}
