// What the printed constancia de radicación says, line by line, from the server's FilingReceipt. Pure:
// the screen lays these out; the tests read them.
import { labelOf, PQRS_KIND_LABELS } from './pqrs-labels.js';
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

export function receiptLines(receipt: FilingReceiptData): ReceiptLine[] {
  return [
    { label: 'Número de radicado', value: receipt.radicado },
    { label: 'Fecha y hora de radicación', value: `${formatInstant(receipt.receivedAt)} (hora de Bogotá)` },
    { label: 'Tipo de solicitud', value: labelOf(PQRS_KIND_LABELS, receipt.kind) },
    { label: 'Asunto', value: receipt.subject },
    {
      label: 'Término legal para responder',
      value: legalTermText(receipt.termBusinessDays, receipt.legalBasis),
    },
    { label: 'Fecha de vencimiento', value: formatDate(receipt.dueDate) },
  ];
}

/** Printed under the lines, so the petitioner knows how the days are counted. */
export const TERM_COUNTING_NOTE =
  'El término se cuenta en días hábiles desde el día hábil siguiente a la radicación: no incluye sábados, domingos ni festivos.';
