// The denials of access in the Informe de solicitudes de acceso a la información of layout 9: each denial,
// total or partial, listed with its radicado, the day it was answered, the exception invoked (Ley 1712 de
// 2014, arts. 18 and 19), its legal ground, the norm that establishes it (Ley 1755 de 2015, art. 25) and
// whether a public version of the rest was delivered (art. 21); worked out by hand on a known set of
// requests (2026 calendar: San José, Monday 23 March, and Holy Thursday and Good Friday, 2 and 3 April,
// are holidays). A report of layout 8 prints none of it and keeps the content hash it was issued with.
import type { AnswerPqrs } from '../../src/domain/pqrs/commands.js';
import { buildAccessToInformationReport } from '../../src/features/reports/builders/access-to-information-report.js';
import type { ReportInput } from '../../src/features/reports/builders/report-input.js';
import { reportContentHash } from '../../src/features/reports/content-hash.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { bogota, figuresOf, ScenarioLog, tableOf } from './report-scenario.js';

const period = { from: '2026-03-01', to: '2026-03-31' };
const input = (layout: number): ReportInput => ({
  period,
  asOf: bogota('2026-04-20'),
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  layout,
  timelinessOn: 'ANSWERED',
});
const LISTING = 'Negaciones del acceso, una por una';
const PRIVACY_NORM = 'Constitución Política, art. 15; Ley 1581 de 2012, art. 5';
const SAFETY_NORM = 'Ley 1801 de 2016, art. 2; Ley 1712 de 2014, art. 19 b';
const DELIBERATIVE_NORM = 'Ley 1712 de 2014, art. 19, parágrafo';

function scenario(): ScenarioLog {
  const log = new ScenarioLog();
  const answer = (radicado: string, on: string, data: Partial<AnswerPqrs['data']>) =>
    log.pqrs(
      radicado,
      { type: 'AnswerPqrs', data: { answer: 'Respuesta de fondo.', answeredAt: null, ...data } },
      bogota(on),
    );
  // 1: received Monday 2 March, access granted on Friday 6 March: no denial.
  log.receive('2026-000201', 'INFORMATION_REQUEST', 'WEB', '2026-03-02', 'Copia de contrato');
  answer('2026-000201', '2026-03-06', { accessDecision: 'GRANTED' });
  // 2: received Thursday 5 March, denied in whole on Thursday 12 March: a medical record (privacy, art.
  // 18 a — classified), no public version.
  log.receive('2026-000202', 'INFORMATION_REQUEST', 'EMAIL', '2026-03-05', 'Historia clínica de un tercero');
  answer('2026-000202', '2026-03-12', {
    accessDecision: 'DENIED',
    accessDenialGround: 'PRIVACY',
    accessDenialProvision: PRIVACY_NORM,
    accessDenialHarm: 'Revelaría datos sensibles de salud de una persona que no consintió.',
    publicVersionDelivered: false,
  });
  // 3: received Tuesday 10 March, partly granted on Friday 20 March: the security plan withheld (public
  // safety, art. 19 b — reserved), the rest delivered as a public version.
  log.receive(
    '2026-000203',
    'INFORMATION_REQUEST',
    'IN_PERSON',
    '2026-03-10',
    'Plan de seguridad de la sede',
  );
  answer('2026-000203', '2026-03-20', {
    accessDecision: 'PARTIALLY_GRANTED',
    accessDenialGround: 'PUBLIC_SAFETY',
    accessDenialProvision: SAFETY_NORM,
    accessDenialHarm: 'Expondría los puntos de control y los turnos de vigilancia.',
    publicVersionDelivered: true,
  });
  // 4: received Thursday 26 March, denied on Wednesday 8 April, after Holy Week: the working papers of a
  // decision not yet taken (art. 19, parágrafo — reserved), no public version.
  log.receive('2026-000204', 'INFORMATION_REQUEST', 'WEB', '2026-03-26', 'Borradores del concepto técnico');
  answer('2026-000204', '2026-04-08', {
    accessDecision: 'DENIED',
    accessDenialGround: 'DELIBERATIVE_PROCESS',
    accessException: 'RESERVED',
    accessDenialProvision: DELIBERATIVE_NORM,
    accessDenialHarm: 'Anticiparía una decisión que el comité aún no ha tomado.',
    publicVersionDelivered: false,
  });
  // 5: a petition, not a request for information: not in this report.
  log.receive('2026-000205', 'PETITION', 'WEB', '2026-03-16', 'Licencia de construcción');
  // 6: received Tuesday 17 March and still open at the cut.
  log.receive('2026-000206', 'INFORMATION_REQUEST', 'PHONE', '2026-03-17', 'Estadísticas de atención');
  return log;
}

describe('the denials of access in the access-to-information report', () => {
  let readModels: TemporaryReadModels;
  let sources: ReportSources;

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-access-denials-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await scenario().projectInto(readModels.store);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  it('layout 9 lists each denial: 2 total and 1 partial, in the order they were answered', async () => {
    const table = tableOf(await buildAccessToInformationReport(input(9), sources), LISTING);
    expect(table.columns.map((column) => column.header)).toEqual([
      'Radicado',
      'Respondida',
      'Decisión sobre el acceso',
      'Excepción invocada',
      'Fundamento legal',
      'Norma que establece la excepción',
      'Versión pública entregada (art. 21)',
    ]);
    expect(table.rows).toEqual([
      {
        radicado: '2026-000202',
        answeredOn: '2026-03-12',
        accessDecision: 'Acceso negado',
        accessException: 'Información clasificada (Ley 1712 de 2014, art. 18)',
        accessDenialGround: 'Intimidad y datos personales (art. 18 a)',
        accessDenialProvision: PRIVACY_NORM,
        publicVersionDelivered: false,
      },
      {
        radicado: '2026-000203',
        answeredOn: '2026-03-20',
        accessDecision: 'Acceso concedido parcialmente',
        accessException: 'Información reservada (Ley 1712 de 2014, art. 19)',
        accessDenialGround: 'Seguridad pública (art. 19 b)',
        accessDenialProvision: SAFETY_NORM,
        publicVersionDelivered: true,
      },
      {
        radicado: '2026-000204',
        answeredOn: '2026-04-08',
        accessDecision: 'Acceso negado',
        accessException: 'Información reservada (Ley 1712 de 2014, art. 19)',
        accessDenialGround:
          'Opiniones del proceso deliberativo de los servidores públicos (art. 19, parágrafo)',
        accessDenialProvision: DELIBERATIVE_NORM,
        publicVersionDelivered: false,
      },
    ]);
    expect(table.note).toContain('Ley 1712 de 2014, art. 28');
  });

  it('layout 9 counts the denials by exception and the public versions: 1 classified, 2 reserved, 1 public version', async () => {
    const figures = figuresOf(await buildAccessToInformationReport(input(9), sources), 'Resumen del periodo');
    // Five requests for information received in March (201, 202, 203, 204, 206); four answered, 206 open.
    expect(figures).toMatchObject({
      'Solicitudes de información recibidas': 5,
      Respondidas: 4,
      'Acceso concedido': 1,
      'Acceso concedido parcialmente': 1,
      'Acceso negado': 2,
      'Negaciones por información clasificada (art. 18)': 1,
      'Negaciones por información reservada (art. 19)': 2,
      'Negaciones con versión pública del resto entregada (art. 21)': 1,
      'Pendientes al corte': 1,
    });
  });

  it('a report of layout 8 prints neither the listing nor the figures, and keeps its content hash', async () => {
    const report = await buildAccessToInformationReport(input(8), sources);
    expect(report.sections.map((section) => section.title)).not.toContain(LISTING);
    expect(figuresOf(report, 'Resumen del periodo')).not.toHaveProperty([
      'Negaciones por información clasificada (art. 18)',
    ]);
    // Worked out on these cases with the builder as it stood before layout 9 (commit 8e738c8).
    expect(reportContentHash(report)).toBe(
      'ce127425be96c9bfb476a15dee28dec835db53adb91a00cbc4f80be135870968',
    );
  });
});
