// A case answered by a joint answer (art. 22 of Ley 1437 de 2011, sustituido por la Ley 1755 de 2015).
import type { AnswerJointly } from './commands.js';
import type { PqrsEvent } from './events.js';
import {
  agent,
  answered,
  at,
  freshRadicado,
  given,
  informationRequested,
  on,
  received,
} from './pqrs-spec-fixtures.js';

const answerJointly: AnswerJointly = {
  type: 'AnswerJointly',
  data: { jointAnswerId: 'ja-1', answer: 'La piscina cierra por mantenimiento hasta el 30 de abril.' },
};

/** What the case records answered jointly on `day`, by its own due date (8 April 2026). */
function answeredJointly(day: string, onTime: boolean, businessDaysTaken: number): PqrsEvent[] {
  return [
    { type: 'JointAnswerLinked', data: { jointAnswerId: 'ja-1', linkedAt: at(day, '11:00') } },
    {
      type: 'Answered',
      data: {
        accessDecision: null,
        accessDenialGround: null,
        accessDenialDetail: null,
        accessException: null,
        accessDenialProvision: null,
        accessDenialHarm: null,
        publicVersionDelivered: null,
        verbalAnswer: null,
        answer: 'La piscina cierra por mantenimiento hasta el 30 de abril.',
        answeredAt: at(day, '11:00'),
        answeredOn: day,
        dueDate: '2026-04-08',
        onTime,
        businessDaysTaken,
        lateEntry: null,
        attachments: [],
        letter: null,
        approvedDraft: null,
      },
    },
  ];
}

describe('a case answered by a joint answer', () => {
  it('records the link and its own Answered, on time by its own due date (8 April 2026)', () => {
    // Received Friday 13 March: 15 business days to Wednesday 8 April (San José and Holy Week skipped).
    const state = given([received(freshRadicado())])
      .when(answerJointly, on('2026-04-08'))
      .then(answeredJointly('2026-04-08', true, 15));
    expect(state).toMatchObject({ status: 'ANSWERED', jointAnswerId: 'ja-1' });
  });

  it('is late when the joint answer comes after its due date: Thursday 9 April is the 16th business day', () => {
    given([received(freshRadicado())])
      .when(answerJointly, on('2026-04-09'))
      .then(answeredJointly('2026-04-09', false, 16));
  });

  it('the petitioner is sent the answer notice, as with any answer', () => {
    given([received(freshRadicado())])
      .when(answerJointly, on('2026-04-08'))
      .thenSetsAside(['ANSWER/EMAIL']);
  });

  it('the same joint answer again changes nothing: a retry of a partial run', () => {
    given([received(freshRadicado()), ...answeredJointly('2026-04-08', true, 15)])
      .when(answerJointly, on('2026-04-09'))
      .thenNothingHappens();
  });

  it('a case already answered is refused', () => {
    given([received(freshRadicado()), answered()])
      .when(answerJointly, on('2026-04-09'))
      .thenRefuses('CASE_ALREADY_ANSWERED');
  });

  it('a case awaiting the petitioner is refused', () => {
    given([received(freshRadicado()), informationRequested()])
      .when(answerJointly, on('2026-03-18'))
      .thenRefuses('CASE_AWAITING_INFORMATION');
  });

  it('an agent may not answer jointly', () => {
    given([received(freshRadicado())])
      .when(answerJointly, on('2026-04-08', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a request for information is refused: it records its own access decision', () => {
    given([received(freshRadicado(), { kind: 'INFORMATION_REQUEST' })])
      .when(answerJointly, on('2026-03-20'))
      .thenRefuses('JOINT_ANSWER_NOT_FOR_INFORMATION_REQUESTS');
  });
});
