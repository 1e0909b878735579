// The transfers after the five business days of art. 21 (Ley 1755 de 2015), recorded late rather than
// refused, in the Informe de PQRS of layout 8: a figure in the summary and a column by kind, worked out by
// hand on a known set of cases (2026 calendar: San José, Monday 23 March, and Holy Thursday and Good
// Friday, 2 and 3 April, are holidays). A report of layout 7 prints neither.
import { buildPqrsReport } from '../../src/features/reports/builders/pqrs-report.js';
import type { ReportInput } from '../../src/features/reports/builders/report-input.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { bogota, figuresOf, ScenarioLog, tableOf } from './report-scenario.js';

const period = { from: '2026-03-01', to: '2026-03-31' };
const input = (layout: number): ReportInput => ({
  period,
  asOf: bogota('2026-04-10'),
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  layout,
  timelinessOn: 'ANSWERED',
});
const LATE_FIGURE = 'Traslados extemporáneos (después de 5 días hábiles, art. 21)';
const STEPS = 'Prórrogas, traslados, desistimientos y anónimas por tipo';

function scenario(): ScenarioLog {
  const log = new ScenarioLog();
  const transfer = (radicado: string, on: string) =>
    log.pqrs(
      radicado,
      { type: 'TransferPqrs', data: { entity: 'Gobernación de Boyacá', reason: 'Es de su competencia.' } },
      bogota(on),
    );
  // 1: petition of Friday 13 March transferred on Monday 23 March (San José): the window's last day,
  // 5 business days (16 to 20 March) — on time.
  log.receive('2026-000101', 'PETITION', 'WEB', '2026-03-13', 'Licencia de construcción');
  transfer('2026-000101', '2026-03-23');
  // 2: petition of Friday 13 March transferred on Tuesday 24 March, the 6th business day — late.
  log.receive('2026-000102', 'PETITION', 'EMAIL', '2026-03-13', 'Licencia de construcción');
  transfer('2026-000102', '2026-03-24');
  // 3: claim of Thursday 26 March transferred on Monday 6 April: 27, 30, 31 March, 1 and 6 April (Holy
  // Thursday and Friday skipped) make 5 business days — on time.
  log.receive('2026-000103', 'CLAIM', 'WEB', '2026-03-26', 'Cobro de impuesto');
  transfer('2026-000103', '2026-04-06');
  // 4: claim of Wednesday 4 March transferred on Wednesday 8 April, weeks after its window — late.
  log.receive('2026-000104', 'CLAIM', 'PHONE', '2026-03-04', 'Cobro de impuesto');
  transfer('2026-000104', '2026-04-08');
  // 5: complaint never transferred.
  log.receive('2026-000105', 'COMPLAINT', 'WEB', '2026-03-16', 'Mala atención');
  return log;
}

describe('late transfers in the Informe de PQRS', () => {
  let readModels: TemporaryReadModels;
  let sources: ReportSources;

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-late-transfers-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await scenario().projectInto(readModels.store);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  it('layout 8 counts the late transfers in its summary: 2 of 4 transfers', async () => {
    const report = await buildPqrsReport(input(8), sources);
    expect(figuresOf(report, 'Resumen del periodo')).toMatchObject({
      'Trasladadas por competencia': 4,
      [LATE_FIGURE]: 2,
    });
  });

  it('layout 8 counts them by kind: one petition and one claim, 2 in the Total row', async () => {
    const table = tableOf(await buildPqrsReport(input(8), sources), STEPS);
    const byKind = Object.fromEntries(
      table.rows.map((row) => [row['kind'], [row['transferred'], row['transferredLate']]]),
    );
    expect(byKind).toMatchObject({
      Petición: [2, 1],
      Reclamo: [2, 1],
      Queja: [0, 0],
      Total: [4, 2],
    });
    expect(table.columns.map((column) => column.header)).toContain('Traslados extemporáneos');
    expect(table.note).toContain('Ley 1755 de 2015, art. 21');
  });

  it('a report of layout 7 prints neither the figure nor the column', async () => {
    const report = await buildPqrsReport(input(7), sources);
    expect(figuresOf(report, 'Resumen del periodo')).not.toHaveProperty([LATE_FIGURE]);
    const table = tableOf(report, STEPS);
    expect(table.columns.map((column) => column.key)).not.toContain('transferredLate');
    expect(table.rows.every((row) => !('transferredLate' in row))).toBe(true);
  });
});
