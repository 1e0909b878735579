import { fold, type DecisionContext } from '../shared/decider.js';
import { isDomainError } from '../shared/domain-error.js';
import type { AnswerPqrs, DraftAnswer } from './commands.js';
import { pqrsDecider } from './decide.js';
import type { AccessDenialInput } from './access-denial.js';
import { upcastPqrsEvent, type AccessDecision, type AccessDenialGround, type PqrsEvent } from './events.js';
import {
  agent,
  assigned,
  at,
  coordinator,
  freshRadicado,
  given,
  on,
  received,
} from './pqrs-spec-fixtures.js';

const answer = (accessDecision?: AccessDecision | null, denial: AccessDenialInput = {}): AnswerPqrs => ({
  type: 'AnswerPqrs',
  data: {
    answer: 'Se entrega copia del contrato.',
    answeredAt: at('2026-03-20'),
    accessDecision,
    ...(denial as Partial<AnswerPqrs['data']>),
  },
});
/** What an answer stored before schemaVersion 7 reads as: no exception, provision, harm, public version. */
const NOT_RECORDED = {
  accessException: null,
  accessDenialProvision: null,
  accessDenialHarm: null,
  publicVersionDelivered: null,
};
const informationRequest = () =>
  received(freshRadicado(), { kind: 'INFORMATION_REQUEST', termBusinessDays: 10, dueDate: '2026-03-30' });

describe('answering a request for information (Ley 1712 de 2014)', () => {
  it('records the access decision with the answer', () => {
    given([informationRequest()])
      .when(
        answer('DENIED', {
          accessDenialGround: 'PRIVACY',
          accessDenialDetail: 'vault-text:detalle-de-la-negacion',
          accessDenialProvision: 'vault-text:norma',
          accessDenialHarm: 'vault-text:dano',
          publicVersionDelivered: false,
        }),
        on('2026-03-20'),
      )
      .then([
        {
          type: 'Answered',
          data: {
            answer: 'Se entrega copia del contrato.',
            answeredAt: at('2026-03-20'),
            answeredOn: '2026-03-20',
            dueDate: '2026-03-30',
            onTime: true,
            businessDaysTaken: 5,
            accessDecision: 'DENIED',
            lateEntry: null,
            attachments: [],
            letter: null,
            approvedDraft: null,
            accessDenialGround: 'PRIVACY',
            accessDenialDetail: 'vault-text:detalle-de-la-negacion',
            accessException: 'CLASSIFIED',
            accessDenialProvision: 'vault-text:norma',
            accessDenialHarm: 'vault-text:dano',
            publicVersionDelivered: false,
            verbalAnswer: null,
          },
        },
      ]);
  });

  it('an answer without an access decision is refused', () => {
    given([informationRequest()])
      .when(answer(null), on('2026-03-20'))
      .thenRefuses('ACCESS_DECISION_REQUIRED', 'accessDecision');
  });

  it('a denial without its legal ground is refused', () => {
    given([informationRequest()])
      .when(answer('DENIED'), on('2026-03-20'))
      .thenRefuses('ACCESS_DENIAL_GROUND_REQUIRED', 'accessDenialGround');
  });

  it('a partial grant without its legal ground is refused', () => {
    given([informationRequest()])
      .when(answer('PARTIALLY_GRANTED', { accessDenialDetail: 'Se omiten datos.' }), on('2026-03-20'))
      .thenRefuses('ACCESS_DENIAL_GROUND_REQUIRED', 'accessDenialGround');
  });

  it('a ground that is not one of the exceptions of arts. 18 and 19 is refused', () => {
    given([informationRequest()])
      .when(answer('DENIED', { accessDenialGround: 'CONVENIENCE' as AccessDenialGround }), on('2026-03-20'))
      .thenRefuses('ACCESS_DENIAL_GROUND_REQUIRED', 'accessDenialGround');
  });

  it('a ground given with a grant is refused', () => {
    given([informationRequest()])
      .when(answer('GRANTED', { accessDenialGround: 'TRADE_SECRETS' }), on('2026-03-20'))
      .thenRefuses('ACCESS_DENIAL_GROUND_NOT_APPLICABLE', 'accessDenialGround');
  });

  it('an unknown access decision is refused', () => {
    given([informationRequest()])
      .when(answer('MAYBE' as AccessDecision), on('2026-03-20'))
      .thenRefuses('ACCESS_DECISION_REQUIRED', 'accessDecision');
  });
});

describe('answering any other kind', () => {
  it('an access decision is refused', () => {
    given([received(freshRadicado(), { kind: 'COMPLAINT' })])
      .when(answer('GRANTED'), on('2026-03-20'))
      .thenRefuses('ACCESS_DECISION_NOT_APPLICABLE', 'accessDecision');
  });
});

describe('an Answered event stored with schema version 1', () => {
  const storedV1 = JSON.parse(
    '{"answer":"Respuesta.","answeredAt":"2026-03-20T15:00:00.000Z","answeredOn":"2026-03-20",' +
      '"dueDate":"2026-03-30","onTime":true,"businessDaysTaken":10}',
  ) as unknown;

  it('reads with no access decision recorded (and recorded in time)', () => {
    expect(upcastPqrsEvent({ type: 'Answered', schemaVersion: 1, data: storedV1 })).toEqual({
      type: 'Answered',
      data: {
        ...(storedV1 as object),
        accessDecision: null,
        lateEntry: null,
        attachments: [],
        letter: null,
        approvedDraft: null,
        accessDenialGround: null,
        accessDenialDetail: null,
        ...NOT_RECORDED,
        verbalAnswer: null,
      },
    });
  });

  it('version 2 keeps its access decision and reads as recorded in time', () => {
    const data = { ...(storedV1 as object), accessDecision: 'GRANTED' };
    expect(upcastPqrsEvent({ type: 'Answered', schemaVersion: 2, data })).toEqual({
      type: 'Answered',
      data: {
        ...data,
        lateEntry: null,
        attachments: [],
        letter: null,
        approvedDraft: null,
        accessDenialGround: null,
        accessDenialDetail: null,
        ...NOT_RECORDED,
        verbalAnswer: null,
      },
    });
  });

  it('version 3 keeps its late entry and reads with no files', () => {
    const lateEntry = {
      recordedOn: '2026-03-27',
      businessDaysLate: 5,
      reason: 'Respuesta enviada en papel.',
    };
    const data = { ...(storedV1 as object), accessDecision: 'GRANTED', lateEntry };
    expect(upcastPqrsEvent({ type: 'Answered', schemaVersion: 3, data })).toEqual({
      type: 'Answered',
      data: {
        ...data,
        attachments: [],
        letter: null,
        approvedDraft: null,
        accessDenialGround: null,
        accessDenialDetail: null,
        ...NOT_RECORDED,
        verbalAnswer: null,
      },
    });
  });

  it('version 4 keeps its files and reads with no letter and no review', () => {
    const attachments = [
      { id: 'f-1', fileName: 'vault-text:1', mediaType: 'application/pdf', size: 10, sha256: 'b'.repeat(64) },
    ];
    const data = { ...(storedV1 as object), accessDecision: 'GRANTED', lateEntry: null, attachments };
    expect(upcastPqrsEvent({ type: 'Answered', schemaVersion: 4, data })).toEqual({
      type: 'Answered',
      data: {
        ...data,
        letter: null,
        approvedDraft: null,
        accessDenialGround: null,
        accessDenialDetail: null,
        ...NOT_RECORDED,
        verbalAnswer: null,
      },
    });
  });

  it('version 5 reads with its letter and draft, and no ground recorded', () => {
    const letter = {
      attachment: {
        id: 'f-2',
        fileName: 'Respuesta.pdf',
        mediaType: 'application/pdf',
        size: 9,
        sha256: 'c'.repeat(64),
      },
      outgoingNumber: 'SAL-2026-000001',
      template: { key: 'ANSWER_LETTER', version: 1 },
    };
    const data = {
      ...(storedV1 as object),
      accessDecision: null,
      lateEntry: null,
      attachments: [],
      letter,
      approvedDraft: 2,
    };
    expect(upcastPqrsEvent({ type: 'Answered', schemaVersion: 5, data })).toEqual({
      type: 'Answered',
      data: {
        ...data,
        accessDenialGround: null,
        accessDenialDetail: null,
        ...NOT_RECORDED,
        verbalAnswer: null,
      },
    });
  });

  it('version 6 keeps its ground and detail, and reads with the rest of the denial not recorded', () => {
    const data = {
      ...(storedV1 as object),
      accessDecision: 'DENIED',
      lateEntry: null,
      attachments: [],
      letter: null,
      approvedDraft: null,
      accessDenialGround: 'PRIVACY',
      accessDenialDetail: 'vault-text:d',
    };
    expect(upcastPqrsEvent({ type: 'Answered', schemaVersion: 6, data })).toEqual({
      type: 'Answered',
      data: { ...data, ...NOT_RECORDED, verbalAnswer: null },
    });
  });
});

describe('an AnswerDrafted event stored with schema version 1', () => {
  it('reads with no ground recorded', () => {
    const data = JSON.parse(
      '{"draft":1,"answer":"vault-text:b","accessDecision":"DENIED","attachments":[],' +
        '"draftedAt":"2026-03-20T15:00:00.000Z","draftedBy":"user-agent"}',
    ) as object;
    expect(upcastPqrsEvent({ type: 'AnswerDrafted', schemaVersion: 1, data })).toEqual({
      type: 'AnswerDrafted',
      data: { ...data, accessDenialGround: null, accessDenialDetail: null, ...NOT_RECORDED },
    });
  });

  it('version 2 keeps its ground, the rest of the denial not recorded', () => {
    const data = JSON.parse(
      '{"draft":1,"answer":"vault-text:b","accessDecision":"DENIED","attachments":[],' +
        '"draftedAt":"2026-03-20T15:00:00.000Z","draftedBy":"user-agent",' +
        '"accessDenialGround":"TRADE_SECRETS","accessDenialDetail":null}',
    ) as object;
    expect(upcastPqrsEvent({ type: 'AnswerDrafted', schemaVersion: 2, data })).toEqual({
      type: 'AnswerDrafted',
      data: { ...data, ...NOT_RECORDED },
    });
  });
});

describe('a denial written for review (visto bueno)', () => {
  const reviewed = (now: string, actor = agent): DecisionContext => ({
    ...on(now, actor),
    answerReviewKinds: ['INFORMATION_REQUEST'],
  });
  const radicado = freshRadicado();
  const assignedRequest = (): PqrsEvent[] => [
    received(radicado, { kind: 'INFORMATION_REQUEST', termBusinessDays: 10, dueDate: '2026-03-30' }),
    assigned(agent.id),
  ];
  const draft = (denial: AccessDenialInput = {}): DraftAnswer => ({
    type: 'DraftAnswer',
    data: {
      answer: 'vault-text:borrador',
      accessDecision: 'DENIED',
      ...(denial as Partial<DraftAnswer['data']>),
    },
  });

  it('a draft that denies access without its ground is refused', () => {
    given(assignedRequest())
      .when(draft(), reviewed('2026-03-16'))
      .thenRefuses('ACCESS_DENIAL_GROUND_REQUIRED', 'accessDenialGround');
  });

  it('the approval gives the answer with the ground the draft stated', () => {
    const history = [...assignedRequest()];
    const drafted = pqrsDecider.decide(
      draft({
        accessDenialGround: 'TRADE_SECRETS',
        accessDenialProvision: 'vault-text:norma',
        accessDenialHarm: 'vault-text:dano',
        publicVersionDelivered: false,
      }),
      fold(pqrsDecider, history),
      reviewed('2026-03-16'),
    );
    if (isDomainError(drafted)) throw new Error(drafted.code);
    const approved = pqrsDecider.decide(
      { type: 'ApproveAnswer', data: { draft: 1 } },
      fold(pqrsDecider, [...history, ...drafted]),
      reviewed('2026-03-17', coordinator),
    );
    if (isDomainError(approved)) throw new Error(approved.code);
    expect(approved.find((event) => event.type === 'Answered')?.data).toMatchObject({
      accessDecision: 'DENIED',
      accessDenialGround: 'TRADE_SECRETS',
      accessDenialDetail: null,
      accessException: 'CLASSIFIED',
      accessDenialProvision: 'vault-text:norma',
      accessDenialHarm: 'vault-text:dano',
      publicVersionDelivered: false,
      verbalAnswer: null,
    });
  });
});
