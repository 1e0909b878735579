// The answer letter (oficio de respuesta) as a PDF on A4, laid out by pdfmake as the reports and the
// constancia are: the entity's letterhead, the outgoing number and the date, the addressee, the reference
// to the radicado, the subject, the answer (the ANSWER_LETTER template rendered), the signer and the
// attachments by name. Dated at the answer's day and with a fixed producer, so the same letter always
// renders to the same bytes (pdfkit's file ID is a digest of these fields) and its SHA-256 proves it.
import type { Content } from 'pdfmake/interfaces.js';
import { PdfWorkerPool, type PdfJob } from '../../../engine/pdf-worker-pool.js';
import { spanishDate, spanishDateInWords, type CalendarDate } from '../../../domain/shared/time.js';
import { PDF_FONT, PDF_FONTS, PDF_PRODUCER, printable } from '../../../public-channel/constancia.js';

export const ANSWER_LETTER_TITLE = 'Oficio de respuesta';
/** How an answer to an anonymous petition is addressed. */
export const ANONYMOUS_ADDRESSEE = 'Peticionario anónimo';

/** Everything printed on the letter, already in words. */
export interface AnswerLetterView {
  readonly entityName: string;
  readonly officeName: string;
  readonly letterheadLines: readonly string[];
  readonly outgoingNumber: string;
  readonly answeredOn: CalendarDate;
  readonly addressee: {
    readonly name: string | null;
    readonly email: string | null;
    readonly address: string | null;
  };
  readonly radicado: string;
  readonly receivedOn: CalendarDate;
  readonly kindLabel: string;
  /** The rendered template's subject: the letter's "Asunto". */
  readonly subject: string;
  /** The rendered template's text: salutation, answer, closing. */
  readonly text: string;
  readonly signerName: string;
  readonly signerTitle: string;
  readonly annexes: readonly string[];
}

const PAGE_MARGINS: [number, number, number, number] = [70, 60, 70, 60];

/** Laid out on threads of their own: a letter is laid out on the command path of every answer. */
let letterThreads: PdfWorkerPool | undefined;

export async function renderAnswerLetterPdf(view: AnswerLetterView): Promise<Buffer> {
  letterThreads ??= new PdfWorkerPool(PDF_FONTS);
  return letterThreads.render(answerLetterJob(view));
}

function answerLetterJob(view: AnswerLetterView): PdfJob {
  // Noon in Bogotá on the answer's day: a fixed instant of that day, whatever the wall clock says.
  const dated = new Date(`${view.answeredOn}T12:00:00-05:00`);
  const title = printable(`${ANSWER_LETTER_TITLE} ${view.outgoingNumber}`);
  const definition: PdfJob['definition'] = {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: 'es-CO',
    info: {
      title,
      author: printable(view.entityName),
      subject: printable(`Respuesta al radicado ${view.radicado}`),
      creator: PDF_PRODUCER,
      producer: PDF_PRODUCER,
      creationDate: dated,
      modDate: dated,
    },
    defaultStyle: { font: PDF_FONT, fontSize: 11, lineHeight: 1.2 },
    styles: {
      entity: { bold: true, fontSize: 13, alignment: 'center' },
      office: { alignment: 'center' },
      letterhead: { fontSize: 8, alignment: 'center', color: '#444444' },
      outgoingNumber: { bold: true, alignment: 'right', margin: [0, 18, 0, 0] },
      date: { alignment: 'right', margin: [0, 2, 0, 18] },
      label: { bold: true },
      paragraph: { margin: [0, 0, 0, 10], alignment: 'justify' },
      signer: { bold: true, margin: [0, 36, 0, 0] },
      annexes: { fontSize: 9, margin: [0, 24, 0, 0] },
    },
    content: [
      { text: printable(view.entityName), style: 'entity' },
      { text: printable(view.officeName), style: 'office' },
      ...view.letterheadLines.map((line) => ({ text: printable(line), style: 'letterhead' })),
      {
        canvas: [{ type: 'line', x1: 0, y1: 6, x2: 455, y2: 6, lineWidth: 0.5, lineColor: '#888888' }],
      },
      { text: printable(`Radicado de salida ${view.outgoingNumber}`), style: 'outgoingNumber' },
      { text: spanishDateInWords(view.answeredOn), style: 'date' },
      addresseeContent(view.addressee),
      {
        margin: [0, 16, 0, 2],
        text: [
          { text: 'Referencia: ', style: 'label' },
          printable(
            `radicado ${view.radicado} del ${spanishDate(view.receivedOn)} (${view.kindLabel.toLowerCase()})`,
          ),
        ],
      },
      { margin: [0, 0, 0, 16], text: [{ text: 'Asunto: ', style: 'label' }, printable(view.subject)] },
      ...paragraphs(view.text),
      { text: printable(view.signerName), style: 'signer' },
      { text: printable(view.signerTitle) },
      { text: printable(view.officeName) },
      annexesContent(view.annexes),
    ],
  };
  return {
    definition,
    footer: {
      left: printable(`${view.outgoingNumber} · Respuesta al radicado ${view.radicado}`),
      pageLabel: 'Página {page} de {pages}',
      margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
      fontSize: 7,
    },
  };
}

function addresseeContent(addressee: AnswerLetterView['addressee']): Content {
  const lines = [
    'Señor(a)',
    addressee.name?.trim() ? addressee.name.trim() : ANONYMOUS_ADDRESSEE,
    ...(addressee.address?.trim() ? addressee.address.trim().split(/\r?\n/) : []),
    ...(addressee.email?.trim() ? [addressee.email.trim()] : []),
  ];
  return lines.map((line, index) => ({ text: printable(line), bold: index === 1 }));
}

/** The text's paragraphs (blank-line separated), each keeping its own line breaks. */
function paragraphs(text: string): Content[] {
  return text
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => ({ text: printable(paragraph), style: 'paragraph' }));
}

function annexesContent(annexes: readonly string[]): Content {
  if (annexes.length === 0) return { text: 'Anexos: ninguno.', style: 'annexes' };
  return {
    style: 'annexes',
    stack: [
      { text: `Anexos (${annexes.length}):`, bold: true },
      { ul: annexes.map((name) => printable(name)) },
    ],
  };
}
