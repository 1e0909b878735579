// Taking in one uploaded file: its kind sniffed from the bytes (file-type reads the magic numbers and, for
// DOCX, XLSX and ODT, the entries of the ZIP) — never from its name or the Content-Type the client sent —
// checked against the domain's rules, kept by content and recorded as an upload a command may then name.
import { Inject, Injectable } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import { VENTANILLA_CONFIG } from '../config/config-token.js';
import type { VentanillaConfig } from '../config/configuration.js';
import { checkUpload, type AttachmentRef } from '../domain/shared/attachments.js';
import type { DomainError } from '../domain/shared/domain-error.js';
import type { Uploader } from './attachment-registry.js';
import { SqliteAttachmentRegistry, refOf } from './sqlite-attachment-registry.js';

/** A refusal of an attachment route: the HTTP status, a stable code, the Spanish message, the field at fault. */
export class AttachmentRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** What went wrong underneath, for the log (never for the client). */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'AttachmentRefusal';
  }

  /** A domain rule's refusal of an upload, with the status HTTP gives that kind of refusal. */
  static of(refused: DomainError): AttachmentRefusal {
    return new AttachmentRefusal(
      UPLOAD_STATUS_OF_RULE[refused.code] ?? 400,
      refused.code,
      refused.message,
      refused.field,
    );
  }
}

const UPLOAD_STATUS_OF_RULE: Readonly<Record<string, number>> = {
  ATTACHMENT_EMPTY: 400,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_TYPE_NOT_ALLOWED: 415,
};

/** What the upload answers: what the form shows and later sends back by id. */
export type UploadedAttachment = AttachmentRef;

const MAX_FILE_NAME_CHARACTERS = 200;

@Injectable()
export class AttachmentUploads {
  constructor(
    @Inject(SqliteAttachmentRegistry) private readonly registry: SqliteAttachmentRegistry,
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
  ) {}

  async upload(
    file: { readonly originalName: string; readonly bytes: Uint8Array },
    uploader: Uploader,
  ): Promise<UploadedAttachment> {
    const fileName = cleanFileName(file.originalName);
    const sniffed = file.bytes.byteLength === 0 ? undefined : await fileTypeFromBuffer(file.bytes);
    const mediaType = sniffed?.mime ?? null;
    const refused = checkUpload(
      { fileName, mediaType, size: file.bytes.byteLength },
      this.config.attachmentLimits,
    );
    if (refused !== null) throw AttachmentRefusal.of(refused);
    let kept;
    try {
      kept = await this.registry.keep(file.bytes, { fileName, mediaType: mediaType!, uploader });
    } catch (error) {
      throw storeUnavailable(error);
    }
    return refOf(kept);
  }
}

/**
 * The name as the uploader gave it, fit to show and to send back in a header: no folders, no control
 * characters, not endless; a file sent without a name is called «archivo».
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  // Control characters (Unicode category Cc: line breaks, NUL…) would break a header or a listing.
  const printable = base
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim();
  const cleaned = Array.from(printable).slice(0, MAX_FILE_NAME_CHARACTERS).join('').trim();
  return cleaned === '' ? 'archivo' : cleaned;
}

/** The byte store did not answer (a MongoDB down, a full disk): the client may try again later. */
export function storeUnavailable(cause: unknown): AttachmentRefusal {
  return new AttachmentRefusal(
    503,
    'ATTACHMENT_STORE_UNAVAILABLE',
    'El almacén de archivos no está disponible en este momento; intente de nuevo en unos minutos.',
    undefined,
    cause,
  );
}
