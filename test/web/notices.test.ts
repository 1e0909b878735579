// A case's notices on the staff screens: their facts in dd/mm/aaaa hh:mm (Bogotá), the flag on a notice
// past the day the law set for it, the follow-up steps offered exactly where the notifications' decider
// takes them, their forms and variables, and the layout's warning on the office's outbox.
import { decideNotification, type NotificationRecord } from '../../src/domain/notifications/notifications.js';
import type { DecisionContext } from '../../src/domain/shared/decider.js';
import {
  availableNoticeActions,
  failedNoticeRows,
  NOTICE_CHANNEL_LABELS,
  NOTICE_KIND_LABELS,
  initialNoticeDraft,
  mayFollowUpNotices,
  noticeActionForm,
  noticeActionProblems,
  noticeActionVariables,
  noticeFacts,
  noticeFieldOf,
  noticeIsLate,
  noticeRecordPath,
  outboxWarnings,
  type NoticeAction,
  type NoticeView,
} from '../../web/src/logic/notices.js';

const PENDING_EMAIL: NotificationRecord = {
  id: 'PQRS-2026-000001-N1',
  kind: 'ACKNOWLEDGMENT',
  channel: 'EMAIL',
  recipientRole: 'PETITIONER',
  status: 'PENDING',
  round: 1,
  attempts: 0,
  requestedAt: '2026-03-16T14:05:00.000Z',
  dueBy: null,
  sentAt: null,
  messageId: null,
  failure: null,
  nextAttemptAt: null,
  dispatch: null,
  postalOutcome: null,
};

const SENT: NotificationRecord = {
  ...PENDING_EMAIL,
  status: 'SENT',
  attempts: 1,
  sentAt: '2026-03-16T14:06:30.000Z',
  messageId: '<PQRS-2026-000001-N1.1@entidad.gov.co>',
};
const FAILED: NotificationRecord = {
  ...PENDING_EMAIL,
  status: 'FAILED',
  attempts: 5,
  failure: '550 5.1.1 Buzón inexistente',
};
const PENDING_POSTAL: NotificationRecord = { ...PENDING_EMAIL, channel: 'POSTAL' };
const DISPATCHED: NotificationRecord = {
  ...PENDING_POSTAL,
  status: 'DISPATCHED',
  dispatch: { carrier: '4-72', guideNumber: 'RN123456789CO', dispatchedOn: '2026-03-17' },
};
const DELIVERED: NotificationRecord = {
  ...DISPATCHED,
  status: 'DELIVERED',
  postalOutcome: { outcome: 'DELIVERED', on: '2026-03-19' },
};
const PUBLISHED: NotificationRecord = {
  ...PENDING_EMAIL,
  channel: 'PORTAL',
  status: 'PUBLISHED',
  sentAt: PENDING_EMAIL.requestedAt,
};

/** The GraphQL Notice of a record (noticeViewOf). */
function view(record: NotificationRecord): NoticeView {
  return {
    ...record,
    postalOutcome: record.postalOutcome?.outcome ?? null,
    postalOutcomeOn: record.postalOutcome?.on ?? null,
  };
}

const COORDINATOR_CONTEXT: DecisionContext = {
  now: '2026-03-20T15:00:00.000Z',
  actor: { id: 'user-coordinator', role: 'COORDINATOR' },
} as unknown as DecisionContext;

const WELL_FORMED: Readonly<Record<NoticeAction, (id: string) => Parameters<typeof decideNotification>[0]>> =
  {
    resend: (id) => ({ type: 'ResendNotification', data: { notificationId: id, reason: 'No le llegó.' } }),
    postalDispatch: (id) => ({
      type: 'RecordPostalDispatch',
      data: { notificationId: id, carrier: '4-72', guideNumber: 'RN1', dispatchedOn: '2026-03-18' },
    }),
    postalOutcome: (id) => ({
      type: 'RecordPostalOutcome',
      data: { notificationId: id, outcome: 'RETURNED', on: '2026-03-19' },
    }),
  };

describe('the follow-up steps on a notice', () => {
  const records = { PENDING_EMAIL, SENT, FAILED, PENDING_POSTAL, DISPATCHED, DELIVERED, PUBLISHED };
  for (const [name, record] of Object.entries(records)) {
    it(`on a notice ${name} are those the notifications' decider takes`, () => {
      const accepted = (Object.keys(WELL_FORMED) as NoticeAction[]).filter((action) => {
        const decision = decideNotification(WELL_FORMED[action](record.id), [record], COORDINATOR_CONTEXT, {
          staff: ['ADMIN', 'COORDINATOR', 'AGENT'],
          staffMayAct: () => null,
        });
        return Array.isArray(decision) && decision.length > 0;
      });
      expect(availableNoticeActions(view(record))).toEqual(accepted);
    });
  }

  it('are for whoever works the case: an agent on their own case only, never an auditor', () => {
    expect(mayFollowUpNotices({ id: 'a', roles: ['AGENT'] }, { assigneeId: 'a' })).toBe(true);
    expect(mayFollowUpNotices({ id: 'a', roles: ['AGENT'] }, { assigneeId: 'b' })).toBe(false);
    expect(mayFollowUpNotices({ id: 'c', roles: ['COORDINATOR'] }, { assigneeId: null })).toBe(true);
    expect(mayFollowUpNotices({ id: 'x', roles: ['AUDITOR'] }, { assigneeId: 'x' })).toBe(false);
  });

  it('ask for what the mutation takes, today by default, and refuse blanks before sending', () => {
    const form = noticeActionForm('postalDispatch', view(FAILED), 'Acuse de recibo');
    expect(form.fields.map((field) => field.name)).toEqual(['carrier', 'guideNumber', 'dispatchedAt']);
    expect(form.intro).toMatch(/no se pudo entregar/);
    const draft = { ...initialNoticeDraft('postalDispatch', '2026-03-20'), carrier: ' 4-72 ' };
    expect(noticeActionProblems(form, draft)).toEqual({
      guideNumber: 'Indique el número de guía del envío.',
    });
    expect(noticeActionVariables('postalDispatch', FAILED, { ...draft, guideNumber: 'RN1' })).toEqual({
      notificationId: FAILED.id,
      carrier: '4-72',
      guideNumber: 'RN1',
      dispatchedAt: '2026-03-20',
    });
    expect(noticeActionVariables('resend', SENT, { reason: ' Corrigió su correo. ' })).toEqual({
      id: SENT.id,
      reason: 'Corrigió su correo.',
    });
    const outcome = noticeActionForm('postalOutcome', view(DISPATCHED), 'Respuesta');
    expect(outcome.intro).toBe('Lo que informó 4-72 sobre la guía RN123456789CO.');
    expect(noticeActionProblems(outcome, { outcome: 'DELIVERED', on: '2026-03' })).toEqual({
      on: 'Escriba la fecha completa (día, mes y año).',
    });
  });

  it('show the domain’s refusal of the dispatch day on the form’s date field', () => {
    expect(noticeFieldOf('dispatchedOn')).toBe('dispatchedAt');
    expect(noticeFieldOf('carrier')).toBe('carrier');
    expect(noticeFieldOf(null)).toBeNull();
  });
});

describe('a notice’s facts', () => {
  it('prove an e-mail sent with its Message-ID, on Bogotá’s clock', () => {
    expect(noticeFacts(view(SENT))).toEqual([
      ['Pedido', '16/03/2026 09:05'],
      ['Enviado', '16/03/2026 09:06'],
      ['Message-ID', '<PQRS-2026-000001-N1.1@entidad.gov.co>'],
    ]);
  });

  it('say why an e-mail failed, and the postal dispatch and delivery that replaced it', () => {
    expect(noticeFacts(view(FAILED))).toContainEqual(['Falla', '550 5.1.1 Buzón inexistente']);
    expect(noticeFacts(view(DELIVERED))).toEqual(
      expect.arrayContaining([
        ['Envío postal', '4-72, guía RN123456789CO, 17/03/2026'],
        ['Entregado', '19/03/2026'],
      ]),
    );
  });

  it('flag a notice not given by the day the law set, and only then', () => {
    const extension = { ...view(PENDING_EMAIL), kind: 'EXTENSION' as const, dueBy: '2026-03-18' };
    expect(noticeIsLate(extension, '2026-03-18')).toBe(false);
    expect(noticeIsLate(extension, '2026-03-19')).toBe(true);
    expect(noticeIsLate({ ...extension, status: 'FAILED' }, '2026-03-19')).toBe(true);
    expect(noticeIsLate({ ...extension, status: 'SENT' }, '2026-03-19')).toBe(false);
    expect(noticeIsLate({ ...extension, status: 'DISPATCHED' }, '2026-03-19')).toBe(false);
    expect(noticeIsLate(view(PENDING_EMAIL), '2099-01-01')).toBe(false);
    expect(noticeFacts(extension)).toContainEqual(['Debe darse a más tardar', '18/03/2026']);
  });
});

describe('the outbox warning', () => {
  it('speaks of e-mails waiting only when there is no mail server', () => {
    const counts = { smtpConfigured: false, pendingEmails: 3, pendingPostal: 1, failed: 0 };
    expect(outboxWarnings(counts)).toEqual({
      waiting: 'Hay 3 avisos por correo pendientes: no hay servidor de correo configurado.',
      failed: null,
    });
    expect(outboxWarnings({ ...counts, pendingEmails: 1 }).waiting).toBe(
      'Hay 1 aviso por correo pendiente: no hay servidor de correo configurado.',
    );
    expect(outboxWarnings({ ...counts, smtpConfigured: true }).waiting).toBeNull();
  });

  it('counts the failed notices, to be given by another means', () => {
    const counts = { smtpConfigured: true, pendingEmails: 0, pendingPostal: 0, failed: 2 };
    expect(outboxWarnings(counts).failed).toBe('Hay 2 avisos fallidos: deben darse por otro medio.');
    expect(outboxWarnings({ ...counts, failed: 1 }).failed).toBe(
      'Hay 1 aviso fallido: debe darse por otro medio.',
    );
  });
});

describe('the failed notices across the office’s records', () => {
  it('keeps the server’s order (newest first), in Spanish, each linked to its case or affiliation', () => {
    const rows = failedNoticeRows(
      [
        {
          ...FAILED,
          id: 'AF-7-N2',
          kind: 'ANSWER',
          recipientRole: 'APPLICANT',
          requestedAt: '2026-03-18T15:00:00.000Z',
          recordId: 'AF-7',
          recordKind: 'AFFILIATION',
        },
        { ...FAILED, failure: null, recordId: 'PQRS-2026-000001', recordKind: 'PQRS' },
      ],
      { kinds: NOTICE_KIND_LABELS, channels: NOTICE_CHANNEL_LABELS },
    );
    expect(
      rows.map((row) => [row.record, row.recordPath, row.kind, row.channel, row.recipient, row.failure]),
    ).toEqual([
      [
        'Afiliación AF-7',
        '/afiliaciones/AF-7',
        'Respuesta',
        'Correo electrónico',
        'Solicitante',
        '550 5.1.1 Buzón inexistente',
      ],
      [
        'PQRS-2026-000001',
        '/casos/PQRS-2026-000001',
        'Acuse de recibo',
        'Correo electrónico',
        'Peticionario',
        'Sin detalle.',
      ],
    ]);
    expect(rows.map((row) => row.noticeId)).toEqual(['AF-7-N2', FAILED.id]);
  });

  it('links a record by the staff routes, its id escaped', () => {
    expect(noticeRecordPath('PQRS', 'PQRS-2026-000042')).toBe('/casos/PQRS-2026-000042');
    expect(noticeRecordPath('AFFILIATION', 'a b/1')).toBe('/afiliaciones/a%20b%2F1');
  });
});
