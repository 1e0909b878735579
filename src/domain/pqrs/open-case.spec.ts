import type {
  AnswerPqrs,
  AssignPqrs,
  ExtendDeadline,
  RequestInformation,
  TransferPqrs,
  WithdrawPqrs,
} from './commands.js';
import { DEFAULT_DEPENDENCY } from './decide.js';
import { staffMemberNamed, type StaffMember } from '../shared/staff-member.js';
import { activeStaffMember } from '../shared/staff-spec-fixtures.js';
import {
  admin,
  agent,
  assigned,
  at,
  auditor,
  coordinator,
  freshRadicado,
  given,
  on,
  otherAgent,
  received,
} from './pqrs-spec-fixtures.js';

const assign = (
  assigneeId: string,
  dependency: string | null = 'Atención al Cliente',
  assignee: StaffMember = activeStaffMember(assigneeId),
): AssignPqrs => ({
  type: 'AssignPqrs',
  data: { assignee, dependency },
});
const requestInformation = (note = 'Falta copia del documento de identidad.'): RequestInformation => ({
  type: 'RequestInformation',
  data: { note },
});
const extend = (
  newDueDate: string,
  reason = 'Se requiere concepto de otra dependencia.',
): ExtendDeadline => ({
  type: 'ExtendDeadline',
  data: { newDueDate, reason },
});
const transfer = (
  entity = 'Superintendencia de Subsidio Familiar',
  reason = 'Es de su competencia.',
): TransferPqrs => ({
  type: 'TransferPqrs',
  data: { entity, reason },
});
const answer = (answeredAt: string, text = 'Se expide el certificado solicitado.'): AnswerPqrs => ({
  type: 'AnswerPqrs',
  data: { answer: text, answeredAt },
});
const withdraw = (
  mode: WithdrawPqrs['data']['mode'],
  reason = 'El peticionario desiste por escrito.',
): WithdrawPqrs => ({
  type: 'WithdrawPqrs',
  data: { mode, reason },
});

describe('when the case is received', () => {
  describe('assigning it', () => {
    it('assigns it to an official of a dependency', () => {
      given([received(freshRadicado())])
        .when(assign(agent.id), on('2026-03-16'))
        .then([
          {
            type: 'Assigned',
            data: {
              assigneeId: agent.id,
              dependency: 'Atención al Cliente',
              previousAssigneeId: null,
              assignedAt: at('2026-03-16', '11:00'),
            },
          },
        ]);
    });

    it('an assignment without official is refused', () => {
      given([received(freshRadicado())])
        .when(assign(' '), on('2026-03-16'))
        .thenRefuses('ASSIGNEE_REQUIRED', 'assigneeId');
    });

    it('an assignment without dependency is refused', () => {
      given([received(freshRadicado())])
        .when(assign(agent.id, ''), on('2026-03-16'))
        .thenRefuses('DEPENDENCY_REQUIRED', 'dependency');
    });

    it('an assignment to an unknown or inactive account is refused', () => {
      given([received(freshRadicado())])
        .when(assign('user-gone', null, staffMemberNamed('user-gone')), on('2026-03-16'))
        .thenRefuses('INVALID_ASSIGNEE', 'assigneeId');
      given([received(freshRadicado())])
        .when(assign(agent.id, null, { ...activeStaffMember(agent.id), active: false }), on('2026-03-16'))
        .thenRefuses('INVALID_ASSIGNEE', 'assigneeId');
    });

    it('a case is not assigned to someone who may not work cases (an auditor)', () => {
      given([received(freshRadicado())])
        .when(assign(auditor.id, null, activeStaffMember(auditor.id, ['AUDITOR'])), on('2026-03-16'))
        .thenRefuses('INVALID_ASSIGNEE_ROLE', 'assigneeId');
    });

    it("without a dependency the case goes to the assignee's own, or else to the office's", () => {
      given([received(freshRadicado())])
        .when(assign(agent.id, null, activeStaffMember(agent.id, ['AGENT'], 'Subsidio')), on('2026-03-16'))
        .then([
          {
            type: 'Assigned',
            data: {
              assigneeId: agent.id,
              dependency: 'Subsidio',
              previousAssigneeId: null,
              assignedAt: at('2026-03-16', '11:00'),
            },
          },
        ]);
      given([received(freshRadicado())])
        .when(assign(agent.id, null), on('2026-03-16'))
        .then([
          {
            type: 'Assigned',
            data: {
              assigneeId: agent.id,
              dependency: DEFAULT_DEPENDENCY,
              previousAssigneeId: null,
              assignedAt: at('2026-03-16', '11:00'),
            },
          },
        ]);
    });

    it('an agent may not assign cases', () => {
      given([received(freshRadicado())])
        .when(assign(agent.id), on('2026-03-16', agent))
        .thenRefuses('ROLE_NOT_ALLOWED');
    });
  });

  describe('asking the petitioner to complete it (art. 17)', () => {
    it('stops the clock and allows tacit withdrawal one calendar month later', () => {
      given([received(freshRadicado())])
        .when(requestInformation(), on('2026-03-17', coordinator, '10:00'))
        .then([
          {
            type: 'InformationRequested',
            data: {
              note: 'Falta copia del documento de identidad.',
              requestedAt: '2026-03-17T15:00:00.000Z',
              requestedOn: '2026-03-17',
              tacitWithdrawalFrom: '2026-04-17',
            },
          },
        ]);
    });

    it('a request on the 10th business day after receipt is accepted', () => {
      // 16-20, 24-27, 30 March: Monday 30 March is the 10th business day (23 March is San José).
      given([received(freshRadicado())])
        .when(requestInformation(), on('2026-03-30', coordinator, '10:00'))
        .then([
          {
            type: 'InformationRequested',
            data: {
              note: 'Falta copia del documento de identidad.',
              requestedAt: at('2026-03-30'),
              requestedOn: '2026-03-30',
              tacitWithdrawalFrom: '2026-04-30',
            },
          },
        ]);
    });

    it('a request after the 10th business day after receipt is refused', () => {
      given([received(freshRadicado())])
        .when(requestInformation(), on('2026-03-31'))
        .thenRefuses('INFORMATION_REQUEST_TOO_LATE');
    });

    it('one month after 31 January is the last day of February', () => {
      const radicado = freshRadicado();
      given([received(radicado, { receivedAt: at('2026-01-23'), receivedOn: '2026-01-23' })])
        .when(requestInformation(), on('2026-01-31', coordinator, '10:00'))
        .then([
          {
            type: 'InformationRequested',
            data: {
              note: 'Falta copia del documento de identidad.',
              requestedAt: at('2026-01-31'),
              requestedOn: '2026-01-31',
              tacitWithdrawalFrom: '2026-02-28',
            },
          },
        ]);
    });

    it('a request without note is refused', () => {
      given([received(freshRadicado())])
        .when(requestInformation(''), on('2026-03-17'))
        .thenRefuses('NOTE_REQUIRED', 'note');
    });

    it('an agent may not ask on a case not assigned to anyone', () => {
      given([received(freshRadicado())])
        .when(requestInformation(), on('2026-03-17', agent))
        .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
    });

    it('an auditor may not ask', () => {
      given([received(freshRadicado())])
        .when(requestInformation(), on('2026-03-17', auditor))
        .thenRefuses('ROLE_NOT_ALLOWED');
    });
  });

  describe('extending the deadline (prórroga)', () => {
    it('moves the due date up to twice the term, with reasons', () => {
      given([received(freshRadicado())])
        .when(extend('2026-04-29'), on('2026-04-01'))
        .then([
          {
            type: 'DeadlineExtended',
            data: {
              previousDueDate: '2026-04-08',
              newDueDate: '2026-04-29',
              maxDueDate: '2026-04-29',
              reason: 'Se requiere concepto de otra dependencia.',
              extendedOn: '2026-04-01',
              extendedAt: at('2026-04-01', '11:00'),
            },
          },
        ]);
    });

    it('an extension granted on the due date itself is accepted', () => {
      given([received(freshRadicado())])
        .when(extend('2026-04-20'), on('2026-04-08'))
        .then([
          {
            type: 'DeadlineExtended',
            data: {
              previousDueDate: '2026-04-08',
              newDueDate: '2026-04-20',
              maxDueDate: '2026-04-29',
              reason: 'Se requiere concepto de otra dependencia.',
              extendedOn: '2026-04-08',
              extendedAt: at('2026-04-08', '11:00'),
            },
          },
        ]);
    });

    it('an extension granted after the due date is refused', () => {
      given([received(freshRadicado())])
        .when(extend('2026-04-20'), on('2026-04-09'))
        .thenRefuses('EXTENSION_AFTER_DUE_DATE');
    });

    it('an extension beyond twice the original term is refused', () => {
      given([received(freshRadicado())])
        .when(extend('2026-04-30'), on('2026-04-01'))
        .thenRefuses('EXTENSION_BEYOND_DOUBLE_TERM', 'newDueDate');
    });

    it('an extension to a day that is not a business day is refused', () => {
      given([received(freshRadicado())])
        .when(extend('2026-04-18'), on('2026-04-01')) // a Saturday
        .thenRefuses('DUE_DATE_NOT_BUSINESS_DAY', 'newDueDate');
    });

    it('an extension to an earlier date is refused', () => {
      given([received(freshRadicado())])
        .when(extend('2026-04-07'), on('2026-04-01'))
        .thenRefuses('EXTENSION_NOT_LATER', 'newDueDate');
    });

    it('an extension to the due date in force changes nothing', () => {
      given([received(freshRadicado())])
        .when(extend('2026-04-08'), on('2026-04-01'))
        .thenNothingHappens();
    });

    it('an extension without reasons is refused', () => {
      given([received(freshRadicado())])
        .when(extend('2026-04-20', ' '), on('2026-04-01'))
        .thenRefuses('REASON_REQUIRED', 'reason');
    });

    it('an extension to a malformed date is refused', () => {
      given([received(freshRadicado())])
        .when(extend('20/04/2026'), on('2026-04-01'))
        .thenRefuses('INVALID_DATE', 'newDueDate');
    });

    const firstExtension = {
      type: 'DeadlineExtended' as const,
      data: {
        previousDueDate: '2026-04-08',
        newDueDate: '2026-04-20',
        maxDueDate: '2026-04-29',
        reason: 'Primera prórroga.',
        extendedOn: '2026-04-01',
        extendedAt: null,
      },
    };

    it('a second extension is refused naming the rule, even within twice the term', () => {
      given([received(freshRadicado()), firstExtension])
        .when(extend('2026-04-29'), on('2026-04-15'))
        .thenRefuses('EXTENSION_ALREADY_GRANTED');
    });

    it('the refusal of a second extension says when the first was granted and which article allows one', () => {
      const refusal = given([received(freshRadicado()), firstExtension])
        .when(extend('2026-04-29'), on('2026-04-15'))
        .thenRefuses('EXTENSION_ALREADY_GRANTED');
      expect(refusal.message).toBe(
        'El término ya se prorrogó el 01/04/2026; el parágrafo del art. 14 de la Ley 1437 de 2011 (sustituido por la Ley 1755 de 2015) prevé una sola prórroga por petición.',
      );
    });

    it('the extension already granted, asked again, changes nothing', () => {
      given([received(freshRadicado()), firstExtension])
        .when(extend('2026-04-20'), on('2026-04-15'))
        .thenNothingHappens();
    });

    it('a case that already had two extensions (a log written before the rule) refuses a third', () => {
      given([
        received(freshRadicado()),
        firstExtension,
        {
          type: 'DeadlineExtended',
          data: {
            ...firstExtension.data,
            previousDueDate: '2026-04-20',
            newDueDate: '2026-04-27',
            extendedOn: '2026-04-15',
          },
        },
      ])
        .when(extend('2026-04-29'), on('2026-04-21'))
        .thenRefuses('EXTENSION_ALREADY_GRANTED');
    });

    it('an agent may not extend the deadline', () => {
      given([received(freshRadicado()), assigned(agent.id)])
        .when(extend('2026-04-20'), on('2026-04-01', agent))
        .thenRefuses('ROLE_NOT_ALLOWED');
    });
  });

  describe('transferring it to the competent entity', () => {
    it('a transfer on the 5th business day after receipt ends the case', () => {
      given([received(freshRadicado())])
        .when(transfer(), on('2026-03-20', coordinator, '16:00'))
        .then([
          {
            type: 'Transferred',
            data: {
              entity: 'Superintendencia de Subsidio Familiar',
              reason: 'Es de su competencia.',
              transferredAt: '2026-03-20T21:00:00.000Z',
              transferredOn: '2026-03-20',
              businessDaysAfterReceipt: 5,
              late: false,
              allowedUntil: '2026-03-23',
            },
          },
        ]);
    });

    it('a transfer on the San José holiday after the 5th business day is still within the limit', () => {
      given([received(freshRadicado())])
        .when(transfer(), on('2026-03-23', admin))
        .then([
          {
            type: 'Transferred',
            data: {
              entity: 'Superintendencia de Subsidio Familiar',
              reason: 'Es de su competencia.',
              transferredAt: at('2026-03-23', '11:00'),
              transferredOn: '2026-03-23',
              businessDaysAfterReceipt: 5,
              late: false,
              allowedUntil: '2026-03-23',
            },
          },
        ]);
    });

    it('a transfer after the 5th business day is recorded, not refused, and flagged late (art. 21)', () => {
      // Received Friday 13 March 2026: the window held to Monday 23 March (San José); Tuesday 24 is the 6th
      // business day.
      given([received(freshRadicado())])
        .when(transfer(), on('2026-03-24'))
        .then([
          {
            type: 'Transferred',
            data: {
              entity: 'Superintendencia de Subsidio Familiar',
              reason: 'Es de su competencia.',
              transferredAt: at('2026-03-24', '11:00'),
              transferredOn: '2026-03-24',
              businessDaysAfterReceipt: 6,
              late: true,
              allowedUntil: '2026-03-23',
            },
          },
        ]);
    });

    it('a transfer weeks late, across Holy Week 2026, is still recorded and flagged late', () => {
      given([received(freshRadicado())])
        .when(transfer(), on('2026-04-06'))
        .then([
          {
            type: 'Transferred',
            data: {
              entity: 'Superintendencia de Subsidio Familiar',
              reason: 'Es de su competencia.',
              transferredAt: at('2026-04-06', '11:00'),
              transferredOn: '2026-04-06',
              // 16 to 20, 24 to 27, 30 and 31 March, 1 and 6 April (5 + 4 + 2 + 2): San José (23 March),
              // Holy Thursday and Good Friday (2 and 3 April) skipped.
              businessDaysAfterReceipt: 13,
              late: true,
              allowedUntil: '2026-03-23',
            },
          },
        ]);
    });

    it('a late transfer still asks for the notices to the petitioner and the competent entity', () => {
      given([received(freshRadicado())])
        .when(transfer(), on('2026-03-24'))
        .thenSetsAside(['TRANSFER/EMAIL', 'TRANSFER_COPY/POSTAL']);
    });

    it('a late transfer folds into a transferred case that says it was late', () => {
      const state = given([received(freshRadicado())])
        .when(transfer(), on('2026-03-24'))
        .then([
          {
            type: 'Transferred',
            data: {
              entity: 'Superintendencia de Subsidio Familiar',
              reason: 'Es de su competencia.',
              transferredAt: at('2026-03-24', '11:00'),
              transferredOn: '2026-03-24',
              businessDaysAfterReceipt: 6,
              late: true,
              allowedUntil: '2026-03-23',
            },
          },
        ]);
      expect(state).toMatchObject({ status: 'TRANSFERRED', transferredLate: true });
    });

    it('a transfer without entity is refused', () => {
      given([received(freshRadicado())])
        .when(transfer(''), on('2026-03-16'))
        .thenRefuses('ENTITY_REQUIRED', 'entity');
    });

    it('a transfer without reasons is refused', () => {
      given([received(freshRadicado())])
        .when(transfer('Otra entidad', ''), on('2026-03-16'))
        .thenRefuses('REASON_REQUIRED', 'reason');
    });
  });

  describe('answering it', () => {
    it('an answer on the due date is on time, 15 business days after receipt', () => {
      given([received(freshRadicado())])
        .when(answer(at('2026-04-08', '16:00')), on('2026-04-08', coordinator, '17:00'))
        .then([
          {
            type: 'Answered',
            data: {
              answer: 'Se expide el certificado solicitado.',
              answeredAt: '2026-04-08T21:00:00.000Z',
              answeredOn: '2026-04-08',
              dueDate: '2026-04-08',
              onTime: true,
              businessDaysTaken: 15,
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
              verbalAnswer: null,
            },
          },
        ]);
    });

    it('an answer the day after the due date is late', () => {
      given([received(freshRadicado())])
        .when(answer(at('2026-04-09')), on('2026-04-09'))
        .then([
          {
            type: 'Answered',
            data: {
              answer: 'Se expide el certificado solicitado.',
              answeredAt: at('2026-04-09'),
              answeredOn: '2026-04-09',
              dueDate: '2026-04-08',
              onTime: false,
              businessDaysTaken: 16,
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
              verbalAnswer: null,
            },
          },
        ]);
    });

    it('an answer within an extension is on time against the extended due date', () => {
      const radicado = freshRadicado();
      given([
        received(radicado),
        {
          type: 'DeadlineExtended',
          data: {
            previousDueDate: '2026-04-08',
            newDueDate: '2026-04-29',
            maxDueDate: '2026-04-29',
            reason: 'Complejidad.',
            extendedOn: '2026-04-01',
            extendedAt: null,
          },
        },
      ])
        .when(answer(at('2026-04-20')), on('2026-04-20'))
        .then([
          {
            type: 'Answered',
            data: {
              answer: 'Se expide el certificado solicitado.',
              answeredAt: at('2026-04-20'),
              answeredOn: '2026-04-20',
              dueDate: '2026-04-29',
              onTime: true,
              businessDaysTaken: 23,
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
              verbalAnswer: null,
            },
          },
        ]);
    });

    it('an answer recorded days after it was sent, within the window, is judged on the day it was sent', () => {
      // Sent Tuesday 7 April, recorded Friday 10: three business days later, the window's limit.
      given([received(freshRadicado())])
        .when(answer(at('2026-04-07')), on('2026-04-10', agent))
        .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
      given([received(freshRadicado())])
        .when(answer(at('2026-04-07')), on('2026-04-10'))
        .then([
          {
            type: 'Answered',
            data: {
              answer: 'Se expide el certificado solicitado.',
              answeredAt: at('2026-04-07'),
              answeredOn: '2026-04-07',
              dueDate: '2026-04-08',
              onTime: true,
              businessDaysTaken: 14,
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
              verbalAnswer: null,
            },
          },
        ]);
    });

    it('an answer dated before receipt is refused', () => {
      given([received(freshRadicado())])
        .when(answer(at('2026-03-13', '09:00')), on('2026-03-16'))
        .thenRefuses('ANSWERED_BEFORE_RECEIPT', 'answeredAt');
    });

    it('an answer dated after now is refused', () => {
      given([received(freshRadicado())])
        .when(answer(at('2026-03-17')), on('2026-03-16'))
        .thenRefuses('ANSWERED_IN_FUTURE', 'answeredAt');
    });

    it('an answer with a malformed date is refused', () => {
      given([received(freshRadicado())])
        .when(answer('2026-03-16'), on('2026-03-16'))
        .thenRefuses('INVALID_INSTANT', 'answeredAt');
    });

    it('an empty answer is refused', () => {
      given([received(freshRadicado())])
        .when(answer(at('2026-03-16'), ' '), on('2026-03-16'))
        .thenRefuses('ANSWER_REQUIRED', 'answer');
    });

    it('an agent may not answer a case not assigned to anyone', () => {
      given([received(freshRadicado())])
        .when(answer(at('2026-03-16')), on('2026-03-16', agent))
        .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
    });

    it('an auditor may not answer', () => {
      given([received(freshRadicado())])
        .when(answer(at('2026-03-16')), on('2026-03-16', auditor))
        .thenRefuses('ROLE_NOT_ALLOWED');
    });
  });

  describe('withdrawing it', () => {
    it('the petitioner may withdraw expressly', () => {
      given([received(freshRadicado())])
        .when(withdraw('EXPRESS'), on('2026-03-18'))
        .then([
          {
            type: 'Withdrawn',
            data: {
              mode: 'EXPRESS',
              reason: 'El peticionario desiste por escrito.',
              withdrawnAt: at('2026-03-18', '11:00'),
              actNumber: null,
            },
          },
        ]);
    });

    it('a tacit withdrawal without a pending request for information is refused', () => {
      given([received(freshRadicado())])
        .when(withdraw('TACIT'), on('2026-05-18'))
        .thenRefuses('NOT_AWAITING_INFORMATION');
    });

    it('a withdrawal without reason is refused', () => {
      given([received(freshRadicado())])
        .when(withdraw('EXPRESS', ''), on('2026-03-18'))
        .thenRefuses('REASON_REQUIRED', 'reason');
    });

    it('a withdrawal of an unknown mode is refused', () => {
      given([received(freshRadicado())])
        .when(withdraw('PARTIAL' as WithdrawPqrs['data']['mode']), on('2026-03-18'))
        .thenRefuses('INVALID_WITHDRAWAL_MODE', 'mode');
    });
  });

  it('information cannot be provided when none was requested', () => {
    given([received(freshRadicado())])
      .when(
        { type: 'ProvideInformation', data: { providedAt: at('2026-03-16'), note: 'Aportó.' } },
        on('2026-03-16'),
      )
      .thenRefuses('NOT_AWAITING_INFORMATION');
  });

  it('closing it before it is answered is refused', () => {
    given([received(freshRadicado())])
      .when({ type: 'ClosePqrs', data: {} }, on('2026-03-16'))
      .thenRefuses('CLOSE_BEFORE_ANSWER');
  });
});

describe('when the case is assigned', () => {
  it('reassigning it records the previous assignee', () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(assign(otherAgent.id, 'Subsidio'), on('2026-03-17'))
      .then([
        {
          type: 'Assigned',
          data: {
            assigneeId: otherAgent.id,
            dependency: 'Subsidio',
            previousAssigneeId: agent.id,
            assignedAt: at('2026-03-17', '11:00'),
          },
        },
      ]);
  });

  it('assigning it again to the same official and dependency changes nothing', () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(assign(agent.id, 'Atención al Cliente'), on('2026-03-17'))
      .thenNothingHappens();
  });

  it('moving it to another dependency with the same official is a reassignment', () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(assign(agent.id, 'Subsidio'), on('2026-03-17'))
      .then([
        {
          type: 'Assigned',
          data: {
            assigneeId: agent.id,
            dependency: 'Subsidio',
            previousAssigneeId: agent.id,
            assignedAt: at('2026-03-17', '11:00'),
          },
        },
      ]);
  });

  it('the assigned agent may ask the petitioner to complete the petition', () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(requestInformation(), on('2026-03-17', agent, '10:00'))
      .then([
        {
          type: 'InformationRequested',
          data: {
            note: 'Falta copia del documento de identidad.',
            requestedAt: at('2026-03-17'),
            requestedOn: '2026-03-17',
            tacitWithdrawalFrom: '2026-04-17',
          },
        },
      ]);
  });

  it('another agent may not ask on it', () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(requestInformation(), on('2026-03-17', otherAgent))
      .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
  });

  it('the assigned agent may answer it', () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(answer(at('2026-03-20')), on('2026-03-20', agent))
      .then([
        {
          type: 'Answered',
          data: {
            answer: 'Se expide el certificado solicitado.',
            answeredAt: at('2026-03-20'),
            answeredOn: '2026-03-20',
            dueDate: '2026-04-08',
            onTime: true,
            businessDaysTaken: 5,
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
            verbalAnswer: null,
          },
        },
      ]);
  });

  it('another agent may not answer it', () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(answer(at('2026-03-20')), on('2026-03-20', otherAgent))
      .thenRefuses('NOT_ASSIGNED_TO_ACTOR');
  });

  it('an agent may not transfer it, even when assigned', () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(transfer(), on('2026-03-17', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('an agent may not withdraw it, even when assigned', () => {
    given([received(freshRadicado()), assigned(agent.id)])
      .when(withdraw('EXPRESS'), on('2026-03-17', agent))
      .thenRefuses('ROLE_NOT_ALLOWED');
  });
});
