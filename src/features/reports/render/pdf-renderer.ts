// A report as a PDF on A4, laid out by pdfmake: the preamble, then every section in order, tables with
// their header row repeated on each page, and on every page a footer with the content hash and
// "Página N de M". Text is set in DejaVu Sans, embedded (pdfkit keeps only the glyphs used), so every
// character the data and the labels use prints as itself — ≥, ≤, Σ, «», ñ — which the standard Helvetica
// and its WinAnsi encoding could not. Tables are set in DejaVu Sans Condensed, and a table too wide for a
// portrait page gets landscape pages of its own: every column is printed whole, wrapped if it must be.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type {
  Content,
  CustomTableLayout,
  PageOrientation,
  Size,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import type {
  ReportColumn,
  ReportDocument,
  ReportFigures,
  ReportTable,
  ReportText,
  ValueFormat,
} from '../report-document.js';
import { contentHashLine, formatReportValue, reportPreambleLines, rowValue } from './value-format.js';

/** What an empty value reads as on paper, where a blank cell looks like a mistake. */
export const PDF_NULL_TEXT = '—';

/** Fixed, so that the same report always gives the same bytes (no library version in the file). */
export const PDF_PRODUCER = 'Ventanilla';
/** The font family of the text: DejaVu Sans, embedded. */
export const PDF_FONT = 'DejaVuSans';
/** The font family of the tables: DejaVu Sans Condensed, so wide tables keep more on a line. */
export const PDF_TABLE_FONT = 'DejaVuSansCondensed';

// The font files come from the dejavu-fonts-ttf package, found the way Node finds a package: the same
// from the sources under test and from the build in dist/.
const DEJAVU_TTF_FOLDER = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);

function dejaVuFamily(name: string): Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> {
  return {
    normal: join(DEJAVU_TTF_FOLDER, `${name}.ttf`),
    bold: join(DEJAVU_TTF_FOLDER, `${name}-Bold.ttf`),
    italics: join(DEJAVU_TTF_FOLDER, `${name}-Oblique.ttf`),
    bolditalics: join(DEJAVU_TTF_FOLDER, `${name}-BoldOblique.ttf`),
  };
}

/** The font families configurePdfmake() sets up, for a document laid out on a worker thread too. */
export const PDF_FONTS = {
  [PDF_FONT]: dejaVuFamily('DejaVuSans'),
  [PDF_TABLE_FONT]: dejaVuFamily('DejaVuSansCondensed'),
} as const;
const FONT_FILES = new Set(Object.values(PDF_FONTS).flatMap((family) => Object.values(family)));

const NUMERIC_FORMATS = new Set(['integer', 'decimal', 'percent']);

/** [left, top, right, bottom] in points; the bottom margin holds the footer. */
const PAGE_MARGINS: [number, number, number, number] = [40, 40, 40, 50];

/** A4 in points, and the width a line has between the margins in each orientation. */
const A4 = { short: 595.28, long: 841.89 };
const LINE_WIDTH: Readonly<Record<PageOrientation, number>> = {
  portrait: A4.short - PAGE_MARGINS[0] - PAGE_MARGINS[2],
  landscape: A4.long - PAGE_MARGINS[0] - PAGE_MARGINS[2],
};

/** The tables' type size, and the smallest a table too wide for a landscape page is set in. */
const TABLE_FONT_SIZE = 8;
const SMALLEST_TABLE_FONT_SIZE = 5.5;
/** Points on each side of a table cell (see TABLE_LAYOUT). */
const CELL_PADDING = 3;

export async function renderPdf(document: ReportDocument, contentHash: string): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf(documentDefinition(document, contentHash)).getBuffer();
}

/**
 * pdfmake keeps fonts and access policies on one module-wide object, so they are set before every
 * rendering rather than trusted from start-up. Reports read no URL, and no file but the DejaVu fonts.
 */
export function configurePdfmake(): void {
  pdfmake.setFonts({
    [PDF_FONT]: { ...PDF_FONTS[PDF_FONT] },
    [PDF_TABLE_FONT]: { ...PDF_FONTS[PDF_TABLE_FONT] },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));
}

function documentDefinition(document: ReportDocument, contentHash: string): TDocumentDefinitions {
  // The PDF records when its figures were cut, never the wall clock: with the fixed producer, the same
  // report renders to the same bytes (the file ID pdfkit writes is a digest of these fields).
  const asOf = new Date(document.asOf);
  const sections = document.sections.map(sectionLayout);
  // The preamble shares the first section's orientation: a dataset (the Contraloría export) is one wide
  // table, printed landscape from the first page rather than after a page holding only the preamble.
  const firstOrientation = sections[0]?.orientation ?? 'portrait';
  const content: Content[] = [preambleContent(document, contentHash)];
  let orientation: PageOrientation = firstOrientation;
  for (const section of sections) {
    content.push(
      section.orientation === orientation
        ? section.content
        : // A change of orientation starts a page: a wide table gets landscape pages of its own, and the
          // sections after it are back on portrait ones.
          [{ text: '', pageBreak: 'before', pageOrientation: section.orientation }, section.content],
    );
    orientation = section.orientation;
  }
  return {
    pageSize: 'A4',
    pageOrientation: firstOrientation,
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
      table: { font: PDF_TABLE_FONT, fontSize: TABLE_FONT_SIZE },
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
    content,
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

interface SectionLayout {
  readonly orientation: PageOrientation;
  readonly content: Content;
}

function sectionLayout(section: ReportDocument['sections'][number]): SectionLayout {
  switch (section.type) {
    case 'figures':
      return {
        orientation: 'portrait',
        content: [{ text: section.title, style: 'sectionTitle' }, figuresContent(section)],
      };
    case 'table': {
      if (section.pdfMaxRows !== undefined && section.rows.length > section.pdfMaxRows) {
        return {
          orientation: 'portrait',
          content: [
            { text: section.title, style: 'sectionTitle' },
            { text: listingLeftOutLine(section.rows.length) },
          ],
        };
      }
      const table = tableLayout(section);
      return {
        orientation: table.orientation,
        content: [
          { text: section.title, style: 'sectionTitle' },
          table.content,
          ...(section.note ? [{ text: section.note, style: 'note' }] : []),
        ],
      };
    }
    case 'text':
      return {
        orientation: 'portrait',
        content: [{ text: section.title, style: 'sectionTitle' }, ...paragraphsContent(section)],
      };
    default: {
      const unknownSection: never = section;
      throw new TypeError(`Unknown report section: ${JSON.stringify(unknownSection)}`);
    }
  }
}

/** What the PDF prints in place of a listing too long for paper (ReportTable.pdfMaxRows). */
export function listingLeftOutLine(rows: number): string {
  const count = formatReportValue(rows, 'integer', undefined, PDF_NULL_TEXT);
  return (
    `Este listado tiene ${count} filas y, por su extensión, no se imprime en el PDF. Está completo, con el ` +
    'mismo título, en el XLSX y en el CSV de este informe, que llevan la misma huella de contenido.'
  );
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

/** Horizontal rules only, a heavier one under the header; the same padding on both sides of every cell. */
const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (lineIndex, node) =>
    lineIndex === 0 || lineIndex === node.table.body.length ? 0 : lineIndex === 1 ? 1 : 0.5,
  vLineWidth: () => 0,
  hLineColor: (lineIndex) => (lineIndex === 1 ? '#000000' : '#AAAAAA'),
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
};

interface TableLayout {
  readonly orientation: PageOrientation;
  readonly content: Content;
}

/**
 * A table whose header row repeats on every page it runs over; a row is never split across pages.
 *
 * A table that fits a portrait line as it is keeps pdfmake's own column widths ('auto': each column as
 * wide as its longest line). One that does not gets widths that add up to the line, worked out here from
 * the text's widths: pdfmake's 'auto' never narrows a column below its longest word, and a table wider
 * than the page is cut at the margin. With explicit widths pdfmake wraps a word longer than its column
 * (an id, a hash, an e-mail address) inside it, so no cell ever passes its column. A table whose columns
 * cannot fit a portrait line even wrapped goes landscape, and is set smaller if a landscape line is still
 * too narrow; a number, a day or an instant stays on one line (split over two, it misreads).
 */
function tableLayout(table: ReportTable): TableLayout {
  const header = table.columns.map((column) => column.header);
  const cells = table.rows.map((row) =>
    table.columns.map((column) =>
      formatReportValue(rowValue(row, column), column.format, column.decimals, PDF_NULL_TEXT),
    ),
  );
  const needs = table.columns.map((column, index) => columnNeed(column, header[index] ?? '', cells, index));
  const padding = table.columns.length * 2 * CELL_PADDING;
  const natural = sum(needs.map((need) => need.natural));
  const least = sum(needs.map((need) => need.least));
  const fitsAsItIs = natural * ESTIMATE_MARGIN * TABLE_FONT_SIZE + padding <= LINE_WIDTH.portrait;
  const orientation: PageOrientation =
    least * TABLE_FONT_SIZE + padding <= LINE_WIDTH.portrait ? 'portrait' : 'landscape';
  const room = LINE_WIDTH[orientation] - padding;
  const fontSize = Math.max(SMALLEST_TABLE_FONT_SIZE, Math.min(TABLE_FONT_SIZE, room / least));
  const widths: Size[] = fitsAsItIs
    ? table.columns.map(() => 'auto')
    : sharedWidths(needs, room / fontSize).map((width) => width * fontSize);
  const headerRow: TableCell[] = header.map((text) => ({ text, style: 'tableHeader' }));
  const rows = cells.map((row): TableCell[] =>
    row.map((text, index) => {
      const column = table.columns[index]!;
      return { text, alignment: columnAlignment(column), noWrap: staysOnOneLine(column.format) };
    }),
  );
  return {
    orientation,
    content: {
      style: 'table',
      fontSize,
      layout: TABLE_LAYOUT,
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths,
        body: [headerRow, ...rows],
      },
    },
  };
}

/** A column's widths in ems of the table's type: as it stands on one line, and the least it can take. */
interface ColumnNeed {
  readonly natural: number;
  readonly least: number;
}

/** A text column wider than this (in ems) as it stands is wrapped rather than given the whole line. */
const WIDEST_TEXT_COLUMN = 24;
/** A word longer than this (in ems: a long address, a hash) is wrapped inside its column. */
const LONGEST_WHOLE_WORD = 12;
/** pdfmake's own widths are kept only when the estimate leaves this much to spare. */
const ESTIMATE_MARGIN = 1.15;

function columnNeed(
  column: ReportColumn,
  header: string,
  cells: readonly (readonly string[])[],
  index: number,
): ColumnNeed {
  // The header wraps between its words, in bold.
  let natural = Math.max(0, ...words(header).map((word) => emWidth(word, BOLD_WIDTHS)));
  let least = Math.min(natural, LONGEST_WHOLE_WORD);
  const oneLine = staysOnOneLine(column.format);
  for (const row of cells) {
    const text = row[index] ?? '';
    if (oneLine) {
      const width = emWidth(text, REGULAR_WIDTHS);
      natural = Math.max(natural, width);
      least = Math.max(least, width);
      continue;
    }
    natural = Math.max(natural, Math.min(emWidth(text, REGULAR_WIDTHS), WIDEST_TEXT_COLUMN));
    for (const word of words(text)) {
      least = Math.max(least, Math.min(emWidth(word, REGULAR_WIDTHS), LONGEST_WHOLE_WORD));
    }
  }
  return { natural: Math.max(natural, least), least };
}

/**
 * Widths (in ems) that add up to `room`: each column its least, and what is left shared out in proportion
 * to what each still lacks of its natural width (the way a browser sizes an HTML table), then evenly.
 */
function sharedWidths(needs: readonly ColumnNeed[], room: number): number[] {
  const least = sum(needs.map((need) => need.least));
  const lacking = sum(needs.map((need) => need.natural - need.least));
  const left = Math.max(0, room - least);
  if (lacking >= left) {
    return needs.map((need) =>
      lacking === 0 ? need.least : need.least + ((need.natural - need.least) * left) / lacking,
    );
  }
  const spare = (left - lacking) / needs.length;
  return needs.map((need) => need.natural + spare);
}

/**
 * A number split over two lines misreads, so it never wraps, and its width is reckoned high (see
 * emWidth). Everything else wraps only between words if its column is wide enough for its longest one:
 * a day (01/07/2026) has none, an instant breaks before its time, a note between its words.
 */
function staysOnOneLine(format: ValueFormat): boolean {
  return NUMERIC_FORMATS.has(format);
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Advance widths in ems of DejaVu Sans Condensed (bold for the header). Digits, separators and spaces —
 * all a number prints — at their widest, so a number's column holds it; letters at an average, which only
 * decides how the line is shared out: a word wider than its column is wrapped by pdfmake, never cut.
 */
interface CharacterWidths {
  readonly digit: number;
  readonly narrow: number;
  readonly space: number;
  readonly lowercase: number;
  readonly uppercase: number;
  /** Anything else: %, —, a symbol. */
  readonly other: number;
}
const REGULAR_WIDTHS: CharacterWidths = {
  digit: 0.58,
  narrow: 0.36,
  space: 0.29,
  lowercase: 0.55,
  uppercase: 0.72,
  other: 0.9,
};
const BOLD_WIDTHS: CharacterWidths = {
  digit: 0.63,
  narrow: 0.42,
  space: 0.32,
  lowercase: 0.6,
  uppercase: 0.8,
  other: 1,
};
const NARROW_CHARACTERS = new Set(".,:;/-()[]'|!");

function emWidth(text: string, widths: CharacterWidths): number {
  let width = 0;
  for (const character of text) {
    if (character >= '0' && character <= '9') width += widths.digit;
    else if (character === ' ') width += widths.space;
    else if (NARROW_CHARACTERS.has(character)) width += widths.narrow;
    else if (character !== character.toUpperCase()) width += widths.lowercase;
    else if (character !== character.toLowerCase()) width += widths.uppercase;
    else width += widths.other;
  }
  return width;
}

function columnAlignment(column: ReportColumn): 'left' | 'right' {
  return NUMERIC_FORMATS.has(column.format) ? 'right' : 'left';
}

function paragraphsContent(text: ReportText): Content[] {
  return text.paragraphs.map((paragraph) => ({ text: paragraph, style: 'paragraph' }));
}
