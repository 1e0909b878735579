// Layout 7: a listing (a row per case, request, answer or response) is printed whole in the PDF only up to
// PDF_LISTING_MAX_ROWS rows; a longer one is named in the PDF by its row count, and the XLSX and the CSV,
// under the same content hash, still hold every row. Count tables are never cut, and a report of layout 6
// prints as it did.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { buildAccessToInformationReport } from '../../src/features/reports/builders/access-to-information-report.js';
import { buildContraloriaExport } from '../../src/features/reports/builders/contraloria-export.js';
import { buildPqrsReport } from '../../src/features/reports/builders/pqrs-report.js';
import {
  CURRENT_REPORT_LAYOUT,
  PDF_LISTING_MAX_ROWS,
  type ReportInput,
} from '../../src/features/reports/builders/report-input.js';
import { reportContentHash } from '../../src/features/reports/content-hash.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import type { ReportDocument, ReportTable } from '../../src/features/reports/report-document.js';
import { renderCsv } from '../../src/features/reports/render/csv-renderer.js';
import { listingLeftOutLine, renderPdf } from '../../src/features/reports/render/pdf-renderer.js';
import { renderXlsx } from '../../src/features/reports/render/xlsx-renderer.js';
import { extractPdf } from '../support/pdf-text.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { comparisonScenario } from './comparison-scenario.js';
import { bogota } from './report-scenario.js';

const radicadoRows = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => ({
    radicado: `${prefix}-2026-${String(index + 1).padStart(6, '0')}`,
    receivedOn: '2026-02-03',
  }));

const listing = (title: string, rows: ReportTable['rows'], pdfMaxRows: number): ReportTable => ({
  type: 'table',
  title,
  columns: [
    { key: 'radicado', header: 'Radicado', format: 'text' },
    { key: 'receivedOn', header: 'Radicada', format: 'date' },
  ],
  rows,
  note: 'Una fila por caso.',
  pdfMaxRows,
});

const documentWith = (...sections: ReportTable[]): ReportDocument => ({
  kind: 'PQRS',
  title: 'Informe de PQRS',
  legalBasis: 'Ley 1755 de 2015',
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  period: { from: '2026-01-01', to: '2026-06-30' },
  asOf: '2026-07-05T13:00:00.000Z',
  sections,
});

describe('a listing longer than its PDF limit', () => {
  // Three rows over a limit of 3 print; four rows over the same limit do not.
  const document = documentWith(
    listing('Respuestas', radicadoRows(4, 'PQR'), 3),
    listing('Casos prioritarios', radicadoRows(3, 'PRI'), 3),
  );
  const hash = reportContentHash(document);

  it('is named in the PDF by its row count, in place of its rows; a listing within the limit prints whole', async () => {
    // Runs wrap at the line's end: compared with every run of white space as one space.
    const squeezed = (text: string) => text.replace(/\s+/g, ' ');
    const text = squeezed((await extractPdf(await renderPdf(document, hash))).pages.flat().join(' '));
    expect(text).toContain('Respuestas');
    expect(text).toContain(squeezed(listingLeftOutLine(4)));
    expect(listingLeftOutLine(4)).toContain('tiene 4 filas');
    expect(text).not.toContain('PQR-2026-000001');
    for (const row of radicadoRows(3, 'PRI')) expect(text).toContain(row.radicado);
    expect(text).not.toContain('tiene 3 filas');
  });

  it('the thousands are written the es-CO way', () => {
    expect(listingLeftOutLine(103_214)).toContain('tiene 103.214 filas');
  });

  it('is whole in the CSV and in the XLSX, which carry the same content hash', async () => {
    const csv = renderCsv(document, hash).toString('utf8');
    const cells = (
      parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';', relaxColumnCount: true }) as string[][]
    )
      .flat()
      .filter((cell) => cell.startsWith('PQR-'));
    expect(cells).toEqual(radicadoRows(4, 'PQR').map((row) => row.radicado));
    expect(csv).toContain(hash);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(document, hash)) as unknown as ExcelJS.Buffer);
    const values: string[] = [];
    workbook.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        values.push(String(cell.value));
      }),
    );
    expect(values.filter((value) => value.startsWith('PQR-'))).toEqual(
      radicadoRows(4, 'PQR').map((row) => row.radicado),
    );
    expect(values.some((value) => value.includes(hash))).toBe(true);
  });
});

describe('which tables are listings, by layout', () => {
  const CONTRALORIA_COLUMNS = [
    { field: 'radicado', header: 'Radicado' },
    { field: 'dueDate', header: 'Vence' },
  ] as const;
  const FIRST_QUARTER = { from: '2026-01-01', to: '2026-03-31' };
  const input = (layout: number): ReportInput => ({
    period: FIRST_QUARTER,
    asOf: bogota('2026-04-10'),
    entityName: 'Corporación de prueba',
    officeName: 'Oficina de Atención al Cliente',
    layout,
    timelinessOn: 'ANSWERED',
  });
  let readModels: TemporaryReadModels;
  let sources: ReportSources;

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-report-listings-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await comparisonScenario().projectInto(readModels.store);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  const limitedTitles = (report: ReportDocument) =>
    report.sections
      .filter((section): section is ReportTable => section.type === 'table')
      .filter((table) => table.pdfMaxRows !== undefined)
      .map((table) => [table.title, table.pdfMaxRows]);

  it('the Informe de PQRS of layouts 7 to 9 limits its four listings and no count table', async () => {
    expect(CURRENT_REPORT_LAYOUT).toBe(9);
    for (const layout of [7, 8, 9]) {
      const report = await buildPqrsReport(input(layout), sources);
      expect(limitedTitles(report)).toEqual([
        ['PQRS con atención prioritaria', PDF_LISTING_MAX_ROWS],
        ['Casos pendientes al corte (rezago)', PDF_LISTING_MAX_ROWS],
        ['Respuestas: fecha de respuesta y fecha de notificación', PDF_LISTING_MAX_ROWS],
        ['Hechos registrados con fecha anterior (registro tardío)', PDF_LISTING_MAX_ROWS],
      ]);
    }
    expect(PDF_LISTING_MAX_ROWS).toBe(500);
  });

  it('the access-to-information report and the Contraloría relation limit their one listing', async () => {
    expect(limitedTitles(await buildAccessToInformationReport(input(7), sources))).toEqual([
      ['Tiempo de respuesta de cada solicitud', PDF_LISTING_MAX_ROWS],
    ]);
    expect(limitedTitles(await buildContraloriaExport(input(7), sources, CONTRALORIA_COLUMNS))).toEqual([
      ['PQRS recibidas en el periodo', PDF_LISTING_MAX_ROWS],
    ]);
  });

  it('a report of layout 6 has no limit anywhere, so it regenerates as issued', async () => {
    for (const report of [
      await buildPqrsReport(input(6), sources),
      await buildAccessToInformationReport(input(6), sources),
      await buildContraloriaExport(input(6), sources, CONTRALORIA_COLUMNS),
    ])
      expect(limitedTitles(report)).toEqual([]);
  });
});
