// The constancia de radicación of a public filing as a PDF (A4, pdfmake, set up as the reports are): what
// was filed and when, its legal term and due date, the attached files with their SHA-256, the access code
// and how to follow the case. The same filing always renders to the same bytes.
import * as fontkit from 'fontkit';
import pdfmake from 'pdfmake';
import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import {
  configurePdfmake,
  PDF_FONT,
  PDF_FONTS,
  PDF_NULL_TEXT,
  PDF_PRODUCER,
} from '../features/reports/render/pdf-renderer.js';
import { bogotaWallClock, formatDay, formatNumber } from '../features/reports/render/value-format.js';

// The PDF set-up and printable() serve the answer letter too (src/features/notice-templates), which may not
// reach into the reports feature's files, nor import its index (that index reaches the PQRS feature).
export { configurePdfmake, PDF_FONT, PDF_FONTS, PDF_PRODUCER };
import type { ConstanciaView } from './public-cases.js';

export const CONSTANCIA_TITLE = 'Constancia de radicación';

export const CONSTANCIA_LEGAL_BASIS =
  'Ley 1755 de 2015, por la cual se regula el derecho fundamental de petición: radicación (artículo 15) ' +
  'y términos para resolver (artículo 14).';

const PAGE_MARGINS: [number, number, number, number] = [50, 50, 50, 50];

export async function renderConstancia(view: ConstanciaView): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf(constanciaDefinition(view)).getBuffer();
}

function constanciaDefinition(view: ConstanciaView): TDocumentDefinitions {
  // The PDF is dated at the filing, never at the wall clock: with the fixed producer, the same filing
  // gives the same bytes however often it is downloaded (pdfkit's file ID is a digest of these fields).
  const receivedAt = new Date(view.receivedAt);
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: 'es-CO',
    info: {
      title: printable(`${CONSTANCIA_TITLE} ${view.radicado}`),
      author: printable(view.entityName),
      subject: CONSTANCIA_LEGAL_BASIS,
      creator: PDF_PRODUCER,
      producer: PDF_PRODUCER,
      creationDate: receivedAt,
      modDate: receivedAt,
    },
    defaultStyle: { font: PDF_FONT, fontSize: 10 },
    styles: {
      entity: { bold: true, fontSize: 12 },
      title: { bold: true, fontSize: 18, margin: [0, 12, 0, 2] },
      legalBasis: { italics: true, fontSize: 8, margin: [0, 0, 0, 12] },
      sectionTitle: { bold: true, fontSize: 12, margin: [0, 16, 0, 6] },
      tableHeader: { bold: true, fillColor: '#D9E1F2' },
      attachments: { fontSize: 8 },
      accessCode: { bold: true, fontSize: 16, characterSpacing: 1, margin: [0, 0, 0, 6] },
      warning: { bold: true },
      note: { italics: true, fontSize: 8, margin: [0, 6, 0, 0] },
    },
    footer: (currentPage, pageCount) => ({
      margin: [PAGE_MARGINS[0], 20, PAGE_MARGINS[2], 0],
      fontSize: 7,
      columns: [
        { text: printable(`${CONSTANCIA_TITLE} · Radicado ${view.radicado}`), width: '*' },
        { text: `Página ${currentPage} de ${pageCount}`, width: 'auto', alignment: 'right' },
      ],
    }),
    content: [
      { text: printable(view.entityName), style: 'entity' },
      { text: printable(view.officeName) },
      { text: CONSTANCIA_TITLE, style: 'title' },
      { text: CONSTANCIA_LEGAL_BASIS, style: 'legalBasis' },
      filingFacts(view),
      {
        text:
          'El término corre en días hábiles desde el día hábil siguiente a la radicación. Se suspende si ' +
          'la entidad le pide completar la petición (artículo 17) y puede ampliarse una vez, con aviso ' +
          'antes del vencimiento y sin pasar del doble del término inicial (parágrafo del artículo 14).',
        style: 'note',
      },
      { text: 'Archivos adjuntos', style: 'sectionTitle' },
      attachmentsContent(view.attachments),
      { text: 'Código de consulta', style: 'sectionTitle' },
      { text: printable(groupedAccessCode(view.accessCode)), style: 'accessCode' },
      {
        text:
          'Guarde este código y no lo comparta: con el radicado, da acceso a su caso y a la respuesta. ' +
          'La entidad no lo conserva y no puede recuperarlo ni enviárselo de nuevo.',
        style: 'warning',
      },
      { text: 'Cómo seguir su caso', style: 'sectionTitle' },
      {
        text: [
          'Ingrese a ',
          { text: printable(view.trackingUrl), bold: true },
          ' con el número de radicado y el código de consulta: allí verá el estado de su caso, las ' +
            'solicitudes de información que la entidad le haga y la respuesta cuando se emita.',
        ],
      },
    ],
  };
}

/** Label–value rows, a thin rule between them. */
const FACTS_LAYOUT: CustomTableLayout = {
  hLineWidth: (lineIndex, node) => (lineIndex === 0 || lineIndex === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => '#AAAAAA',
  paddingLeft: (columnIndex) => (columnIndex === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function filingFacts(view: ConstanciaView): Content {
  const facts: [string, string][] = [
    ['Radicado', view.radicado],
    ['Fecha y hora de radicación', `${formatDateTime(view.receivedAt)} (hora de Colombia)`],
    ['Tipo de solicitud', view.kindLabel],
    ['Canal de recepción', view.channelLabel],
    ['Recibida por', view.receivedBy],
    [
      'Peticionario',
      view.anonymous
        ? 'Anónimo'
        : view.petitioner === null
          ? 'Datos suprimidos a solicitud del titular'
          : `${view.petitioner.name}, ${view.petitioner.document}`,
    ],
    ['Término legal para responder', businessDays(view.termBusinessDays)],
    ...(view.termRunsFrom === null
      ? []
      : [['El término corre desde', formatDay(view.termRunsFrom)] as [string, string]]),
    ['Fecha de vencimiento', formatDay(view.dueDate)],
    ['Asunto', view.subject],
    ['Tipo de persona', view.anonymous ? 'Anónima' : view.personTypeLabel],
    [
      'Canal de respuesta',
      view.answerChannelLabel ??
        (view.anonymous ? 'Solo en la página de consulta (radicación anónima)' : PDF_NULL_TEXT),
    ],
    ...(view.policyVersion === null
      ? []
      : [
          [
            'Tratamiento de datos personales',
            `Autorizado conforme a la Ley 1581 de 2012 (política versión ${view.policyVersion})`,
          ] as [string, string],
        ]),
  ];
  return {
    layout: FACTS_LAYOUT,
    table: {
      widths: [150, '*'],
      body: facts.map(([label, value], index): TableCell[] => [
        { text: label, bold: true },
        // The radicado is what the citizen quotes: it stands out.
        index === 0 ? { text: printable(value), bold: true, fontSize: 14 } : { text: printable(value) },
      ]),
    },
  };
}

function attachmentsContent(attachments: ConstanciaView['attachments']): Content {
  if (attachments.length === 0) return { text: 'Sin archivos adjuntos.' };
  const header: TableCell[] = ['Archivo', 'Tamaño', 'Huella SHA-256'].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  return [
    {
      style: 'attachments',
      layout: 'lightHorizontalLines',
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 'auto', 'auto'],
        body: [
          header,
          ...attachments.map((attachment): TableCell[] => [
            { text: printable(attachment.fileName) },
            { text: fileSize(attachment.size), alignment: 'right', noWrap: true },
            { text: attachment.sha256, noWrap: true },
          ]),
        ],
      },
    },
    {
      text:
        'La huella SHA-256 identifica el contenido exacto de cada archivo: cualquier cambio en él da ' +
        'otra huella.',
      style: 'note',
    },
  ];
}

/** An instant as 'DD/MM/AAAA HH:mm' on the Bogotá wall clock. */
function formatDateTime(instant: string): string {
  const clock = bogotaWallClock(instant);
  return `${clock.day}/${clock.month}/${clock.year} ${clock.hour}:${clock.minute}`;
}

function businessDays(days: number): string {
  return days === 1 ? '1 día hábil' : `${days} días hábiles`;
}

const KILOBYTE = 1024;
const MEGABYTE = 1024 * KILOBYTE;

/** 512 bytes, 45,3 KB, 2,1 MB: as a file browser shows it. */
export function fileSize(bytes: number): string {
  if (bytes < KILOBYTE) return bytes === 1 ? '1 byte' : `${formatNumber(bytes, 0)} bytes`;
  if (bytes < MEGABYTE) return `${formatNumber(bytes / KILOBYTE, 1)} KB`;
  return `${formatNumber(bytes / MEGABYTE, 1)} MB`;
}

/** A 16-character code as XXXX-XXXX-XXXX-XXXX, the way the confirmation page showed it. */
function groupedAccessCode(code: string): string {
  const characters = code.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-Z]{16}$/.test(characters) ? (characters.match(/.{4}/g) ?? []).join('-') : code.trim();
}

/** The faces the constancia and the answer letter set text in: every one must draw a character. */
const FACES = Object.values(PDF_FONTS[PDF_FONT]).map((path) => fontkit.openSync(path));
const drawable = new Map<string, boolean>();

/**
 * Text the embedded DejaVu Sans draws in every face (normal, bold, italics): a citizen's subject or file
 * name may hold anything, and pdfkit would print a character the font lacks as an empty box or nothing.
 * Such a character falls back to its base letter when that one is drawn, and otherwise reads '?' (日),
 * so the reader sees that something was there.
 */
export function printable(text: string): string {
  let result = '';
  for (const character of text) {
    if (isDrawable(character)) {
      result += character;
      continue;
    }
    const base = character.normalize('NFKD').replace(/\p{M}/gu, '');
    result += base !== '' && [...base].every(isDrawable) ? base : '?';
  }
  return result;
}

function isDrawable(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if (code === 0x0a) return true;
  // Control characters have glyphs in no font worth printing.
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return false;
  let known = drawable.get(character);
  if (known === undefined) {
    known = FACES.every((face) => face.hasGlyphForCodePoint(code));
    drawable.set(character, known);
  }
  return known;
}
