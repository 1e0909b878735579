// Priority at filing and the merit evaluation of anonymous denuncias in the Informe de PQRS of layout 9,
// worked out by hand on a known set of cases filed in March 2026 and cut on Friday 10 April 2026 (2026
// calendar: San José moved to Monday 23 March; Holy Thursday and Good Friday, 2 and 3 April, holidays).
// Art. 20's priority (Ley 1755 de 2015) and art. 5.6's preferential attention (Ley 1437 de 2011) are
// counted apart; a report of layout 8 keeps its three reasons and has no denuncias table.
import type { PqrsCommand, ReceivePqrs } from '../../src/domain/pqrs/commands.js';
import { buildPqrsReport } from '../../src/features/reports/builders/pqrs-report.js';
import type { ReportInput } from '../../src/features/reports/builders/report-input.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { bogota, ScenarioLog, tableOf } from './report-scenario.js';

const period = { from: '2026-03-01', to: '2026-03-31' };
const input = (layout: number): ReportInput => ({
  period,
  asOf: bogota('2026-04-10', '18:00'),
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  layout,
  timelinessOn: 'ANSWERED',
});
const PRIORITY_9 =
  'PQRS con atención prioritaria (Ley 1755 de 2015, art. 20) y preferencial (Ley 1437 de 2011, art. 5 num. 6) por motivo';
const PRIORITY_8 = 'PQRS con atención prioritaria por motivo (Ley 1755 de 2015, art. 20)';
const DENUNCIAS =
  'Denuncias anónimas: evaluación de mérito (Ley 962 de 2005, art. 81; Ley 1952 de 2019, art. 86)';

function scenario(): ScenarioLog {
  const log = new ScenarioLog();
  const receive = (radicado: string, on: string, data: Partial<ReceivePqrs['data']>) =>
    log.pqrs(
      radicado,
      {
        type: 'ReceivePqrs',
        data: {
          radicado,
          kind: 'PETITION',
          channel: 'IN_PERSON',
          subject: 'Solicitud',
          description: 'Texto de la solicitud.',
          petitionerId: `person-${radicado}`,
          receivedAt: bogota(on),
          priority: [],
          ...data,
        },
      },
      bogota(on),
    );
  const answer = (radicado: string, on: string) =>
    log.pqrs(radicado, { type: 'AnswerPqrs', data: { answer: 'Respuesta.', answeredAt: null } }, bogota(on));
  const evaluate = (
    radicado: string,
    on: string,
    data: Partial<Extract<PqrsCommand, { type: 'EvaluateDenunciationMerit' }>['data']>,
  ) =>
    log.pqrs(
      radicado,
      {
        type: 'EvaluateDenunciationMerit',
        data: {
          admissible: true,
          basis: 'IDENTIFIABLE_FACTS_OR_PERSONS',
          motivation: 'Motivación.',
          action: 'INTERNAL_DISCIPLINARY_CONTROL',
          actionReference: 'CDI-2026-001',
          ...data,
        },
      },
      bogota(on),
    );
  const anonymous = { petitionerId: null, personType: 'ANONYMOUS' as const, kind: 'DENUNCIATION' as const };

  // 1: a fundamental-right risk to life, with proof: the alert; answered on Wednesday 4 March, on time.
  receive('2026-000201', '2026-03-02', {
    priority: ['FUNDAMENTAL_RIGHT_RISK'],
    priorityProof: 'Historia clínica.',
    lifeOrIntegrityRisk: true,
  });
  answer('2026-000201', '2026-03-04');
  // 2: a journalist's petition of Tuesday 3 March, due Wednesday 25 March (23 March a holiday): open and
  // overdue at the cut.
  receive('2026-000202', '2026-03-03', { priority: ['JOURNALIST'] });
  // 3: a claim of Tuesday 10 March invoking a fundamental-right risk without proof, due Wednesday 1 April
  // (11-13, 16-20, 24-27, 30, 31 March, 1 April), answered Monday 6 April: late.
  receive('2026-000203', '2026-03-10', { kind: 'CLAIM', priority: ['FUNDAMENTAL_RIGHT_RISK'] });
  answer('2026-000203', '2026-04-06');
  // 4: an older adult who is also pregnant (preferential attention only), answered on time.
  receive('2026-000204', '2026-03-16', { priority: ['OLDER_ADULT', 'PREGNANCY'] });
  answer('2026-000204', '2026-03-18');
  // 5: a complaint of Tuesday 17 March by a child with a disability: art. 20 and art. 5.6; due Friday 10
  // April (Holy Thursday and Friday skipped), open and not yet overdue at the cut.
  receive('2026-000205', '2026-03-17', { kind: 'COMPLAINT', personType: 'MINOR', priority: ['DISABILITY'] });
  // 6: no priority.
  receive('2026-000206', '2026-03-18', {});

  // Anonymous denuncias: 7 and 8 admitted (internal disciplinary control; the competent authority), 9 not
  // admitted, 10 evaluated only after the cut (pending at it), 11 names its filer, 12 is a complaint.
  receive('2026-000207', '2026-03-05', { ...anonymous, channel: 'PHONE' });
  evaluate('2026-000207', '2026-03-06', {});
  receive('2026-000208', '2026-03-06', anonymous);
  evaluate('2026-000208', '2026-03-09', {
    basis: 'FACTS_SUMMARILY_PROVEN',
    action: 'COMPETENT_AUTHORITY',
    actionReference: 'OF-2026-044',
  });
  receive('2026-000209', '2026-03-09', { ...anonymous, channel: 'PHONE' });
  evaluate('2026-000209', '2026-03-10', {
    admissible: false,
    basis: 'NEITHER',
    action: null,
    actionReference: null,
  });
  receive('2026-000210', '2026-03-11', anonymous);
  evaluate('2026-000210', '2026-04-15', {});
  receive('2026-000211', '2026-03-12', { kind: 'DENUNCIATION' });
  receive('2026-000212', '2026-03-13', { ...anonymous, kind: 'COMPLAINT' });
  return log;
}

describe('priority and anonymous denuncias in the Informe de PQRS', () => {
  let readModels: TemporaryReadModels;
  let sources: ReportSources;

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-priority-denuncias-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await scenario().projectInto(readModels.store);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  it('layout 9 counts art. 20 priority and art. 5.6 preferential attention apart, by reason', async () => {
    const table = tableOf(await buildPqrsReport(input(9), sources), PRIORITY_9);
    const rows = table.rows.map((row) => [
      row['reason'],
      row['received'],
      row['answered'],
      row['answeredOnTime'],
      row['answeredLate'],
      row['open'],
      row['overdue'],
    ]);
    // By hand: risk = 1 and 3 (3 answered late); minor = 5 (open); journalist = 2 (open, overdue);
    // art. 20 once = 1, 2, 3, 5; alert = 1; without proof = 3; disability = 5; pregnancy and older adult =
    // 4 (on time); art. 5.6 once = 4, 5; every priority case once = 1 to 5.
    expect(rows).toEqual([
      ['Riesgo de perjuicio irremediable a un derecho fundamental', 2, 2, 1, 1, 0, 0],
      ['Petición de un niño, niña o adolescente', 1, 0, 0, 0, 1, 0],
      ['Periodista en ejercicio de su actividad', 1, 0, 0, 0, 1, 1],
      ['Prioritarias (art. 20), cada una una vez', 4, 2, 1, 1, 2, 1],
      ['Con riesgo para la vida o la integridad: alerta inmediata a la coordinación', 1, 1, 1, 0, 0, 0],
      ['Riesgo a un derecho fundamental sin prueba sumaria aportada', 1, 1, 0, 1, 0, 0],
      ['Persona en situación de discapacidad', 1, 0, 0, 0, 1, 0],
      ['Mujer gestante', 1, 1, 1, 0, 0, 0],
      ['Adulto mayor', 1, 1, 1, 0, 0, 0],
      ['Preferenciales (art. 5.6), cada una una vez', 2, 1, 1, 0, 1, 0],
      ['PQRS prioritarias o preferenciales, cada una una vez', 5, 3, 2, 1, 2, 1],
    ]);
  });

  it('layout 9 counts the anonymous denuncias evaluated and admitted, as they stood at the cut', async () => {
    const table = tableOf(await buildPqrsReport(input(9), sources), DENUNCIAS);
    // By hand: 7, 8, 9, 10 are anonymous denuncias of March; 7, 8, 9 evaluated by the cut (10 on 15
    // April, after it); 7 and 8 admitted, one to internal disciplinary control, one to the competent
    // authority; 9 not admitted; 10 pending.
    expect(table.rows.map((row) => [row['figure'], row['count']])).toEqual([
      ['Radicadas', 4],
      ['Con evaluación de mérito', 3],
      ['Procedentes: inician una actuación', 2],
      ['— Remitida a control disciplinario interno', 1],
      ['— Remitida a la autoridad competente (fiscal, penal u otra)', 1],
      ['— Actuación administrativa de la entidad', 0],
      ['No procedentes', 1],
      ['Pendientes de evaluar', 1],
    ]);
  });

  it('a report of layout 8 keeps its table of three reasons and has no denuncias table', async () => {
    const layout8 = await buildPqrsReport(input(8), sources);
    expect(tableOf(layout8, DENUNCIAS)).toBeUndefined();
    expect(tableOf(layout8, PRIORITY_9)).toBeUndefined();
    expect(tableOf(layout8, PRIORITY_8).rows.map((row) => [row['reason'], row['received']])).toEqual([
      ['Riesgo de perjuicio irremediable a un derecho fundamental', 2],
      ['Petición de un niño, niña o adolescente', 1],
      ['Periodista en ejercicio de su actividad', 1],
      ['PQRS prioritarias, cada una una vez', 5],
    ]);
  });
});
