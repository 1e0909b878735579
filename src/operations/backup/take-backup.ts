// Takes an online, consistent backup of the embedded data folder while the server runs: each SQLite
// database through SQLite's online backup API (a snapshot of the file as one transaction saw it, WAL
// included), the attachments and the issued report files by content hash, the keys only when asked, and a
// manifest (written last) that lists every file with its SHA-256, the log's head position and its last
// signed head. The order of the copies is what keeps the backup whole: see DATABASES_IN_ORDER.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { LOG_HEAD_STREAM } from '../../domain/log-head/index.js';
import { printableLogHead } from '../../engine/eventstore/log-chain.js';
import { SqliteEventStore } from '../../engine/eventstore/sqlite/sqlite-event-store.js';
import { restrictToOwner } from '../../engine/owner-only-file.js';
import {
  ATTACHMENTS_FOLDER,
  DATABASES_IN_ORDER,
  EVENT_STORE_FILE_NAME,
  KEY_FILES,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  READ_MODEL_STORE_FILE_NAME,
  REPORTS_FOLDER,
  type BackupManifest,
  type ManifestFile,
  type ManifestSignedHead,
} from './backup-layout.js';
import { digestOfFile, sha256OfBytes } from './file-hash.js';
import { receiptsInFlight } from './receipts-in-flight.js';

export const KEYS_FOLDER = 'keys';
const SHA256_NAME = /^[0-9a-f]{64}$/;
/** Copy every page in one step: a step interrupted by a writer would start the copy over, again and again. */
const ALL_PAGES = 0x7fffffff;
const BUSY_TIMEOUT_MS = 10_000;
/** How many times the log is copied before giving up on a moment with no receipt half written. */
const COPIES_OF_THE_LOG = 10;
const RETRY_DELAY_MS = 25;

export interface TakeBackupOptions {
  readonly dataDir: string;
  /** The backup folder: created, or else it must be empty. */
  readonly to: string;
  readonly includeKeys?: boolean;
  readonly withoutReadModels?: boolean;
  /** Keys given by environment variable (never in the data folder), named in the warning. */
  readonly keysFromEnvironment?: readonly string[];
  readonly clock?: () => Date;
  /** Called after each database is copied (tests widen the windows between copies with it). */
  readonly afterCopied?: (file: string) => Promise<void>;
  /** Told when a copy of the log held receipts between their radicado and their case, before it is taken again. */
  readonly onReceiptsInFlight?: (radicados: readonly string[]) => void;
}

export interface BackupResult {
  readonly directory: string;
  readonly manifest: BackupManifest;
  /** SHA-256 of manifest.json as written: what the backup's record names. */
  readonly manifestSha256: string;
  readonly totalBytes: number;
  readonly warnings: readonly string[];
}

/** The backup cannot be taken (the destination is not empty, the data folder has no event log). */
export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}

export function newBackupId(takenAt: Date): string {
  // To the millisecond, so the names of backups sort in the order they were taken.
  const compact = takenAt.toISOString().replace(/[-:.]/g, '');
  return `${compact}-${randomBytes(3).toString('hex')}`;
}

export async function takeBackup(options: TakeBackupOptions): Promise<BackupResult> {
  const { dataDir, to } = options;
  const clock = options.clock ?? (() => new Date());
  if (!existsSync(join(dataDir, EVENT_STORE_FILE_NAME))) {
    throw new BackupRefusedError(`No hay registro de eventos en ${join(dataDir, EVENT_STORE_FILE_NAME)}.`);
  }
  const inside = relative(resolve(dataDir), resolve(to));
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new BackupRefusedError(
      `La carpeta de destino ${to} está dentro de la carpeta de datos: una copia junto a los datos se pierde con ellos.`,
    );
  }
  await prepareEmptyFolder(to);
  const files: ManifestFile[] = [];
  const warnings: string[] = [];
  let eventLog: BackupManifest['eventLog'] | null = null;
  let takenAt: Date | null = null;
  try {
    for (const name of DATABASES_IN_ORDER) {
      if (name === READ_MODEL_STORE_FILE_NAME && options.withoutReadModels === true) continue;
      const source = join(dataDir, name);
      if (!existsSync(source)) continue;
      const target = join(to, name);
      if (name === EVENT_STORE_FILE_NAME) {
        ({ takenAt, eventLog } = await copyEventLog(source, target, clock, options.onReceiptsInFlight));
      } else {
        await copyDatabase(source, target);
      }
      files.push({ path: name, ...(await digestOfFile(target)) });
      await options.afterCopied?.(name);
    }
    files.push(...(await copyAttachments(dataDir, to, warnings)));
    files.push(...(await copyFolderFiles(dataDir, to, REPORTS_FOLDER, (name) => !name.endsWith('.partial'))));
    const keysIncluded = options.includeKeys === true;
    if (keysIncluded) files.push(...(await copyKeys(dataDir, to)));
    warnings.push(keyWarning(keysIncluded, options.keysFromEnvironment ?? []));

    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      version: MANIFEST_VERSION,
      backupId: newBackupId(takenAt!),
      takenAt: takenAt!.toISOString(),
      eventLog: eventLog!,
      readModelsIncluded: files.some((file) => file.path === READ_MODEL_STORE_FILE_NAME),
      keysIncluded,
      files,
    };
    // Written aside and renamed: a folder without its manifest is an incomplete backup, never a valid one.
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeFile(join(to, `${MANIFEST_FILE}.partial`), text, { mode: 0o600 });
    await rename(join(to, `${MANIFEST_FILE}.partial`), join(to, MANIFEST_FILE));
    return {
      directory: to,
      manifest,
      manifestSha256: sha256OfBytes(text),
      totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
      warnings,
    };
  } catch (error) {
    // Never leave something that looks like a backup: what was copied goes.
    await rm(to, { recursive: true, force: true });
    throw error;
  }
}

async function prepareEmptyFolder(folder: string): Promise<void> {
  if (existsSync(folder) && (await readdir(folder)).length > 0) {
    throw new BackupRefusedError(`La carpeta de destino ${folder} no está vacía: indique una carpeta nueva.`);
  }
  await mkdir(folder, { recursive: true, mode: 0o700 });
}

/** SQLite's online backup API: a consistent copy of the database (WAL included) while others write to it. */
async function copyDatabase(source: string, target: string): Promise<void> {
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await db.backup(target, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  // The copy is a plain file with no journal beside it; a WAL header is kept, so it opens in WAL mode.
  for (const journal of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) {
    await rm(journal, { force: true });
  }
  // Owner-only, like the data file it copies: it holds the office's records.
  restrictToOwner(target);
}

/**
 * The event log, copied again while the copy holds a receipt between its number and its case (the window
 * is two appends wide: another copy a moment later misses it).
 */
async function copyEventLog(
  source: string,
  target: string,
  clock: () => Date,
  onReceiptsInFlight: ((radicados: readonly string[]) => void) | undefined,
): Promise<{ takenAt: Date; eventLog: BackupManifest['eventLog'] }> {
  let inFlight: string[] = [];
  for (let attempt = 1; attempt <= COPIES_OF_THE_LOG; attempt++) {
    const takenAt = clock();
    await copyDatabase(source, target);
    const store = await SqliteEventStore.open({ file: target });
    try {
      inFlight = await receiptsInFlight(store, takenAt);
      if (inFlight.length === 0) return { takenAt, eventLog: await eventLogFacts(store) };
    } finally {
      await store.close();
    }
    await rm(target, { force: true });
    onReceiptsInFlight?.(inFlight);
    await sleep(RETRY_DELAY_MS * attempt);
  }
  throw new BackupRefusedError(
    `En ${COPIES_OF_THE_LOG} copias seguidas el registro tenía radicados sin su caso aún (${inFlight.join(', ')}): ` +
      'repita la copia de seguridad.',
  );
}

/** What the copied log holds: its head, and the last head the installation signed. */
async function eventLogFacts(store: SqliteEventStore): Promise<BackupManifest['eventLog']> {
  const headPosition = await store.headPosition();
  const heads = await store.readStream(LOG_HEAD_STREAM);
  const last = heads.findLast((event) => event.type === 'LogHeadSigned');
  let lastSignedHead: ManifestSignedHead | null = null;
  if (last !== undefined) {
    const data = last.data as {
      sequence: number;
      chainHash: string;
      position: number;
      signature: string;
      publicKey: string;
    };
    lastSignedHead = {
      sequence: data.sequence,
      chainHash: data.chainHash,
      position: data.position,
      publicKey: data.publicKey,
      printable: printableLogHead(data),
    };
  }
  return { headPosition, lastSignedHead };
}

/** Each attachment under its SHA-256, checked on the way: a file whose bytes no longer match is named. */
async function copyAttachments(dataDir: string, to: string, warnings: string[]): Promise<ManifestFile[]> {
  const copied: ManifestFile[] = [];
  const root = join(dataDir, ATTACHMENTS_FOLDER);
  if (!existsSync(root)) return copied;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !SHA256_NAME.test(entry.name)) continue; // `.part`: a write not finished
    const relative = `${ATTACHMENTS_FOLDER}/${entry.name.slice(0, 2)}/${entry.name.slice(2, 4)}/${entry.name}`;
    const target = join(to, relative);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await copyFile(join(entry.parentPath, entry.name), target);
    const digest = await digestOfFile(target);
    if (digest.sha256 !== entry.name) {
      warnings.push(
        `El adjunto ${relative} de la carpeta de datos no coincide con su huella SHA-256: se copió como está; ` +
          '`npm run audit:verify` dirá qué evento lo refiere.',
      );
    }
    copied.push({ path: relative, ...digest });
  }
  return copied.sort((a, b) => a.path.localeCompare(b.path));
}

async function copyFolderFiles(
  dataDir: string,
  to: string,
  folder: string,
  keep: (name: string) => boolean,
): Promise<ManifestFile[]> {
  const source = join(dataDir, folder);
  if (!existsSync(source)) return [];
  const copied: ManifestFile[] = [];
  for (const entry of await readdir(source, { withFileTypes: true })) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    await mkdir(join(to, folder), { recursive: true, mode: 0o700 });
    const relative = `${folder}/${entry.name}`;
    await copyFile(join(source, entry.name), join(to, relative));
    copied.push({ path: relative, ...(await digestOfFile(join(to, relative))) });
  }
  return copied.sort((a, b) => a.path.localeCompare(b.path));
}

/** Kept apart in the backup (keys/), so no one mistakes them for data. */
async function copyKeys(dataDir: string, to: string): Promise<ManifestFile[]> {
  const copied: ManifestFile[] = [];
  for (const { file } of KEY_FILES) {
    if (!existsSync(join(dataDir, file))) continue;
    await mkdir(join(to, KEYS_FOLDER), { recursive: true, mode: 0o700 });
    const relative = `${KEYS_FOLDER}/${file}`;
    await copyFile(join(dataDir, file), join(to, relative));
    copied.push({ path: relative, ...(await digestOfFile(join(to, relative))) });
  }
  return copied;
}

function keyWarning(included: boolean, fromEnvironment: readonly string[]): string {
  const named = KEY_FILES.map((key) => `${key.file} (${key.what})`).join(', ');
  const environment =
    fromEnvironment.length === 0
      ? ''
      : ` Las variables ${fromEnvironment.join(', ')} dan claves que no están en la carpeta de datos: ` +
        'nunca entran en la copia; guárdelas aparte.';
  return included
    ? `ATENCIÓN: la copia incluye las claves de la carpeta de datos (${named}). Quien la tenga puede leer los ` +
        'datos personales y firmar cabezas del registro: guárdela cifrada y con acceso restringido.' +
        environment
    : `La copia no incluye las claves (${named}). Sin la clave maestra los datos personales restaurados son ` +
        'ilegibles: guarde las claves aparte, o repita con --include-keys.' +
        environment;
}
