import { ACCESS_EXCEPTION_OF_GROUND, type AccessDenialInput } from './access-denial.js';
import type { AnswerPqrs, DraftAnswer } from './commands.js';
import { ACCESS_DENIAL_GROUNDS, type AccessDecision } from './events.js';
import { agent, assigned, at, freshRadicado, given, on, received } from './pqrs-spec-fixtures.js';

// A request for information received Thursday 26 March 2026, 10:00: its 10 business days are 27, 30 and
// 31 March, 1 April, then (Holy Thursday and Good Friday, 2 and 3 April, skipped) 6 to 10 and 13 April.
const informationRequest = () =>
  received(freshRadicado(), {
    kind: 'INFORMATION_REQUEST',
    channel: 'EMAIL',
    receivedAt: at('2026-03-26'),
    receivedOn: '2026-03-26',
    termBusinessDays: 10,
    dueDate: '2026-04-13',
    maxDueDate: '2026-04-27',
  });

/** Every element of a complete total denial on the privacy ground (art. 18 a). */
const COMPLETE_DENIAL: AccessDenialInput = {
  accessDenialGround: 'PRIVACY',
  accessDenialProvision: 'vault-text:norma',
  accessDenialHarm: 'vault-text:dano',
  publicVersionDelivered: false,
};

/** Answered on Wednesday 8 April 2026, after Holy Week: the 7th business day. */
const answer = (accessDecision: AccessDecision, denial: AccessDenialInput): AnswerPqrs => ({
  type: 'AnswerPqrs',
  data: {
    answer: 'vault-text:respuesta',
    answeredAt: at('2026-04-08'),
    accessDecision,
    ...(denial as Partial<AnswerPqrs['data']>),
  },
});
const without = (field: keyof AccessDenialInput): AccessDenialInput => {
  const rest: Record<string, unknown> = { ...COMPLETE_DENIAL };
  delete rest[field];
  return rest as AccessDenialInput;
};

describe('a denial of access to information (Ley 1712 de 2014)', () => {
  it('is recorded complete: the exception derived from the ground, the provision, the harm, no public version', () => {
    given([informationRequest()])
      .when(answer('DENIED', COMPLETE_DENIAL), on('2026-04-08'))
      .then([
        {
          type: 'Answered',
          data: {
            answer: 'vault-text:respuesta',
            answeredAt: at('2026-04-08'),
            answeredOn: '2026-04-08',
            dueDate: '2026-04-13',
            onTime: true,
            businessDaysTaken: 7,
            accessDecision: 'DENIED',
            lateEntry: null,
            attachments: [],
            letter: null,
            approvedDraft: null,
            accessDenialGround: 'PRIVACY',
            accessDenialDetail: null,
            accessException: 'CLASSIFIED',
            accessDenialProvision: 'vault-text:norma',
            accessDenialHarm: 'vault-text:dano',
            publicVersionDelivered: false,
            verbalAnswer: null,
          },
        },
      ]);
  });

  it('a partial grant records the public version of the rest (art. 21) and a reserved exception (art. 19)', () => {
    given([informationRequest()])
      .when(
        answer('PARTIALLY_GRANTED', {
          ...COMPLETE_DENIAL,
          accessDenialGround: 'PUBLIC_SAFETY',
          accessException: 'RESERVED',
          publicVersionDelivered: true,
        }),
        on('2026-04-08'),
      )
      .then([
        {
          type: 'Answered',
          data: {
            answer: 'vault-text:respuesta',
            answeredAt: at('2026-04-08'),
            answeredOn: '2026-04-08',
            dueDate: '2026-04-13',
            onTime: true,
            businessDaysTaken: 7,
            accessDecision: 'PARTIALLY_GRANTED',
            lateEntry: null,
            attachments: [],
            letter: null,
            approvedDraft: null,
            accessDenialGround: 'PUBLIC_SAFETY',
            accessDenialDetail: null,
            accessException: 'RESERVED',
            accessDenialProvision: 'vault-text:norma',
            accessDenialHarm: 'vault-text:dano',
            publicVersionDelivered: true,
            verbalAnswer: null,
          },
        },
      ]);
  });

  it('a denial without the norm that establishes the exception is refused (Ley 1755 art. 25)', () => {
    given([informationRequest()])
      .when(answer('DENIED', without('accessDenialProvision')), on('2026-04-08'))
      .thenRefuses('ACCESS_DENIAL_PROVISION_REQUIRED', 'accessDenialProvision');
  });

  it('a blank provision is refused like a missing one', () => {
    given([informationRequest()])
      .when(answer('DENIED', { ...COMPLETE_DENIAL, accessDenialProvision: '   ' }), on('2026-04-08'))
      .thenRefuses('ACCESS_DENIAL_PROVISION_REQUIRED', 'accessDenialProvision');
  });

  it('a denial without the harm argued is refused (Ley 1712 art. 28)', () => {
    given([informationRequest()])
      .when(answer('DENIED', without('accessDenialHarm')), on('2026-04-08'))
      .thenRefuses('ACCESS_DENIAL_HARM_REQUIRED', 'accessDenialHarm');
  });

  it('a denial that does not say whether a public version was delivered is refused (art. 21)', () => {
    given([informationRequest()])
      .when(answer('DENIED', without('publicVersionDelivered')), on('2026-04-08'))
      .thenRefuses('PUBLIC_VERSION_ANSWER_REQUIRED', 'publicVersionDelivered');
  });

  it('a partial grant without a public version of the rest is refused (art. 21)', () => {
    given([informationRequest()])
      .when(answer('PARTIALLY_GRANTED', COMPLETE_DENIAL), on('2026-04-08'))
      .thenRefuses('PUBLIC_VERSION_REQUIRED', 'publicVersionDelivered');
  });

  it('a total denial that delivered a public version is refused: that is a partial grant', () => {
    given([informationRequest()])
      .when(answer('DENIED', { ...COMPLETE_DENIAL, publicVersionDelivered: true }), on('2026-04-08'))
      .thenRefuses('PUBLIC_VERSION_WITH_TOTAL_DENIAL', 'publicVersionDelivered');
  });

  it('an exception that contradicts the ground is refused: privacy makes information classified', () => {
    given([informationRequest()])
      .when(answer('DENIED', { ...COMPLETE_DENIAL, accessException: 'RESERVED' }), on('2026-04-08'))
      .thenRefuses('ACCESS_EXCEPTION_MISMATCH', 'accessException');
  });

  it('the deliberative process (art. 19 parágrafo) is reserved, not classified', () => {
    given([informationRequest()])
      .when(
        answer('DENIED', {
          ...COMPLETE_DENIAL,
          accessDenialGround: 'DELIBERATIVE_PROCESS',
          accessException: 'CLASSIFIED',
        }),
        on('2026-04-08'),
      )
      .thenRefuses('ACCESS_EXCEPTION_MISMATCH', 'accessException');
  });

  it('a grant that states a harm is refused: nothing of a denial is recorded without one', () => {
    given([informationRequest()])
      .when(answer('GRANTED', { accessDenialHarm: 'vault-text:dano' }), on('2026-04-08'))
      .thenRefuses('ACCESS_DENIAL_GROUND_NOT_APPLICABLE', 'accessDenialHarm');
  });

  it('a grant that says a public version was delivered is refused', () => {
    given([informationRequest()])
      .when(answer('GRANTED', { publicVersionDelivered: true }), on('2026-04-08'))
      .thenRefuses('ACCESS_DENIAL_GROUND_NOT_APPLICABLE', 'publicVersionDelivered');
  });
});

describe('a denial written for review (visto bueno), received on Thursday 17 December 2026', () => {
  const reviewed = { ...on('2026-12-28', agent), answerReviewKinds: ['INFORMATION_REQUEST'] };
  const request = () =>
    received(freshRadicado(), {
      kind: 'INFORMATION_REQUEST',
      receivedAt: at('2026-12-17'),
      receivedOn: '2026-12-17',
      termBusinessDays: 10,
      // 18, 21, 22, 23, 24, 28, 29, 30, 31 December (Christmas skipped) and 4 January 2027 (New Year).
      dueDate: '2027-01-04',
      maxDueDate: '2027-01-19',
    });
  const draft = (denial: AccessDenialInput): DraftAnswer => ({
    type: 'DraftAnswer',
    data: {
      answer: 'vault-text:borrador',
      accessDecision: 'DENIED',
      ...(denial as Partial<DraftAnswer['data']>),
    },
  });

  it('a draft without the harm argued is refused as the answer would be', () => {
    given([request(), assigned(agent.id)])
      .when(draft(without('accessDenialHarm')), reviewed)
      .thenRefuses('ACCESS_DENIAL_HARM_REQUIRED', 'accessDenialHarm');
  });

  it('a complete draft records every element, the exception derived', () => {
    given([request(), assigned(agent.id)])
      .when(draft(COMPLETE_DENIAL), reviewed)
      .then([
        {
          type: 'AnswerDrafted',
          data: {
            draft: 1,
            answer: 'vault-text:borrador',
            accessDecision: 'DENIED',
            accessDenialGround: 'PRIVACY',
            accessDenialDetail: null,
            accessException: 'CLASSIFIED',
            accessDenialProvision: 'vault-text:norma',
            accessDenialHarm: 'vault-text:dano',
            publicVersionDelivered: false,
            attachments: [],
            draftedAt: at('2026-12-28', '11:00'),
            draftedBy: agent.id,
          },
        },
      ]);
  });
});

describe('the exception of each ground', () => {
  it('arts. 18 a–c are classified, every other ground (art. 19 and its parágrafo) reserved', () => {
    const classified = ACCESS_DENIAL_GROUNDS.filter(
      (ground) => ACCESS_EXCEPTION_OF_GROUND[ground] === 'CLASSIFIED',
    );
    expect(classified).toEqual(['PRIVACY', 'LIFE_HEALTH_SAFETY', 'TRADE_SECRETS']);
    expect(
      ACCESS_DENIAL_GROUNDS.filter((ground) => ACCESS_EXCEPTION_OF_GROUND[ground] === 'RESERVED'),
    ).toHaveLength(10);
  });
});
