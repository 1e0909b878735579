// A report as an Excel workbook. Sheet "Informe" is the report as staff read it (preamble, then every
// section in order); a 'dataset' report also gets sheet "Datos": just the header row at A1 and the rows,
// so another system imports it without skipping anything. Numbers and days are real typed cells with a
// number format, so Excel can sum and sort them; it shows them with the separators of the reader's locale.
import ExcelJS from 'exceljs';
import type {
  ReportColumn,
  ReportDocument,
  ReportFigures,
  ReportTable,
  ReportText,
  ReportValue,
  ValueFormat,
} from '../report-document.js';
import {
  bogotaWallClock,
  booleanValue,
  datasetTable,
  DEFAULT_DECIMALS,
  formatReportValue,
  isIsoDay,
  numberValue,
  parseIsoDay,
  reportPreambleLines,
  rowValue,
  stringValue,
} from './value-format.js';
import { withZipEntryTimes, type ZipWallClock } from './zip-entry-times.js';

export const REPORT_SHEET_NAME = 'Informe';
export const DATASET_SHEET_NAME = 'Datos';

/** Where reportPreambleLines puts the entity and the title. */
const PREAMBLE_ENTITY_LINE = 0;
const PREAMBLE_TITLE_LINE = 2;

const MIN_COLUMN_WIDTH = 10;
const MAX_COLUMN_WIDTH = 60;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };

/** What a report value becomes in a cell: the value Excel stores and, for numbers and days, its format. */
export interface TypedCell {
  readonly value: ExcelJS.CellValue;
  readonly numFmt?: string;
}

export async function renderXlsx(document: ReportDocument, contentHash: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // The workbook says when its figures were cut, not when the file happened to be written, so two
  // renderings of one report carry the same properties.
  const asOf = new Date(document.asOf);
  workbook.creator = document.entityName;
  workbook.lastModifiedBy = document.entityName;
  workbook.created = asOf;
  workbook.modified = asOf;
  workbook.title = document.title;
  workbook.subject = document.legalBasis;
  workbook.description = `Huella de contenido (SHA-256): ${contentHash}`;

  writeReportSheet(workbook.addWorksheet(REPORT_SHEET_NAME), document, contentHash);
  if (document.layout === 'dataset') {
    writeDatasetSheet(workbook.addWorksheet(DATASET_SHEET_NAME), datasetTable(document));
  }
  const written = await workbook.xlsx.writeBuffer();
  // The zip entries too say the cut (on Bogotá's wall clock, as zip times have no zone), not the time of
  // writing: with that, the same report as of the same instant is the same file, byte for byte.
  return withZipEntryTimes(Buffer.from(written as ArrayBuffer), zipWallClockOf(document.asOf));
}

/** What a workbook of one table says of itself (File > Properties). */
export interface TableWorkbookProperties {
  readonly title: string;
  readonly creator: string;
  /** When the rows were read. */
  readonly created: Date;
}

/**
 * One table alone on one sheet, typed and laid out as a dataset report's "Datos" sheet: for a view
 * exported as it is (the Bandeja's cases), which is no report and has no preamble.
 */
export async function renderTableXlsx(
  table: ReportTable,
  sheetName: string,
  properties: TableWorkbookProperties,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = properties.creator;
  workbook.lastModifiedBy = properties.creator;
  workbook.created = properties.created;
  workbook.modified = properties.created;
  workbook.title = properties.title;
  writeDatasetSheet(workbook.addWorksheet(sheetName), table);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function zipWallClockOf(instant: string): ZipWallClock {
  const clock = bogotaWallClock(instant);
  return {
    year: Number(clock.year),
    month: Number(clock.month),
    day: Number(clock.day),
    hour: Number(clock.hour),
    minute: Number(clock.minute),
    second: Number(clock.second),
  };
}

/** The cell a value becomes: numbers stay numbers (shares 0..1 with a percent format), days become dates. */
export function typedCell(value: ReportValue, format: ValueFormat, decimals = DEFAULT_DECIMALS): TypedCell {
  if (value === null) return { value: null };
  switch (format) {
    case 'text':
      return { value: String(value) };
    case 'integer':
      return { value: numberValue(value, format), numFmt: '#,##0' };
    case 'decimal':
      return { value: numberValue(value, format), numFmt: decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0' };
    case 'percent':
      return { value: numberValue(value, format), numFmt: '0.0%' };
    case 'date':
      return dayCell(stringValue(value, format));
    case 'dateOrNote': {
      // A day is a date cell like any other, so the column still sorts; the note is plain text.
      const text = stringValue(value, format);
      return isIsoDay(text) ? dayCell(text) : { value: text };
    }
    case 'instant': {
      // Excel cannot hold an instant, only a wall-clock time: store Bogotá's, as every format prints it.
      const clock = bogotaWallClock(stringValue(value, format));
      const wallClock = Date.UTC(
        Number(clock.year),
        Number(clock.month) - 1,
        Number(clock.day),
        Number(clock.hour),
        Number(clock.minute),
        Number(clock.second),
      );
      return { value: new Date(wallClock), numFmt: 'dd/mm/yyyy hh:mm:ss' };
    }
    case 'boolean':
      // Sí / No as staff read it everywhere else; an Excel boolean would show TRUE/FALSE or VERDADERO/FALSO.
      return { value: booleanValue(value, format) ? 'Sí' : 'No' };
    default: {
      const unknownFormat: never = format;
      throw new TypeError(`Unknown value format: ${String(unknownFormat)}`);
    }
  }
}

/** A calendar day 'YYYY-MM-DD' as an Excel date. */
function dayCell(isoDay: string): TypedCell {
  const { year, month, day } = parseIsoDay(isoDay);
  // Excel dates have no time zone: the serial of the calendar day itself (exceljs counts in UTC).
  return { value: new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))), numFmt: 'dd/mm/yyyy' };
}

function writeReportSheet(sheet: ExcelJS.Worksheet, document: ReportDocument, contentHash: string): void {
  const widths = new ColumnWidths();
  const preamble = reportPreambleLines(document, contentHash);
  preamble.forEach((line, index) => {
    const cell = sheet.addRow([line]).getCell(1);
    if (index === PREAMBLE_TITLE_LINE) cell.font = { bold: true, size: 14 };
    else if (index === PREAMBLE_ENTITY_LINE) cell.font = { bold: true };
  });
  for (const section of document.sections) {
    sheet.addRow([]);
    const title = sheet.addRow([section.title]).getCell(1);
    title.font = { bold: true, size: 12 };
    switch (section.type) {
      case 'figures':
        writeFigures(sheet, section, widths);
        break;
      case 'table':
        writeTable(sheet, section, widths);
        if (section.note) sheet.addRow([section.note]).getCell(1).font = { italic: true };
        break;
      case 'text':
        writeText(sheet, section);
        break;
      default: {
        const unknownSection: never = section;
        throw new TypeError(`Unknown report section: ${JSON.stringify(unknownSection)}`);
      }
    }
  }
  widths.applyTo(sheet);
}

function writeDatasetSheet(sheet: ExcelJS.Worksheet, table: ReportTable): void {
  const widths = new ColumnWidths();
  writeTable(sheet, table, widths);
  widths.applyTo(sheet);
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

function writeFigures(sheet: ExcelJS.Worksheet, figures: ReportFigures, widths: ColumnWidths): void {
  for (const item of figures.items) {
    const row = sheet.addRow([item.label]);
    setTypedCell(row.getCell(2), typedCell(item.value, item.format, item.decimals));
    widths.widen(1, item.label);
    widths.widen(2, formatReportValue(item.value, item.format, item.decimals));
  }
}

function writeTable(sheet: ExcelJS.Worksheet, table: ReportTable, widths: ColumnWidths): void {
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = HEADER_BORDER;
  });
  table.columns.forEach((column, index) => widths.widen(index + 1, column.header));
  for (const row of table.rows) {
    const sheetRow = sheet.addRow([]);
    table.columns.forEach((column: ReportColumn, index) => {
      const value = rowValue(row, column);
      setTypedCell(sheetRow.getCell(index + 1), typedCell(value, column.format, column.decimals));
      widths.widen(index + 1, formatReportValue(value, column.format, column.decimals));
    });
  }
}

function writeText(sheet: ExcelJS.Worksheet, text: ReportText): void {
  for (const paragraph of text.paragraphs) sheet.addRow([paragraph]);
}

function setTypedCell(cell: ExcelJS.Cell, typed: TypedCell): void {
  cell.value = typed.value;
  if (typed.numFmt) cell.numFmt = typed.numFmt;
}

/**
 * Column widths sized to the table and figure cells they hold (as their text reads), within bounds.
 * Preamble lines, titles, notes and paragraphs are left out: they sit alone on their row and run on over
 * the empty cells to their right, and sizing column A to them would push every table off the screen.
 */
class ColumnWidths {
  private readonly widths = new Map<number, number>();

  widen(columnNumber: number, text: string): void {
    const current = this.widths.get(columnNumber) ?? MIN_COLUMN_WIDTH;
    this.widths.set(columnNumber, Math.min(MAX_COLUMN_WIDTH, Math.max(current, text.length + 2)));
  }

  applyTo(sheet: ExcelJS.Worksheet): void {
    for (const [columnNumber, width] of this.widths) sheet.getColumn(columnNumber).width = width;
  }
}
