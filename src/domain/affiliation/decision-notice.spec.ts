// The decision of an affiliation is notified to the applicant by mail in the same decision that records
// it, and what became of the notice (sent, failed, resent, dispatched by post) is recorded in the
// affiliation; staff still record a decision they told the applicant of by a means of their own.
import type { Actor, DecisionContext } from '../shared/decider.js';
import { fold } from '../shared/decider.js';
import { isDomainError } from '../shared/domain-error.js';
import type { AffiliationCommand } from './commands.js';
import { affiliationDecider } from './decide.js';
import type { AffiliationEvent } from './events.js';
import {
  agent,
  approved,
  approvedHistory,
  assigned,
  at,
  auditor,
  coordinator,
  freshAffiliationId,
  given,
  noveltyReported,
  on,
  otherAgent,
  received,
  verifiedHistory,
} from './affiliation-spec-fixtures.js';

const sender: Actor = { id: 'mail-sender', role: 'SYSTEM' };

function decided(
  history: readonly AffiliationEvent[],
  command: AffiliationCommand,
  context: DecisionContext,
): AffiliationEvent[] {
  const outcome = affiliationDecider.decide(command, fold(affiliationDecider, history), context);
  if (isDomainError(outcome)) throw new Error(`${outcome.code}: ${outcome.message}`);
  return [...outcome];
}

describe('the notice of an affiliation’s decision', () => {
  it('an approval asks for the notice to the applicant by e-mail, with the template version in force', () => {
    const affiliationId = freshAffiliationId();
    const events = decided(
      verifiedHistory(affiliationId),
      {
        type: 'ApproveAffiliation',
        data: { memberNumber: 'AF-000123', noticeTemplates: { AFFILIATION_DECISION: 3 } },
      },
      on('2026-03-06'),
    );
    expect(events).toEqual([
      approved(),
      {
        type: 'NotificationRequested',
        data: {
          notificationId: `${affiliationId}-N1`,
          kind: 'AFFILIATION_DECISION',
          channel: 'EMAIL',
          recipient: { role: 'APPLICANT', personId: 'person-1', name: null, addressRef: null },
          template: { key: 'AFFILIATION_DECISION', version: 3 },
          follows: 'Approved',
          requestedAt: at('2026-03-06', '11:00'),
          dueBy: null,
          attachments: [],
          accessCodeRef: null,
        },
      },
    ]);
  });

  it('a rejection asks for it too, from the shipped text when the command names no version', () => {
    const affiliationId = freshAffiliationId();
    const [, notice] = decided(
      [received(affiliationId), assigned()],
      { type: 'RejectAffiliation', data: { reason: 'vault-text:motivo' } },
      on('2026-03-06'),
    );
    expect(notice).toEqual({
      type: 'NotificationRequested',
      data: expect.objectContaining({
        notificationId: `${affiliationId}-N1`,
        template: { key: 'AFFILIATION_DECISION', version: 1 },
        follows: 'Rejected',
      }),
    });
  });

  it('a decision taken again changes nothing and asks for no second notice', () => {
    given(approvedHistory(freshAffiliationId()))
      .when({ type: 'ApproveAffiliation', data: { memberNumber: 'AF-000124' } }, on('2026-03-07'))
      .thenNothingHappens();
  });

  it('the notice is kept in the affiliation, pending until the sender records it', () => {
    const affiliationId = freshAffiliationId();
    const history = verifiedHistory(affiliationId);
    const events = decided(
      history,
      { type: 'ApproveAffiliation', data: { memberNumber: 'AF-000123' } },
      on('2026-03-06'),
    );
    const state = fold(affiliationDecider, [...history, ...events]);
    expect(state.status !== 'NOT_RECEIVED' && state.notifications).toEqual([
      expect.objectContaining({
        id: `${affiliationId}-N1`,
        kind: 'AFFILIATION_DECISION',
        recipientRole: 'APPLICANT',
        status: 'PENDING',
      }),
    ]);
  });
});

describe('what became of the decision’s notice', () => {
  const affiliationId = freshAffiliationId();
  const id = `${affiliationId}-N1`;
  /** Approved by a coordinator on Friday 6 March 2026; the affiliation is assigned to `agent`. */
  const requested = (): AffiliationEvent[] => {
    const history = verifiedHistory(affiliationId);
    return [
      ...history,
      ...decided(
        history,
        { type: 'ApproveAffiliation', data: { memberNumber: 'AF-000123' } },
        on('2026-03-06'),
      ),
    ];
  };
  const failed = (): AffiliationEvent[] => [
    ...requested(),
    ...decided(
      requested(),
      {
        type: 'RecordNotificationAttemptFailed',
        data: {
          notificationId: id,
          round: 1,
          attempt: 1,
          failure: 'El solicitante no tiene correo electrónico registrado.',
          nextAttemptAt: null,
        },
      },
      on('2026-03-06', sender, '11:05'),
    ),
  ];

  it('the sender records that the server took it, with the Message-ID and the server’s answer', () => {
    const state = given(requested())
      .when(
        {
          type: 'RecordNotificationSent',
          data: {
            notificationId: id,
            round: 1,
            attempt: 1,
            messageId: `<${id}.1@entidad.gov.co>`,
            serverResponse: '250 2.0.0 Ok',
          },
        },
        on('2026-03-06', sender, '11:01'),
      )
      .then([
        {
          type: 'NotificationSent',
          data: {
            notificationId: id,
            round: 1,
            attempt: 1,
            messageId: `<${id}.1@entidad.gov.co>`,
            serverResponse: '250 2.0.0 Ok',
            sentAt: at('2026-03-06', '11:01'),
          },
        },
      ]);
    expect(state.status !== 'NOT_RECEIVED' && state.notifications[0]).toEqual(
      expect.objectContaining({ status: 'SENT', messageId: `<${id}.1@entidad.gov.co>` }),
    );
  });

  it('only the sender records what a mail server answered', () => {
    given(requested())
      .when(
        {
          type: 'RecordNotificationSent',
          data: { notificationId: id, round: 1, attempt: 1, messageId: 'm', serverResponse: '250' },
        },
        on('2026-03-06', coordinator),
      )
      .thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('a failed notice is dispatched by post by whoever works the affiliation', () => {
    given(failed())
      .when(
        {
          type: 'RecordPostalDispatch',
          data: {
            notificationId: id,
            carrier: '4-72',
            guideNumber: 'RA123456789CO',
            dispatchedOn: '2026-03-09',
          },
        },
        on('2026-03-09', agent),
      )
      .then([
        {
          type: 'PostalDispatchRecorded',
          data: {
            notificationId: id,
            carrier: '4-72',
            guideNumber: 'RA123456789CO',
            dispatchedOn: '2026-03-09',
            recordedAt: at('2026-03-09', '11:00'),
          },
        },
      ]);
  });

  it('an agent follows up only the notices of the affiliations assigned to them; an auditor none', () => {
    const resend: AffiliationCommand = {
      type: 'ResendNotification',
      data: { notificationId: id, reason: 'El solicitante registró su correo.' },
    };
    given(failed()).when(resend, on('2026-03-09', otherAgent)).thenRefuses('NOT_ASSIGNED_TO_ACTOR');
    given(failed()).when(resend, on('2026-03-09', auditor)).thenRefuses('ROLE_NOT_ALLOWED');
    given(failed())
      .when(resend, on('2026-03-09', agent))
      .then([
        {
          type: 'NotificationResent',
          data: {
            notificationId: id,
            round: 2,
            reason: 'El solicitante registró su correo.',
            requestedAt: at('2026-03-09', '11:00'),
          },
        },
      ]);
  });

  it('a retired affiliate’s decision notice is still followed up', () => {
    given([...failed(), noveltyReported('RETIREMENT', '2026-03-08')])
      .when(
        {
          type: 'RecordPostalDispatch',
          data: { notificationId: id, carrier: '4-72', guideNumber: 'G1', dispatchedOn: '2026-03-09' },
        },
        on('2026-03-09'),
      )
      .then([
        {
          type: 'PostalDispatchRecorded',
          data: {
            notificationId: id,
            carrier: '4-72',
            guideNumber: 'G1',
            dispatchedOn: '2026-03-09',
            recordedAt: at('2026-03-09', '11:00'),
          },
        },
      ]);
  });

  it('a notice not in the affiliation, or an affiliation never received, is refused', () => {
    given(requested())
      .when(
        { type: 'ResendNotification', data: { notificationId: 'otro-N1', reason: 'x' } },
        on('2026-03-09'),
      )
      .thenRefuses('NOTIFICATION_NOT_FOUND', 'notificationId');
    given([])
      .when({ type: 'ResendNotification', data: { notificationId: id, reason: 'x' } }, on('2026-03-09'))
      .thenRefuses('CASE_NOT_FOUND');
  });
});
