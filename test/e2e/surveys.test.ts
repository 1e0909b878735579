// Satisfaction surveys end to end over HTTP: an instrument created, answered (linked to a PQRS, by
// phone, on paper), revised, measured against its threshold and retired; roles, bad input and rules.
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { READ_MODEL_STORE, type ReadModelStore } from '../../src/engine/read-models/read-model-store.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import {
  SURVEY_INSTRUMENTS_COLLECTION,
  SURVEY_PROJECTIONS,
  SURVEY_RESPONSES_COLLECTION,
} from '../../src/features/surveys/read-models/survey-projections.js';
import { dumpCollection, temporaryReadModels } from '../projections/fixtures/read-model-fixtures.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const INSTRUMENT_FIELDS = `
  id status name version satisfactionThreshold revision retiredAt
  questions { id text kind }
  versions { version name satisfactionThreshold questions { id kind } }`;

const CREATE = `
  mutation Create($input: CreateSurveyInstrumentInput!) {
    createSurveyInstrument(input: $input) { ${INSTRUMENT_FIELDS} }
  }`;

const REVISE = `
  mutation Revise($id: ID!, $input: SurveyInstrumentInput!) {
    reviseSurveyInstrument(id: $id, input: $input) { ${INSTRUMENT_FIELDS} }
  }`;

const RETIRE = `mutation Retire($id: ID!) { retireSurveyInstrument(id: $id) { id status retiredAt revision } }`;

const ANSWER = `
  mutation Answer($input: AnswerSurveyInput!) {
    answerSurvey(input: $input) {
      id instrumentId instrumentVersion channel answeredOn evaluation radicado affiliationId anonymous
      answers { questionId kind score yes text }
    }
  }`;

const RESULTS = `
  query Results($from: Date!, $to: Date!, $instrumentId: ID!) {
    satisfactionResults(from: $from, to: $to, instrumentId: $instrumentId) {
      instrumentId instrumentName satisfactionThreshold from to responses
      overall { measuredAnswers favourableAnswers satisfactionIndex belowThreshold }
      questions {
        questionId text kind answers measuredAnswers favourableAnswers satisfactionIndex inCurrentVersion
        belowThreshold improvementActionReference scoreDistribution { score count }
      }
      byChannel { channel responses satisfactionIndex }
      firstEvaluation { responses satisfactionIndex }
      secondEvaluation { responses satisfactionIndex }
      evaluationDifference
      freeTextAnswers { questionId questionText text answeredOn }
    }
  }`;

const VERSION_1 = {
  name: 'Encuesta de satisfacción del servicio',
  questions: [
    { text: '¿Cómo califica la atención recibida?', kind: 'SCALE_1_5' },
    { text: '¿Le resolvieron su solicitud?', kind: 'YES_NO' },
    { text: '¿Qué podemos mejorar?', kind: 'FREE_TEXT' },
  ],
};

const scale = (questionId: string, score: number) => ({ questionId, score });
const yesNo = (questionId: string, yes: boolean) => ({ questionId, yes });
const text = (questionId: string, value: string) => ({ questionId, text: value });

describe('satisfaction surveys, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let agent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let coordinator: { id: string; token: string };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    agent = await ventanilla.userWithRoles(admin, 'agente.encuestas', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.encuestas', ['AUDITOR']);
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.encuestas', ['COORDINATOR']);
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  const answer = (input: Record<string, unknown>, token = agent.token) =>
    ventanilla.graphql(ANSWER, { input }, token);

  describe('an instrument from creation to retirement', () => {
    let instrumentId: string;
    let radicado: string;

    beforeAll(async () => {
      const created = await ventanilla.ok(CREATE, { input: VERSION_1 }, coordinator.token);
      instrumentId = created.createSurveyInstrument.id;
      const received = await ventanilla.ok(
        `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
        {
          input: {
            kind: 'COMPLAINT',
            channel: 'PHONE',
            subject: 'Demora en la atención',
            description: 'Esperé dos horas en la sede.',
            petitioner: { name: 'Carlos Pérez Rojas', documentType: 'CC', documentNumber: '79111222' },
            receivedAt: '2026-11-02T09:00:00-05:00',
            lateEntryReason: 'Registro de prueba con fecha anterior.',
          },
        },
        coordinator.token,
      );
      radicado = received.receivePqrs.radicado;
    });

    it('creates version 1 with generated question ids and the default threshold of 0.8', async () => {
      const { surveyInstrument } = await ventanilla.ok(
        `query ($id: ID!) { surveyInstrument(id: $id) { ${INSTRUMENT_FIELDS} } }`,
        { id: instrumentId },
        auditor.token,
      );
      expect(surveyInstrument).toMatchObject({
        status: 'ACTIVE',
        version: 1,
        satisfactionThreshold: 0.8,
        revision: 0,
        retiredAt: null,
        questions: [
          { id: 'q1', kind: 'SCALE_1_5' },
          { id: 'q2', kind: 'YES_NO' },
          { id: 'q3', kind: 'FREE_TEXT' },
        ],
      });
    });

    it('records surveys: linked to a PQRS with the respondent kept in the personal-data store, and anonymous ones', async () => {
      const linked = await answer({
        instrumentId,
        channel: 'PHONE',
        answeredOn: '2026-11-03',
        radicado,
        respondent: { name: 'Carlos Pérez Rojas', documentType: 'CC', documentNumber: '79111222' },
        answers: [scale('q1', 5), yesNo('q2', true), text('q3', 'La asesora fue muy amable.')],
      });
      expect(linked.errors).toBeUndefined();
      expect(linked.data?.['answerSurvey']).toMatchObject({
        instrumentId,
        instrumentVersion: 1,
        radicado,
        anonymous: false,
        evaluation: 'FIRST',
        answers: [
          { questionId: 'q1', kind: 'SCALE_1_5', score: 5, yes: null, text: null },
          { questionId: 'q2', kind: 'YES_NO', score: null, yes: true, text: null },
          { questionId: 'q3', kind: 'FREE_TEXT', score: null, yes: null, text: 'La asesora fue muy amable.' },
        ],
      });

      const anonymous = await ventanilla.ok(
        ANSWER,
        {
          input: {
            instrumentId,
            channel: 'WEB',
            answeredOn: '2026-11-04',
            answers: [scale('q1', 2), yesNo('q2', false)],
          },
        },
        coordinator.token,
      );
      expect(anonymous.answerSurvey).toMatchObject({ anonymous: true, radicado: null, channel: 'WEB' });

      // Outside the period queried below.
      await ventanilla.ok(
        ANSWER,
        {
          input: {
            instrumentId,
            channel: 'MAIL',
            answeredOn: '2026-10-20',
            answers: [scale('q1', 1), yesNo('q2', false)],
          },
        },
        agent.token,
      );
    });

    it('records a survey once per idempotency key', async () => {
      const input = {
        instrumentId,
        channel: 'PHONE',
        answeredOn: '2026-11-05',
        idempotencyKey: 'encuesta-telefonica-0005',
        answers: [scale('q1', 4), yesNo('q2', true)],
      };
      const first = await ventanilla.ok(ANSWER, { input }, agent.token);
      const again = await ventanilla.ok(ANSWER, { input }, agent.token);
      expect(again.answerSurvey.id).toBe(first.answerSurvey.id);
    });

    it('revises the instrument into version 2: kept questions keep their ids, a new one gets the next', async () => {
      const { reviseSurveyInstrument } = await ventanilla.ok(
        REVISE,
        {
          id: instrumentId,
          input: {
            name: 'Encuesta de satisfacción del servicio (2)',
            satisfactionThreshold: 0.9,
            questions: [
              { id: 'q1', text: '¿Cómo califica la atención que recibió?', kind: 'SCALE_1_5' },
              { text: '¿Cómo califica la oportunidad de la respuesta?', kind: 'SCALE_1_5' },
              { text: '¿Qué podemos mejorar?', kind: 'FREE_TEXT' },
            ],
          },
        },
        coordinator.token,
      );
      expect(reviseSurveyInstrument).toMatchObject({
        version: 2,
        satisfactionThreshold: 0.9,
        revision: 1,
        questions: [{ id: 'q1' }, { id: 'q4' }, { id: 'q3' }],
      });
      expect(reviseSurveyInstrument.versions.map((version: { version: number }) => version.version)).toEqual([
        1, 2,
      ]);
    });

    it('records a second evaluation on the current version and a paper form of version 1', async () => {
      const current = await ventanilla.ok(
        ANSWER,
        {
          input: {
            instrumentId,
            channel: 'PHONE',
            evaluation: 'SECOND',
            answeredOn: '2026-11-16',
            answers: [scale('q1', 5), scale('q4', 3), text('q3', 'Responder más rápido.')],
          },
        },
        agent.token,
      );
      expect(current.answerSurvey).toMatchObject({ instrumentVersion: 2, evaluation: 'SECOND' });

      const paper = await ventanilla.ok(
        ANSWER,
        {
          input: {
            instrumentId,
            instrumentVersion: 1,
            channel: 'IN_PERSON',
            evaluation: 'SECOND',
            answeredOn: '2026-11-17',
            answers: [scale('q1', 4), yesNo('q2', true)],
          },
        },
        agent.token,
      );
      expect(paper.answerSurvey.instrumentVersion).toBe(1);
    });

    it('turns a question below the threshold into an improvement action with that source', async () => {
      const { satisfactionResults } = await ventanilla.ok(
        RESULTS,
        { from: '2026-11-01', to: '2026-11-30', instrumentId },
        auditor.token,
      );
      const low = satisfactionResults.questions.find((question: any) => question.belowThreshold);
      const { formulateImprovementAction } = await ventanilla.ok(
        `mutation ($input: FormulateImprovementActionInput!) {
          formulateImprovementAction(input: $input) { id status source { kind reference } }
        }`,
        {
          input: {
            source: { kind: 'SURVEY', reference: low.improvementActionReference },
            problem: 'Satisfacción por debajo de la meta',
            rootCause: 'Tiempos de espera largos',
            action: 'Turnos por franja horaria',
            responsibleId: agent.id,
            dueDate: new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 10),
          },
        },
        coordinator.token,
      );
      expect(formulateImprovementAction.source).toEqual({
        kind: 'SURVEY',
        reference: low.improvementActionReference,
      });
      const { improvementActions } = await ventanilla.ok(
        `query ($reference: String!) { improvementActions(filter: { sourceKind: SURVEY, sourceReference: $reference }, first: 5) { totalCount } }`,
        { reference: low.improvementActionReference },
        auditor.token,
      );
      expect(improvementActions.totalCount).toBe(1);
    });

    it('gives the satisfaction results of the period, with the questions below the threshold and their improvement-action reference', async () => {
      const { satisfactionResults } = await ventanilla.ok(
        RESULTS,
        { from: '2026-11-01', to: '2026-11-30', instrumentId },
        auditor.token,
      );
      const reference = (questionId: string) => `SURVEY:${instrumentId}:${questionId}:2026-11-01..2026-11-30`;
      expect(satisfactionResults).toMatchObject({
        instrumentId,
        instrumentName: 'Encuesta de satisfacción del servicio (2)',
        satisfactionThreshold: 0.9,
        responses: 5,
        overall: { measuredAnswers: 10, favourableAnswers: 7, satisfactionIndex: 0.7, belowThreshold: true },
        firstEvaluation: { responses: 3 },
        secondEvaluation: { responses: 2, satisfactionIndex: 0.75 },
      });
      expect(satisfactionResults.firstEvaluation.satisfactionIndex).toBeCloseTo(4 / 6);
      expect(satisfactionResults.evaluationDifference).toBeCloseTo(0.75 - 4 / 6);
      expect(satisfactionResults.questions).toEqual([
        expect.objectContaining({
          questionId: 'q1',
          text: '¿Cómo califica la atención que recibió?',
          answers: 5,
          satisfactionIndex: 0.8,
          belowThreshold: true,
          improvementActionReference: reference('q1'),
          scoreDistribution: [
            { score: 1, count: 0 },
            { score: 2, count: 1 },
            { score: 3, count: 0 },
            { score: 4, count: 2 },
            { score: 5, count: 2 },
          ],
        }),
        expect.objectContaining({
          questionId: 'q4',
          satisfactionIndex: 0,
          improvementActionReference: reference('q4'),
        }),
        expect.objectContaining({
          questionId: 'q3',
          kind: 'FREE_TEXT',
          answers: 2,
          satisfactionIndex: null,
          belowThreshold: false,
        }),
        expect.objectContaining({
          questionId: 'q2',
          inCurrentVersion: false,
          satisfactionIndex: 0.75,
          belowThreshold: true,
        }),
      ]);
      expect(satisfactionResults.byChannel).toEqual(
        expect.arrayContaining([
          { channel: 'PHONE', responses: 3, satisfactionIndex: 5 / 6 },
          { channel: 'WEB', responses: 1, satisfactionIndex: 0 },
          { channel: 'IN_PERSON', responses: 1, satisfactionIndex: 1 },
          { channel: 'MAIL', responses: 0, satisfactionIndex: null },
        ]),
      );
      expect(satisfactionResults.freeTextAnswers).toEqual([
        {
          questionId: 'q3',
          questionText: '¿Qué podemos mejorar?',
          text: 'La asesora fue muy amable.',
          answeredOn: '2026-11-03',
        },
        {
          questionId: 'q3',
          questionText: '¿Qué podemos mejorar?',
          text: 'Responder más rápido.',
          answeredOn: '2026-11-16',
        },
      ]);
      // No personal data in the results: the respondent of the linked survey is not there.
      expect(JSON.stringify(satisfactionResults)).not.toMatch(/Carlos|79111222/);
    });

    it('refuses an answer that does not fit the kind of question as BAD_USER_INPUT naming the field', async () => {
      const response = await answer({
        instrumentId,
        channel: 'WEB',
        answers: [scale('q1', 7), scale('q4', 4)],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'INVALID_SCORE',
        field: 'answers.0.score',
      });
    });

    it('refuses a survey missing a required answer as BAD_USER_INPUT', async () => {
      const response = await answer({ instrumentId, channel: 'WEB', answers: [scale('q1', 4)] });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'ANSWER_REQUIRED',
        field: 'answers',
      });
    });

    it('refuses a free-text answer over 2,000 characters as BAD_USER_INPUT', async () => {
      const response = await answer({
        instrumentId,
        channel: 'WEB',
        answers: [scale('q1', 4), scale('q4', 4), text('q3', 'x'.repeat(2_001))],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.answers.2.text',
      });
    });

    it('refuses a survey dated after today as a business rule', async () => {
      const response = await answer({
        instrumentId,
        channel: 'WEB',
        answeredOn: '2999-01-01',
        answers: [scale('q1', 4), scale('q4', 4)],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'ANSWERED_IN_FUTURE',
      });
    });

    it('refuses a survey linked to both a PQRS and an affiliation as a business rule', async () => {
      const response = await answer({
        instrumentId,
        channel: 'WEB',
        radicado,
        affiliationId: 'afiliacion-1',
        answers: [scale('q1', 4), scale('q4', 4)],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'AMBIGUOUS_LINK',
      });
    });

    it('refuses a survey linked to a radicado that does not exist as BAD_USER_INPUT', async () => {
      const response = await answer({
        instrumentId,
        channel: 'WEB',
        radicado: 'PQRS-2026-999999',
        answers: [scale('q1', 4), scale('q4', 4)],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radicado' });
    });

    it('refuses changing the kind of a kept question as a business rule', async () => {
      const response = await ventanilla.graphql(
        REVISE,
        {
          id: instrumentId,
          input: { name: 'Otra', questions: [{ id: 'q2', text: '¿Le resolvieron?', kind: 'SCALE_1_5' }] },
        },
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'QUESTION_KIND_CHANGED',
      });
    });

    it('lists instruments, filtered by status', async () => {
      const { surveyInstruments } = await ventanilla.ok(
        `query { surveyInstruments(status: ACTIVE, first: 50) { totalCount nodes { id status } pageInfo { hasNextPage } } }`,
        {},
        agent.token,
      );
      expect(surveyInstruments.nodes).toEqual(
        expect.arrayContaining([{ id: instrumentId, status: 'ACTIVE' }]),
      );
      expect(surveyInstruments.totalCount).toBe(surveyInstruments.nodes.length);
    });

    it('retires the instrument once; a retired instrument takes no more responses', async () => {
      const retired = await ventanilla.ok(RETIRE, { id: instrumentId }, admin);
      expect(retired.retireSurveyInstrument).toMatchObject({ status: 'RETIRED', revision: 2 });
      const again = await ventanilla.ok(RETIRE, { id: instrumentId }, admin);
      expect(again.retireSurveyInstrument).toEqual(retired.retireSurveyInstrument);

      const response = await answer({
        instrumentId,
        channel: 'WEB',
        answers: [scale('q1', 4), scale('q4', 4)],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'INSTRUMENT_RETIRED',
      });
    });
  });

  describe('roles and inputs', () => {
    it('refuses an auditor creating an instrument as FORBIDDEN', async () => {
      const response = await ventanilla.graphql(CREATE, { input: VERSION_1 }, auditor.token);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    });

    it('refuses an agent creating, revising or retiring instruments as FORBIDDEN, while an agent may record surveys', async () => {
      const created = await ventanilla.ok(CREATE, { input: VERSION_1 }, admin);
      const id = created.createSurveyInstrument.id;
      for (const [query, variables] of [
        [CREATE, { input: VERSION_1 }],
        [REVISE, { id, input: VERSION_1 }],
        [RETIRE, { id }],
      ] as const) {
        const response = await ventanilla.graphql(query, variables, agent.token);
        expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      }
      const recorded = await answer({
        instrumentId: id,
        channel: 'IN_PERSON',
        answers: [scale('q1', 3), yesNo('q2', false)],
      });
      expect(recorded.errors).toBeUndefined();
    });

    it('refuses an auditor recording a survey as FORBIDDEN', async () => {
      const created = await ventanilla.ok(CREATE, { input: VERSION_1 }, coordinator.token);
      const response = await answer(
        {
          instrumentId: created.createSurveyInstrument.id,
          channel: 'WEB',
          answers: [scale('q1', 5), yesNo('q2', true)],
        },
        auditor.token,
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('refuses a threshold outside 0..1 as BAD_USER_INPUT naming the field', async () => {
      const response = await ventanilla.graphql(
        CREATE,
        { input: { ...VERSION_1, satisfactionThreshold: 1.5 } },
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.satisfactionThreshold',
      });
    });

    it('refuses an instrument without questions as BAD_USER_INPUT naming the field', async () => {
      const response = await ventanilla.graphql(
        CREATE,
        { input: { ...VERSION_1, questions: [] } },
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.questions',
      });
    });

    it('answers NOT_FOUND for an instrument that does not exist', async () => {
      const revise = await ventanilla.graphql(
        REVISE,
        { id: 'no-existe', input: VERSION_1 },
        coordinator.token,
      );
      expect(revise.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const answered = await answer({ instrumentId: 'no-existe', channel: 'WEB', answers: [] });
      expect(answered.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const results = await ventanilla.graphql(
        RESULTS,
        { from: '2026-01-01', to: '2026-12-31', instrumentId: 'no-existe' },
        auditor.token,
      );
      expect(results.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });

    it('refuses a period that ends before it starts as BAD_USER_INPUT', async () => {
      const created = await ventanilla.ok(CREATE, { input: VERSION_1 }, coordinator.token);
      const response = await ventanilla.graphql(
        RESULTS,
        { from: '2026-12-01', to: '2026-11-01', instrumentId: created.createSurveyInstrument.id },
        auditor.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });
  });
  it('rebuilds the survey read models from the log equal to the live ones', async () => {
    const eventStore = ventanilla.app.get<EventStore>(EVENT_STORE);
    const live = ventanilla.app.get<ReadModelStore>(READ_MODEL_STORE);
    const rebuilt = await temporaryReadModels('ventanilla-surveys-rebuild-');
    try {
      const results = await rebuildProjections(eventStore, rebuilt.store, SURVEY_PROJECTIONS);
      expect(results.map((result) => result.deadLetters)).toEqual([0, 0]);
      for (const collection of [SURVEY_INSTRUMENTS_COLLECTION, SURVEY_RESPONSES_COLLECTION]) {
        const liveDocuments = await dumpCollection(live, collection);
        expect(liveDocuments.length).toBeGreaterThan(0);
        expect({ collection, documents: await dumpCollection(rebuilt.store, collection) }).toEqual({
          collection,
          documents: liveDocuments,
        });
      }
    } finally {
      await rebuilt.cleanup();
    }
  });
});
