// Recording a survey response and reading the results: the answer draft checked as the server checks it,
// the answers built as the API takes them, and the results told as chart values and sentences.
import {
  answerProblems,
  radicadoInput,
  responseDraftProblems,
  surveyAnswersInput,
  type SurveyQuestion,
} from '../../web/src/logic/survey-answers.js';
import {
  channelBars,
  channelsSummary,
  evaluationBars,
  evaluationSummary,
  questionBars,
  questionsSummary,
} from '../../web/src/logic/survey-results.js';

const questions: SurveyQuestion[] = [
  { id: 'q1', kind: 'SCALE_1_5', text: '¿Cómo califica la atención?' },
  { id: 'q2', kind: 'YES_NO', text: '¿Le resolvieron su solicitud?' },
  { id: 'q3', kind: 'FREE_TEXT', text: '¿Qué mejoraría?' },
];

describe('the answer draft', () => {
  it('requires the scale and yes/no questions, not the free text', () => {
    expect(answerProblems(questions, {})).toEqual({
      q1: 'Elija un puntaje de 1 a 5: la pregunta es obligatoria.',
      q2: 'Responda sí o no: la pregunta es obligatoria.',
    });
    expect(answerProblems(questions, { q1: '4', q2: 'NO' })).toEqual({});
  });

  it('refuses a score outside 1 to 5 and a free text over 2.000 characters', () => {
    expect(answerProblems(questions, { q1: '6', q2: 'YES', q3: 'x'.repeat(2_001) })).toEqual({
      q1: 'El puntaje debe ser un entero de 1 a 5.',
      q3: 'La respuesta abierta admite hasta 2.000 caracteres.',
    });
  });

  it('builds one answer per question of its kind, in order, leaving a blank free text out', () => {
    expect(surveyAnswersInput(questions, { q2: 'NO', q1: '5', q3: '   ' })).toEqual([
      { questionId: 'q1', score: 5 },
      { questionId: 'q2', yes: false },
    ]);
    expect(surveyAnswersInput(questions, { q1: '3', q2: 'YES', q3: ' Más horarios ' })).toEqual([
      { questionId: 'q1', score: 3 },
      { questionId: 'q2', yes: true },
      { questionId: 'q3', text: 'Más horarios' },
    ]);
  });

  it('asks for the channel, a date not after today, and a well-formed radicado if one is given', () => {
    const draft = { channel: 'PHONE', evaluation: 'FIRST' as const, answeredOn: '2026-03-04', radicado: '' };
    expect(responseDraftProblems(draft, '2026-03-04')).toEqual({});
    expect(
      responseDraftProblems(
        { ...draft, channel: '', answeredOn: '2026-03-05', radicado: 'PQRS-26-1' },
        '2026-03-04',
      ),
    ).toEqual({
      channel: 'Indique el canal por el que se respondió la encuesta.',
      answeredOn: 'La fecha de la encuesta no puede ser posterior a hoy.',
      radicado: 'El radicado debe tener la forma PQRS-AAAA-NNNNNN.',
    });
    expect(responseDraftProblems({ ...draft, answeredOn: '2026-02-30' }, '2026-03-04').answeredOn).toBe(
      'La fecha de la encuesta no es válida (AAAA-MM-DD).',
    );
    expect(radicadoInput(' pqrs-2026-000001 ')).toBe('PQRS-2026-000001');
    expect(radicadoInput('  ')).toBeNull();
  });
});

describe('the results', () => {
  const results = [
    {
      questionId: 'q1',
      text: '¿Cómo califica la atención?',
      kind: 'SCALE_1_5',
      measuredAnswers: 3,
      favourableAnswers: 2,
      satisfactionIndex: 2 / 3,
      belowThreshold: true,
    },
    {
      questionId: 'q2',
      text: '¿Le resolvieron?',
      kind: 'YES_NO',
      measuredAnswers: 3,
      favourableAnswers: 3,
      satisfactionIndex: 1,
      belowThreshold: false,
    },
    {
      questionId: 'q3',
      text: '¿Qué mejoraría?',
      kind: 'FREE_TEXT',
      measuredAnswers: 0,
      favourableAnswers: 0,
      satisfactionIndex: null,
      belowThreshold: false,
    },
  ];

  it('draws one bar per measured question, and names those below the threshold', () => {
    expect(questionBars(results)).toEqual([
      {
        label: 'q1. ¿Cómo califica la atención?',
        percent: 66.7,
        detail: '2 favorables de 3 · bajo el umbral',
      },
      { label: 'q2. ¿Le resolvieron?', percent: 100, detail: '3 favorables de 3' },
    ]);
    expect(questionsSummary(results, 0.8)).toBe(
      'La pregunta q1 está por debajo del umbral del 80 %: pide una acción de mejora.',
    );
    expect(
      questionsSummary(
        results.map((question) => ({
          ...question,
          measuredAnswers: 0,
          favourableAnswers: 0,
          satisfactionIndex: null,
        })),
        0.8,
      ),
    ).toBe('Ninguna pregunta tuvo respuestas en el periodo.');
    expect(questionsSummary(results.slice(1), 0.8)).toBe(
      'Ninguna pregunta está por debajo del umbral del 80 %.',
    );
  });

  it('draws only the channels that had responses', () => {
    const channels = [
      { channel: 'PHONE', responses: 2, measuredAnswers: 4, satisfactionIndex: 0.75 },
      { channel: 'EMAIL', responses: 0, measuredAnswers: 0, satisfactionIndex: null },
      { channel: 'WEB', responses: 1, measuredAnswers: 2, satisfactionIndex: 1 },
    ];
    expect(channelBars(channels).map((bar) => [bar.label, bar.percent])).toEqual([
      ['Telefónico', 75],
      ['Página web', 100],
    ]);
    expect(channelsSummary(channels)).toBe('Telefónico: 75 %; Página web: 100 %.');
    expect(channelsSummary([])).toBe('No hubo encuestas en el periodo.');
  });

  it('compares the first and second evaluation in points', () => {
    const first = { evaluation: 'FIRST', responses: 4, satisfactionIndex: 0.75 };
    const second = { evaluation: 'SECOND', responses: 2, satisfactionIndex: 0.9 };
    expect(evaluationBars([first, second]).map((bar) => [bar.label, bar.percent])).toEqual([
      ['Primera evaluación', 75],
      ['Segunda evaluación', 90],
    ]);
    expect(evaluationSummary(first, second, 0.15)).toBe(
      'Índice de satisfacción: primera evaluación 75 %; segunda evaluación 90 %: mejoró 15 puntos.',
    );
    expect(evaluationSummary(second, first, -0.15)).toMatch(/empeoró 15 puntos\.$/);
    expect(evaluationSummary(first, { ...second, responses: 0, satisfactionIndex: null }, null)).toBe(
      'Índice de satisfacción: primera evaluación 75 %; segunda evaluación sin datos.',
    );
  });
});
