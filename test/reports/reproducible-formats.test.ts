// Issue 15, item 3: at a fixed as-of, a report is the same file in every format whenever it is issued.
// Each kind is generated and rendered twice with the wall clock moved days (and odd seconds) between the
// two — the process clock every library reads, not only the app's — and the bytes compared; the workbook
// still opens, and its zip entries say the cut on Bogotá's wall clock rather than the time of writing.
import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  REPORT_FORMATS,
  REPORT_KINDS_WITH_DATA_ROWS,
  type ReportFormat,
  type ReportKind,
} from '../../src/domain/report/events.js';
import { renderReport } from '../../src/features/reports/render/index.js';
import { DATASET_SHEET_NAME, REPORT_SHEET_NAME } from '../../src/features/reports/render/xlsx-renderer.js';
import { everyKindScenario, type EveryKind } from './every-kind-scenario.js';

/** Two wall clocks far enough apart that every field of a zip entry's time differs. */
const FIRST_ISSUE = new Date('2026-05-04T14:21:07.000Z');
const SECOND_ISSUE = new Date('2026-06-19T22:48:53.000Z');

/** Only Date is faked: exceljs, JSZip and pdfmake keep their real timers and microtasks. */
function setWallClock(now: Date): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

const formatsOf = (kind: ReportKind): ReportFormat[] =>
  REPORT_FORMATS.filter((format) => format !== 'CSV_DATA' || REPORT_KINDS_WITH_DATA_ROWS.includes(kind));

describe('a report issued twice at the same as-of', () => {
  let scenario: EveryKind;

  beforeAll(async () => {
    scenario = await everyKindScenario();
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  afterAll(async () => {
    await scenario.cleanup();
  });

  async function issueAt(now: Date, kind: ReportKind, format: ReportFormat): Promise<Buffer> {
    setWallClock(now);
    expect(new Date().getTime()).toBe(now.getTime());
    const { document, contentHash } = await scenario.generate(kind);
    return (await renderReport(document, contentHash, format)).bytes;
  }

  it('moving the wall clock does change what exceljs writes by itself (so the comparisons below can fail)', async () => {
    const bare = async (now: Date) => {
      setWallClock(now);
      const workbook = new ExcelJS.Workbook();
      workbook.created = new Date('2026-04-06T15:00:00.000Z');
      workbook.modified = workbook.created;
      workbook.addWorksheet('Informe').addRow(['Informe de PQRS']);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    expect((await bare(FIRST_ISSUE)).equals(await bare(SECOND_ISSUE))).toBe(false);
  });

  describe.each([
    'PQRS',
    'ACCESS_TO_INFORMATION',
    'SATISFACTION',
    'MANAGEMENT',
    'CONTRALORIA',
    'ACTION_PLAN_EXECUTION',
    'RISK_MAP',
    'MANAGEMENT_REVIEW_MINUTES',
    'CAMPAIGNS',
  ] as const)('%s', (kind) => {
    it.each(formatsOf(kind))('is byte-identical in %s', async (format) => {
      const first = await issueAt(FIRST_ISSUE, kind, format);
      const second = await issueAt(SECOND_ISSUE, kind, format);
      expect(first.length).toBeGreaterThan(0);
      expect(second.equals(first)).toBe(true);
    });
  });

  it('covers every kind there is', () => {
    expect(scenario.kinds).toEqual([
      'PQRS',
      'ACCESS_TO_INFORMATION',
      'SATISFACTION',
      'MANAGEMENT',
      'CONTRALORIA',
      'ACTION_PLAN_EXECUTION',
      'TRAINING_NEEDS',
      'RISK_MAP',
      'MANAGEMENT_REVIEW_MINUTES',
      'CAMPAIGNS',
    ]);
  });

  it.each(['PQRS', 'CONTRALORIA'] as const)(
    'the %s workbook still opens, with its sheets, and its zip entries say the cut in Bogotá',
    async (kind) => {
      const bytes = await issueAt(SECOND_ISSUE, kind, 'XLSX');
      jest.useRealTimers();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as never);
      const expectedSheets =
        kind === 'CONTRALORIA' ? [REPORT_SHEET_NAME, DATASET_SHEET_NAME] : [REPORT_SHEET_NAME];
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expectedSheets);
      expect(workbook.created.toISOString()).toBe('2026-04-06T15:00:37.000Z');
      expect(workbook.modified.toISOString()).toBe('2026-04-06T15:00:37.000Z');
      if (kind === 'CONTRALORIA') {
        const datos = workbook.getWorksheet(DATASET_SHEET_NAME)!;
        expect(datos.getCell('A1').value).toBe('Número de radicado');
        // Five cases received in March, one row each under the header.
        expect(datos.actualRowCount).toBe(6);
      }
      // Read by JSZip (what exceljs packs with): every entry, folders included, as of 10:00:36 on 6 April
      // 2026 in Bogotá (a zip entry keeps even seconds). JSZip reads the fields as UTC.
      const zip = await JSZip.loadAsync(bytes);
      const entries = Object.values(zip.files);
      expect(entries.length).toBeGreaterThan(10);
      for (const entry of entries)
        expect([entry.name, entry.date.toISOString()]).toEqual([entry.name, '2026-04-06T10:00:36.000Z']);
    },
  );
});
