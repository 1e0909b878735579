// A report as CSV for Excel in es-CO: UTF-8 with BOM (so Excel reads the accents), ';' between fields
// (',' is the decimal separator there), CRLF between records, RFC 4180 quoting by csv-stringify. Values
// are printed as the text staff read (1.234,5 · 95,5 % · 05/07/2026), the same as on the PDF. A text cell a
// spreadsheet would take for a formula is neutralised as OWASP's CSV-injection guidance says.
import { stringify } from 'csv-stringify/sync';
import type {
  ReportDocument,
  ReportSection,
  ReportTable,
  ReportValue,
  ValueFormat,
} from '../report-document.js';
import { datasetTable, formatReportValue, reportPreambleLines, rowValue } from './value-format.js';

type CsvRecord = readonly string[];

/** What makes Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet will read it, never as a formula: one that starts like a formula gets a
 * leading apostrophe (and is quoted, see renderCsv), so `=HYPERLINK(…)` or `@SUM(1)` in a subject shows
 * as typed. Numbers are printed by formatNumber from a JS number and are not passed through here: a
 * negative figure must stay a number.
 */
export function neutralizedCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Formats whose text formatNumber / formatPercent write from a number: only digits, separators and a sign. */
const NUMBER_FORMATS: ReadonlySet<ValueFormat> = new Set(['integer', 'decimal', 'percent']);

function valueCell(value: ReportValue, format: ValueFormat, decimals?: number): string {
  const text = formatReportValue(value, format, decimals);
  return NUMBER_FORMATS.has(format) ? text : neutralizedCell(text);
}

/** One empty line: csv-stringify writes a record with one empty field as just the line break. */
const EMPTY_LINE: CsvRecord = [''];

export function renderCsv(document: ReportDocument, contentHash: string): Buffer {
  return csvBytes(
    document.layout === 'dataset'
      ? datasetRecords(document, contentHash)
      : documentRecords(document, contentHash),
  );
}

/**
 * The data CSV of a 'dataset' report: exactly one header row, then the rows — the columns of the XLSX
 * "Datos" sheet, for an import that cannot skip the preamble. Same dialect as the report's CSV (BOM, ';',
 * es-CO values, CRLF) because the people importing it are Excel users in es-CO: without the BOM their Excel
 * reads UTF-8 as Windows-1252 and every accent turns to "Ã³"; with ';' and dd/mm/aaaa it splits the columns
 * and takes days and figures as dates and numbers. An import tool reads the BOM as a BOM (csv-parse `bom`,
 * Python's utf-8-sig). No preamble means no content hash on the file: the log keeps the file's SHA-256.
 */
export function renderDataCsv(document: ReportDocument): Buffer {
  return csvBytes(tableGridRecords(datasetTable(document)));
}

/**
 * One table alone, in the data CSV's dialect: the header row, then the rows. For a view exported as it is
 * (the Bandeja's cases), which is no report: it has no preamble, period or content hash.
 */
export function renderTableCsv(table: ReportTable): Buffer {
  return csvBytes(tableGridRecords(table));
}

function csvBytes(records: readonly CsvRecord[]): Buffer {
  const text = stringify(records as string[][], {
    delimiter: ';',
    record_delimiter: 'windows',
    bom: true,
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare CR or LF, which Excel
    // and RFC 4180 readers would take as the end of the record; and OWASP asks a neutralised cell quoted.
    quoted_match: [/[\r\n]/, /^'[=+\-@\t\r]/],
  });
  return Buffer.from(text, 'utf8');
}

/** The preamble, then each section after an empty line, each under its title. */
function documentRecords(document: ReportDocument, contentHash: string): CsvRecord[] {
  const records: CsvRecord[] = reportPreambleLines(document, contentHash).map((line) => [
    neutralizedCell(line),
  ]);
  for (const section of document.sections) {
    records.push(EMPTY_LINE, ...sectionRecords(section));
  }
  return records;
}

/**
 * The preamble (`reportPreambleLines().length` lines: 8 on every report issued since they print the
 * signed head of the log, 7 on earlier ones), one empty line, then the header row and the rows: an import
 * skips a fixed 9 lines (8 on earlier reports) and reads a plain table from there. The table's title and
 * note are left out for the same reason; they are on the XLSX and the PDF.
 */
function datasetRecords(document: ReportDocument, contentHash: string): CsvRecord[] {
  const table = datasetTable(document);
  return [
    ...reportPreambleLines(document, contentHash).map((line) => [neutralizedCell(line)]),
    EMPTY_LINE,
    ...tableGridRecords(table),
  ];
}

function sectionRecords(section: ReportSection): CsvRecord[] {
  switch (section.type) {
    case 'figures':
      return [
        [neutralizedCell(section.title)],
        ...section.items.map((item) => [
          neutralizedCell(item.label),
          valueCell(item.value, item.format, item.decimals),
        ]),
      ];
    case 'table':
      return [
        [neutralizedCell(section.title)],
        ...tableGridRecords(section),
        ...(section.note ? [[neutralizedCell(section.note)]] : []),
      ];
    case 'text':
      return [
        [neutralizedCell(section.title)],
        ...section.paragraphs.map((paragraph) => [neutralizedCell(paragraph)]),
      ];
    default: {
      const unknownSection: never = section;
      throw new TypeError(`Unknown report section: ${JSON.stringify(unknownSection)}`);
    }
  }
}

/** The header row and one record per row, cells in column order. */
function tableGridRecords(table: ReportTable): CsvRecord[] {
  return [
    table.columns.map((column) => neutralizedCell(column.header)),
    ...table.rows.map((row) =>
      table.columns.map((column) => valueCell(rowValue(row, column), column.format, column.decimals)),
    ),
  ];
}
