// The survey read models: what each event does to the instrument and response documents, that applying
// an event twice changes nothing, and the satisfaction results computed from them over a period.
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import {
  surveyInstrumentStreamOf,
  surveyResponseStreamOf,
  type SurveyAnswer,
  type SurveyAnswered,
  type SurveyInstrumentEvent,
  type SurveyResponseEvent,
} from '../../src/domain/survey/events.js';
import type { Projection } from '../../src/engine/projections/projection.js';
import {
  findResponsesInPeriod,
  satisfactionResultsOf,
} from '../../src/features/surveys/read-models/satisfaction-results.js';
import {
  SURVEY_INSTRUMENTS_COLLECTION,
  SURVEY_RESPONSES_COLLECTION,
  surveyInstrumentsProjection,
  surveyResponsesProjection,
  type SurveyInstrumentDocument,
} from '../../src/features/surveys/read-models/survey-projections.js';
import type { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import {
  dumpCollection,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';

const INSTRUMENT_ID = 'instrument-1';
let nextPosition = 100;

function recorded(
  stream: string,
  revision: number,
  event: SurveyInstrumentEvent | SurveyResponseEvent,
): RecordedEvent {
  nextPosition += 7;
  return {
    id: `${stream}-${revision}`,
    stream,
    revision,
    position: nextPosition,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      actorId: 'user-coordinator',
      actorRole: 'COORDINATOR',
      occurredAt: '2026-03-02T16:00:00.000Z',
      recordedAt: `2026-03-02T16:00:${String(nextPosition % 60).padStart(2, '0')}.000Z`,
      correlationId: `correlation-${stream}`,
      causationId: `command-${stream}-${revision}`,
      previousHash: '',
      hash: '',
    },
  };
}

function instrumentLife(instrumentId = INSTRUMENT_ID): RecordedEvent[] {
  const stream = surveyInstrumentStreamOf(instrumentId);
  return [
    recorded(stream, 0, {
      type: 'InstrumentCreated',
      data: {
        instrumentId,
        version: 1,
        name: 'Encuesta de servicio',
        questions: [
          { id: 'q1', text: '¿Cómo califica la atención?', kind: 'SCALE_1_5' },
          { id: 'q2', text: '¿Le resolvieron su solicitud?', kind: 'YES_NO' },
          { id: 'q3', text: '¿Qué podemos mejorar?', kind: 'FREE_TEXT' },
        ],
        satisfactionThreshold: 0.8,
        createdAt: '2026-03-02T16:00:00.000Z',
      },
    }),
    recorded(stream, 1, {
      type: 'InstrumentRevised',
      data: {
        version: 2,
        previousVersion: 1,
        name: 'Encuesta de servicio (v2)',
        questions: [
          { id: 'q1', text: '¿Cómo califica la atención recibida?', kind: 'SCALE_1_5' },
          { id: 'q4', text: '¿Cómo califica la oportunidad?', kind: 'SCALE_1_5' },
          { id: 'q3', text: '¿Qué podemos mejorar?', kind: 'FREE_TEXT' },
        ],
        satisfactionThreshold: 0.75,
        revisedAt: '2026-04-01T16:00:00.000Z',
      },
    }),
  ];
}

let responseCounter = 0;
function response(overrides: Partial<SurveyAnswered['data']> & { answers: SurveyAnswer[] }): RecordedEvent {
  responseCounter += 1;
  const responseId = `response-${responseCounter}`;
  return recorded(surveyResponseStreamOf(responseId), 0, {
    type: 'SurveyAnswered',
    data: {
      responseId,
      instrumentId: INSTRUMENT_ID,
      instrumentVersion: 2,
      channel: 'PHONE',
      answeredOn: '2026-04-10',
      evaluation: 'FIRST',
      radicado: null,
      affiliationId: null,
      respondentId: null,
      recordedAt: '2026-04-10T16:00:00.000Z',
      ...overrides,
    },
  });
}

const scale = (questionId: string, score: number): SurveyAnswer => ({ questionId, kind: 'SCALE_1_5', score });
const yesNo = (questionId: string, yes: boolean): SurveyAnswer => ({ questionId, kind: 'YES_NO', yes });
const text = (questionId: string, value: string): SurveyAnswer => ({
  questionId,
  kind: 'FREE_TEXT',
  text: value,
});

async function applyAll(
  store: SqliteReadModelStore,
  projection: Projection,
  events: readonly RecordedEvent[],
): Promise<void> {
  await store.transaction(async (tx) => {
    for (const event of events) await projection.apply(event, tx);
  });
}

let readModels: TemporaryReadModels;
beforeEach(async () => {
  readModels = await temporaryReadModels();
});
afterEach(async () => {
  await readModels.cleanup();
});

describe('the survey instruments read model', () => {
  it('keeps the current version on top and every version below it', async () => {
    await applyAll(readModels.store, surveyInstrumentsProjection, instrumentLife());
    const document = await readModels.store.get<SurveyInstrumentDocument>(
      SURVEY_INSTRUMENTS_COLLECTION,
      INSTRUMENT_ID,
    );
    expect(document).toMatchObject({
      id: INSTRUMENT_ID,
      status: 'ACTIVE',
      name: 'Encuesta de servicio (v2)',
      version: 2,
      satisfactionThreshold: 0.75,
      retiredAt: null,
      revision: 1,
    });
    expect(document?.questions.map((question) => question.id)).toEqual(['q1', 'q4', 'q3']);
    expect(document?.versions.map((version) => [version.version, version.issuedAt])).toEqual([
      [1, '2026-03-02T16:00:00.000Z'],
      [2, '2026-04-01T16:00:00.000Z'],
    ]);
  });

  it('marks a retired instrument', async () => {
    const stream = surveyInstrumentStreamOf(INSTRUMENT_ID);
    await applyAll(readModels.store, surveyInstrumentsProjection, [
      ...instrumentLife(),
      recorded(stream, 2, { type: 'InstrumentRetired', data: { retiredAt: '2026-06-01T16:00:00.000Z' } }),
    ]);
    const document = await readModels.store.get<SurveyInstrumentDocument>(
      SURVEY_INSTRUMENTS_COLLECTION,
      INSTRUMENT_ID,
    );
    expect(document).toMatchObject({ status: 'RETIRED', retiredAt: '2026-06-01T16:00:00.000Z', revision: 2 });
  });

  it('applying the same events twice changes nothing', async () => {
    const events = instrumentLife();
    await applyAll(readModels.store, surveyInstrumentsProjection, events);
    const once = await dumpCollection(readModels.store, SURVEY_INSTRUMENTS_COLLECTION);
    await applyAll(readModels.store, surveyInstrumentsProjection, events);
    expect(await dumpCollection(readModels.store, SURVEY_INSTRUMENTS_COLLECTION)).toEqual(once);
  });
});

describe('the survey responses read model', () => {
  it('keeps one document per response, without personal data, and counts a replay once', async () => {
    const events = [
      response({ answers: [scale('q1', 5)], radicado: 'PQRS-2026-000001', respondentId: 'person-3' }),
      response({ answers: [scale('q1', 2)] }),
    ];
    await applyAll(readModels.store, surveyResponsesProjection, events);
    await applyAll(readModels.store, surveyResponsesProjection, events);
    const documents = await dumpCollection(readModels.store, SURVEY_RESPONSES_COLLECTION);
    expect(documents).toHaveLength(2);
    expect(documents[0]).toMatchObject({
      instrumentId: INSTRUMENT_ID,
      radicado: 'PQRS-2026-000001',
      respondentId: 'person-3',
      answeredOn: '2026-04-10',
      revision: 0,
    });
  });
});

describe('the satisfaction results', () => {
  async function resultsOf(events: readonly RecordedEvent[], from = '2026-04-01', to = '2026-04-30') {
    await applyAll(readModels.store, surveyInstrumentsProjection, instrumentLife());
    await applyAll(readModels.store, surveyResponsesProjection, events);
    const instrument = (await readModels.store.get<SurveyInstrumentDocument>(
      SURVEY_INSTRUMENTS_COLLECTION,
      INSTRUMENT_ID,
    ))!;
    const responses = await findResponsesInPeriod(readModels.store, INSTRUMENT_ID, from, to);
    return satisfactionResultsOf(instrument, responses, from, to);
  }

  it('a question index is the share of 4 and 5 answers; below the threshold it suggests an improvement action', async () => {
    const results = await resultsOf([
      response({ answers: [scale('q1', 5), scale('q4', 2)] }),
      response({ answers: [scale('q1', 4), scale('q4', 3)] }),
      response({ answers: [scale('q1', 4), scale('q4', 4)] }),
      response({ answers: [scale('q1', 3), scale('q4', 5), text('q3', 'Más agilidad, por favor.')] }),
    ]);
    expect(results.responses).toBe(4);
    const [q1, q4, q3] = results.questions;
    expect(q1).toMatchObject({
      questionId: 'q1',
      text: '¿Cómo califica la atención recibida?',
      answers: 4,
      measuredAnswers: 4,
      favourableAnswers: 3,
      satisfactionIndex: 0.75,
      // 0.75 is not below the threshold of 0.75.
      belowThreshold: false,
      improvementActionReference: null,
    });
    expect(q1?.scoreDistribution).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 0 },
      { score: 3, count: 1 },
      { score: 4, count: 2 },
      { score: 5, count: 1 },
    ]);
    expect(q4).toMatchObject({
      questionId: 'q4',
      satisfactionIndex: 0.5,
      belowThreshold: true,
      improvementActionReference: 'SURVEY:instrument-1:q4:2026-04-01..2026-04-30',
    });
    expect(q3).toMatchObject({
      questionId: 'q3',
      kind: 'FREE_TEXT',
      answers: 1,
      satisfactionIndex: null,
      belowThreshold: false,
    });
    expect(results.overall).toEqual({
      measuredAnswers: 8,
      favourableAnswers: 5,
      satisfactionIndex: 5 / 8,
      belowThreshold: true,
    });
  });

  it('a yes/no question counts its share of yes, and a question of an earlier version answered in the period is listed too', async () => {
    const results = await resultsOf([
      response({ instrumentVersion: 1, answers: [scale('q1', 5), yesNo('q2', true)] }),
      response({ instrumentVersion: 1, answers: [scale('q1', 5), yesNo('q2', false)] }),
    ]);
    expect(results.questions.map((question) => [question.questionId, question.inCurrentVersion])).toEqual([
      ['q1', true],
      ['q4', true],
      ['q3', true],
      ['q2', false],
    ]);
    expect(results.questions[3]).toMatchObject({ satisfactionIndex: 0.5, belowThreshold: true });
    expect(results.questions[1]).toMatchObject({
      answers: 0,
      satisfactionIndex: null,
      belowThreshold: false,
    });
  });

  it('shows every channel, and the first and second evaluations with their difference', async () => {
    const results = await resultsOf([
      response({ channel: 'PHONE', evaluation: 'FIRST', answers: [scale('q1', 2), scale('q4', 2)] }),
      response({ channel: 'PHONE', evaluation: 'FIRST', answers: [scale('q1', 5), scale('q4', 2)] }),
      response({ channel: 'WEB', evaluation: 'SECOND', answers: [scale('q1', 5), scale('q4', 4)] }),
    ]);
    expect(results.byChannel.find((row) => row.channel === 'PHONE')).toMatchObject({
      responses: 2,
      satisfactionIndex: 0.25,
    });
    expect(results.byChannel.find((row) => row.channel === 'WEB')).toMatchObject({
      responses: 1,
      satisfactionIndex: 1,
    });
    expect(results.byChannel.find((row) => row.channel === 'MAIL')).toMatchObject({
      responses: 0,
      satisfactionIndex: null,
    });
    expect(results.byChannel).toHaveLength(6);
    expect(results.firstEvaluation).toMatchObject({ responses: 2, satisfactionIndex: 0.25 });
    expect(results.secondEvaluation).toMatchObject({ responses: 1, satisfactionIndex: 1 });
    expect(results.evaluationDifference).toBe(0.75);
  });

  it('lists the free-text answers with question and date only, oldest first', async () => {
    const results = await resultsOf([
      response({
        answeredOn: '2026-04-20',
        respondentId: 'person-9',
        answers: [scale('q1', 5), text('q3', 'Segunda')],
      }),
      response({ answeredOn: '2026-04-02', answers: [scale('q1', 5), text('q3', 'Primera')] }),
    ]);
    expect(results.freeTextAnswers).toEqual([
      { questionId: 'q3', questionText: '¿Qué podemos mejorar?', text: 'Primera', answeredOn: '2026-04-02' },
      { questionId: 'q3', questionText: '¿Qué podemos mejorar?', text: 'Segunda', answeredOn: '2026-04-20' },
    ]);
  });

  it('counts only the responses answered in the period, both ends included, of this instrument', async () => {
    const results = await resultsOf([
      response({ answeredOn: '2026-03-31', answers: [scale('q1', 1)] }),
      response({ answeredOn: '2026-04-01', answers: [scale('q1', 5)] }),
      response({ answeredOn: '2026-04-30', answers: [scale('q1', 5)] }),
      response({ answeredOn: '2026-05-01', answers: [scale('q1', 1)] }),
      response({ answeredOn: '2026-04-15', instrumentId: 'instrument-2', answers: [scale('q1', 1)] }),
    ]);
    expect(results.responses).toBe(2);
    expect(results.overall.satisfactionIndex).toBe(1);
    expect(results.evaluationDifference).toBeNull();
  });

  it('with no responses there is no index and nothing is below the threshold', async () => {
    const results = await resultsOf([]);
    expect(results.responses).toBe(0);
    expect(results.overall).toEqual({
      measuredAnswers: 0,
      favourableAnswers: 0,
      satisfactionIndex: null,
      belowThreshold: false,
    });
    expect(results.questions.every((question) => !question.belowThreshold)).toBe(true);
  });
});
