// The report renderers read back: the CSV parsed, the workbook reopened, the PDF's text extracted. Each
// format must print the same preamble, the same es-CO values and the same content hash.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { reportContentHash } from '../../src/features/reports/content-hash.js';
import type {
  ReportDocument,
  ReportTable,
  ReportValue,
  ValueFormat,
} from '../../src/features/reports/report-document.js';
import { renderCsv } from '../../src/features/reports/render/csv-renderer.js';
import { renderReport } from '../../src/features/reports/render/index.js';
import { renderPdf } from '../../src/features/reports/render/pdf-renderer.js';
import { formatReportValue } from '../../src/features/reports/render/value-format.js';
import { renderXlsx } from '../../src/features/reports/render/xlsx-renderer.js';
import { extractPdf } from '../support/pdf-text.js';

const CRLF = '\r\n';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** 05/07/2026 08:00:00 in Bogotá (UTC-5). */
const AS_OF = '2026-07-05T13:00:00.000Z';

const EXPECTED_PREAMBLE = (hash: string): string[] => [
  'Corporación Pública de Atención Ciudadana',
  'Oficina de Atención al Cliente',
  'Informe de PQRS — primer semestre',
  'Ley 1474 de 2011, artículo 76',
  'Periodo: 01/01/2026 a 30/06/2026',
  'Cifras con corte a: 05/07/2026 08:00:00 (hora de Bogotá)',
  `Huella de contenido (SHA-256): ${hash}`,
];

const PQRS_BY_TYPE: ReportTable = {
  type: 'table',
  title: 'Peticiones por tipo',
  columns: [
    { key: 'kind', header: 'Tipo', format: 'text' },
    { key: 'received', header: 'Recibidas', format: 'integer' },
    { key: 'onTimeShare', header: '% a tiempo', format: 'percent' },
    { key: 'averageDays', header: 'Días promedio', format: 'decimal', decimals: 1 },
    { key: 'lastReceivedOn', header: 'Último radicado', format: 'date' },
    { key: 'hasOverdue', header: '¿Vencidas?', format: 'boolean' },
  ],
  rows: [
    {
      kind: 'Petición',
      received: 1234,
      onTimeShare: 0.955,
      averageDays: 7.46,
      lastReceivedOn: '2026-06-30',
      hasOverdue: false,
    },
    {
      kind: 'Queja; "urgente"',
      received: 12,
      onTimeShare: 1,
      averageDays: 10,
      lastReceivedOn: '2026-01-02',
      hasOverdue: true,
    },
    {
      kind: 'Sugerencia',
      received: 0,
      onTimeShare: null,
      averageDays: null,
      lastReceivedOn: null,
      hasOverdue: null,
    },
  ],
  note: 'El porcentaje a tiempo se calcula sobre las peticiones respondidas.',
};

function documentReport(): ReportDocument {
  return {
    kind: 'PQRS',
    title: 'Informe de PQRS — primer semestre',
    legalBasis: 'Ley 1474 de 2011, artículo 76',
    entityName: 'Corporación Pública de Atención Ciudadana',
    officeName: 'Oficina de Atención al Cliente',
    period: { from: '2026-01-01', to: '2026-06-30' },
    asOf: AS_OF,
    sections: [
      {
        type: 'figures',
        title: 'Cifras principales',
        items: [
          { label: 'Peticiones recibidas', value: 1_234_567, format: 'integer' },
          { label: 'Tiempo promedio de respuesta (días hábiles)', value: 7.456, format: 'decimal' },
          { label: 'Respondidas a tiempo', value: 0.955, format: 'percent' },
          { label: 'Primer radicado', value: '2026-01-02', format: 'date' },
          // 02:30 UTC on 1 July is still 30 June in Bogotá.
          { label: 'Último evento incluido', value: '2026-07-01T02:30:15.000Z', format: 'instant' },
          { label: '¿Se cumplió la meta?', value: true, format: 'boolean' },
          { label: 'Observación', value: null, format: 'text' },
        ],
      },
      PQRS_BY_TYPE,
      {
        type: 'text',
        title: 'Conclusiones',
        paragraphs: [
          'La oficina atendió más solicitudes que en el semestre anterior; ninguna quedó sin radicar.',
          '¡Gracias! ¿Preguntas? Escriba a la Oficina de Atención al Cliente, señor Muñoz.',
        ],
      },
    ],
  };
}

const DATASET_ROWS = 3000;

function radicadoOf(index: number): string {
  return `2026-${String(index + 1).padStart(6, '0')}`;
}

function datasetReport(): ReportDocument {
  return {
    kind: 'CONTRALORIA',
    title: 'Formato de PQRS para la Contraloría',
    legalBasis: 'Resolución de rendición de cuentas de la Contraloría Departamental',
    entityName: 'Corporación Pública de Atención Ciudadana',
    officeName: 'Oficina de Atención al Cliente',
    period: { from: '2026-01-01', to: '2026-06-30' },
    asOf: AS_OF,
    layout: 'dataset',
    sections: [
      {
        type: 'table',
        title: 'Peticiones del periodo',
        columns: [
          { key: 'radicado', header: 'Radicado', format: 'text' },
          { key: 'receivedOn', header: 'Fecha de radicación', format: 'date' },
          { key: 'kind', header: 'Tipo de petición', format: 'text' },
          { key: 'businessDays', header: 'Días hábiles de respuesta', format: 'integer' },
          { key: 'answeredAt', header: 'Respondida el', format: 'instant' },
          { key: 'answeredOnTime', header: 'Respondida a tiempo', format: 'boolean' },
        ],
        rows: Array.from({ length: DATASET_ROWS }, (_, index) => ({
          radicado: radicadoOf(index),
          receivedOn: `2026-0${1 + (index % 6)}-${String(1 + (index % 28)).padStart(2, '0')}`,
          kind: index % 2 === 0 ? 'Petición' : 'Solicitud de información',
          businessDays: index % 20,
          answeredAt: index % 10 === 9 ? null : '2026-06-30T21:15:00.000Z',
          answeredOnTime: index % 20 < 15,
        })),
      },
    ],
  };
}

// ---- reading the formats back ----------------------------------------------------------------------

function parseCsv(bytes: Buffer): string[][] {
  return parse(bytes, { bom: true, delimiter: ';', record_delimiter: CRLF, relax_column_count: true });
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function rowWithLabel(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`No row starts with ${label}`);
  return found;
}

// ---- the content hash -------------------------------------------------------------------------------

/** The same value with every object's keys in reverse order. */
function withKeysReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withKeysReversed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, member]) => [key, withKeysReversed(member)]),
    );
  }
  return value;
}

describe('the content hash of a report', () => {
  it('is a SHA-256 in hex', () => {
    expect(reportContentHash(documentReport())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the order in which the keys were built', () => {
    const reordered = withKeysReversed(documentReport()) as ReportDocument;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(documentReport())[0]);
    expect(reportContentHash(reordered)).toBe(reportContentHash(documentReport()));
  });

  it('changes when any figure changes', () => {
    const original = documentReport();
    const [figures, table, text] = original.sections;
    if (figures?.type !== 'figures' || table?.type !== 'table' || !text) throw new Error('fixture changed');
    const oneFigureMore: ReportDocument = {
      ...original,
      sections: [
        { ...figures, items: [{ ...figures.items[0]!, value: 1_234_568 }, ...figures.items.slice(1)] },
        table,
        text,
      ],
    };
    const oneCellMore: ReportDocument = {
      ...original,
      sections: [
        figures,
        { ...table, rows: [{ ...table.rows[0]!, received: 1235 }, ...table.rows.slice(1)] },
        text,
      ],
    };
    const hash = reportContentHash(original);
    expect(reportContentHash(oneFigureMore)).not.toBe(hash);
    expect(reportContentHash(oneCellMore)).not.toBe(hash);
    expect(reportContentHash({ ...original, asOf: '2026-07-05T13:00:01.000Z' })).not.toBe(hash);
  });
});

// ---- es-CO values -----------------------------------------------------------------------------------

describe('a report value in es-CO', () => {
  it.each([
    { value: 1234, format: 'integer', expected: '1.234' },
    { value: 1_234_567, format: 'integer', expected: '1.234.567' },
    { value: -1234, format: 'integer', expected: '-1.234' },
    { value: 7, format: 'integer', expected: '7' },
    { value: 7.456, format: 'decimal', expected: '7,46' },
    { value: 1234.5, format: 'decimal', decimals: 3, expected: '1.234,500' },
    { value: 2.5, format: 'decimal', decimals: 0, expected: '3' },
    { value: 0.955, format: 'percent', expected: '95,5 %' },
    { value: 1, format: 'percent', expected: '100,0 %' },
    { value: 0, format: 'percent', expected: '0,0 %' },
    { value: '2026-03-09', format: 'date', expected: '09/03/2026' },
    { value: '2026-03-26', format: 'dateOrNote', expected: '26/03/2026' },
    { value: 'Pendiente de notificar', format: 'dateOrNote', expected: 'Pendiente de notificar' },
    { value: '2026-07-05T13:00:00.000Z', format: 'instant', expected: '05/07/2026 08:00:00' },
    { value: '2026-01-01T04:59:59Z', format: 'instant', expected: '31/12/2025 23:59:59' },
    { value: true, format: 'boolean', expected: 'Sí' },
    { value: false, format: 'boolean', expected: 'No' },
    { value: 'Petición', format: 'text', expected: 'Petición' },
  ] as { value: ReportValue; format: ValueFormat; decimals?: number; expected: string }[])(
    '$value as $format prints $expected',
    ({ value, format, decimals, expected }) => {
      expect(formatReportValue(value, format, decimals)).toBe(expected);
    },
  );

  it('prints an absent value as the text the format asks for', () => {
    expect(formatReportValue(null, 'integer')).toBe('');
    expect(formatReportValue(null, 'integer', undefined, '—')).toBe('—');
  });

  it('refuses a value of the wrong type for its format', () => {
    expect(() => formatReportValue('12', 'integer')).toThrow(TypeError);
    expect(() => formatReportValue(12, 'date')).toThrow(TypeError);
    expect(() => formatReportValue('2026-7-5', 'date')).toThrow(TypeError);
    expect(() => formatReportValue(20260326, 'dateOrNote')).toThrow(TypeError);
  });
});

// ---- CSV --------------------------------------------------------------------------------------------

describe('the CSV of a report', () => {
  it('is UTF-8 with a BOM, with CRLF line ends only', () => {
    const bytes = renderCsv(documentReport(), 'a'.repeat(64));
    expect(bytes.subarray(0, 3)).toEqual(BOM);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith(CRLF)).toBe(true);
    expect(text.replaceAll(CRLF, '')).not.toMatch(/[\r\n]/);
  });

  it('prints the preamble, then every section after an empty line under its title, values in es-CO', () => {
    const document = documentReport();
    const hash = reportContentHash(document);
    expect(parseCsv(renderCsv(document, hash))).toEqual([
      ...EXPECTED_PREAMBLE(hash).map((line) => [line]),
      [''],
      ['Cifras principales'],
      ['Peticiones recibidas', '1.234.567'],
      ['Tiempo promedio de respuesta (días hábiles)', '7,46'],
      ['Respondidas a tiempo', '95,5 %'],
      ['Primer radicado', '02/01/2026'],
      ['Último evento incluido', '30/06/2026 21:30:15'],
      ['¿Se cumplió la meta?', 'Sí'],
      ['Observación', ''],
      [''],
      ['Peticiones por tipo'],
      ['Tipo', 'Recibidas', '% a tiempo', 'Días promedio', 'Último radicado', '¿Vencidas?'],
      ['Petición', '1.234', '95,5 %', '7,5', '30/06/2026', 'No'],
      ['Queja; "urgente"', '12', '100,0 %', '10,0', '02/01/2026', 'Sí'],
      ['Sugerencia', '0', '', '', '', ''],
      ['El porcentaje a tiempo se calcula sobre las peticiones respondidas.'],
      [''],
      ['Conclusiones'],
      ['La oficina atendió más solicitudes que en el semestre anterior; ninguna quedó sin radicar.'],
      ['¡Gracias! ¿Preguntas? Escriba a la Oficina de Atención al Cliente, señor Muñoz.'],
    ]);
  });

  it('quotes a field holding the delimiter, a quote or a line break, as RFC 4180 says', () => {
    const document: ReportDocument = {
      ...documentReport(),
      sections: [{ type: 'text', title: 'Notas', paragraphs: ['uno; dos', 'dice "sí"', 'línea 1\nlínea 2'] }],
    };
    const text = renderCsv(document, 'a'.repeat(64)).toString('utf8');
    expect(text).toContain(`${CRLF}"uno; dos"${CRLF}"dice ""sí"""${CRLF}"línea 1\nlínea 2"${CRLF}`);
    expect(parseCsv(Buffer.from(text)).slice(-3)).toEqual([
      ['uno; dos'],
      ['dice "sí"'],
      ['línea 1\nlínea 2'],
    ]);
  });

  it('gives the same bytes every time for the same document and hash', () => {
    const hash = reportContentHash(documentReport());
    expect(renderCsv(documentReport(), hash).equals(renderCsv(documentReport(), hash))).toBe(true);
  });

  it('of a dataset puts the header row after the preamble and one empty line, then only the rows', () => {
    const document = datasetReport();
    const hash = reportContentHash(document);
    const records = parseCsv(renderCsv(document, hash));
    const headerLine = 8;
    expect(records.slice(0, headerLine)).toEqual([
      ['Corporación Pública de Atención Ciudadana'],
      ['Oficina de Atención al Cliente'],
      ['Formato de PQRS para la Contraloría'],
      ['Resolución de rendición de cuentas de la Contraloría Departamental'],
      ['Periodo: 01/01/2026 a 30/06/2026'],
      ['Cifras con corte a: 05/07/2026 08:00:00 (hora de Bogotá)'],
      [`Huella de contenido (SHA-256): ${hash}`],
      [''],
    ]);
    expect(records[headerLine]).toEqual([
      'Radicado',
      'Fecha de radicación',
      'Tipo de petición',
      'Días hábiles de respuesta',
      'Respondida el',
      'Respondida a tiempo',
    ]);
    expect(records).toHaveLength(headerLine + 1 + DATASET_ROWS);
    expect(records[headerLine + 1]).toEqual([
      '2026-000001',
      '01/01/2026',
      'Petición',
      '0',
      '30/06/2026 16:15:00',
      'Sí',
    ]);
    expect(records[headerLine + 10]).toEqual([
      '2026-000010',
      '10/04/2026',
      'Solicitud de información',
      '9',
      '',
      'Sí',
    ]);
    expect(records.at(-1)?.[0]).toBe(radicadoOf(DATASET_ROWS - 1));
  });

  it('refuses a dataset that is not exactly one table', () => {
    const document: ReportDocument = { ...documentReport(), layout: 'dataset' };
    expect(() => renderCsv(document, 'a'.repeat(64))).toThrow(/exactly one table/);
  });
});

// ---- XLSX -------------------------------------------------------------------------------------------

describe('the XLSX of a report', () => {
  it('has a sheet "Informe" with the preamble and every section, values as typed cells', async () => {
    const document = documentReport();
    const hash = reportContentHash(document);
    const workbook = await loadWorkbook(await renderXlsx(document, hash));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Informe']);
    const sheet = workbook.getWorksheet('Informe')!;

    expect(EXPECTED_PREAMBLE(hash).map((_, index) => sheet.getCell(index + 1, 1).value)).toEqual(
      EXPECTED_PREAMBLE(hash),
    );
    expect(sheet.getCell(3, 1).font?.bold).toBe(true);

    const figuresTitle = rowWithLabel(sheet, 'Cifras principales');
    expect(figuresTitle.number).toBe(9);
    expect(figuresTitle.getCell(1).font?.bold).toBe(true);

    const received = rowWithLabel(sheet, 'Peticiones recibidas').getCell(2);
    expect(received.type).toBe(ExcelJS.ValueType.Number);
    expect(received.value).toBe(1_234_567);
    expect(received.numFmt).toBe('#,##0');

    const averageDays = rowWithLabel(sheet, 'Tiempo promedio de respuesta (días hábiles)').getCell(2);
    expect(averageDays.value).toBe(7.456);
    expect(averageDays.numFmt).toBe('0.00');

    const onTime = rowWithLabel(sheet, 'Respondidas a tiempo').getCell(2);
    expect(onTime.value).toBe(0.955);
    expect(onTime.numFmt).toBe('0.0%');

    const firstFiled = rowWithLabel(sheet, 'Primer radicado').getCell(2);
    expect(firstFiled.type).toBe(ExcelJS.ValueType.Date);
    expect(firstFiled.value).toEqual(new Date(Date.UTC(2026, 0, 2)));
    expect(firstFiled.numFmt).toBe('dd/mm/yyyy');

    const lastEvent = rowWithLabel(sheet, 'Último evento incluido').getCell(2);
    expect(lastEvent.value).toEqual(new Date(Date.UTC(2026, 5, 30, 21, 30, 15)));
    expect(lastEvent.numFmt).toBe('dd/mm/yyyy hh:mm:ss');

    expect(rowWithLabel(sheet, '¿Se cumplió la meta?').getCell(2).value).toBe('Sí');
    expect(rowWithLabel(sheet, 'Observación').getCell(2).type).toBe(ExcelJS.ValueType.Null);

    const tableTitle = rowWithLabel(sheet, 'Peticiones por tipo');
    const header = sheet.getRow(tableTitle.number + 1);
    expect([1, 2, 3, 4, 5, 6].map((column) => header.getCell(column).value)).toEqual([
      'Tipo',
      'Recibidas',
      '% a tiempo',
      'Días promedio',
      'Último radicado',
      '¿Vencidas?',
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(header.getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });

    const petitions = sheet.getRow(tableTitle.number + 2);
    expect(petitions.getCell(1).value).toBe('Petición');
    expect(petitions.getCell(2).value).toBe(1234);
    expect(petitions.getCell(2).numFmt).toBe('#,##0');
    expect(petitions.getCell(3).value).toBe(0.955);
    expect(petitions.getCell(3).numFmt).toBe('0.0%');
    expect(petitions.getCell(4).value).toBe(7.46);
    expect(petitions.getCell(4).numFmt).toBe('0.0');
    expect(petitions.getCell(5).value).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(petitions.getCell(6).value).toBe('No');
    const suggestions = sheet.getRow(tableTitle.number + 4);
    expect(suggestions.getCell(1).value).toBe('Sugerencia');
    expect(suggestions.getCell(3).type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getRow(tableTitle.number + 5).getCell(1).value).toBe(PQRS_BY_TYPE.note);

    const conclusions = rowWithLabel(sheet, 'Conclusiones');
    expect(sheet.getRow(conclusions.number + 2).getCell(1).value).toBe(
      '¡Gracias! ¿Preguntas? Escriba a la Oficina de Atención al Cliente, señor Muñoz.',
    );

    // Column A fits its longest figure label, not the preamble's hash line.
    const labelWidth = 'Tiempo promedio de respuesta (días hábiles)'.length + 2;
    expect(sheet.getColumn(1).width).toBe(labelWidth);
  });

  it('says who made it and as of when, not when the file was written', async () => {
    const workbook = await loadWorkbook(await renderXlsx(documentReport(), 'a'.repeat(64)));
    expect(workbook.creator).toBe('Corporación Pública de Atención Ciudadana');
    expect(workbook.created).toEqual(new Date(AS_OF));
    expect(workbook.modified).toEqual(new Date(AS_OF));
  });

  it('of a dataset also has a sheet "Datos" with the header at A1, typed rows and the header frozen', async () => {
    const document = datasetReport();
    const hash = reportContentHash(document);
    const workbook = await loadWorkbook(await renderXlsx(document, hash));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Informe', 'Datos']);

    const report = workbook.getWorksheet('Informe')!;
    expect(report.getCell(7, 1).value).toBe(`Huella de contenido (SHA-256): ${hash}`);
    expect(report.getCell(9, 1).value).toBe('Peticiones del periodo');
    expect(report.getCell(10, 1).value).toBe('Radicado');
    expect(report.rowCount).toBe(10 + DATASET_ROWS);

    const data = workbook.getWorksheet('Datos')!;
    expect([1, 2, 3, 4, 5, 6].map((column) => data.getCell(1, column).value)).toEqual([
      'Radicado',
      'Fecha de radicación',
      'Tipo de petición',
      'Días hábiles de respuesta',
      'Respondida el',
      'Respondida a tiempo',
    ]);
    expect(data.rowCount).toBe(1 + DATASET_ROWS);
    const first = data.getRow(2);
    expect(first.getCell(1).value).toBe('2026-000001');
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(first.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(4).numFmt).toBe('#,##0');
    expect(first.getCell(5).value).toEqual(new Date(Date.UTC(2026, 5, 30, 16, 15, 0)));
    expect(first.getCell(6).value).toBe('Sí');
    expect(data.getRow(11).getCell(5).type).toBe(ExcelJS.ValueType.Null);
    expect(data.getRow(1 + DATASET_ROWS).getCell(1).value).toBe(radicadoOf(DATASET_ROWS - 1));
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

// ---- PDF --------------------------------------------------------------------------------------------

describe('the PDF of a report', () => {
  it('prints the preamble, the sections in Spanish and the hash in every page footer', async () => {
    const document = documentReport();
    const hash = reportContentHash(document);
    const { pages, info } = await extractPdf(await renderPdf(document, hash));
    expect(pages).toHaveLength(1);
    const lines = pages[0]!;

    expect(lines.slice(0, 7)).toEqual(EXPECTED_PREAMBLE(hash));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Cifras principales',
        'Peticiones recibidas',
        '1.234.567',
        '95,5 %',
        '30/06/2026 21:30:15',
        '¿Se cumplió la meta?',
        'Sí',
        'Peticiones por tipo',
        '% a tiempo',
        '¿Vencidas?',
        'Queja; "urgente"',
        '10,0',
        PQRS_BY_TYPE.note,
        'Conclusiones',
        'Página 1 de 1',
      ]),
    );
    expect(lines.join(' ')).toContain(
      '¡Gracias! ¿Preguntas? Escriba a la Oficina de Atención al Cliente, señor Muñoz.',
    );
    // The empty observation and the suggestion's four empty cells print as a dash.
    expect(lines.filter((line) => line === '—')).toHaveLength(5);
    expect(lines.filter((line) => line === `Huella de contenido (SHA-256): ${hash}`)).toHaveLength(2);

    expect(info).toMatchObject({
      Title: 'Informe de PQRS — primer semestre',
      Author: 'Corporación Pública de Atención Ciudadana',
      Producer: 'Ventanilla',
      Creator: 'Ventanilla',
      CreationDate: 'D:20260705130000Z',
      ModDate: 'D:20260705130000Z',
    });
  });

  it('gives the same bytes every time for the same document and hash', async () => {
    const hash = reportContentHash(documentReport());
    const first = await renderPdf(documentReport(), hash);
    const second = await renderPdf(documentReport(), hash);
    expect(first.equals(second)).toBe(true);
  });

  it('runs a 3,000-row table over numbered pages, repeating the header row and the hash on each', async () => {
    const document = datasetReport();
    const hash = reportContentHash(document);
    const { pages } = await extractPdf(await renderPdf(document, hash));
    expect(pages.length).toBeGreaterThan(20);
    pages.forEach((lines, index) => {
      expect(lines).toContain(`Página ${index + 1} de ${pages.length}`);
      expect(lines).toContain(`Huella de contenido (SHA-256): ${hash}`);
      expect(lines).toContain('Radicado');
      expect(lines).toContain('Tipo de petición');
    });
    const allLines = pages.flat();
    for (const index of [0, 1499, DATASET_ROWS - 1]) expect(allLines).toContain(radicadoOf(index));
    expect(allLines.filter((line) => /^2026-\d{6}$/.test(line))).toHaveLength(DATASET_ROWS);
  });
});

// ---- one entry point --------------------------------------------------------------------------------

describe('renderReport', () => {
  it.each([
    ['CSV', 'text/csv; charset=utf-8', 'csv', BOM],
    ['XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx', Buffer.from('PK')],
    ['PDF', 'application/pdf', 'pdf', Buffer.from('%PDF-')],
  ] as const)('renders %s as %s with extension %s', async (format, mediaType, extension, magic) => {
    const document = documentReport();
    const rendered = await renderReport(document, reportContentHash(document), format);
    expect(rendered.mediaType).toBe(mediaType);
    expect(rendered.extension).toBe(extension);
    expect(rendered.bytes.subarray(0, magic.length)).toEqual(magic);
  });
});

// ---- the signed head of the log ---------------------------------------------------------------------

describe('the signed head of the log on a report', () => {
  const head = {
    printable: `VLH1.4821.${'9f'.repeat(32)}.${'Ab_-'.repeat(21)}Ab`,
    sequence: 4821,
    signedAt: '2026-07-05T12:45:00.000Z',
  };
  const headLine = `Cabeza firmada del registro (evento nº 4821, firmada el 05/07/2026 07:45:00): ${head.printable}`;

  it('is printed whole after the as-of line in every format, so it can be copied back', async () => {
    const document: ReportDocument = { ...documentReport(), signedLogHead: head };
    const hash = reportContentHash(document);
    const expectedPreamble = [...EXPECTED_PREAMBLE(hash).slice(0, 6), headLine, EXPECTED_PREAMBLE(hash)[6]];

    expect(parseCsv(renderCsv(document, hash)).slice(0, 8)).toEqual(expectedPreamble.map((line) => [line]));
    const sheet = (await loadWorkbook(await renderXlsx(document, hash))).getWorksheet('Informe')!;
    expect(sheet.getCell(7, 1).value).toBe(headLine);
    // A PDF line wraps the long value; whitespace is what `--head` ignores, so the text joined back is it.
    const { pages } = await extractPdf(await renderPdf(document, hash));
    expect(pages[0]!.join('').replace(/\s+/g, '')).toContain(head.printable);
  });

  it('says so when no head was signed by the as-of instant, and changes the content hash', () => {
    const document: ReportDocument = { ...documentReport(), signedLogHead: null };
    const hash = reportContentHash(document);
    expect(parseCsv(renderCsv(document, hash))[6]).toEqual([
      'Cabeza firmada del registro: ninguna firmada a la fecha de corte',
    ]);
    expect(hash).not.toBe(reportContentHash(documentReport()));
  });
});
