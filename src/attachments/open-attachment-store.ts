// Opens the attachment store the configuration names, as the other stores are chosen (storage-engines.ts):
// files under the data folder by default, GridFS on the read models' MongoDB when MONGODB_URL is set — so
// several machines sharing one MongoDB share the files too. A configured MongoDB that does not answer stops
// the start with a message naming the variable.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { redactCredentials } from '../config/configuration.js';
import { DEFAULT_ATTACHMENT_LIMITS } from '../domain/shared/attachments.js';
import { EngineUnavailableError } from '../engine/storage-engines.js';
import type { AttachmentStore } from './attachment-store.js';
import { AttachmentVerifier } from './attachment-verifier.js';
import { FilesystemAttachmentStore } from './filesystem-attachment-store.js';
import { GridFsAttachmentStore } from './gridfs-attachment-store.js';
import { ATTACHMENT_REGISTRY_FILE, SqliteAttachmentRegistry } from './sqlite-attachment-registry.js';

export interface AttachmentStorageSettings {
  readonly dataDir: string;
  /** MONGODB_URL, or null for the files under the data folder. */
  readonly mongoUrl: string | null;
}

export async function openAttachmentStore(settings: AttachmentStorageSettings): Promise<AttachmentStore> {
  if (settings.mongoUrl === null) return FilesystemAttachmentStore.open(settings.dataDir);
  const location = redactCredentials(settings.mongoUrl);
  try {
    return await GridFsAttachmentStore.connect({ url: settings.mongoUrl });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EngineUnavailableError(
      'MONGODB_URL',
      'MongoDB',
      location,
      // Drivers put the whole connection string in some messages: never print a password.
      reason.replace(/([a-z+]+:\/\/[^:@/\s]+):[^@/\s]*@/g, '$1:***@'),
    );
  }
}

/**
 * The verifier for a tool run beside the server (`npm run audit:verify`): the configured store, and the
 * registry of uploads when the data folder has one (it tells an erased file from a lost one).
 */
export async function openAttachmentVerifier(
  settings: AttachmentStorageSettings,
): Promise<{ readonly verifier: AttachmentVerifier; close(): Promise<void> }> {
  const store = await openAttachmentStore(settings);
  const registry = existsSync(join(settings.dataDir, ATTACHMENT_REGISTRY_FILE))
    ? SqliteAttachmentRegistry.open({ dataDir: settings.dataDir, store, limits: DEFAULT_ATTACHMENT_LIMITS })
    : null;
  return {
    verifier: new AttachmentVerifier(store, registry),
    close: async () => {
      await registry?.close();
      await store.close();
    },
  };
}
