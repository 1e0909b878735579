// What the printed constancia de radicación says, line by line, from the server's FilingReceipt. Pure:
// the screen lays these out; the tests read them.
import { DOCUMENT_TYPE_LABELS, labelOf, PQRS_CHANNEL_LABELS, PQRS_KIND_LABELS } from './pqrs-labels.js';
import { formatDate, formatInstant } from './report-periods.js';

export interface FilingReceiptData {
  readonly entityName: string;
  readonly officeName: string;
  readonly radicado: string;
  readonly receivedAt: string;
  readonly kind: string;
  readonly subject: string;
  readonly dueDate: string;
  readonly termBusinessDays: number;
  readonly legalBasis: string;
  readonly channel: string;
  /** Null for an anonymous filing; masked (initials, last digits) where the reader's role says so. */
  readonly petitioner: {
    readonly erased: boolean;
    readonly name: string | null;
    readonly documentType: string | null;
    readonly documentNumber: string | null;
    /** Where the petitioner is notified (a verbal petition's constancia prints it). */
    readonly email?: string | null;
    readonly address?: string | null;
  } | null;
  /** The official by name, or "Ventanilla virtual" (Decreto 1166 de 2016: who received the petition). */
  readonly receivedByName: string;
  /** Made in person or by phone: the constancia of a verbal petition (Decreto 1166 de 2016). */
  readonly verbal?: boolean;
  /** The reasons the petition rests on, and the documents handed over with it (their file names). */
  readonly reasons?: string;
  readonly documents?: readonly string[];
}

export interface ReceiptLine {
  readonly label: string;
  readonly value: string;
}

/** "15 días hábiles (Ley 1755 de 2015, artículo 14)". */
export function legalTermText(termBusinessDays: number, legalBasis: string): string {
  const days = termBusinessDays === 1 ? '1 día hábil' : `${termBusinessDays} días hábiles`;
  return `${days} (${legalBasis})`;
}

/**
 * The constancia's lines. A verbal petition's (Decreto 1166 de 2016, compiled in Decreto 1069 de 2015, art.
 * 2.2.3.12.3) adds to every constancia's radicado, date and hour, petitioner, official who received it and
 * object (the subject) the petitioner's address for notifications, the reasons the petition rests on, the
 * documents handed over, and the express statement that it was made verbally.
 */
export function receiptLines(receipt: FilingReceiptData): ReceiptLine[] {
  const documents = receipt.documents ?? [];
  return [
    { label: 'Número de radicado', value: receipt.radicado },
    { label: 'Fecha y hora de radicación', value: `${formatInstant(receipt.receivedAt)} (hora de Bogotá)` },
    { label: 'Tipo de solicitud', value: labelOf(PQRS_KIND_LABELS, receipt.kind) },
    { label: 'Peticionario', value: petitionerText(receipt.petitioner) },
    { label: 'Canal de recepción', value: labelOf(PQRS_CHANNEL_LABELS, receipt.channel) },
    { label: 'Recibida por', value: receipt.receivedByName },
    { label: 'Asunto', value: receipt.subject },
    ...(receipt.verbal
      ? [
          { label: 'Dirección de notificación', value: notificationAddressOf(receipt.petitioner) },
          { label: 'Razones en que se fundamenta', value: receipt.reasons ?? '' },
          {
            label: 'Documentos que se anexan',
            value: documents.length === 0 ? 'Ninguno' : documents.join('; '),
          },
          { label: 'Forma de presentación', value: VERBAL_PETITION_STATEMENT },
        ]
      : []),
    {
      label: 'Término legal para responder',
      value: legalTermText(receipt.termBusinessDays, receipt.legalBasis),
    },
    { label: 'Fecha de vencimiento', value: formatDate(receipt.dueDate) },
  ];
}

/** Where the petitioner of a verbal petition is notified: their address and e-mail, as the reader may see them. */
function notificationAddressOf(petitioner: FilingReceiptData['petitioner']): string {
  if (petitioner === null) return 'Anónimo: se consulta con el radicado';
  const known = [petitioner.address, petitioner.email].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return known.length === 0 ? 'No registrada' : known.join('; ');
}

/** The explicit statement a verbal petition's constancia carries (Decreto 1166 de 2016, art. 2.2.3.12.3). */
export const VERBAL_PETITION_STATEMENT =
  'Verbal: se deja constancia expresa de que esta petición se presentó de forma verbal (Decreto 1166 de 2016).';

/** "Ana Pérez, Cédula de ciudadanía 52123456"; an anonymous filing says so, an erased person too. */
export function petitionerText(petitioner: FilingReceiptData['petitioner']): string {
  if (petitioner === null) return 'Anónimo';
  if (petitioner.erased) return 'Datos suprimidos a solicitud del titular';
  const document =
    petitioner.documentNumber === null
      ? null
      : `${petitioner.documentType === null ? 'Documento' : labelOf(DOCUMENT_TYPE_LABELS, petitioner.documentType)} ${petitioner.documentNumber}`;
  return [petitioner.name ?? 'Sin nombre', document].filter((part) => part !== null).join(', ');
}

/** Printed under the lines, so the petitioner knows how the days are counted. */
export const TERM_COUNTING_NOTE =
  'El término se cuenta en días hábiles desde el día hábil siguiente a la radicación: no incluye sábados, domingos ni festivos.';
