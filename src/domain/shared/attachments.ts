// Files a case, an affiliation or an improvement action holds (a letter, a scanned document, evidence):
// the rules an upload and a filing must meet. Events carry the reference below, never the bytes; the
// bytes live in the attachment store, addressed by their SHA-256.
import { refuse, type DomainError } from './domain-error.js';

/** What an event records of a file: enough to show it, serve it and prove it is the same file. */
export interface AttachmentRef {
  readonly id: string;
  /** As the uploader named it; a free text, so sealed in the vault like every other (a name may name a person). */
  readonly fileName: string;
  /** As sniffed from the content, never as the name or the client claimed. */
  readonly mediaType: string;
  readonly size: number;
  /** Hex SHA-256 of the bytes. */
  readonly sha256: string;
}

/** The kinds of file the office accepts, by the media type sniffed from the content, with their names. */
export const ATTACHMENT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument (ODT)',
};

/** How much one upload and one filing may hold (configuration: VENTANILLA_ATTACHMENT_*). */
export interface AttachmentLimits {
  readonly maxFileBytes: number;
  readonly maxFilesPerFiling: number;
  readonly maxTotalBytesPerFiling: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxFilesPerFiling: 10,
  maxTotalBytesPerFiling: 25 * 1024 * 1024,
};

/** "10 MB", "512 KB": sizes as a citizen reads them. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const megabytes = bytes / (1024 * 1024);
    return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1).replace('.', ',')} MB`;
  }
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

const allowedKinds = (): string => {
  const names = Object.values(ATTACHMENT_MEDIA_TYPES);
  return `${names.slice(0, -1).join(', ')} u ${names.at(-1)}`;
};

/**
 * Whether one uploaded file may be kept: not empty, within the size limit, and of an accepted kind by
 * its content (`mediaType` null: the content matched no known kind). The refusal names the file.
 */
export function checkUpload(
  file: { readonly fileName: string; readonly mediaType: string | null; readonly size: number },
  limits: AttachmentLimits,
): DomainError | null {
  const name = `«${file.fileName}»`;
  if (file.size === 0) return refuse('ATTACHMENT_EMPTY', `El archivo ${name} está vacío.`, 'file');
  if (file.size > limits.maxFileBytes) {
    return refuse(
      'ATTACHMENT_TOO_LARGE',
      `El archivo ${name} pesa ${sizeInWords(file.size)}; cada archivo puede pesar hasta ${sizeInWords(limits.maxFileBytes)}.`,
      'file',
    );
  }
  if (file.mediaType === null || ATTACHMENT_MEDIA_TYPES[file.mediaType] === undefined) {
    return refuse(
      'ATTACHMENT_TYPE_NOT_ALLOWED',
      `El contenido del archivo ${name} no es de un tipo aceptado: solo se reciben ${allowedKinds()}, ` +
        'según su contenido y no según su nombre.',
      'file',
    );
  }
  return null;
}

/**
 * The refusal of a file the server stopped receiving once it passed the size limit: how much it weighs in
 * all is unknown, only that it is more than the limit.
 */
export function refuseOversizedUpload(fileName: string, limits: AttachmentLimits): DomainError {
  return refuse(
    'ATTACHMENT_TOO_LARGE',
    `El archivo «${fileName}» supera el máximo de ${sizeInWords(limits.maxFileBytes)} por archivo.`,
    'file',
  );
}

/** Whether the files of one filing (or one answer, one document) fit its limits together. */
export function checkFilingAttachments(
  attachments: readonly AttachmentRef[],
  limits: AttachmentLimits,
  field = 'attachmentIds',
): DomainError | null {
  if (new Set(attachments.map((a) => a.id)).size !== attachments.length) {
    return refuse('ATTACHMENT_REPEATED', 'El mismo archivo adjunto está más de una vez.', field);
  }
  if (attachments.length > limits.maxFilesPerFiling) {
    return refuse(
      'TOO_MANY_ATTACHMENTS',
      `Se adjuntaron ${attachments.length} archivos; se permiten hasta ${limits.maxFilesPerFiling} por radicación.`,
      field,
    );
  }
  const total = attachments.reduce((sum, a) => sum + a.size, 0);
  if (total > limits.maxTotalBytesPerFiling) {
    return refuse(
      'ATTACHMENTS_TOO_LARGE',
      `Los archivos adjuntos suman ${sizeInWords(total)}; en total se permiten hasta ${sizeInWords(limits.maxTotalBytesPerFiling)} por radicación.`,
      field,
    );
  }
  for (const attachment of attachments) {
    const refused = checkUpload(attachment, { ...limits, maxFileBytes: Number.MAX_SAFE_INTEGER });
    if (refused !== null) return { ...refused, field };
  }
  return null;
}
