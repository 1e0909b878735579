import {
  agent,
  answerSurvey,
  at,
  auditor,
  freeText,
  freshId,
  givenResponse,
  instrumentCreated,
  instrumentFrom,
  instrumentRetired,
  instrumentRevised,
  on,
  scale,
  surveyAnswered,
  yesNo,
} from './survey-spec-fixtures.js';

const RECORDED_ON = '2026-03-12';

/** A fresh instrument at version 1 (or 2, revised), as the look-ups load it, and its id. */
function activeInstrument(revised = false) {
  const instrumentId = freshId('instrument');
  const events = revised
    ? [instrumentCreated(instrumentId), instrumentRevised()]
    : [instrumentCreated(instrumentId)];
  return { instrumentId, instrument: instrumentFrom(events) };
}

describe('when the survey has not been recorded', () => {
  it('an agent records a phone survey against the current version of the instrument', () => {
    const { instrumentId, instrument } = activeInstrument();
    const responseId = freshId('response');
    const state = givenResponse([])
      .when(answerSurvey(responseId, instrument), on(RECORDED_ON, agent))
      .then([surveyAnswered(responseId, instrumentId)]);
    expect(state.status).toBe('ANSWERED');
  });

  it('answers are kept in the order of the questions, whatever order they came in', () => {
    const { instrumentId, instrument } = activeInstrument();
    const responseId = freshId('response');
    givenResponse([])
      .when(
        answerSurvey(responseId, instrument, {
          answers: [
            freeText('q3', 'Más asesores en la sede de Zipaquirá.'),
            yesNo('q2', true),
            scale('q1', 5),
          ],
        }),
        on(RECORDED_ON),
      )
      .then([surveyAnswered(responseId, instrumentId)]);
  });

  it('a free-text question may be left unanswered, and a blank answer is left out', () => {
    const { instrumentId, instrument } = activeInstrument();
    const responseId = freshId('response');
    givenResponse([])
      .when(
        answerSurvey(responseId, instrument, {
          answers: [scale('q1', 2), yesNo('q2', false), freeText('q3', '  ')],
        }),
        on(RECORDED_ON),
      )
      .then([
        surveyAnswered(responseId, instrumentId, {
          answers: [
            { questionId: 'q1', kind: 'SCALE_1_5', score: 2 },
            { questionId: 'q2', kind: 'YES_NO', yes: false },
          ],
        }),
      ]);
  });

  it('a paper survey filled in on an earlier version is checked against that version', () => {
    const { instrumentId, instrument } = activeInstrument(true);
    const responseId = freshId('response');
    givenResponse([])
      .when(answerSurvey(responseId, instrument, { instrumentVersion: 1 }), on('2026-04-06'))
      .then([surveyAnswered(responseId, instrumentId, { recordedAt: at('2026-04-06') })]);
  });

  it('a survey with no version named answers the current one', () => {
    const { instrument } = activeInstrument(true);
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument), on('2026-04-06'))
      .thenRefuses('INVALID_QUESTION', 'answers.1.questionId');
  });

  it('a survey following up a PQRS, second evaluation, names the case and the respondent by id', () => {
    const { instrumentId, instrument } = activeInstrument();
    const responseId = freshId('response');
    givenResponse([])
      .when(
        answerSurvey(responseId, instrument, {
          radicado: 'PQRS-2026-000042',
          respondentId: 'person-7',
          evaluation: 'SECOND',
          channel: 'EMAIL',
        }),
        on(RECORDED_ON),
      )
      .then([
        surveyAnswered(responseId, instrumentId, {
          radicado: 'PQRS-2026-000042',
          respondentId: 'person-7',
          evaluation: 'SECOND',
          channel: 'EMAIL',
        }),
      ]);
  });

  it('a survey following up an affiliation names it', () => {
    const { instrumentId, instrument } = activeInstrument();
    const responseId = freshId('response');
    givenResponse([])
      .when(answerSurvey(responseId, instrument, { affiliationId: 'affiliation-9' }), on(RECORDED_ON))
      .then([surveyAnswered(responseId, instrumentId, { affiliationId: 'affiliation-9' })]);
  });

  it('a survey answered today is accepted', () => {
    const { instrumentId, instrument } = activeInstrument();
    const responseId = freshId('response');
    givenResponse([])
      .when(answerSurvey(responseId, instrument, { answeredOn: RECORDED_ON }), on(RECORDED_ON))
      .then([surveyAnswered(responseId, instrumentId, { answeredOn: RECORDED_ON })]);
  });

  it('an auditor may not record surveys', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument), on(RECORDED_ON, auditor))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a response needs an id', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey('', instrument), on(RECORDED_ON))
      .thenRefuses('RESPONSE_ID_REQUIRED', 'responseId');
  });

  it('an instrument that does not exist cannot be answered', () => {
    givenResponse([])
      .when(answerSurvey(freshId('response'), { status: 'NOT_CREATED' }), on(RECORDED_ON))
      .thenRefuses('INSTRUMENT_NOT_FOUND', 'instrumentId');
  });

  it("a response is not decided against another instrument's state", () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(
        answerSurvey(freshId('response'), instrument, { instrumentId: 'otro-instrumento' }),
        on(RECORDED_ON),
      )
      .thenRefuses('INSTRUMENT_NOT_FOUND', 'instrumentId');
  });

  it('a retired instrument takes no more responses', () => {
    const instrument = instrumentFrom([instrumentCreated(freshId('instrument')), instrumentRetired()]);
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument), on('2026-06-02'))
      .thenRefuses('INSTRUMENT_RETIRED');
  });

  it('a version the instrument never had is refused', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument, { instrumentVersion: 2 }), on(RECORDED_ON))
      .thenRefuses('INSTRUMENT_VERSION_NOT_FOUND', 'instrumentVersion');
  });

  it('the channel is one of the PQRS channels', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument, { channel: 'FAX' as never }), on(RECORDED_ON))
      .thenRefuses('INVALID_CHANNEL', 'channel');
  });

  it('the evaluation is the first or the second', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument, { evaluation: 'THIRD' as never }), on(RECORDED_ON))
      .thenRefuses('INVALID_EVALUATION', 'evaluation');
  });

  it('the answer date must be a calendar date', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument, { answeredOn: '2026-02-30' }), on(RECORDED_ON))
      .thenRefuses('INVALID_DATE', 'answeredOn');
  });

  it('a survey cannot be answered after today (Bogotá)', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument, { answeredOn: '2026-03-13' }), on(RECORDED_ON))
      .thenRefuses('ANSWERED_IN_FUTURE', 'answeredOn');
  });

  it('a survey follows up a PQRS or an affiliation, not both', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(
        answerSurvey(freshId('response'), instrument, {
          radicado: 'PQRS-2026-000042',
          affiliationId: 'affiliation-9',
        }),
        on(RECORDED_ON),
      )
      .thenRefuses('AMBIGUOUS_LINK', 'affiliationId');
  });

  it('a linked radicado must be well formed', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument, { radicado: '2026-42' }), on(RECORDED_ON))
      .thenRefuses('INVALID_RADICADO', 'radicado');
  });

  it('a linked affiliation id may not be blank', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument, { affiliationId: ' ' }), on(RECORDED_ON))
      .thenRefuses('INVALID_AFFILIATION_ID', 'affiliationId');
  });

  it('a respondent reference may not be blank (anonymous is null)', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument, { respondentId: '' }), on(RECORDED_ON))
      .thenRefuses('INVALID_RESPONDENT', 'respondentId');
  });

  it('an answer to a question not in the version is refused', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(
        answerSurvey(freshId('response'), instrument, {
          answers: [scale('q1', 4), yesNo('q2', true), scale('q9', 3)],
        }),
        on(RECORDED_ON),
      )
      .thenRefuses('INVALID_QUESTION', 'answers.2.questionId');
  });

  it('a question is answered once', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(
        answerSurvey(freshId('response'), instrument, {
          answers: [scale('q1', 4), yesNo('q2', true), scale('q1', 3)],
        }),
        on(RECORDED_ON),
      )
      .thenRefuses('DUPLICATE_ANSWER', 'answers.2.questionId');
  });

  it('every scale and yes/no question must be answered', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument, { answers: [scale('q1', 4)] }), on(RECORDED_ON))
      .thenRefuses('ANSWER_REQUIRED', 'answers');
  });

  it('a scale answer without a score is missing', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(
        answerSurvey(freshId('response'), instrument, {
          answers: [{ questionId: 'q1', score: null, yes: null, text: null }, yesNo('q2', true)],
        }),
        on(RECORDED_ON),
      )
      .thenRefuses('ANSWER_REQUIRED', 'answers.0.score');
  });

  it('a yes/no answer without yes or no is missing', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(
        answerSurvey(freshId('response'), instrument, {
          answers: [scale('q1', 4), { questionId: 'q2', score: null, yes: null, text: null }],
        }),
        on(RECORDED_ON),
      )
      .thenRefuses('ANSWER_REQUIRED', 'answers.1.yes');
  });

  it.each([0, 6, 3.5])('a score of %s is not an integer from 1 to 5', (score) => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(
        answerSurvey(freshId('response'), instrument, { answers: [scale('q1', score), yesNo('q2', true)] }),
        on(RECORDED_ON),
      )
      .thenRefuses('INVALID_SCORE', 'answers.0.score');
  });

  it.each([
    ['a scale question answered yes', { questionId: 'q1', score: null, yes: true, text: null }, 'answers.0'],
    [
      'a yes/no question answered with a score',
      { questionId: 'q2', score: 5, yes: null, text: null },
      'answers.0',
    ],
    [
      'a free-text question answered yes',
      { questionId: 'q3', score: null, yes: true, text: null },
      'answers.0',
    ],
  ])('%s is refused: the value must match the kind', (_label, wrong, field) => {
    const { instrument } = activeInstrument();
    const others = [scale('q1', 4), yesNo('q2', true)].filter(
      (answer) => answer.questionId !== wrong.questionId,
    );
    givenResponse([])
      .when(answerSurvey(freshId('response'), instrument, { answers: [wrong, ...others] }), on(RECORDED_ON))
      .thenRefuses('INVALID_ANSWER', field);
  });

  it('a free-text answer has at most 2,000 characters', () => {
    const { instrument } = activeInstrument();
    givenResponse([])
      .when(
        answerSurvey(freshId('response'), instrument, {
          answers: [scale('q1', 4), yesNo('q2', true), freeText('q3', 'a'.repeat(2_001))],
        }),
        on(RECORDED_ON),
      )
      .thenRefuses('FREE_TEXT_TOO_LONG', 'answers.2.text');
  });
});

describe('when the survey has been recorded', () => {
  it('recording the same survey again changes nothing', () => {
    const { instrumentId, instrument } = activeInstrument();
    const responseId = freshId('response');
    givenResponse([surveyAnswered(responseId, instrumentId)])
      .when(answerSurvey(responseId, instrument), on('2026-03-13'))
      .thenNothingHappens();
  });

  it('a different survey under the same response id is refused', () => {
    const { instrumentId, instrument } = activeInstrument();
    const responseId = freshId('response');
    givenResponse([surveyAnswered(responseId, instrumentId)])
      .when(answerSurvey(responseId, instrument, { evaluation: 'SECOND' }), on('2026-03-13'))
      .thenRefuses('RESPONSE_ALREADY_RECORDED');
  });
});
