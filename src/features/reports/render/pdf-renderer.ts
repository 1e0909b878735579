// A report as a PDF on A4, laid out by pdfmake: the preamble, then every section in order, tables with
// their header row repeated on each page, and on every page a footer with the content hash and
// "Página N de M". It uses the PDF standard Helvetica, which every reader has, so no font file ships; its
// WinAnsi encoding covers Spanish (á é í ó ú ü ñ ¿ ¡).
import pdfmake from 'pdfmake';
import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type {
  ReportColumn,
  ReportDocument,
  ReportFigures,
  ReportTable,
  ReportText,
} from '../report-document.js';
import { contentHashLine, formatReportValue, reportPreambleLines, rowValue } from './value-format.js';

/** What an empty value reads as on paper, where a blank cell looks like a mistake. */
export const PDF_NULL_TEXT = '—';

/** Fixed, so that the same report always gives the same bytes (no library version in the file). */
export const PDF_PRODUCER = 'Ventanilla';
/** The font family configurePdfmake() sets up: the PDF standard Helvetica. */
export const PDF_FONT = 'Helvetica';

const STANDARD_HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FONT_NAMES = new Set(Object.values(STANDARD_HELVETICA));
/** The font families configurePdfmake() sets up, for a document laid out on a worker thread. */
export const PDF_FONTS = { [PDF_FONT]: STANDARD_HELVETICA } as const;

const NUMERIC_FORMATS = new Set(['integer', 'decimal', 'percent']);

/** [left, top, right, bottom] in points; the bottom margin holds the footer. */
const PAGE_MARGINS: [number, number, number, number] = [40, 40, 40, 50];

export async function renderPdf(document: ReportDocument, contentHash: string): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf(documentDefinition(document, contentHash)).getBuffer();
}

/**
 * pdfmake keeps fonts and access policies on one module-wide object, so they are set before every
 * rendering rather than trusted from start-up. Reports read no URL and no file: the only "file" pdfmake
 * opens is a standard font, by name.
 */
export function configurePdfmake(): void {
  pdfmake.setFonts({ [PDF_FONT]: { ...PDF_FONTS[PDF_FONT] } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));
}

function documentDefinition(document: ReportDocument, contentHash: string): TDocumentDefinitions {
  // The PDF records when its figures were cut, never the wall clock: with the fixed producer, the same
  // report renders to the same bytes (the file ID pdfkit writes is a digest of these fields).
  const asOf = new Date(document.asOf);
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: 'es-CO',
    info: {
      title: document.title,
      author: document.entityName,
      subject: document.legalBasis,
      keywords: contentHashLine(contentHash),
      creator: PDF_PRODUCER,
      producer: PDF_PRODUCER,
      creationDate: asOf,
      modDate: asOf,
    },
    defaultStyle: { font: PDF_FONT, fontSize: 9 },
    styles: {
      entity: { bold: true, fontSize: 10 },
      title: { bold: true, fontSize: 16, margin: [0, 8, 0, 2] },
      legalBasis: { italics: true },
      sectionTitle: { bold: true, fontSize: 12, margin: [0, 14, 0, 6] },
      tableHeader: { bold: true, fillColor: '#D9E1F2' },
      table: { fontSize: 8 },
      note: { italics: true, fontSize: 8, margin: [0, 4, 0, 0] },
      paragraph: { margin: [0, 0, 0, 6] },
    },
    footer: (currentPage, pageCount) => ({
      margin: [PAGE_MARGINS[0], 20, PAGE_MARGINS[2], 0],
      fontSize: 7,
      columns: [
        { text: contentHashLine(contentHash), width: '*' },
        { text: `Página ${currentPage} de ${pageCount}`, width: 'auto', alignment: 'right' },
      ],
    }),
    content: [preambleContent(document, contentHash), ...document.sections.map(sectionContent)],
  };
}

function preambleContent(document: ReportDocument, contentHash: string): Content {
  const [entity, office, title, legalBasis, ...facts] = reportPreambleLines(document, contentHash);
  return [
    { text: entity, style: 'entity' },
    { text: office },
    { text: title, style: 'title' },
    { text: legalBasis, style: 'legalBasis', margin: [0, 0, 0, 6] },
    ...facts.map((fact) => ({ text: fact })),
  ];
}

function sectionContent(section: ReportDocument['sections'][number]): Content {
  switch (section.type) {
    case 'figures':
      return [{ text: section.title, style: 'sectionTitle' }, figuresContent(section)];
    case 'table':
      return [
        { text: section.title, style: 'sectionTitle' },
        tableContent(section),
        ...(section.note ? [{ text: section.note, style: 'note' }] : []),
      ];
    case 'text':
      return [{ text: section.title, style: 'sectionTitle' }, ...paragraphsContent(section)];
    default: {
      const unknownSection: never = section;
      throw new TypeError(`Unknown report section: ${JSON.stringify(unknownSection)}`);
    }
  }
}

/** Label–value rows: a thin rule between them, the values in one right-aligned column. */
const FIGURES_LAYOUT: CustomTableLayout = {
  hLineWidth: (lineIndex, node) => (lineIndex === 0 || lineIndex === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => '#AAAAAA',
  paddingLeft: (columnIndex) => (columnIndex === 0 ? 0 : 8),
  paddingRight: (columnIndex, node) => (columnIndex === (node.table.widths?.length ?? 0) - 1 ? 0 : 8),
};

function figuresContent(figures: ReportFigures): Content {
  return {
    layout: FIGURES_LAYOUT,
    table: {
      widths: ['*', 'auto'],
      body: figures.items.map((item): TableCell[] => [
        { text: item.label },
        {
          text: formatReportValue(item.value, item.format, item.decimals, PDF_NULL_TEXT),
          alignment: 'right',
          noWrap: item.format !== 'text',
        },
      ]),
    },
  };
}

/** A table whose header row repeats on every page it runs over; a row is never split across pages. */
function tableContent(table: ReportTable): Content {
  const header: TableCell[] = table.columns.map((column) => ({ text: column.header, style: 'tableHeader' }));
  const rows = table.rows.map((row): TableCell[] =>
    table.columns.map((column) => ({
      text: formatReportValue(rowValue(row, column), column.format, column.decimals, PDF_NULL_TEXT),
      alignment: columnAlignment(column),
      // A number, a day or an instant split over two lines misreads; only text wraps.
      noWrap: column.format !== 'text',
    })),
  );
  return {
    style: 'table',
    layout: 'lightHorizontalLines',
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      // pdfmake gives each column its natural width when the table fits the page, and otherwise shares the
      // shortfall out among the columns that can wrap (text), never below their longest word.
      widths: table.columns.map(() => 'auto'),
      body: [header, ...rows],
    },
  };
}

function columnAlignment(column: ReportColumn): 'left' | 'right' {
  return NUMERIC_FORMATS.has(column.format) ? 'right' : 'left';
}

function paragraphsContent(text: ReportText): Content[] {
  return text.paragraphs.map((paragraph) => ({ text: paragraph, style: 'paragraph' }));
}
