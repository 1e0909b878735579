// Who may download a file, and the file itself once re-hashed. Staff: ADMIN, COORDINATOR and AGENT any file;
// AUDITOR only files that are no one's personal data (claimed with no owner, such as improvement-action
// evidence). The public: a file the holder of a radicado and its access code may read, as the PQRS feature
// decides (PublicAttachmentAccess). An unknown id, a wrong code and a file of another case all get the same
// answer; bytes that no longer hash to the recorded SHA-256 are never served.
import type { AttachmentRef } from '../domain/shared/attachments.js';
import type { PublicAttachmentAccess } from './attachment-registry.js';
import { sha256Of, type AttachmentStore } from './attachment-store.js';
import { AttachmentRefusal, storeUnavailable } from './attachment-uploads.js';
import type { SqliteAttachmentRegistry, StoredAttachment } from './sqlite-attachment-registry.js';

/** Who asks for a file: a staff member in the role the request's token gave, or the holder of a code. */
export type DownloadCaller =
  | { readonly kind: 'STAFF'; readonly role: 'ADMIN' | 'COORDINATOR' | 'AGENT' | 'AUDITOR' }
  | { readonly kind: 'PUBLIC'; readonly radicado: string; readonly accessCode: string };

export interface ServedAttachment {
  readonly attachment: AttachmentRef;
  readonly bytes: Uint8Array;
  /** Whose personal data the file is; null for no one's (improvement-action evidence) or not yet claimed. */
  readonly ownerId: string | null;
}

/** One answer for every file not found or not the caller's to see: nothing tells them apart. */
export const attachmentNotFound = () =>
  new AttachmentRefusal(404, 'NOT_FOUND', 'No se encontró el archivo solicitado con los datos indicados.');

export class AttachmentDownloads {
  constructor(
    private readonly registry: Pick<SqliteAttachmentRegistry, 'find'>,
    private readonly store: AttachmentStore,
    /** The PQRS feature's check of a radicado and code; null while no module provides one. */
    private readonly publicAccess: () => PublicAttachmentAccess | null,
  ) {}

  async open(id: string, caller: DownloadCaller): Promise<ServedAttachment> {
    const upload = this.registry.find(id);
    if (caller.kind === 'PUBLIC') {
      const access = this.publicAccess();
      if (
        upload === null ||
        access === null ||
        !(await access.mayDownload(caller.radicado, caller.accessCode, upload.id))
      )
        throw attachmentNotFound();
    }
    if (upload === null) throw attachmentNotFound();
    if (upload.erasedAt !== null) {
      throw new AttachmentRefusal(
        410,
        'ATTACHMENT_ERASED',
        'El archivo fue borrado con los datos personales de su titular.',
      );
    }
    if (caller.kind === 'STAFF' && caller.role === 'AUDITOR' && !isNoOnesPersonalData(upload)) {
      throw new AttachmentRefusal(
        403,
        'FORBIDDEN',
        'Este archivo hace parte de los datos personales de su titular: el rol de auditor solo descarga ' +
          'archivos que no son datos personales de nadie, como las evidencias de las acciones de mejora.',
      );
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await this.store.get(upload.sha256);
    } catch (error) {
      throw storeUnavailable(error);
    }
    if (bytes === null) {
      throw new AttachmentRefusal(
        503,
        'ATTACHMENT_MISSING',
        `El contenido del archivo «${upload.fileName}» no se encuentra en el almacén de archivos. ` +
          'Avise al equipo técnico para restaurarlo desde la copia de seguridad.',
      );
    }
    if (sha256Of(bytes) !== upload.sha256) {
      throw new AttachmentRefusal(
        409,
        'ATTACHMENT_ALTERED',
        `El contenido guardado del archivo «${upload.fileName}» no coincide con su huella SHA-256 ` +
          'registrada, así que no se entrega. Avise al equipo técnico para restaurarlo desde la copia de seguridad.',
      );
    }
    const { fileName, mediaType, size, sha256 } = upload;
    return {
      attachment: { id: upload.id, fileName, mediaType, size, sha256 },
      bytes,
      ownerId: upload.ownerId,
    };
  }
}

/** Claimed for a record that names no owner (an unclaimed upload may still become someone's). */
function isNoOnesPersonalData(upload: StoredAttachment): boolean {
  return upload.claimedAt !== null && upload.ownerId === null;
}
