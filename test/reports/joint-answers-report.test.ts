// Cases answered by a joint answer to more than ten equal petitions (Ley 1437 de 2011, art. 22, sustituido
// por la Ley 1755 de 2015) in the Informe de PQRS of layout 9: each counts as answered, on time or not by its
// own due date, and the summary says how many were answered jointly. Worked out by hand (2026 calendar: San
// José, Monday 23 March, and Holy Thursday and Good Friday, 2 and 3 April, are holidays).
import { buildPqrsReport, JOINT_ANSWER_FIGURE } from '../../src/features/reports/builders/pqrs-report.js';
import type { ReportInput } from '../../src/features/reports/builders/report-input.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { bogota, figuresOf, ScenarioLog } from './report-scenario.js';

const input = (layout: number): ReportInput => ({
  period: { from: '2026-03-01', to: '2026-03-31' },
  asOf: bogota('2026-04-10'),
  entityName: 'Corporación de prueba',
  officeName: 'Oficina de Atención al Cliente',
  layout,
  timelinessOn: 'ANSWERED',
});

function scenario(): ScenarioLog {
  const log = new ScenarioLog();
  const joint = (radicado: string) =>
    log.pqrs(
      radicado,
      {
        type: 'AnswerJointly',
        data: { jointAnswerId: 'ja-piscina', answer: 'La piscina cierra hasta el 30 de abril.' },
      },
      bogota('2026-04-08', '11:00'),
    );
  // Ten petitions of Friday 13 March, due Wednesday 8 April, answered jointly that day: on time.
  for (let index = 1; index <= 10; index++) {
    const radicado = `2026-${String(400 + index).padStart(6, '0')}`;
    log.receive(radicado, 'PETITION', 'WEB', '2026-03-13', 'Cierre de la piscina');
    joint(radicado);
  }
  // One of Thursday 12 March, due Tuesday 7 April (13, 16-20, 24-27, 30, 31 March, 1, 6, 7 April), answered
  // by the same joint answer on 8 April: late.
  log.receive('2026-000411', 'PETITION', 'WEB', '2026-03-12', 'Cierre de la piscina');
  joint('2026-000411');
  // One petition of Monday 16 March answered on its own on Friday 20 March: on time.
  log.receive('2026-000412', 'PETITION', 'EMAIL', '2026-03-16', 'Certificado');
  log.pqrs(
    '2026-000412',
    { type: 'AnswerPqrs', data: { answer: 'Se expide el certificado.', answeredAt: null } },
    bogota('2026-03-20'),
  );
  return log;
}

describe('joint answers in the Informe de PQRS', () => {
  let readModels: TemporaryReadModels;
  let sources: ReportSources;

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-joint-answers-report-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await scenario().projectInto(readModels.store);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  it('layout 9: 12 answered, 11 of them jointly, one late by its own due date', async () => {
    const figures = figuresOf(await buildPqrsReport(input(9), sources), 'Resumen del periodo');
    expect(figures).toMatchObject({ [JOINT_ANSWER_FIGURE]: 11 });
    expect(Object.values(figures).slice(0, 4)).toEqual([12, 12, 11, 1]);
  });

  it('a report of layout 8 does not print the figure', async () => {
    const figures = figuresOf(await buildPqrsReport(input(8), sources), 'Resumen del periodo');
    expect(figures).not.toHaveProperty([JOINT_ANSWER_FIGURE]);
  });
});
