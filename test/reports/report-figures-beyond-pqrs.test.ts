// The satisfaction report and the management matrix's satisfaction, improvement-action and affiliation
// indicators over a known set of events, against values worked out by hand; a response recorded after
// the cut (for a day inside the period) is not in a report as of the cut.
import {
  AFFILIATION_EVENT_SCHEMA_VERSIONS,
  affiliationStreamOf,
} from '../../src/domain/affiliation/events.js';
import { affiliationDecider } from '../../src/domain/affiliation/decide.js';
import { improvementActionDecider } from '../../src/domain/improvement-action/decide.js';
import {
  IMPROVEMENT_ACTION_EVENT_SCHEMA_VERSIONS,
  improvementActionStreamOf,
} from '../../src/domain/improvement-action/events.js';
import type { AnswerDraft } from '../../src/domain/survey/commands.js';
import {
  SURVEY_INSTRUMENT_EVENT_SCHEMA_VERSIONS,
  SURVEY_RESPONSE_EVENT_SCHEMA_VERSIONS,
  surveyInstrumentStreamOf,
  surveyResponseStreamOf,
  type SurveyEvaluation,
} from '../../src/domain/survey/events.js';
import { surveyInstrumentDecider } from '../../src/domain/survey/instrument-decide.js';
import type { SurveyInstrumentState } from '../../src/domain/survey/instrument-state.js';
import { surveyResponseDecider } from '../../src/domain/survey/response-decide.js';
import type { PqrsChannel } from '../../src/domain/pqrs/events.js';
import {
  buildManagementReport,
  DEFAULT_INDICATOR_TARGETS,
} from '../../src/features/reports/builders/management-report.js';
import { buildSatisfactionReport } from '../../src/features/reports/builders/satisfaction-report.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { bogota, figuresOf, ScenarioLog, tableOf } from './report-scenario.js';

const period = { from: '2026-03-01', to: '2026-03-31' };
const cut = bogota('2026-04-06');
const input = {
  period,
  asOf: cut,
  entityName: 'Corporación de prueba',
  officeName: 'Atención al Cliente',
  layout: 2,
  timelinessOn: 'ANSWERED' as const,
};

function scenario(): ScenarioLog {
  const log = new ScenarioLog();
  const instrument = log.decide(
    surveyInstrumentDecider,
    SURVEY_INSTRUMENT_EVENT_SCHEMA_VERSIONS,
    surveyInstrumentStreamOf('encuesta'),
    {
      type: 'CreateSurveyInstrument',
      data: {
        instrumentId: 'encuesta',
        name: 'Encuesta de servicio',
        questions: [
          { id: 'q1', text: '¿Cómo califica la atención?', kind: 'SCALE_1_5' },
          { id: 'q2', text: '¿Le resolvieron su solicitud?', kind: 'YES_NO' },
          { id: 'q3', text: 'Comentarios', kind: 'FREE_TEXT' },
        ],
        satisfactionThreshold: null,
      },
    },
    bogota('2026-03-01', '08:00'),
  ) as SurveyInstrumentState;
  let responses = 0;
  const respond = (
    answeredOn: string,
    recordedOn: string,
    channel: PqrsChannel,
    evaluation: SurveyEvaluation,
    score: number,
    yes: boolean,
    text: string | null = null,
  ) => {
    const responseId = `respuesta-${++responses}`;
    const answers: AnswerDraft[] = [
      { questionId: 'q1', score, yes: null, text: null },
      { questionId: 'q2', score: null, yes, text: null },
      ...(text === null ? [] : [{ questionId: 'q3', score: null, yes: null, text }]),
    ];
    log.decide(
      surveyResponseDecider,
      SURVEY_RESPONSE_EVENT_SCHEMA_VERSIONS,
      surveyResponseStreamOf(responseId),
      {
        type: 'AnswerSurvey',
        data: {
          responseId,
          instrumentId: instrument.status === 'NOT_CREATED' ? '' : instrument.instrumentId,
          instrument,
          instrumentVersion: null,
          answers,
          channel,
          answeredOn,
          evaluation,
          radicado: null,
          affiliationId: null,
          respondentId: null,
        },
      },
      bogota(recordedOn),
    );
  };
  respond('2026-03-10', '2026-03-10', 'WEB', 'FIRST', 5, true, 'Muy amables.');
  respond('2026-03-12', '2026-03-12', 'EMAIL', 'FIRST', 3, false);
  respond('2026-03-20', '2026-03-20', 'WEB', 'SECOND', 4, true);
  // Answered in April: outside the period.
  respond('2026-04-01', '2026-04-01', 'WEB', 'FIRST', 1, false);
  // Answered on 31 March but typed in on 8 April, after the cut.
  respond('2026-03-31', '2026-04-08', 'PHONE', 'SECOND', 1, false);

  const action = (id: string, steps: readonly (readonly [string, unknown])[]) => {
    for (const [on, command] of steps)
      log.decide(
        improvementActionDecider,
        IMPROVEMENT_ACTION_EVENT_SCHEMA_VERSIONS,
        improvementActionStreamOf(id),
        command as never,
        bogota(on),
      );
  };
  const formulate = (actionId: string, dueDate: string) => ({
    type: 'FormulateAction',
    data: {
      actionId,
      source: { kind: 'AUDIT', reference: 'Auditoría interna 2026-01' },
      problem: 'Respuestas fuera de término.',
      rootCause: 'Sin alertas de vencimiento.',
      action: 'Configurar alertas.',
      responsibleId: 'user-coordinator',
      dueDate,
      linkedAction: null,
    },
  });
  const verify = (effective: boolean) => ({
    type: 'VerifyEffectiveness',
    data: { effective, evidence: 'Indicador del mes.' },
  });
  const close = { type: 'CloseAction', data: {} };
  const progress = { type: 'RecordProgress', data: { note: 'Alertas configuradas.', evidence: 'Acta 12.' } };
  // Closed effective in March.
  action('accion-1', [
    ['2026-02-02', formulate('accion-1', '2026-03-15')],
    ['2026-03-02', progress],
    ['2026-03-16', verify(true)],
    ['2026-03-17', close],
  ]);
  // Closed not effective in March.
  action('accion-2', [
    ['2026-02-02', formulate('accion-2', '2026-03-15')],
    ['2026-03-02', progress],
    ['2026-03-18', verify(false)],
    ['2026-03-19', close],
  ]);
  // Still open on 6 April, due 31 March: overdue.
  action('accion-3', [['2026-03-02', formulate('accion-3', '2026-03-31')]]);
  // Open, due in May: not overdue.
  action('accion-4', [['2026-03-02', formulate('accion-4', '2026-05-29')]]);

  const affiliation = (id: string, steps: readonly (readonly [string, unknown])[]) => {
    for (const [on, command] of steps)
      log.decide(
        affiliationDecider,
        AFFILIATION_EVENT_SCHEMA_VERSIONS,
        affiliationStreamOf(id),
        command as never,
        bogota(on),
      );
  };
  const receive = (affiliationId: string, on: string) => ({
    type: 'ReceiveAffiliation',
    data: {
      affiliationId,
      affiliationType: 'INDIVIDUAL',
      channel: 'IN_PERSON',
      applicantId: `person-${affiliationId}`,
      campaign: null,
      receivedAt: bogota(on),
      requiredDocuments: ['IDENTITY_DOCUMENT'],
    },
  });
  // Rejected 4 calendar days after receipt, and another 10 days after.
  affiliation('afiliacion-1', [
    ['2026-03-02', receive('afiliacion-1', '2026-03-02')],
    ['2026-03-06', { type: 'RejectAffiliation', data: { reason: 'No cumple requisitos.' } }],
  ]);
  affiliation('afiliacion-2', [
    ['2026-03-02', receive('afiliacion-2', '2026-03-02')],
    ['2026-03-12', { type: 'RejectAffiliation', data: { reason: 'Documento ilegible.' } }],
  ]);
  return log;
}

describe('satisfaction, improvement actions and affiliations in the reports', () => {
  let readModels: TemporaryReadModels;
  let sources: ReportSources;

  beforeAll(async () => {
    readModels = await temporaryReadModels('ventanilla-report-beyond-');
    sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
    await scenario().projectInto(readModels.store);
  });

  afterAll(async () => {
    await readModels.cleanup();
  });

  it('the satisfaction report counts the three responses of March recorded by the cut', async () => {
    const report = await buildSatisfactionReport(input, sources);
    expect(figuresOf(report, 'Encuesta de servicio: resultado general')).toEqual({
      'Encuestas respondidas': 3,
      // Favourable: 5, 4 and two "yes" of six measured answers.
      'Índice de satisfacción general': 4 / 6,
      'Meta (umbral de satisfacción)': 0.8,
      'Por debajo de la meta': true,
      'Índice primera evaluación': 2 / 4,
      'Índice segunda evaluación': 1,
      'Diferencia (segunda menos primera, puntos porcentuales)': 50,
    });
    expect(
      tableOf(report, 'Encuesta de servicio: índice por pregunta').rows.map((row) => [
        row.question,
        row.answers,
        row.measured,
        row.favourable,
        row.index,
      ]),
    ).toEqual([
      ['¿Cómo califica la atención?', 3, 3, 2, 2 / 3],
      ['¿Le resolvieron su solicitud?', 3, 3, 2, 2 / 3],
      ['Comentarios', 1, 0, 0, null],
    ]);
    const byChannel = tableOf(report, 'Encuesta de servicio: índice por canal').rows;
    expect(byChannel.find((row) => row.channel === 'Página web')).toEqual({
      channel: 'Página web',
      responses: 2,
      index: 1,
    });
    expect(byChannel.find((row) => row.channel === 'Correo electrónico')).toMatchObject({ index: 0 });
    expect(byChannel.find((row) => row.channel === 'Telefónico')).toMatchObject({
      responses: 0,
      index: null,
    });
    expect(tableOf(report, 'Encuesta de servicio: respuestas de texto libre').rows).toEqual([
      { answeredOn: '2026-03-10', question: 'Comentarios', text: 'Muy amables.' },
    ]);
  });

  it('from layout 7 its free-text answers are a listing the PDF prints whole up to 500 rows', async () => {
    const freeText = 'Encuesta de servicio: respuestas de texto libre';
    expect(tableOf(await buildSatisfactionReport({ ...input, layout: 7 }, sources), freeText)).toMatchObject({
      pdfMaxRows: 500,
    });
    expect(tableOf(await buildSatisfactionReport(input, sources), freeText).pdfMaxRows).toBeUndefined();
  });

  it('as of 9 April the response typed in late counts too', async () => {
    const report = await buildSatisfactionReport({ ...input, asOf: bogota('2026-04-09') }, sources);
    expect(figuresOf(report, 'Encuesta de servicio: resultado general')).toMatchObject({
      'Encuestas respondidas': 4,
      'Índice de satisfacción general': 4 / 8,
    });
  });

  it('the management matrix judges satisfaction, actions and affiliations', async () => {
    const report = await buildManagementReport(input, sources, DEFAULT_INDICATOR_TARGETS);
    const rows = tableOf(report, 'Matriz de indicadores').rows;
    const row = (name: string) => rows.find((candidate) => candidate.name === name);
    expect(row('Índice de satisfacción del cliente')).toMatchObject({ value: '66,7 %', status: 'No cumple' });
    // One of the two actions closed in March was effective.
    expect(row('Eficacia de las acciones de mejora')).toMatchObject({ value: '50,0 %', status: 'No cumple' });
    expect(row('Acciones de mejora vencidas al corte')).toMatchObject({ value: '1', status: 'No cumple' });
    // (4 + 10) / 2 calendar days.
    expect(row('Tiempo promedio de decisión de afiliaciones')).toMatchObject({
      value: '7,0 días calendario',
      status: 'Cumple',
    });
  });
});
