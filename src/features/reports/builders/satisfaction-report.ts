// Informe de satisfacción del cliente (ISO 9001:2015, 9.1.2): for each survey instrument answered in the
// period, the satisfaction index per question and overall, per channel, first against second evaluation,
// and the free-text answers — from the responses recorded up to the as-of instant.
import { PQRS_CHANNEL_LABELS } from '../../../domain/pqrs/labels.js';
import { SURVEY_EVALUATION_LABELS, SURVEY_QUESTION_KIND_LABELS } from '../../../domain/survey/labels.js';
import { satisfactionResultsOf, type SatisfactionResults } from '../../surveys/index.js';
import type { ReportDocument, ReportSection } from '../report-document.js';
import type { ReportSources } from '../read-models/report-sources.js';
import { asListing, type ReportInput } from './report-input.js';

export async function buildSatisfactionReport(
  input: ReportInput,
  sources: ReportSources,
): Promise<ReportDocument> {
  const [instruments, responses] = await Promise.all([
    sources.surveyInstrumentsAsOf(input.asOf),
    sources.responsesAnsweredIn(input.period, input.asOf),
  ]);
  // Oldest first, so the free-text answers read in the order they came.
  const inOrder = [...responses].sort((left, right) =>
    left.answeredOn === right.answeredOn
      ? left.id < right.id
        ? -1
        : 1
      : left.answeredOn < right.answeredOn
        ? -1
        : 1,
  );
  const results = instruments
    .map((instrument) =>
      satisfactionResultsOf(
        instrument,
        inOrder.filter((response) => response.instrumentId === instrument.id),
        input.period.from,
        input.period.to,
      ),
    )
    .filter((result) => result.responses > 0);
  const sections: ReportSection[] =
    results.length === 0
      ? [
          {
            type: 'text',
            title: 'Resultados',
            paragraphs: ['No se registraron respuestas a encuestas de satisfacción en el periodo.'],
          },
        ]
      : results.flatMap((result) => instrumentSections(result, input.layout));
  return {
    kind: 'SATISFACTION',
    title: 'Informe de satisfacción del cliente',
    legalBasis: 'NTC ISO 9001:2015, numeral 9.1.2',
    entityName: input.entityName,
    officeName: input.officeName,
    period: input.period,
    asOf: input.asOf,
    sections: [
      {
        type: 'text',
        title: 'Cómo se calcula el índice',
        paragraphs: [
          'Índice de satisfacción: respuestas favorables (4 o 5 en la escala de 1 a 5, o "Sí") sobre respuestas medidas. Las preguntas de texto libre no se miden; sus respuestas se transcriben al final.',
        ],
      },
      ...sections,
    ],
  };
}

function instrumentSections(result: SatisfactionResults, layout: number): ReportSection[] {
  const name = result.instrumentName;
  return [
    {
      type: 'figures',
      title: `${name}: resultado general`,
      items: [
        { label: 'Encuestas respondidas', value: result.responses, format: 'integer' },
        {
          label: 'Índice de satisfacción general',
          value: result.overall.satisfactionIndex,
          format: 'percent',
        },
        { label: 'Meta (umbral de satisfacción)', value: result.satisfactionThreshold, format: 'percent' },
        { label: 'Por debajo de la meta', value: result.overall.belowThreshold, format: 'boolean' },
        {
          label: `Índice ${SURVEY_EVALUATION_LABELS.FIRST.toLowerCase()}`,
          value: result.firstEvaluation.satisfactionIndex,
          format: 'percent',
        },
        {
          label: `Índice ${SURVEY_EVALUATION_LABELS.SECOND.toLowerCase()}`,
          value: result.secondEvaluation.satisfactionIndex,
          format: 'percent',
        },
        {
          label: 'Diferencia (segunda menos primera, puntos porcentuales)',
          value: result.evaluationDifference === null ? null : result.evaluationDifference * 100,
          format: 'decimal',
          decimals: 1,
        },
      ],
    },
    {
      type: 'table',
      title: `${name}: índice por pregunta`,
      columns: [
        { key: 'question', header: 'Pregunta', format: 'text' },
        { key: 'kind', header: 'Tipo', format: 'text' },
        { key: 'answers', header: 'Respuestas', format: 'integer' },
        { key: 'measured', header: 'Medidas', format: 'integer' },
        { key: 'favourable', header: 'Favorables', format: 'integer' },
        { key: 'index', header: 'Índice', format: 'percent' },
        { key: 'belowThreshold', header: 'Bajo la meta', format: 'boolean' },
      ],
      rows: result.questions.map((question) => ({
        question: question.text,
        kind: SURVEY_QUESTION_KIND_LABELS[question.kind],
        answers: question.answers,
        measured: question.measuredAnswers,
        favourable: question.favourableAnswers,
        index: question.satisfactionIndex,
        belowThreshold: question.kind === 'FREE_TEXT' ? null : question.belowThreshold,
      })),
    },
    {
      type: 'table',
      title: `${name}: índice por canal`,
      columns: [
        { key: 'channel', header: 'Canal', format: 'text' },
        { key: 'responses', header: 'Encuestas', format: 'integer' },
        { key: 'index', header: 'Índice', format: 'percent' },
      ],
      rows: result.byChannel.map((channel) => ({
        channel: PQRS_CHANNEL_LABELS[channel.channel],
        responses: channel.responses,
        index: channel.satisfactionIndex,
      })),
    },
    {
      type: 'table',
      title: `${name}: primera y segunda evaluación`,
      columns: [
        { key: 'evaluation', header: 'Evaluación', format: 'text' },
        { key: 'responses', header: 'Encuestas', format: 'integer' },
        { key: 'measured', header: 'Respuestas medidas', format: 'integer' },
        { key: 'index', header: 'Índice', format: 'percent' },
      ],
      rows: [result.firstEvaluation, result.secondEvaluation].map((evaluation) => ({
        evaluation: SURVEY_EVALUATION_LABELS[evaluation.evaluation],
        responses: evaluation.responses,
        measured: evaluation.measuredAnswers,
        index: evaluation.satisfactionIndex,
      })),
    },
    asListing(
      {
        type: 'table',
        title: `${name}: respuestas de texto libre`,
        columns: [
          { key: 'answeredOn', header: 'Fecha', format: 'date' },
          { key: 'question', header: 'Pregunta', format: 'text' },
          { key: 'text', header: 'Respuesta', format: 'text' },
        ],
        rows: result.freeTextAnswers.map((answer) => ({
          answeredOn: answer.answeredOn,
          question: answer.questionText,
          text: answer.text,
        })),
      },
      layout,
    ),
  ];
}
