// Habeas data requests (Ley 1581 de 2012, arts. 14 and 15) in the Informe de PQRS of layout 9: the consulta
// and the reclamo counted by kind like every other kind, late transfers judged by each kind's window (2
// business days for a reclamo), and the reclamos marked "en trámite" after their two business days. The
// figures are worked out by hand on a known set of cases (2026 calendar: San José, Monday 23 March, and
// Holy Thursday and Good Friday, 2 and 3 April, are holidays). A report of layout 8 prints none of it.
import { buildPqrsReport } from '../../src/features/reports/builders/pqrs-report.js';
import type { ReportInput } from '../../src/features/reports/builders/report-input.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { bogota, figuresOf, ScenarioLog, tableOf } from './report-scenario.js';

const input = (layout: number, period = { from: '2026-03-01', to: '2026-03-31' }): ReportInput => ({
  period,
  asOf: bogota('2026-04-10'),
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  layout,
  timelinessOn: 'ANSWERED',
});
const CONSULTA = 'Consulta de datos personales (habeas data)';
const RECLAMO = 'Reclamo de datos personales (habeas data)';
const LATE_TRANSFERS =
  'Traslados extemporáneos (después de 5 días hábiles, art. 21; 2 en reclamos de datos personales)';
const LATE_MARKS =
  'Reclamos de datos personales marcados «en trámite» fuera de término (Ley 1581 de 2012, art. 15)';
const BY_KIND = 'Por tipo de solicitud';
const STEPS = 'Prórrogas, traslados, desistimientos y anónimas por tipo';

function scenario(): ScenarioLog {
  const log = new ScenarioLog();
  const transfer = (radicado: string, on: string) =>
    log.pqrs(
      radicado,
      { type: 'TransferPqrs', data: { entity: 'Gobernación de Boyacá', reason: 'Es de su competencia.' } },
      bogota(on),
    );
  const answer = (radicado: string, on: string) =>
    log.pqrs(
      radicado,
      { type: 'AnswerPqrs', data: { answer: 'Se informan los datos registrados.', answeredAt: null } },
      bogota(on),
    );
  const mark = (radicado: string, on: string) =>
    log.pqrs(radicado, { type: 'MarkClaimInProcess', data: {} }, bogota(on));
  // 1: consulta of Friday 13 March, due Monday 30 March (10 business days: 16-20, 24-27, 30 March),
  // answered Friday 27 March: on time, 9 business days.
  log.receive('2026-000201', 'HABEAS_DATA_CONSULTATION', 'WEB', '2026-03-13', 'Mis datos');
  answer('2026-000201', '2026-03-27');
  // 2: consulta of Friday 13 March extended on 25 March to Wednesday 8 April (5 more business days: 31
  // March, 1, 6, 7, 8 April), answered on 8 April: on time, 15 business days.
  log.receive('2026-000202', 'HABEAS_DATA_CONSULTATION', 'EMAIL', '2026-03-13', 'Mis datos');
  log.pqrs(
    '2026-000202',
    { type: 'ExtendDeadline', data: { newDueDate: '2026-04-08', reason: 'Se consulta otra base de datos.' } },
    bogota('2026-03-25'),
  );
  answer('2026-000202', '2026-04-08');
  // 3: reclamo of Friday 27 March transferred on Wednesday 1 April, the 3rd business day (30, 31 March,
  // 1 April): late for a reclamo (2 days), though a petition would be on time.
  log.receive('2026-000203', 'HABEAS_DATA_CLAIM', 'WEB', '2026-03-27', 'Corrección de datos');
  transfer('2026-000203', '2026-04-01');
  // 4: reclamo of Monday 16 March marked on Wednesday 18 March, its 2nd business day: on time.
  log.receive('2026-000204', 'HABEAS_DATA_CLAIM', 'WEB', '2026-03-16', 'Corrección de datos');
  mark('2026-000204', '2026-03-18');
  // 5: reclamo of Monday 16 March marked on Thursday 19 March, the 3rd business day: late. Unanswered; due
  // Thursday 9 April (17-20, 24-27, 30, 31 March, 1, 6-9 April), overdue at the cut of 10 April.
  log.receive('2026-000205', 'HABEAS_DATA_CLAIM', 'PHONE', '2026-03-16', 'Supresión de datos');
  mark('2026-000205', '2026-03-19');
  // 6 and 7: petitions of Friday 13 March transferred on Monday 23 March (San José, the window's last day:
  // on time) and on Tuesday 24 March (the 6th business day: late).
  log.receive('2026-000206', 'PETITION', 'WEB', '2026-03-13', 'Licencia');
  transfer('2026-000206', '2026-03-23');
  log.receive('2026-000207', 'PETITION', 'WEB', '2026-03-13', 'Licencia');
  transfer('2026-000207', '2026-03-24');
  return log;
}

describe('habeas data requests in the Informe de PQRS', () => {
  let readModels: TemporaryReadModels;
  let sources: ReportSources;

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-habeas-data-report-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await scenario().projectInto(readModels.store);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  it('layout 9 counts late transfers by each kind window (2 of 3) and the reclamos marked late (1)', async () => {
    const report = await buildPqrsReport(input(9), sources);
    expect(figuresOf(report, 'Resumen del periodo')).toMatchObject({
      'Trasladadas por competencia': 3,
      [LATE_TRANSFERS]: 2,
      [LATE_MARKS]: 1,
    });
  });

  it('layout 9 counts the consulta and the reclamo by kind like every other kind', async () => {
    const table = tableOf(await buildPqrsReport(input(9), sources), BY_KIND);
    const byKind = Object.fromEntries(
      table.rows.map((row) => [
        row['kind'],
        [row['received'], row['answered'], row['answeredOnTime'], row['open'], row['overdue']],
      ]),
    );
    expect(byKind).toMatchObject({
      // Consultas 1 and 2: both answered on time.
      [CONSULTA]: [2, 2, 2, 0, 0],
      // Reclamos 3 (transferred), 4 and 5 (open; 4 due 9 April as 5 is: both overdue at the cut).
      [RECLAMO]: [3, 0, 0, 2, 2],
      Petición: [2, 0, 0, 0, 0],
      Total: [7, 2, 2, 2, 2],
    });
    const consulta = table.rows.find((row) => row['kind'] === CONSULTA)!;
    // 9 and 15 business days: 12.0 on average, 15 at most.
    expect([consulta['averageBusinessDays'], consulta['maxBusinessDays']]).toEqual([12, 15]);
  });

  it('layout 9 lists the steps of the habeas kinds: one prórroga of a consulta, one late transfer of a reclamo', async () => {
    const table = tableOf(await buildPqrsReport(input(9), sources), STEPS);
    const byKind = Object.fromEntries(
      table.rows.map((row) => [row['kind'], [row['extensions'], row['transferred'], row['transferredLate']]]),
    );
    expect(byKind).toMatchObject({
      [CONSULTA]: [1, 0, 0],
      [RECLAMO]: [0, 1, 1],
      Petición: [0, 2, 1],
      Total: [1, 3, 2],
    });
    expect(table.note).toContain('Ley 1581 de 2012, art. 15');
  });

  it('layout 9 lists both habeas kinds in a period without any; layout 8 does not', async () => {
    const february = { from: '2026-02-01', to: '2026-02-28' };
    const kindsOf = async (layout: number) =>
      tableOf(await buildPqrsReport(input(layout, february), sources), BY_KIND).rows.map(
        (row) => row['kind'],
      );
    expect(await kindsOf(9)).toEqual(expect.arrayContaining([CONSULTA, RECLAMO]));
    expect(await kindsOf(8)).not.toContain(CONSULTA);
    expect(await kindsOf(8)).not.toContain(RECLAMO);
  });

  it('a report of layout 8 prints neither the late marks nor the per-kind transfer figure', async () => {
    const figures = figuresOf(await buildPqrsReport(input(8), sources), 'Resumen del periodo');
    expect(figures).not.toHaveProperty([LATE_MARKS]);
    expect(figures).not.toHaveProperty([LATE_TRANSFERS]);
  });
});
