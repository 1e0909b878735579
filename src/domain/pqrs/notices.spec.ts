// Every notice the law names is requested in the decision that records the fact it tells of, and what
// became of it (sent, failed, dispatched by post) is recorded in the case; answers of the kinds the office
// reviews are drafted, approved by another person (visto bueno) and only then given and sent.
import type { Actor, DecisionContext } from '../shared/decider.js';
import { isDomainError } from '../shared/domain-error.js';
import type { AnswerLetter, PqrsEvent } from './events.js';
import {
  agent,
  answered,
  assigned,
  at,
  coordinator,
  freshRadicado,
  given,
  informationRequested,
  on,
  otherAgent,
  received,
} from './pqrs-spec-fixtures.js';
import { pqrsDecider } from './decide.js';
import type { PqrsCommand } from './commands.js';
import { fold } from '../shared/decider.js';

const sender: Actor = { id: 'mail-sender', role: 'SYSTEM' };
const reviewed = (context: DecisionContext): DecisionContext => ({
  ...context,
  answerReviewKinds: ['PETITION'],
});

const letter: AnswerLetter = {
  attachment: {
    id: '0b6f4a52-8a61-4d8e-9d0e-2f3f1c6a9e02',
    fileName: 'Respuesta 2026 SAL-2026-000001.pdf',
    mediaType: 'application/pdf',
    size: 20_000,
    sha256: 'e'.repeat(64),
  },
  outgoingNumber: 'SAL-2026-000001',
  template: { key: 'ANSWER_LETTER', version: 1 },
};

function decided(history: readonly PqrsEvent[], command: PqrsCommand, context: DecisionContext): PqrsEvent[] {
  const outcome = pqrsDecider.decide(command, fold(pqrsDecider, history), context);
  if (isDomainError(outcome)) throw new Error(`${outcome.code}: ${outcome.message}`);
  return [...outcome];
}

function noticeOf(events: readonly PqrsEvent[]) {
  const notice = events.find((event) => event.type === 'NotificationRequested');
  if (notice?.type !== 'NotificationRequested') throw new Error('Sin aviso');
  return notice;
}

describe('the notices of a case', () => {
  it('the acknowledgment of an electronic filing goes by the channel chosen; one in person is not sent', () => {
    given([])
      .when(
        {
          type: 'ReceivePqrs',
          data: {
            radicado: freshRadicado(),
            kind: 'PETITION',
            channel: 'EMAIL',
            subject: 'Asunto',
            description: 'Descripción',
            petitionerId: 'person-1',
            answerChannel: 'POSTAL',
            receivedAt: null,
            priority: [],
          },
        },
        on('2026-03-13'),
      )
      .thenSetsAside(['ACKNOWLEDGMENT/POSTAL']);
    given([])
      .when(
        {
          type: 'ReceivePqrs',
          data: {
            radicado: freshRadicado(),
            kind: 'PETITION',
            channel: 'IN_PERSON',
            subject: 'Asunto',
            description: 'Descripción',
            petitionerId: 'person-1',
            receivedAt: null,
            priority: [],
          },
        },
        on('2026-03-13'),
      )
      .thenSetsAside([]);
  });

  it('the art. 17 request, the prórroga, the answer and a tacit withdrawal are each notified', () => {
    const radicado = freshRadicado();
    given([received(radicado, { answerChannel: 'EMAIL' })])
      .when({ type: 'RequestInformation', data: { note: 'Falta la cédula.' } }, on('2026-03-16'))
      .thenSetsAside(['INFORMATION_REQUEST/EMAIL']);
    given([received(radicado, { answerChannel: 'EMAIL' })])
      .when(
        {
          type: 'ExtendDeadline',
          data: { newDueDate: '2026-04-20', reason: 'Consulta a otra dependencia.' },
        },
        on('2026-03-16'),
      )
      .thenSetsAside(['EXTENSION/EMAIL']);
    given([received(radicado)])
      .when({ type: 'AnswerPqrs', data: { answer: 'Respuesta.', answeredAt: null } }, on('2026-03-16'))
      .thenSetsAside(['ANSWER/EMAIL']);
    given([received(radicado, { answerChannel: 'POSTAL' }), informationRequested()])
      .when(
        {
          type: 'WithdrawPqrs',
          data: { mode: 'TACIT', reason: 'No completó la petición.', actNumber: 'Resolución 031 de 2026' },
        },
        on('2026-04-17'),
      )
      .thenSetsAside(['TACIT_WITHDRAWAL_DECREE/POSTAL']);
    given([received(radicado)])
      .when(
        { type: 'WithdrawPqrs', data: { mode: 'EXPRESS', reason: 'Lo pidió el peticionario.' } },
        on('2026-03-16'),
      )
      .thenSetsAside([]);
  });

  it('a prórroga is notified before the due date in force, and refused once it has passed', () => {
    const events = decided(
      [received(freshRadicado(), { answerChannel: 'EMAIL' })],
      {
        type: 'ExtendDeadline',
        data: { newDueDate: '2026-04-20', reason: 'Consulta técnica.', noticeTemplates: { EXTENSION: 3 } },
      },
      on('2026-04-08'),
    );
    expect(noticeOf(events).data).toEqual(
      expect.objectContaining({
        kind: 'EXTENSION',
        follows: 'DeadlineExtended',
        dueBy: '2026-04-08',
        template: { key: 'EXTENSION', version: 3 },
      }),
    );
    given([received(freshRadicado())])
      .when(
        { type: 'ExtendDeadline', data: { newDueDate: '2026-04-20', reason: 'Tarde.' } },
        on('2026-04-09'),
      )
      .thenRefuses('EXTENSION_AFTER_DUE_DATE');
  });

  it('a transfer tells the petitioner and sends the receiving entity a copy, by e-mail when its address is given', () => {
    const radicado = freshRadicado();
    given([received(radicado, { answerChannel: 'EMAIL' })])
      .when(
        {
          type: 'TransferPqrs',
          data: {
            entity: 'Gobernación de Cundinamarca',
            reason: 'Es de su competencia.',
            entityEmail: 'vault-text:correo',
          },
        },
        on('2026-03-16'),
      )
      .thenSetsAside(['TRANSFER/EMAIL', 'TRANSFER_COPY/EMAIL']);
    const events = decided(
      [received(radicado)],
      { type: 'TransferPqrs', data: { entity: 'Alcaldía de Zipaquirá', reason: 'Competencia.' } },
      on('2026-03-16'),
    );
    const [toPetitioner, copy] = events.filter((event) => event.type === 'NotificationRequested');
    expect(toPetitioner?.data).toEqual(
      expect.objectContaining({ notificationId: `${radicado}-N1`, dueBy: '2026-03-20' }),
    );
    expect(copy?.data).toEqual(
      expect.objectContaining({
        notificationId: `${radicado}-N2`,
        kind: 'TRANSFER_COPY',
        channel: 'POSTAL',
        recipient: {
          role: 'RECEIVING_ENTITY',
          personId: null,
          name: 'Alcaldía de Zipaquirá',
          addressRef: null,
        },
      }),
    );
  });

  it('an anonymous case is notified on its tracking page', () => {
    given([received(freshRadicado(), { petitionerId: null, personType: 'ANONYMOUS', kind: 'COMPLAINT' })])
      .when({ type: 'AnswerPqrs', data: { answer: 'Respuesta.', answeredAt: null } }, on('2026-03-16'))
      .thenSetsAside(['ANSWER/PORTAL']);
  });

  it('the answer carries its letter and annexes to the petitioner', () => {
    const events = decided(
      [received(freshRadicado(), { answerChannel: 'EMAIL' })],
      { type: 'AnswerPqrs', data: { answer: 'Respuesta.', answeredAt: null, letter } },
      on('2026-03-16'),
    );
    expect(events[0]).toEqual(
      expect.objectContaining({ type: 'Answered', data: expect.objectContaining({ letter }) }),
    );
    expect(noticeOf(events).data.attachments).toEqual([letter.attachment]);
  });
});

describe('what became of a notice', () => {
  const radicado = freshRadicado();
  const history = (): PqrsEvent[] => {
    const base: PqrsEvent[] = [received(radicado, { answerChannel: 'EMAIL' })];
    return [
      ...base,
      ...decided(base, { type: 'RequestInformation', data: { note: 'Falta la cédula.' } }, on('2026-03-16')),
    ];
  };
  const id = `${radicado}-N1`;

  it('the sender records each failed try, then the delivery with the server’s answer', () => {
    const afterFirst = [
      ...history(),
      ...decided(
        history(),
        {
          type: 'RecordNotificationAttemptFailed',
          data: {
            notificationId: id,
            round: 1,
            attempt: 1,
            failure: '451 4.3.0 Intente más tarde',
            nextAttemptAt: at('2026-03-16', '11:05'),
          },
        },
        on('2026-03-16', sender),
      ),
    ];
    const state = given(afterFirst)
      .when(
        {
          type: 'RecordNotificationSent',
          data: {
            notificationId: id,
            round: 1,
            attempt: 2,
            messageId: `<${id}.1@entidad.gov.co>`,
            serverResponse: '250 2.0.0 Ok',
          },
        },
        on('2026-03-16', sender),
      )
      .then([
        {
          type: 'NotificationSent',
          data: {
            notificationId: id,
            round: 1,
            attempt: 2,
            messageId: `<${id}.1@entidad.gov.co>`,
            serverResponse: '250 2.0.0 Ok',
            sentAt: at('2026-03-16', '11:00'),
          },
        },
      ]);
    expect(state.status !== 'NOT_RECEIVED' && state.notifications[0]).toEqual(
      expect.objectContaining({ status: 'SENT', attempts: 2, failure: null }),
    );
    // Recorded again after an interruption: nothing new.
    given([
      ...afterFirst,
      {
        type: 'NotificationSent',
        data: {
          notificationId: id,
          round: 1,
          attempt: 2,
          messageId: 'm',
          serverResponse: '250',
          sentAt: at('2026-03-16'),
        },
      },
    ])
      .when(
        {
          type: 'RecordNotificationSent',
          data: { notificationId: id, round: 1, attempt: 2, messageId: 'm', serverResponse: '250' },
        },
        on('2026-03-16', sender),
      )
      .thenNothingHappens();
  });

  it('the last failed try leaves the notice failed for staff to use another means; staff may resend or post it', () => {
    const failed = [
      ...history(),
      ...decided(
        history(),
        {
          type: 'RecordNotificationAttemptFailed',
          data: {
            notificationId: id,
            round: 1,
            attempt: 5,
            failure: '550 5.1.1 Buzón inexistente',
            nextAttemptAt: null,
          },
        },
        on('2026-03-16', sender),
      ),
    ];
    expect(failed.at(-1)?.type).toBe('NotificationFailed');
    given(failed)
      .when(
        {
          type: 'ResendNotification',
          data: { notificationId: id, reason: 'El peticionario corrigió su correo.' },
        },
        on('2026-03-17'),
      )
      .then([
        {
          type: 'NotificationResent',
          data: {
            notificationId: id,
            round: 2,
            reason: 'El peticionario corrigió su correo.',
            requestedAt: at('2026-03-17', '11:00'),
          },
        },
      ]);
    given(failed)
      .when(
        {
          type: 'RecordPostalDispatch',
          data: {
            notificationId: id,
            carrier: '4-72',
            guideNumber: 'RA123456789CO',
            dispatchedOn: '2026-03-17',
          },
        },
        on('2026-03-17'),
      )
      .then([
        {
          type: 'PostalDispatchRecorded',
          data: {
            notificationId: id,
            carrier: '4-72',
            guideNumber: 'RA123456789CO',
            dispatchedOn: '2026-03-17',
            recordedAt: at('2026-03-17', '11:00'),
          },
        },
      ]);
  });

  it('only the sender records what a server answered; a postal dispatch needs its guide and a sensible date', () => {
    given(history())
      .when(
        {
          type: 'RecordNotificationSent',
          data: { notificationId: id, round: 1, attempt: 1, messageId: 'm', serverResponse: '250' },
        },
        on('2026-03-16'),
      )
      .thenRefuses('ROLE_NOT_ALLOWED');
    given(history())
      .when(
        {
          type: 'RecordPostalDispatch',
          data: { notificationId: id, carrier: '4-72', guideNumber: 'G1', dispatchedOn: '2026-03-17' },
        },
        on('2026-03-17'),
      )
      .thenRefuses('NOTIFICATION_NOT_POSTAL', 'notificationId');
    given(history())
      .when({ type: 'ResendNotification', data: { notificationId: id, reason: 'x' } }, on('2026-03-17'))
      .thenRefuses('NOTIFICATION_PENDING', 'notificationId');
    given(history())
      .when({ type: 'ResendNotification', data: { notificationId: 'otro', reason: 'x' } }, on('2026-03-17'))
      .thenRefuses('NOTIFICATION_NOT_FOUND', 'notificationId');
  });

  it('a postal notice is dispatched, then delivered or returned', () => {
    const base: PqrsEvent[] = [received(radicado, { answerChannel: 'POSTAL' })];
    const requested = [
      ...base,
      ...decided(base, { type: 'RequestInformation', data: { note: 'Falta.' } }, on('2026-03-16')),
    ];
    given(requested)
      .when(
        {
          type: 'RecordPostalDispatch',
          data: { notificationId: id, carrier: '4-72', guideNumber: ' ', dispatchedOn: '2026-03-16' },
        },
        on('2026-03-16'),
      )
      .thenRefuses('GUIDE_NUMBER_REQUIRED', 'guideNumber');
    given(requested)
      .when(
        {
          type: 'RecordPostalDispatch',
          data: { notificationId: id, carrier: '4-72', guideNumber: 'G1', dispatchedOn: '2026-03-20' },
        },
        on('2026-03-16'),
      )
      .thenRefuses('DISPATCHED_IN_FUTURE', 'dispatchedOn');
    given(requested)
      .when(
        { type: 'RecordPostalOutcome', data: { notificationId: id, outcome: 'DELIVERED', on: '2026-03-18' } },
        on('2026-03-18'),
      )
      .thenRefuses('NOT_DISPATCHED', 'notificationId');
    const dispatched = [
      ...requested,
      ...decided(
        requested,
        {
          type: 'RecordPostalDispatch',
          data: { notificationId: id, carrier: '4-72', guideNumber: 'G1', dispatchedOn: '2026-03-16' },
        },
        on('2026-03-16'),
      ),
    ];
    const state = given(dispatched)
      .when(
        { type: 'RecordPostalOutcome', data: { notificationId: id, outcome: 'RETURNED', on: '2026-03-19' } },
        on('2026-03-19'),
      )
      .then([
        {
          type: 'PostalOutcomeRecorded',
          data: {
            notificationId: id,
            outcome: 'RETURNED',
            on: '2026-03-19',
            recordedAt: at('2026-03-19', '11:00'),
          },
        },
      ]);
    expect(state.status !== 'NOT_RECEIVED' && state.notifications[0]?.status).toBe('RETURNED');
  });
});

describe('the review of an answer (visto bueno)', () => {
  const radicado = freshRadicado();
  const assignedCase = (): PqrsEvent[] => [
    received(radicado, { answerChannel: 'EMAIL' }),
    assigned(agent.id),
  ];

  it('an answer of a reviewed kind cannot be given without approval', () => {
    given(assignedCase())
      .when(
        { type: 'AnswerPqrs', data: { answer: 'Respuesta.', answeredAt: null } },
        reviewed(on('2026-03-16', agent)),
      )
      .thenRefuses('ANSWER_REVIEW_REQUIRED');
    given(assignedCase())
      .when({ type: 'DraftAnswer', data: { answer: 'Respuesta.' } }, on('2026-03-16', agent))
      .thenRefuses('REVIEW_NOT_REQUIRED');
  });

  it('the agent drafts, nothing is sent; a coordinator returns it with remarks, then approves the next draft', () => {
    const drafted = [
      ...assignedCase(),
      ...decided(
        assignedCase(),
        { type: 'DraftAnswer', data: { answer: 'vault-text:borrador-1' } },
        reviewed(on('2026-03-16', agent)),
      ),
    ];
    expect(drafted.at(-1)).toEqual({
      type: 'AnswerDrafted',
      data: {
        draft: 1,
        answer: 'vault-text:borrador-1',
        accessDecision: null,
        accessDenialGround: null,
        accessDenialDetail: null,
        accessException: null,
        accessDenialProvision: null,
        accessDenialHarm: null,
        publicVersionDelivered: null,
        attachments: [],
        draftedAt: at('2026-03-16', '11:00'),
        draftedBy: agent.id,
      },
    });
    given(drafted)
      .when({ type: 'ReturnAnswer', data: { draft: 1, remarks: ' ' } }, reviewed(on('2026-03-17')))
      .thenRefuses('REMARKS_REQUIRED', 'remarks');
    const returned = [
      ...drafted,
      ...decided(
        drafted,
        { type: 'ReturnAnswer', data: { draft: 1, remarks: 'Cite el artículo.' } },
        reviewed(on('2026-03-17')),
      ),
    ];
    given(returned)
      .when({ type: 'ApproveAnswer', data: { draft: 1 } }, reviewed(on('2026-03-17')))
      .thenRefuses('NO_DRAFT_TO_REVIEW');
    const redrafted = [
      ...returned,
      ...decided(
        returned,
        { type: 'DraftAnswer', data: { answer: 'vault-text:borrador-2' } },
        reviewed(on('2026-03-18', agent)),
      ),
    ];
    given(redrafted)
      .when({ type: 'ApproveAnswer', data: { draft: 1 } }, reviewed(on('2026-03-18')))
      .thenRefuses('DRAFT_CHANGED', 'draft');
    const approval = decided(
      redrafted,
      { type: 'ApproveAnswer', data: { draft: 2, letter } },
      reviewed(on('2026-03-18')),
    );
    expect(approval.map((event) => event.type)).toEqual([
      'AnswerApproved',
      'Answered',
      'NotificationRequested',
    ]);
    expect(approval[1]).toEqual(
      expect.objectContaining({
        data: expect.objectContaining({
          answer: 'vault-text:borrador-2',
          answeredAt: at('2026-03-18', '11:00'),
          letter,
          approvedDraft: 2,
        }),
      }),
    );
    expect(noticeOf(approval).data.attachments).toEqual([letter.attachment]);
  });

  it('is given by someone other than the drafter, and never by an agent', () => {
    const byCoordinator = [
      ...assignedCase(),
      ...decided(
        assignedCase(),
        { type: 'DraftAnswer', data: { answer: 'vault-text:b' } },
        reviewed(on('2026-03-16', coordinator)),
      ),
    ];
    given(byCoordinator)
      .when({ type: 'ApproveAnswer', data: { draft: 1 } }, reviewed(on('2026-03-16', coordinator)))
      .thenRefuses('SELF_APPROVAL');
    given(byCoordinator)
      .when({ type: 'ApproveAnswer', data: { draft: 1 } }, reviewed(on('2026-03-16', otherAgent)))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an answered case has no draft to approve', () => {
    given([...assignedCase(), answered()])
      .when({ type: 'DraftAnswer', data: { answer: 'x' } }, reviewed(on('2026-04-09', agent)))
      .thenRefuses('CASE_ALREADY_ANSWERED');
  });
});
