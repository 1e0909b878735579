import type { AnswerPqrs } from './commands.js';
import type { VerbalAnswerMode } from './events.js';
import { at, freshRadicado, given, on, received } from './pqrs-spec-fixtures.js';

// A petition made by phone on Friday 20 March 2026 at 16:40: its 15 business days skip San José (Monday
// 23 March) and Holy Thursday and Good Friday (2 and 3 April); it is answered on Tuesday 7 April, the 9th
// business day (24 to 27 and 30 and 31 March, 1, 6 and 7 April).
const phonePetition = (overrides = {}) =>
  received(freshRadicado(), {
    channel: 'PHONE',
    receivedAt: at('2026-03-20', '16:40'),
    receivedOn: '2026-03-20',
    dueDate: '2026-04-16',
    maxDueDate: '2026-05-08',
    ...overrides,
  });

const answer = (verbalAnswer: VerbalAnswerMode | null, overrides: Partial<AnswerPqrs['data']> = {}) =>
  ({
    type: 'AnswerPqrs',
    data: {
      answer: 'vault-text:lo-que-se-dijo',
      answeredAt: at('2026-04-07', '09:15'),
      verbalAnswer,
      ...overrides,
    },
  }) as AnswerPqrs;

const verballyAnswered = (verbalAnswer: VerbalAnswerMode) => ({
  type: 'Answered' as const,
  data: {
    answer: 'vault-text:lo-que-se-dijo',
    answeredAt: at('2026-04-07', '09:15'),
    answeredOn: '2026-04-07',
    dueDate: '2026-04-16',
    onTime: true,
    businessDaysTaken: 9,
    accessDecision: null,
    lateEntry: null,
    attachments: [],
    letter: null,
    approvedDraft: null,
    accessDenialGround: null,
    accessDenialDetail: null,
    accessException: null,
    accessDenialProvision: null,
    accessDenialHarm: null,
    publicVersionDelivered: null,
    verbalAnswer,
  },
});

describe('a petition made verbally (Decreto 1166 de 2016)', () => {
  it('answered by phone, records the written record of what was said and requests no notice', () => {
    given([phonePetition()])
      .when(answer('PHONE'), on('2026-04-07'))
      .then([verballyAnswered('PHONE')]);
  });

  it('made in person, may be answered in person', () => {
    given([phonePetition({ channel: 'IN_PERSON' })])
      .when(answer('IN_PERSON'), on('2026-04-07'))
      .then([verballyAnswered('IN_PERSON')]);
  });

  it('answered in writing, its answer is notified as any other', () => {
    given([phonePetition()]).when(answer(null), on('2026-04-07')).thenSetsAside(['ANSWER/EMAIL']);
  });

  it('an unknown way of answering verbally is refused', () => {
    given([phonePetition()])
      .when(answer('SIGN_LANGUAGE' as VerbalAnswerMode), on('2026-04-07'))
      .thenRefuses('INVALID_VERBAL_ANSWER', 'verbalAnswer');
  });
});

describe('a written petition', () => {
  it('a verbal answer to a petition filed on the web is refused', () => {
    given([phonePetition({ channel: 'WEB' })])
      .when(answer('PHONE'), on('2026-04-07'))
      .thenRefuses('VERBAL_ANSWER_NEEDS_VERBAL_PETITION', 'verbalAnswer');
  });

  it('a verbal answer to a petition that arrived by e-mail is refused', () => {
    given([phonePetition({ channel: 'EMAIL' })])
      .when(answer('IN_PERSON'), on('2026-04-07'))
      .thenRefuses('VERBAL_ANSWER_NEEDS_VERBAL_PETITION', 'verbalAnswer');
  });
});

describe('a request for information made in person', () => {
  const request = () => phonePetition({ channel: 'IN_PERSON', kind: 'INFORMATION_REQUEST' });

  it('a verbal denial is refused: a denial is a motivated written decision, notified (Ley 1755 art. 25)', () => {
    given([request()])
      .when(
        answer('IN_PERSON', {
          accessDecision: 'DENIED',
          accessDenialGround: 'PRIVACY',
          accessDenialProvision: 'vault-text:norma',
          accessDenialHarm: 'vault-text:dano',
          publicVersionDelivered: false,
        }),
        on('2026-04-07'),
      )
      .thenRefuses('VERBAL_ACCESS_DENIAL', 'verbalAnswer');
  });

  it('a verbal grant is recorded', () => {
    given([request()])
      .when(answer('IN_PERSON', { accessDecision: 'GRANTED' }), on('2026-04-07'))
      .thenSetsAside([]);
  });
});
