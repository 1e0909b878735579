// Files as staff see them: sizes in KB and MB, the SHA-256 shortened for the eye (the full value stays at
// hand), the kind by its media type, which step of a case a file came with, the uploads of a form and the
// Spanish words of a refused upload or download — the server's own when it gave them (they name the file
// and the rule). Pure.
import { ATTACHMENT_MEDIA_TYPES } from '../../../src/domain/shared/attachments.js';
import { ATTACHMENT_SOURCE_LABELS } from '../../../src/domain/pqrs/labels.js';

export { ATTACHMENT_SOURCE_LABELS };

/** A file as the API describes it (Attachment, CaseAttachment). */
export interface AttachmentView {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
}

const ONE_DECIMAL = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 });
const KIB = 1024;
const MIB = 1024 * 1024;

/** "532 bytes", "12,4 KB", "3,1 MB": binary units, as file browsers show them. */
export function formatFileSize(bytes: number): string {
  if (bytes < KIB) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  if (bytes < MIB) return `${ONE_DECIMAL.format(bytes / KIB)} KB`;
  return `${ONE_DECIMAL.format(bytes / MIB)} MB`;
}

/** How many hex digits of the hash show at each end: enough to tell two files apart at a glance. */
const HASH_END = 8;

/** "3f9a1c2b…9e0d7a61": the SHA-256's ends; the full value goes in the tooltip and the description. */
export function shortSha256(sha256: string): string {
  return sha256.length <= HASH_END * 2 + 1
    ? sha256
    : `${sha256.slice(0, HASH_END)}…${sha256.slice(-HASH_END)}`;
}

/** "PDF", "Word (DOCX)"; a media type the office does not list is shown as it is. */
export function fileKindOf(mediaType: string): string {
  return ATTACHMENT_MEDIA_TYPES[mediaType] ?? mediaType;
}

/** The kinds the server accepts, in the sentence the upload field shows before any file is chosen. */
export function acceptedKindsText(): string {
  const names = Object.values(ATTACHMENT_MEDIA_TYPES);
  return (
    `Se reciben ${names.slice(0, -1).join(', ')} u ${names.at(-1)}; el servidor reconoce cada archivo ` +
    'por su contenido y revisa su tamaño.'
  );
}

/** The server's Spanish message from a refusal's JSON body ({ code, message, field }), or null. */
export function serverMessageOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    return typeof parsed.message === 'string' && parsed.message.trim() !== '' ? parsed.message : null;
  } catch {
    // Not JSON (a proxy's error page): the caller's own sentence.
    return null;
  }
}

export const CONNECTION_LOST =
  'No fue posible comunicarse con el servidor. Revise la conexión e intente de nuevo.';

/** Why an upload of `fileName` was refused: the server's message, else a sentence naming the file. */
export function uploadRefusal(status: number, body: string, fileName: string): string {
  const said = serverMessageOf(body);
  if (said !== null) return said;
  if (status === 401) return `No se adjuntó «${fileName}»: la sesión terminó. Vuelva a ingresar.`;
  if (status === 413) return `No se adjuntó «${fileName}»: el archivo es demasiado grande.`;
  return `No se adjuntó «${fileName}»: el servidor no lo aceptó (error ${status}).`;
}

/** Why a download of `fileName` failed: the server's message (an auditor's 403 says why), else by status. */
export function downloadRefusal(status: number, body: string, fileName: string): string {
  const said = serverMessageOf(body);
  if (said !== null) return said;
  switch (status) {
    case 401:
      return `No se descargó «${fileName}»: la sesión terminó. Vuelva a ingresar.`;
    case 403:
      return `Su rol no permite descargar «${fileName}».`;
    case 404:
      return `El archivo «${fileName}» no existe en el servidor.`;
    case 410:
      return `El archivo «${fileName}» ya no existe: se suprimió con los datos personales de su titular.`;
    default:
      return `No fue posible descargar «${fileName}» (error ${status}).`;
  }
}

// ---- The uploads of one form ---------------------------------------------------------------------------

export type UploadState =
  | { readonly state: 'sending'; readonly fraction: number }
  | { readonly state: 'done'; readonly attachment: AttachmentView }
  | { readonly state: 'refused'; readonly message: string };

export interface UploadItem {
  /** The form's own number for the chosen file (two files may share a name). */
  readonly key: number;
  readonly name: string;
  readonly size: number;
  readonly upload: UploadState;
}

/** What a form sends of its uploads: the ids of the files the server kept, and whether any is still going. */
export interface UploadsValue {
  readonly ids: readonly string[];
  readonly pending: boolean;
}

export const NO_UPLOADS: UploadsValue = { ids: [], pending: false };

export function uploadsValueOf(items: readonly UploadItem[]): UploadsValue {
  return {
    ids: items.flatMap((item) => (item.upload.state === 'done' ? [item.upload.attachment.id] : [])),
    pending: items.some((item) => item.upload.state === 'sending'),
  };
}

/** Shown on the files when the form is sent while one is still on its way. */
export const UPLOADS_PENDING = 'Espere a que terminen de enviarse los archivos.';

/** The problem of a form's uploads before sending, or undefined. */
export function uploadsProblem(value: UploadsValue): string | undefined {
  return value.pending ? UPLOADS_PENDING : undefined;
}

/** "Enviando… 40 %", "Adjuntado", "No adjuntado: …": each file's state in words, never by colour alone. */
export function uploadStateText(upload: UploadState): string {
  switch (upload.state) {
    case 'sending':
      return `Enviando… ${Math.round(upload.fraction * 100)} %`;
    case 'done':
      return 'Adjuntado';
    case 'refused':
      return `No adjuntado: ${upload.message}`;
  }
}

/** The rows after choosing files: a single-file field keeps only the newest choice. */
export function withChosen(
  items: readonly UploadItem[],
  chosen: readonly UploadItem[],
  multiple: boolean,
): UploadItem[] {
  return multiple ? [...items, ...chosen] : chosen.slice(-1);
}
