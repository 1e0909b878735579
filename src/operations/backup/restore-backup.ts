// Restores a backup into an empty data folder: every file of the manifest is checked against its SHA-256
// before anything is written (a damaged or incomplete backup is refused, naming the file), copied, the
// restored log checked against the head the manifest records, the audit trail verified, and the read
// models rebuilt when the backup left them out. On any failure what was written is removed again.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runAuditVerify, AUDIT_EXIT_CODE } from '../../cli/audit-verify.js';
import { SqliteEventStore } from '../../engine/eventstore/sqlite/sqlite-event-store.js';
import { rebuildProjections } from '../../engine/projections/rebuild.js';
import { SqliteReadModelStore } from '../../engine/read-models/sqlite/sqlite-read-model-store.js';
import { APPLICATION_PROJECTIONS } from '../../features/read-models.js';
import {
  EVENT_STORE_FILE_NAME,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  READ_MODEL_STORE_FILE_NAME,
  type BackupManifest,
} from './backup-layout.js';
import { digestOfFile } from './file-hash.js';
import { KEYS_FOLDER } from './take-backup.js';
import { SIGNING_KEY_FILE } from '../../features/audit/index.js';

export interface RestoreOptions {
  readonly from: string;
  /** The new data folder: created, or else it must be empty. */
  readonly to: string;
  /** VENTANILLA_SIGNING_KEY, when the signing key is not in the backup. */
  readonly signingKey?: string | null;
  /** Earlier signing keys the audit also trusts (VENTANILLA_EARLIER_SIGNING_KEYS). */
  readonly publicKeys?: readonly string[];
  /** Each line of the audit's report and of the rebuild, as it comes. */
  readonly print?: (line: string) => void;
}

export interface RestoreResult {
  readonly manifest: BackupManifest;
  readonly filesRestored: number;
  readonly bytesRestored: number;
  readonly readModelsRebuilt: boolean;
  readonly keysRestored: readonly string[];
}

/** The backup cannot be restored: damaged, incomplete, or the destination is not empty. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const { from, to } = options;
  const print = options.print ?? (() => undefined);
  if (existsSync(to) && (await readdir(to)).length > 0) {
    throw new RestoreRefusedError(
      `La carpeta de datos ${to} no está vacía: se restaura solo en una carpeta vacía o nueva.`,
    );
  }
  const manifest = await readManifest(from);
  await checkEveryFile(from, manifest);

  await mkdir(to, { recursive: true, mode: 0o700 });
  try {
    const keysRestored: string[] = [];
    for (const file of manifest.files) {
      // Keys go back where the server looks for them: the data folder itself.
      const isKey = file.path.startsWith(`${KEYS_FOLDER}/`);
      const target = join(to, isKey ? file.path.slice(KEYS_FOLDER.length + 1) : file.path);
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await copyFile(join(from, file.path), target);
      const copied = await digestOfFile(target);
      if (copied.sha256 !== file.sha256) {
        throw new RestoreRefusedError(`El archivo ${file.path} cambió al copiarlo: repita la restauración.`);
      }
      if (isKey) keysRestored.push(file.path.slice(KEYS_FOLDER.length + 1));
    }
    await checkHead(to, manifest);

    // The manifest names the key its heads were signed with: trusted only when no key of the office's is at
    // hand (configured, restored or given), since whoever could rewrite the backup could name their own.
    const officeKeyAtHand =
      (options.signingKey ?? null) !== null ||
      keysRestored.includes(SIGNING_KEY_FILE) ||
      (options.publicKeys ?? []).length > 0;
    const manifestKey = manifest.eventLog.lastSignedHead?.publicKey ?? null;
    if (!officeKeyAtHand && manifestKey !== null) {
      print(
        `Firmas verificadas con la clave pública que nombra el manifiesto (${manifestKey}): compárela con la ` +
          'de la oficina, o verifique una cabeza impresa en un informe con `npm run audit:verify -- --head`.',
      );
    }
    const audit = await runAuditVerify({
      dataDir: to,
      signingKey: options.signingKey ?? null,
      publicKeys: [
        ...(options.publicKeys ?? []),
        ...(officeKeyAtHand || manifestKey === null ? [] : [manifestKey]),
      ],
      print,
    });
    if (audit !== AUDIT_EXIT_CODE.intact) {
      throw new RestoreRefusedError(
        'La verificación de la cadena de auditoría del registro restaurado falló (vea arriba): no se restauró.',
      );
    }

    const readModelsRebuilt = !existsSync(join(to, READ_MODEL_STORE_FILE_NAME));
    if (readModelsRebuilt) await rebuildReadModels(to, print);
    return {
      manifest,
      filesRestored: manifest.files.length,
      bytesRestored: manifest.files.reduce((sum, file) => sum + file.bytes, 0),
      readModelsRebuilt,
      keysRestored,
    };
  } catch (error) {
    // Never leave a half-restored folder that a server could start on.
    for (const entry of await readdir(to)) await rm(join(to, entry), { recursive: true, force: true });
    throw error;
  }
}

async function readManifest(from: string): Promise<BackupManifest> {
  const path = join(from, MANIFEST_FILE);
  if (!existsSync(path)) {
    throw new RestoreRefusedError(
      `La copia en ${from} está incompleta: falta ${MANIFEST_FILE} (una copia interrumpida no lo tiene).`,
    );
  }
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as BackupManifest;
  } catch {
    throw new RestoreRefusedError(`El archivo ${MANIFEST_FILE} de la copia está dañado: no es JSON válido.`);
  }
  if (manifest?.format !== MANIFEST_FORMAT || !Array.isArray(manifest.files)) {
    throw new RestoreRefusedError(
      `El archivo ${MANIFEST_FILE} no es el manifiesto de una copia de Ventanilla.`,
    );
  }
  if (manifest.version !== MANIFEST_VERSION) {
    throw new RestoreRefusedError(
      `La copia es de la versión ${String(manifest.version)} del formato; esta versión de Ventanilla lee la ${MANIFEST_VERSION}.`,
    );
  }
  for (const file of manifest.files) {
    // A manifest that points outside the backup is not one we wrote.
    if (
      typeof file.path !== 'string' ||
      file.path.split('/').some((part: string) => part === '..' || part === '')
    ) {
      throw new RestoreRefusedError(`El manifiesto nombra una ruta no válida: ${String(file.path)}.`);
    }
  }
  if (!manifest.files.some((file) => file.path === EVENT_STORE_FILE_NAME)) {
    throw new RestoreRefusedError(
      `La copia está incompleta: el manifiesto no lista ${EVENT_STORE_FILE_NAME}.`,
    );
  }
  return manifest;
}

/** Every file listed, whole; no file the manifest does not list. */
async function checkEveryFile(from: string, manifest: BackupManifest): Promise<void> {
  for (const file of manifest.files) {
    const path = join(from, file.path);
    if (!existsSync(path)) {
      throw new RestoreRefusedError(`La copia está incompleta: falta el archivo ${file.path}.`);
    }
    const digest = await digestOfFile(path);
    if (digest.sha256 !== file.sha256 || digest.bytes !== file.bytes) {
      throw new RestoreRefusedError(
        `La copia está dañada: el archivo ${file.path} no coincide con la huella SHA-256 del manifiesto.`,
      );
    }
  }
  const listed = new Set([MANIFEST_FILE, ...manifest.files.map((file) => file.path)]);
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = join(entry.parentPath, entry.name)
      .slice(from.length + 1)
      .split('\\')
      .join('/');
    if (!listed.has(relative)) {
      throw new RestoreRefusedError(`La copia tiene un archivo que su manifiesto no lista: ${relative}.`);
    }
  }
}

/** The restored log ends where the manifest says the copy ended. */
async function checkHead(dataDir: string, manifest: BackupManifest): Promise<void> {
  const store = await SqliteEventStore.open({ file: join(dataDir, EVENT_STORE_FILE_NAME) });
  try {
    const head = await store.headPosition();
    if (head !== manifest.eventLog.headPosition) {
      throw new RestoreRefusedError(
        `El registro restaurado termina en la posición ${String(head)} y el manifiesto dice ` +
          `${String(manifest.eventLog.headPosition)}.`,
      );
    }
  } finally {
    await store.close();
  }
}

async function rebuildReadModels(dataDir: string, print: (line: string) => void): Promise<void> {
  const events = await SqliteEventStore.open({ file: join(dataDir, EVENT_STORE_FILE_NAME) });
  const readModels = await SqliteReadModelStore.open({ dataDir });
  try {
    const results = await rebuildProjections(events, readModels, APPLICATION_PROJECTIONS, {
      logger: { log: () => undefined, warn: print, error: print },
    });
    const deadLetters = results.reduce((sum, result) => sum + result.deadLetters, 0);
    if (deadLetters > 0) {
      throw new RestoreRefusedError(
        `La reconstrucción de los modelos de lectura dejó ${deadLetters} eventos en cartas muertas.`,
      );
    }
  } finally {
    await readModels.close();
    await events.close();
  }
}
