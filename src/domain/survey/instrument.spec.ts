import { currentVersionOf } from './instrument-state.js';
import {
  admin,
  agent,
  auditor,
  create,
  drafts,
  freshId,
  givenInstrument,
  instrumentCreated,
  instrumentRetired,
  instrumentRevised,
  on,
  VERSION_1_QUESTIONS,
  VERSION_2_QUESTIONS,
} from './survey-spec-fixtures.js';
import type { ReviseSurveyInstrument, SurveyInstrumentCommand } from './commands.js';

function revise(overrides: Partial<ReviseSurveyInstrument['data']> = {}): ReviseSurveyInstrument {
  return {
    type: 'ReviseSurveyInstrument',
    data: {
      name: 'Encuesta de satisfacción del servicio',
      questions: [
        { id: 'q1', text: '¿Cómo califica la atención recibida?', kind: 'SCALE_1_5' },
        { id: null, text: '¿Cómo califica la oportunidad de la respuesta?', kind: 'SCALE_1_5' },
        { id: 'q3', text: '¿Qué podemos mejorar?', kind: 'FREE_TEXT' },
      ],
      satisfactionThreshold: null,
      ...overrides,
    },
  };
}

const retire: SurveyInstrumentCommand = { type: 'RetireSurveyInstrument', data: {} };

describe('when the instrument does not exist', () => {
  it('a created instrument is version 1 with generated question ids and the default threshold of 0.8', () => {
    const instrumentId = freshId();
    const state = givenInstrument([])
      .when(create(instrumentId), on('2026-03-02'))
      .then([instrumentCreated(instrumentId)]);
    expect(state).toMatchObject({ status: 'ACTIVE', instrumentId, versions: [{ version: 1 }] });
  });

  it('an instrument takes the threshold it is given', () => {
    const instrumentId = freshId();
    givenInstrument([])
      .when(create(instrumentId, { satisfactionThreshold: 0.9 }), on('2026-03-02', admin))
      .then([instrumentCreated(instrumentId, { satisfactionThreshold: 0.9 })]);
  });

  it('a question may bring its own id, and generated ids continue after the highest q<n> given', () => {
    const instrumentId = freshId();
    givenInstrument([])
      .when(
        create(instrumentId, {
          questions: [
            { id: 'q7', text: '¿Volvería a usar el servicio?', kind: 'YES_NO' },
            { id: null, text: '¿Cómo califica la sede?', kind: 'SCALE_1_5' },
          ],
        }),
        on('2026-03-02'),
      )
      .then([
        instrumentCreated(instrumentId, {
          questions: [
            { id: 'q7', text: '¿Volvería a usar el servicio?', kind: 'YES_NO' },
            { id: 'q8', text: '¿Cómo califica la sede?', kind: 'SCALE_1_5' },
          ],
        }),
      ]);
  });

  it('names and question texts are trimmed', () => {
    const instrumentId = freshId();
    givenInstrument([])
      .when(
        create(instrumentId, {
          name: '  Encuesta de satisfacción del servicio ',
          questions: drafts(VERSION_1_QUESTIONS).map((draft) => ({ ...draft, text: ` ${draft.text} ` })),
        }),
        on('2026-03-02'),
      )
      .then([instrumentCreated(instrumentId)]);
  });

  it('an auditor may not create instruments', () => {
    givenInstrument([]).when(create(freshId()), on('2026-03-02', auditor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an agent may not create instruments', () => {
    givenInstrument([]).when(create(freshId()), on('2026-03-02', agent)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an instrument needs an id', () => {
    givenInstrument([])
      .when(create(' '), on('2026-03-02'))
      .thenRefuses('INSTRUMENT_ID_REQUIRED', 'instrumentId');
  });

  it('an instrument needs a name', () => {
    givenInstrument([])
      .when(create(freshId(), { name: '  ' }), on('2026-03-02'))
      .thenRefuses('NAME_REQUIRED', 'name');
  });

  it.each([-0.1, 1.5, Number.NaN])('a threshold of %s is not a proportion', (satisfactionThreshold) => {
    givenInstrument([])
      .when(create(freshId(), { satisfactionThreshold }), on('2026-03-02'))
      .thenRefuses('INVALID_THRESHOLD', 'satisfactionThreshold');
  });

  it('an instrument needs at least one question', () => {
    givenInstrument([])
      .when(create(freshId(), { questions: [] }), on('2026-03-02'))
      .thenRefuses('QUESTIONS_REQUIRED', 'questions');
  });

  it('an instrument has at most 50 questions', () => {
    const questions = Array.from({ length: 51 }, (_, index) => ({
      id: null,
      text: `Pregunta ${index + 1}`,
      kind: 'YES_NO' as const,
    }));
    givenInstrument([])
      .when(create(freshId(), { questions }), on('2026-03-02'))
      .thenRefuses('TOO_MANY_QUESTIONS', 'questions');
  });

  it('a question kind must be scale, yes/no or free text', () => {
    const questions = [{ id: null, text: '¿Edad?', kind: 'NUMBER' as never }];
    givenInstrument([])
      .when(create(freshId(), { questions }), on('2026-03-02'))
      .thenRefuses('INVALID_QUESTION_KIND', 'questions.0.kind');
  });

  it('every question needs its text', () => {
    const questions = [...drafts(VERSION_1_QUESTIONS), { id: null, text: ' ', kind: 'YES_NO' as const }];
    givenInstrument([])
      .when(create(freshId(), { questions }), on('2026-03-02'))
      .thenRefuses('QUESTION_TEXT_REQUIRED', 'questions.3.text');
  });

  it('a question id chosen by staff uses letters, digits, hyphens and underscores only', () => {
    const questions = [{ id: 'pregunta uno', text: '¿Cómo califica la sede?', kind: 'SCALE_1_5' as const }];
    givenInstrument([])
      .when(create(freshId(), { questions }), on('2026-03-02'))
      .thenRefuses('INVALID_QUESTION_ID', 'questions.0.id');
  });

  it('two questions may not share an id', () => {
    givenInstrument([])
      .when(
        create(freshId(), {
          questions: [...drafts(VERSION_1_QUESTIONS, true), ...drafts(VERSION_1_QUESTIONS, true)],
        }),
        on('2026-03-02'),
      )
      .thenRefuses('DUPLICATE_QUESTION_ID', 'questions.3.id');
  });

  it('an instrument that does not exist cannot be revised', () => {
    givenInstrument([]).when(revise(), on('2026-04-01')).thenRefuses('INSTRUMENT_NOT_FOUND', 'instrumentId');
  });

  it('an instrument that does not exist cannot be retired', () => {
    givenInstrument([]).when(retire, on('2026-04-01')).thenRefuses('INSTRUMENT_NOT_FOUND', 'instrumentId');
  });
});

describe('when the instrument is active', () => {
  it('creating it again with the same content changes nothing', () => {
    const instrumentId = freshId();
    givenInstrument([instrumentCreated(instrumentId)])
      .when(create(instrumentId), on('2026-03-03'))
      .thenNothingHappens();
  });

  it('creating another instrument under its id is refused', () => {
    const instrumentId = freshId();
    givenInstrument([instrumentCreated(instrumentId)])
      .when(create(instrumentId, { name: 'Otra encuesta' }), on('2026-03-03'))
      .thenRefuses('INSTRUMENT_ALREADY_EXISTS');
  });

  it('a revision issues version 2: kept questions keep their ids, new ones get the next q<n>', () => {
    const instrumentId = freshId();
    const state = givenInstrument([instrumentCreated(instrumentId)])
      .when(revise(), on('2026-04-01'))
      .then([instrumentRevised()]);
    expect(state.status === 'ACTIVE' && currentVersionOf(state).questions).toEqual(VERSION_2_QUESTIONS);
  });

  it('a question sent without id but with the same text and kind is the same question', () => {
    const instrumentId = freshId();
    givenInstrument([instrumentCreated(instrumentId)])
      .when(revise({ questions: drafts(VERSION_2_QUESTIONS) }), on('2026-04-01'))
      .then([instrumentRevised()]);
  });

  it('a revision keeps the threshold in force unless given a new one', () => {
    const instrumentId = freshId();
    givenInstrument([instrumentCreated(instrumentId, { satisfactionThreshold: 0.9 })])
      .when(revise(), on('2026-04-01'))
      .then([instrumentRevised({ satisfactionThreshold: 0.9 })]);
  });

  it('a revision may change only the threshold', () => {
    const instrumentId = freshId();
    givenInstrument([instrumentCreated(instrumentId)])
      .when(revise({ questions: drafts(VERSION_1_QUESTIONS), satisfactionThreshold: 0.75 }), on('2026-04-01'))
      .then([instrumentRevised({ questions: VERSION_1_QUESTIONS, satisfactionThreshold: 0.75 })]);
  });

  it('a generated id is never reused for a new question, even after its question was dropped', () => {
    const instrumentId = freshId();
    givenInstrument([instrumentCreated(instrumentId), instrumentRevised()])
      .when(
        revise({
          questions: [
            { id: 'q1', text: '¿Cómo califica la atención recibida?', kind: 'SCALE_1_5' },
            { id: null, text: '¿Le resolvieron el trámite en una sola visita?', kind: 'YES_NO' },
          ],
        }),
        on('2026-05-04'),
      )
      .then([
        instrumentRevised({
          version: 3,
          previousVersion: 2,
          questions: [
            { id: 'q1', text: '¿Cómo califica la atención recibida?', kind: 'SCALE_1_5' },
            { id: 'q5', text: '¿Le resolvieron el trámite en una sola visita?', kind: 'YES_NO' },
          ],
          revisedAt: on('2026-05-04').now,
        }),
      ]);
  });

  it('a revision identical to the current version changes nothing', () => {
    const instrumentId = freshId();
    givenInstrument([instrumentCreated(instrumentId)])
      .when(revise({ questions: drafts(VERSION_1_QUESTIONS) }), on('2026-04-01'))
      .thenNothingHappens();
  });

  it('a question keeps its kind across versions', () => {
    const instrumentId = freshId();
    givenInstrument([instrumentCreated(instrumentId), instrumentRevised()])
      .when(
        revise({ questions: [{ id: 'q2', text: '¿Cómo califica la respuesta?', kind: 'SCALE_1_5' }] }),
        on('2026-05-04'),
      )
      .thenRefuses('QUESTION_KIND_CHANGED', 'questions.0.kind');
  });

  it('a revision follows the same rules as a creation', () => {
    const instrumentId = freshId();
    givenInstrument([instrumentCreated(instrumentId)])
      .when(revise({ questions: [] }), on('2026-04-01'))
      .thenRefuses('QUESTIONS_REQUIRED', 'questions');
  });

  it('an auditor may not revise it', () => {
    givenInstrument([instrumentCreated(freshId())])
      .when(revise(), on('2026-04-01', auditor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('retiring it closes it to responses and revisions', () => {
    const instrumentId = freshId();
    const state = givenInstrument([instrumentCreated(instrumentId), instrumentRevised()])
      .when(retire, on('2026-06-01'))
      .then([instrumentRetired()]);
    expect(state).toMatchObject({ status: 'RETIRED', retiredAt: '2026-06-01T16:00:00.000Z' });
  });

  it('an auditor may not retire it', () => {
    givenInstrument([instrumentCreated(freshId())])
      .when(retire, on('2026-06-01', auditor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});

describe('when the instrument is retired', () => {
  it('retiring it again changes nothing', () => {
    givenInstrument([instrumentCreated(freshId()), instrumentRetired()])
      .when(retire, on('2026-06-02'))
      .thenNothingHappens();
  });

  it('a retired instrument cannot be revised', () => {
    givenInstrument([instrumentCreated(freshId()), instrumentRetired()])
      .when(revise(), on('2026-06-02'))
      .thenRefuses('INSTRUMENT_RETIRED');
  });
});
