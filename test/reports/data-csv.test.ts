// Issue 15, item 4: beside the report's CSV (preamble, then the table), a data CSV an import reads as it
// is — exactly one header row, then the rows, the columns of the XLSX "Datos" sheet, in the same dialect
// as the report's CSV (UTF-8 with BOM, ';', CRLF, es-CO values) and with the same formula neutralising.
// Offered only for the reports that are one table of rows; any other kind is refused naming the field.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { checkReportRequest } from '../../src/domain/report/decide.js';
import { REPORT_KINDS_WITH_DATA_ROWS, type ReportKind } from '../../src/domain/report/events.js';
import { renderReport } from '../../src/features/reports/render/index.js';
import { formatReportValue } from '../../src/features/reports/render/value-format.js';
import { DATASET_SHEET_NAME } from '../../src/features/reports/render/xlsx-renderer.js';
import type { ReportTable } from '../../src/features/reports/report-document.js';
import { AS_OF, everyKindScenario, FORMULA_SUBJECT, PERIOD, type EveryKind } from './every-kind-scenario.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('the data CSV of a report', () => {
  let scenario: EveryKind;

  beforeAll(async () => {
    scenario = await everyKindScenario();
  });

  afterAll(async () => {
    await scenario.cleanup();
  });

  const request = (kind: ReportKind) => ({
    kind,
    from: PERIOD.from,
    to: PERIOD.to,
    format: 'CSV_DATA' as const,
    asOf: AS_OF,
  });
  const context = {
    now: '2026-05-01T12:00:00.000Z',
    actor: { id: 'user-coordinator', role: 'COORDINATOR' as const },
  } as Parameters<typeof checkReportRequest>[1];

  it.each(['PQRS', 'ACCESS_TO_INFORMATION', 'SATISFACTION', 'MANAGEMENT', 'CONTRALORIA'] as const)(
    '%s: offered exactly when the report is one table of rows',
    async (kind) => {
      const { document } = await scenario.generate(kind);
      expect(REPORT_KINDS_WITH_DATA_ROWS.includes(kind)).toBe(document.layout === 'dataset');
      const refusal = checkReportRequest(request(kind), context);
      if (document.layout === 'dataset') {
        expect(refusal).toBeNull();
      } else {
        expect(refusal).toMatchObject({ code: 'NO_DATA_ROWS_FOR_KIND', field: 'format' });
        expect(refusal?.message).toContain('«Relación para la Contraloría»');
      }
    },
  );

  describe.each(REPORT_KINDS_WITH_DATA_ROWS)('%s', (kind) => {
    let csv: Buffer;
    let table: ReportTable;
    let datos: ExcelJS.Worksheet;

    beforeAll(async () => {
      const { document, contentHash } = await scenario.generate(kind);
      table = document.sections[0] as ReportTable;
      const rendered = await renderReport(document, contentHash, 'CSV_DATA');
      expect(rendered).toMatchObject({
        mediaType: 'text/csv; charset=utf-8',
        extension: 'csv',
        fileNameSuffix: '_datos',
      });
      csv = rendered.bytes;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await renderReport(document, contentHash, 'XLSX')).bytes as never);
      datos = workbook.getWorksheet(DATASET_SHEET_NAME)!;
    });

    it('parses (csv-parse, columns: true) to the header and the row count of the XLSX "Datos" sheet', () => {
      let header: string[] = [];
      const records = parse(csv, {
        bom: true,
        delimiter: ';',
        columns: (names: string[]) => (header = names),
      }) as Record<string, string>[];
      const sheetHeader = (datos.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(sheetHeader);
      expect(header).toEqual(table.columns.map((column) => column.header));
      expect(header[0]).toBe('Número de radicado');
      expect(records).toHaveLength(datos.actualRowCount - 1);
      expect(records).toHaveLength(5);
      // Each row as the report's CSV prints it: es-CO days and figures, Sí / No.
      table.rows.forEach((row, index) =>
        table.columns.forEach((column) => {
          const printed = formatReportValue(row[column.key] ?? null, column.format, column.decimals);
          const expected = printed === FORMULA_SUBJECT ? `'${FORMULA_SUBJECT}` : printed;
          expect([index, column.header, records[index]![column.header]]).toEqual([
            index,
            column.header,
            expected,
          ]);
        }),
      );
    });

    it('is UTF-8 with a BOM and CRLF, its first line the header: no preamble, no title, no hash', () => {
      expect(csv.subarray(0, 3)).toEqual(BOM);
      const text = csv.subarray(3).toString('utf8');
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const lines = text.split('\r\n');
      expect(lines[0]).toBe(table.columns.map((column) => column.header).join(';'));
      expect(lines.at(-1)).toBe('');
      expect(lines).toHaveLength(1 + 5 + 1);
      expect(text).not.toContain('Huella de contenido');
      expect(text).not.toContain('Corporación de prueba');
    });

    it('neutralises a cell a spreadsheet would take for a formula, quoted, as the report CSV does', () => {
      const text = csv.toString('utf8');
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Ver"")"`);
      expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
      expect(text).toContain('"Cobro indebido; ""urgente"""');
    });
  });
});
