// What the office's mailbox reader makes of one message, before anything is kept: the key that makes a
// message seen twice the same receipt, the sender, the subject and the text of the petition, its files,
// or the reason (in Spanish, for the staff queue "Correo por revisar") why it cannot be radicated.
import { createHash } from 'node:crypto';
import type { AddressObject, ParsedMail } from 'mailparser';
import type { AttachmentLimits } from '../../domain/shared/attachments.js';
import { sizeInWords } from '../../domain/shared/attachments.js';
import { bogotaDateOf, spanishDate } from '../../domain/shared/time.js';

/** The longest subject a case takes (the staff intake form's limit). */
export const SUBJECT_MAX_CHARACTERS = 300;
/** The longest description a case takes from a message (the staff intake form's limit). */
export const DESCRIPTION_MAX_CHARACTERS = 20_000;
/** What a case is called when its message has no subject. */
export const NO_SUBJECT = '(sin asunto)';
/** The description of a message whose petition is all in its files. */
export const ONLY_FILES_DESCRIPTION =
  '(El mensaje no trae texto: la solicitud está en los archivos adjuntos.)';

/** A file the message carries, as the sender named it. */
export interface MailFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** A message that can be radicated: who wrote, about what, and what they sent. */
export interface ReadableMail {
  readonly readable: true;
  readonly sender: { readonly email: string; readonly name: string };
  readonly subject: string;
  /** The text of the petition, within DESCRIPTION_MAX_CHARACTERS (the rest stays in the mailbox). */
  readonly description: string;
  readonly files: readonly MailFile[];
}

/** A message for the staff queue: why, and what it shows of itself (null when it does not say). */
export interface UnreadableMail {
  readonly readable: false;
  readonly reason: string;
  readonly from: string | null;
  readonly subject: string | null;
}

export type MailReading = ReadableMail | UnreadableMail;

/**
 * The idempotency key of a message's receipt: from its Message-ID, so the same message delivered twice (or
 * read again after a crash) is the same command; from a hash of its bytes when it has none. Hashed, so
 * the key says nothing of the sender.
 */
export function messageKeyOf(messageId: string | null | undefined, raw: Uint8Array): string {
  const id = messageId?.trim().replace(/^<|>$/g, '').trim() ?? '';
  return id === ''
    ? `mail-bytes:${createHash('sha256').update(raw).digest('hex')}`
    : `mail-id:${createHash('sha256').update(id, 'utf8').digest('hex')}`;
}

/** The first address of a header, with its display name. */
function firstAddressOf(
  header: AddressObject | AddressObject[] | undefined,
): { email: string; name: string } | null {
  const objects = header === undefined ? [] : Array.isArray(header) ? header : [header];
  for (const object of objects) {
    for (const address of object.value) {
      if (address.address && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address.address.trim())) {
        return { email: address.address.trim(), name: (address.name ?? '').trim() };
      }
    }
  }
  return null;
}

/** The From header as staff read it in the queue: `Nombre <correo>`, the address alone, or null. */
export function fromAsShown(parsed: Pick<ParsedMail, 'from'>): string | null {
  const first = parsed.from?.value[0];
  const name = first?.name?.trim() ?? '';
  const address = first?.address?.trim() ?? '';
  const shown = address === '' ? name : name === '' ? address : `${name} <${address}>`;
  return shown === '' ? parsed.from?.text?.trim() || null : shown;
}

/**
 * Whether the message was written by a machine: a delivery report, an automatic reply, a bulk mailing.
 * Radicating one would answer it, and a bounce of that answer would come back to be radicated again.
 */
function automaticMessageReason(
  parsed: ParsedMail,
  sender: string | null,
  ownAddress: string,
): string | null {
  const autoSubmitted = String(parsed.headers.get('auto-submitted') ?? '')
    .trim()
    .toLowerCase();
  const precedence = String(parsed.headers.get('precedence') ?? '')
    .trim()
    .toLowerCase();
  const contentType = parsed.headers.get('content-type') as { value?: string } | string | undefined;
  const mediaType = (
    typeof contentType === 'string' ? contentType : (contentType?.value ?? '')
  ).toLowerCase();
  const localPart = sender?.split('@')[0]?.toLowerCase() ?? '';
  if (
    (autoSubmitted !== '' && autoSubmitted !== 'no') ||
    ['bulk', 'junk', 'auto_reply'].includes(precedence) ||
    mediaType.startsWith('multipart/report') ||
    ['mailer-daemon', 'postmaster'].includes(localPart)
  ) {
    return 'Es un mensaje automático (aviso de no entrega, respuesta automática o envío masivo): no se radica sin que alguien lo revise.';
  }
  if (sender !== null && sender.toLowerCase() === ownAddress.toLowerCase()) {
    return 'Lo envió la misma dirección de la oficina que envía las notificaciones: no se radica sin que alguien lo revise.';
  }
  return null;
}

/**
 * Reads a parsed message: the sender's address (required), the subject (or NO_SUBJECT), the text (the
 * plain part, or the one mailparser derives from the HTML when there is none) and the files it attaches
 * (not the images a signature embeds in its HTML). `ownAddress` is the office's sending address.
 */
export function readMail(parsed: ParsedMail, ownAddress: string, processedFolder: string): MailReading {
  const from = fromAsShown(parsed);
  const subjectGiven = parsed.subject?.trim() ?? '';
  const shown = { from, subject: subjectGiven === '' ? null : subjectGiven };
  const sender = firstAddressOf(parsed.from);
  const automatic = automaticMessageReason(parsed, sender?.email ?? null, ownAddress);
  if (automatic !== null) return { readable: false, reason: automatic, ...shown };
  if (sender === null) {
    return {
      readable: false,
      reason: 'El mensaje no trae una dirección de correo de quien lo envía: no hay a quién responder.',
      ...shown,
    };
  }
  const files = (parsed.attachments ?? [])
    .filter((attachment) => !attachment.related)
    .map((attachment, index) => ({
      fileName: attachment.filename?.trim() || `adjunto-${index + 1}`,
      bytes: attachment.content,
    }));
  const text = (parsed.text ?? '').replace(/\r\n/g, '\n').trim();
  if (text === '' && files.length === 0) {
    return { readable: false, reason: 'El mensaje no trae texto ni archivos adjuntos.', ...shown };
  }
  return {
    readable: true,
    sender: { email: sender.email, name: sender.name === '' ? sender.email : sender.name },
    subject: shortened(subjectGiven === '' ? NO_SUBJECT : subjectGiven, SUBJECT_MAX_CHARACTERS),
    description: text === '' ? ONLY_FILES_DESCRIPTION : descriptionOf(text, processedFolder),
    files,
  };
}

function shortened(text: string, max: number): string {
  const characters = Array.from(text.replace(/\s+/g, ' '));
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/** The text, or its beginning and where the rest is when it is longer than a case takes. */
function descriptionOf(text: string, processedFolder: string): string {
  const characters = Array.from(text);
  if (characters.length <= DESCRIPTION_MAX_CHARACTERS) return text;
  const rest = `\n\n[…] El texto sigue en el mensaje original, que se conserva en la carpeta «${processedFolder}» del buzón de correo.`;
  return `${characters.slice(0, DESCRIPTION_MAX_CHARACTERS - rest.length).join('')}${rest}`;
}

/** A file of the message with what its content is, or why it cannot be kept (the upload rules' words). */
export type CheckedFile =
  | { readonly fileName: string; readonly size: number; readonly refusal: null }
  | { readonly fileName: string; readonly size: number; readonly refusal: string };

/** The files a case takes, in the message's order, and those it cannot take with the reason. */
export interface FilingFit {
  /** Indexes into the files given. */
  readonly taken: readonly number[];
  readonly left: readonly { readonly fileName: string; readonly reason: string }[];
}

/**
 * The files the case takes: each one the upload rules accept, in order, while they fit one filing's limits
 * (how many, how much in all); the others are named with the reason, so nothing is left out silently.
 */
export function fitFiling(files: readonly CheckedFile[], limits: AttachmentLimits): FilingFit {
  const taken: number[] = [];
  const left: { fileName: string; reason: string }[] = [];
  let total = 0;
  files.forEach((file, index) => {
    if (file.refusal !== null) {
      left.push({ fileName: file.fileName, reason: file.refusal });
    } else if (taken.length >= limits.maxFilesPerFiling) {
      left.push({
        fileName: file.fileName,
        reason: `Una radicación admite hasta ${limits.maxFilesPerFiling} archivos.`,
      });
    } else if (total + file.size > limits.maxTotalBytesPerFiling) {
      left.push({
        fileName: file.fileName,
        reason: `Los archivos de una radicación suman hasta ${sizeInWords(limits.maxTotalBytesPerFiling)}.`,
      });
    } else {
      taken.push(index);
      total += file.size;
    }
  });
  return { taken, left };
}

/**
 * The office's note added to the description when some files could not be taken: which, why, and where
 * the message is kept, so the staff can ask for them another way.
 */
export function filesLeftNote(left: FilingFit['left'], processedFolder: string): string | null {
  if (left.length === 0) return null;
  const lines = left.map(({ fileName, reason }) => `- «${fileName}»: ${reason}`);
  return [
    'Nota de la radicación por correo: estos archivos del mensaje no se incorporaron al caso.',
    ...lines,
    `El mensaje original, con todos sus archivos, se conserva en la carpeta «${processedFolder}» del buzón de correo.`,
  ].join('\n');
}

/** The description with the office's note after it (within the longest description a case takes). */
export function withNote(description: string, note: string | null): string {
  if (note === null) return description;
  const room = DESCRIPTION_MAX_CHARACTERS - Array.from(note).length - 2;
  const text = Array.from(description);
  return `${text.length <= room ? description : `${text.slice(0, room - 1).join('')}…`}\n\n${note}`;
}

/** Why a message is recorded beyond the late-entry window: it waited in the mailbox. */
export function lateReadingReason(arrivedAt: Date, readAt: Date): string {
  return (
    `Mensaje llegado al buzón de correo de la oficina el ${spanishDate(bogotaDateOf(arrivedAt.toISOString()))} ` +
    `y leído por Ventanilla el ${spanishDate(bogotaDateOf(readAt.toISOString()))}: el buzón no se leyó a tiempo ` +
    '(servidor de correo o Ventanilla fuera de servicio). Se radica con la fecha de llegada del mensaje.'
  );
}

/** The moment a message is received: its arrival in the mailbox, never later than now (a server's clock ahead). */
export function receivedAtOf(arrivedAt: Date | null, now: Date): Date {
  return arrivedAt === null || Number.isNaN(arrivedAt.getTime()) || arrivedAt > now ? now : arrivedAt;
}
