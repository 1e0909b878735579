// A report as CSV for Excel in es-CO: UTF-8 with BOM (so Excel reads the accents), ';' between fields
// (',' is the decimal separator there), CRLF between records, RFC 4180 quoting by csv-stringify. Values
// are printed as the text staff read (1.234,5 · 95,5 % · 05/07/2026), the same as on the PDF.
import { stringify } from 'csv-stringify/sync';
import type { ReportDocument, ReportSection, ReportTable } from '../report-document.js';
import { datasetTable, formatReportValue, reportPreambleLines, rowValue } from './value-format.js';

type CsvRecord = readonly string[];

/** One empty line: csv-stringify writes a record with one empty field as just the line break. */
const EMPTY_LINE: CsvRecord = [''];

export function renderCsv(document: ReportDocument, contentHash: string): Buffer {
  const records =
    document.layout === 'dataset'
      ? datasetRecords(document, contentHash)
      : documentRecords(document, contentHash);
  const text = stringify(records as string[][], {
    delimiter: ';',
    record_delimiter: 'windows',
    bom: true,
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare CR or LF, which Excel
    // and RFC 4180 readers would take as the end of the record.
    quoted_match: /[\r\n]/,
  });
  return Buffer.from(text, 'utf8');
}

/** The preamble, then each section after an empty line, each under its title. */
function documentRecords(document: ReportDocument, contentHash: string): CsvRecord[] {
  const records: CsvRecord[] = reportPreambleLines(document, contentHash).map((line) => [line]);
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
    ...reportPreambleLines(document, contentHash).map((line) => [line]),
    EMPTY_LINE,
    ...tableGridRecords(table),
  ];
}

function sectionRecords(section: ReportSection): CsvRecord[] {
  switch (section.type) {
    case 'figures':
      return [
        [section.title],
        ...section.items.map((item) => [
          item.label,
          formatReportValue(item.value, item.format, item.decimals),
        ]),
      ];
    case 'table':
      return [[section.title], ...tableGridRecords(section), ...(section.note ? [[section.note]] : [])];
    case 'text':
      return [[section.title], ...section.paragraphs.map((paragraph) => [paragraph])];
    default: {
      const unknownSection: never = section;
      throw new TypeError(`Unknown report section: ${JSON.stringify(unknownSection)}`);
    }
  }
}

/** The header row and one record per row, cells in column order. */
function tableGridRecords(table: ReportTable): CsvRecord[] {
  return [
    table.columns.map((column) => column.header),
    ...table.rows.map((row) =>
      table.columns.map((column) => formatReportValue(rowValue(row, column), column.format, column.decimals)),
    ),
  ];
}
