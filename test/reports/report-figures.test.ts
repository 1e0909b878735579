import { activeStaffMember } from '../../src/domain/shared/staff-spec-fixtures.js';
// Every figure of the PQRS, access-to-information, management and Contraloría reports over a known set
// of cases, against values worked out by hand (business days per Ley 1755 de 2015 and the 2026 calendar:
// 23 March, 2 and 3 April are holidays), as of two instants: before and after a late answer arrives.
import { buildAccessToInformationReport } from '../../src/features/reports/builders/access-to-information-report.js';
import { buildContraloriaExport } from '../../src/features/reports/builders/contraloria-export.js';
import {
  buildManagementReport,
  DEFAULT_INDICATOR_TARGETS,
} from '../../src/features/reports/builders/management-report.js';
import { buildPqrsReport } from '../../src/features/reports/builders/pqrs-report.js';
import { CURRENT_REPORT_LAYOUT, type ReportInput } from '../../src/features/reports/builders/report-input.js';
import type { ReportDocument, ReportTable } from '../../src/features/reports/report-document.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { bogota, figuresOf, ScenarioLog, tableOf } from './report-scenario.js';

const period = { from: '2026-03-01', to: '2026-03-31' };
/** Monday 6 April, 10:00 in Bogotá: after Holy Week, before the late answer to F. */
const firstCut = bogota('2026-04-06');
const secondCut = bogota('2026-04-09');
const input = (asOf: string): ReportInput => ({
  period,
  asOf,
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  layout: CURRENT_REPORT_LAYOUT,
  timelinessOn: 'ANSWERED',
});

function scenario(): ScenarioLog {
  const log = new ScenarioLog();
  const assign = (radicado: string, dependency: string, on: string) =>
    log.pqrs(
      radicado,
      { type: 'AssignPqrs', data: { assignee: activeStaffMember('agent-1'), dependency } },
      bogota(on, '11:00'),
    );
  const answer = (radicado: string, on: string, accessDecision: 'DENIED' | null = null) =>
    log.pqrs(
      radicado,
      {
        type: 'AnswerPqrs',
        data: {
          answer: 'Respuesta de fondo.',
          answeredAt: bogota(on, '16:00'),
          accessDecision,
          ...(accessDecision === 'DENIED'
            ? {
                accessDenialGround: 'PRIVACY' as const,
                accessDenialProvision: 'Ley 1581 de 2012, art. 5',
                accessDenialHarm: 'Revelaría datos de salud de un tercero.',
                publicVersionDelivered: false,
              }
            : {}),
        },
      },
      bogota(on, '16:00'),
    );
  // A: petition answered on its due date (24 March: 15 business days, 23 March a holiday) — on time.
  log.receive('2026-000001', 'PETITION', 'WEB', '2026-03-02', 'Certificado de afiliación');
  assign('2026-000001', 'Cartera', '2026-03-02');
  answer('2026-000001', '2026-03-24');
  // B: the same, answered the day after — late, 16 business days.
  log.receive('2026-000002', 'PETITION', 'EMAIL', '2026-03-02', 'certificado de afiliacion');
  assign('2026-000002', 'Cartera', '2026-03-02');
  answer('2026-000002', '2026-03-25');
  // C: complaint extended before its due date, answered after the first due date but within the new one.
  log.receive('2026-000003', 'COMPLAINT', 'WEB', '2026-03-02', 'Mala atención en la sede');
  assign('2026-000003', 'Afiliaciones', '2026-03-02');
  log.pqrs(
    '2026-000003',
    { type: 'ExtendDeadline', data: { newDueDate: '2026-04-07', reason: 'Se consulta a otra dependencia.' } },
    bogota('2026-03-20'),
  );
  answer('2026-000003', '2026-03-30');
  // D: request for information paused by art. 17 (asked 3 March, completed 5 March: the 10 days restart
  // on the 6th, due 19 March) and answered on the 19th denying access — 10 business days, on time.
  log.receive('2026-000004', 'INFORMATION_REQUEST', 'IN_PERSON', '2026-03-02', 'Copia de contratos');
  log.pqrs(
    '2026-000004',
    { type: 'RequestInformation', data: { note: 'Indique el número del contrato.' } },
    bogota('2026-03-03'),
  );
  log.pqrs(
    '2026-000004',
    { type: 'ProvideInformation', data: { providedAt: bogota('2026-03-05'), note: 'Aportó el número.' } },
    bogota('2026-03-05'),
  );
  answer('2026-000004', '2026-03-19', 'DENIED');
  // E: request for information transferred to the competent entity.
  log.receive('2026-000005', 'INFORMATION_REQUEST', 'EMAIL', '2026-03-03', 'Copia de contratos');
  log.pqrs(
    '2026-000005',
    {
      type: 'TransferPqrs',
      data: { entity: 'Gobernación de Cundinamarca', reason: 'Es de su competencia.' },
    },
    bogota('2026-03-05'),
  );
  // F: claim due 1 April, still open on 6 April (overdue), answered late on 8 April.
  log.receive('2026-000006', 'CLAIM', 'PHONE', '2026-03-10', 'Cobro indebido');
  assign('2026-000006', 'Cartera', '2026-03-10');
  // G: suggestion withdrawn by the petitioner.
  log.receive('2026-000007', 'SUGGESTION', 'WEB', '2026-03-11', 'Horario de atención');
  log.pqrs(
    '2026-000007',
    { type: 'WithdrawPqrs', data: { mode: 'EXPRESS', reason: 'Ya no lo necesita.' } },
    bogota('2026-03-12'),
  );
  // H: received after the period: never counted.
  log.receive('2026-000008', 'PETITION', 'WEB', '2026-04-01', 'Certificado de afiliación');
  // I: received before the period, answered in it (6 March, due 9 March): in the period's answers only.
  log.receive('2026-000009', 'PETITION', 'WEB', '2026-02-16', 'Paz y salvo');
  answer('2026-000009', '2026-03-06');
  // J: received before the period and never answered (due 23 February): open and overdue at its close.
  log.receive('2026-000010', 'COMPLAINT', 'EMAIL', '2026-02-02', 'Demora en la cita');
  return log;
}

describe('reports over a known month of PQRS', () => {
  let readModels: TemporaryReadModels;
  let sources: ReportSources;
  const log = scenario();

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-report-figures-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await log.projectInto(readModels.store);
    // The late answer to F arrives after the first cut.
    const before = log.recorded.length;
    log.pqrs(
      '2026-000006',
      {
        type: 'AnswerPqrs',
        data: { answer: 'Se anula el cobro.', answeredAt: bogota('2026-04-08', '16:00') },
      },
      bogota('2026-04-08', '16:00'),
    );
    await log.projectInto(readModels.store, before);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  describe('the Informe de PQRS as of 6 April', () => {
    let report: ReportDocument;
    beforeAll(async () => {
      report = await buildPqrsReport(input(firstCut), sources);
    });

    it('totals the cases received in the period as they stood then', () => {
      expect(figuresOf(report, 'Resumen del periodo')).toEqual({
        'Recibidas en el periodo': 7,
        'De las recibidas en el periodo: respondidas al corte': 4,
        'De las recibidas en el periodo: respondidas a tiempo': 3,
        'De las recibidas en el periodo: respondidas fuera de término': 1,
        'De las recibidas en el periodo: oportunidad en la respuesta': 0.75,
        'Tiempo promedio de respuesta (días hábiles)': 15,
        'Tiempo máximo de respuesta (días hábiles)': 19,
        'Trasladadas por competencia': 1,
        // E was transferred on 5 March, its 2nd business day: within the five of art. 21.
        'Traslados extemporáneos (después de 5 días hábiles, art. 21; 2 en reclamos de datos personales)': 0,
        // Layout 9: no habeas data reclamo, no joint answer in this month.
        'Reclamos de datos personales marcados «en trámite» fuera de término (Ley 1581 de 2012, art. 15)': 0,
        'Respondidas con respuesta conjunta (más de diez peticiones análogas, Ley 1437 de 2011, art. 22)': 0,
        Desistidas: 1,
        'De las recibidas en el periodo: abiertas al corte': 1,
        'De las recibidas en el periodo: vencidas sin respuesta al corte': 1,
        'Prórrogas concedidas': 1,
        'Requerimientos para completar (art. 17)': 1,
        'Hechos registrados con fecha anterior': 0,
        // No mail server took any answer's notice here (see notification-dates.test.ts).
        'Respondidas sin notificar al corte': 4,
      });
    });

    it('names the answers of the period and the stock at its close apart from the cases received in it', () => {
      // Received in February: I answered on 6 March, J never. F (due 1 April) is open, not overdue, on 31 March.
      expect(figuresOf(report, 'Movimiento del periodo')).toEqual({
        'Respondidas en el periodo, de cualquier fecha de radicación': 5,
        'Respondidas a tiempo en el periodo': 4,
        'Respondidas fuera de término en el periodo': 1,
        'Oportunidad de las respondidas en el periodo': 0.8,
        'Abiertas al cierre del periodo, de cualquier fecha de radicación': 2,
        'Vencidas sin respuesta al cierre del periodo, de cualquier fecha de radicación': 1,
      });
    });

    it('breaks them down by kind, every kind listed', () => {
      const rows = tableOf(report, 'Por tipo de solicitud').rows;
      expect(rows.map((row) => row.kind)).toEqual([
        'Petición',
        'Solicitud de información o documentos',
        'Consulta',
        'Queja',
        'Reclamo',
        'Sugerencia',
        'Denuncia',
        'Petición entre autoridades',
        // Layout 9: the habeas data kinds (Ley 1581 de 2012, arts. 14 and 15), listed with no case.
        'Consulta de datos personales (habeas data)',
        'Reclamo de datos personales (habeas data)',
        // Layout 6: the tally of all seven cases.
        'Total',
      ]);
      expect(rows.at(-1)).toMatchObject({ received: 7, answered: 4, answeredOnTime: 3, onTimeRate: 0.75 });
      expect(rows[0]).toEqual({
        kind: 'Petición',
        received: 2,
        answered: 2,
        answeredOnTime: 1,
        answeredLate: 1,
        onTimeRate: 0.5,
        averageBusinessDays: 15.5,
        maxBusinessDays: 16,
        open: 0,
        overdue: 0,
        notNotified: 2,
      });
      expect(rows[1]).toMatchObject({ received: 2, answered: 1, answeredOnTime: 1, averageBusinessDays: 10 });
      expect(rows[3]).toMatchObject({ received: 1, answered: 1, answeredOnTime: 1, maxBusinessDays: 19 });
      expect(rows[4]).toMatchObject({ received: 1, answered: 0, onTimeRate: null, open: 1, overdue: 1 });
      expect(rows[2]).toMatchObject({ received: 0, onTimeRate: null, averageBusinessDays: null });
    });

    it('by channel and by dependency', () => {
      expect(
        tableOf(report, 'Por canal de recepción').rows.map((row) => [row.channel, row.received]),
      ).toEqual([
        ['Presencial', 1],
        ['Telefónico', 1],
        ['Correo electrónico', 2],
        ['Página web', 3],
        ['Correspondencia', 0],
        ['Redes sociales', 0],
        ['Total', 7],
      ]);
      expect(
        tableOf(report, 'Por dependencia').rows.map((row) => [
          row.dependency,
          row.received,
          row.answeredOnTime,
          row.overdue,
        ]),
      ).toEqual([
        ['Afiliaciones', 1, 1, 0],
        ['Cartera', 3, 1, 1],
        ['Sin asignar', 3, 1, 0],
        ['Total', 7, 3, 1],
      ]);
    });

    it('lists the backlog and the most frequent subjects', () => {
      expect(tableOf(report, 'Casos pendientes al corte (rezago)').rows).toEqual([
        {
          radicado: '2026-000006',
          kind: 'Reclamo',
          dependency: 'Cartera',
          receivedOn: '2026-03-10',
          dueDate: '2026-04-01',
          status: 'Asignada',
          overdue: true,
        },
      ]);
      const subjects = tableOf(report, 'Asuntos más frecuentes').rows;
      // "Certificado de afiliación" and "certificado de afiliacion" are one subject.
      expect(subjects[0]).toEqual({ subject: 'Certificado de afiliación', count: 2, share: 2 / 7 });
      expect(subjects[1]).toEqual({ subject: 'Copia de contratos', count: 2, share: 2 / 7 });
    });
  });

  it('as of 9 April the late answer counts: five answered, two late', async () => {
    const report = await buildPqrsReport(input(secondCut), sources);
    expect(figuresOf(report, 'Resumen del periodo')).toMatchObject({
      'De las recibidas en el periodo: respondidas al corte': 5,
      'De las recibidas en el periodo: respondidas a tiempo': 3,
      'De las recibidas en el periodo: respondidas fuera de término': 2,
      'De las recibidas en el periodo: oportunidad en la respuesta': 0.6,
      // F took 18 business days (1 April was its 15th; 2 and 3 April are holidays).
      'Tiempo promedio de respuesta (días hábiles)': (15 + 16 + 19 + 10 + 18) / 5,
      'De las recibidas en el periodo: abiertas al corte': 0,
      'De las recibidas en el periodo: vencidas sin respuesta al corte': 0,
    });
  });

  it('as of 31 March the claim was open but not yet overdue (due 1 April)', async () => {
    const report = await buildPqrsReport(input(bogota('2026-03-31', '18:00')), sources);
    expect(figuresOf(report, 'Resumen del periodo')).toMatchObject({
      'De las recibidas en el periodo: abiertas al corte': 1,
      'De las recibidas en el periodo: vencidas sin respuesta al corte': 0,
    });
  });

  it('the access-to-information report counts received, transferred and denied requests', async () => {
    const report = await buildAccessToInformationReport(input(firstCut), sources);
    expect(figuresOf(report, 'Resumen del periodo')).toEqual({
      'Solicitudes de información recibidas': 2,
      'Trasladadas a otra entidad': 1,
      Respondidas: 1,
      'Acceso concedido': 0,
      'Acceso concedido parcialmente': 0,
      'Acceso negado': 1,
      // D was denied on the privacy ground (art. 18 a): classified, with no public version.
      'Negaciones por información clasificada (art. 18)': 1,
      'Negaciones por información reservada (art. 19)': 0,
      'Negaciones con versión pública del resto entregada (art. 21)': 0,
      'Respondidas sin decisión de acceso registrada': 0,
      'Respondidas fuera de término': 0,
      'Tiempo promedio de respuesta (días hábiles)': 10,
      'Pendientes al corte': 0,
      'Vencidas sin respuesta al corte': 0,
    });
    expect(tableOf(report, 'Tiempo de respuesta de cada solicitud').rows).toEqual([
      {
        radicado: '2026-000004',
        receivedOn: '2026-03-02',
        dueDate: '2026-03-19',
        status: 'Respondida',
        answeredOn: '2026-03-19',
        businessDaysTaken: 10,
        onTime: true,
        accessDecision: 'Acceso negado',
        accessDenialGround: 'Intimidad y datos personales (art. 18 a)',
        transferredTo: null,
      },
      {
        radicado: '2026-000005',
        receivedOn: '2026-03-03',
        dueDate: '2026-03-17',
        status: 'Trasladada',
        answeredOn: null,
        businessDaysTaken: null,
        onTime: null,
        accessDecision: null,
        accessDenialGround: null,
        transferredTo: 'Gobernación de Cundinamarca',
      },
    ]);
  });

  it('the management report judges each indicator against its target', async () => {
    const report = await buildManagementReport(input(firstCut), sources, DEFAULT_INDICATOR_TARGETS);
    expect(
      tableOf(report, 'Matriz de indicadores').rows.map((row) => [
        row.name,
        row.target,
        row.value,
        row.status,
      ]),
    ).toEqual([
      ['Oportunidad en la respuesta de PQRS', '≥ 95,0 %', '75,0 %', 'No cumple'],
      ['Tiempo promedio de respuesta de PQRS', '≤ 10,0 días hábiles', '15,0 días hábiles', 'No cumple'],
      ['PQRS atendidas', '≥ 90,0 %', '85,7 %', 'No cumple'],
      ['PQRS vencidas sin respuesta al corte', '≤ 0', '1', 'No cumple'],
      ['Índice de satisfacción del cliente', '≥ 85,0 %', null, 'Sin datos'],
      ['Eficacia de las acciones de mejora', '≥ 80,0 %', null, 'Sin datos'],
      ['Acciones de mejora vencidas al corte', '≤ 0', '0', 'Cumple'],
      ['Tiempo promedio de decisión de afiliaciones', '≤ 15,0 días calendario', null, 'Sin datos'],
    ]);
  });

  it('the Contraloría export has one row per case in the period, in the configured columns', async () => {
    const report = await buildContraloriaExport(input(firstCut), sources, [
      { field: 'radicado', header: 'Radicado' },
      { field: 'kind', header: 'Tipo' },
      { field: 'dueDate', header: 'Vence' },
      { field: 'answeredOn', header: 'Respondida' },
      { field: 'businessDaysTaken', header: 'Días' },
      { field: 'onTime', header: 'A tiempo' },
    ]);
    const export_ = report.sections[0] as ReportTable;
    expect(report.layout).toBe('dataset');
    expect(export_.columns.map((column) => column.header)).toEqual([
      'Radicado',
      'Tipo',
      'Vence',
      'Respondida',
      'Días',
      'A tiempo',
    ]);
    expect(export_.rows.map((row) => Object.values(row))).toEqual([
      ['2026-000001', 'Petición', '2026-03-24', '2026-03-24', 15, true],
      ['2026-000002', 'Petición', '2026-03-24', '2026-03-25', 16, false],
      ['2026-000003', 'Queja', '2026-04-07', '2026-03-30', 19, true],
      ['2026-000004', 'Solicitud de información o documentos', '2026-03-19', '2026-03-19', 10, true],
      ['2026-000005', 'Solicitud de información o documentos', '2026-03-17', null, null, null],
      ['2026-000006', 'Reclamo', '2026-04-01', null, null, null],
      // 15 business days from 11 March: 2 and 3 April are holidays.
      ['2026-000007', 'Sugerencia', '2026-04-06', null, null, null],
    ]);
  });
});
