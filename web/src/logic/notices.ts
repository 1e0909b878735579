// A case's notices as staff read them (Avisos): their Spanish labels, the facts that prove each one was
// given (when it was asked for and sent, the Message-ID, the postal guide, what the carrier reported), the
// flag on a notice the law wanted given by a day already past, and the follow-up steps the domain takes on
// each (resend an e-mail, record a postal dispatch and its delivery or return) with their forms. The
// domain's rules (src/domain/notifications/notifications.ts decideNotification) decide which step shows;
// its refusals say the rest in Spanish. Also the staff layout's warning on the office's outbox. Pure.
import type {
  NoticeChannel,
  NoticeKind,
  NotificationStatus,
  PostalOutcome,
  Role,
} from '../graphql/generated/graphql.js';
import { formatDate, formatInstant, isCalendarDate } from './report-periods.js';
import { ROLE_PRECEDENCE } from './roles.js';

export {
  NOTICE_CHANNEL_LABELS,
  NOTICE_KIND_LABELS,
  NOTIFICATION_STATUS_LABELS,
  POSTAL_OUTCOME_LABELS,
} from '../../../src/domain/notifications/labels.js';

/** Who a notice is for (Notice.recipientRole). */
export const RECIPIENT_LABELS: Readonly<Record<string, string>> = {
  PETITIONER: 'Peticionario',
  APPLICANT: 'Solicitante',
  RECEIVING_ENTITY: 'Entidad competente',
};

/** A notice as the case detail reads it (the CaseDetail query's Notice). */
export interface NoticeView {
  readonly id: string;
  readonly kind: NoticeKind;
  readonly channel: NoticeChannel;
  readonly recipientRole: string;
  readonly status: NotificationStatus;
  readonly requestedAt: string;
  readonly dueBy?: string | null;
  readonly sentAt?: string | null;
  readonly messageId?: string | null;
  readonly failure?: string | null;
  readonly attempts: number;
  readonly round: number;
  readonly nextAttemptAt?: string | null;
  readonly dispatch?: {
    readonly carrier: string;
    readonly guideNumber: string;
    readonly dispatchedOn: string;
  } | null;
  readonly postalOutcome?: PostalOutcome | null;
  readonly postalOutcomeOn?: string | null;
}

/** The statuses in which the notice reached its recipient, or was handed over to reach them. */
const GIVEN: readonly NotificationStatus[] = ['SENT', 'PUBLISHED', 'DISPATCHED', 'DELIVERED', 'RETURNED'];

/**
 * Whether the notice is late: the law wanted it given by `dueBy` (a prórroga before the term expires, a
 * traslado within 5 days), that day is past on `today` (Bogotá) and it has not been sent nor dispatched.
 */
export function noticeIsLate(notice: NoticeView, today: string): boolean {
  if (!notice.dueBy || GIVEN.includes(notice.status)) return false;
  return notice.dueBy < today;
}

export const LATE_NOTICE_FLAG = 'Vencido sin enviar';

/** The facts that prove (or explain) the notice, as «label: value» pairs, in reading order. */
export function noticeFacts(notice: NoticeView): (readonly [string, string])[] {
  const facts: (readonly [string, string])[] = [['Pedido', formatInstant(notice.requestedAt)]];
  if (notice.dueBy) facts.push(['Debe darse a más tardar', formatDate(notice.dueBy)]);
  if (notice.sentAt)
    facts.push([notice.status === 'PUBLISHED' ? 'Publicado' : 'Enviado', formatInstant(notice.sentAt)]);
  if (notice.messageId) facts.push(['Message-ID', notice.messageId]);
  if (notice.round > 1) facts.push(['Envío', `${notice.round}.º (reenviado)`]);
  if (notice.channel === 'EMAIL' && notice.attempts > 1) facts.push(['Intentos', String(notice.attempts)]);
  if (notice.failure) facts.push(['Falla', notice.failure]);
  if (notice.nextAttemptAt && notice.status === 'PENDING')
    facts.push(['Próximo intento', formatInstant(notice.nextAttemptAt)]);
  if (notice.dispatch)
    facts.push([
      'Envío postal',
      `${notice.dispatch.carrier}, guía ${notice.dispatch.guideNumber}, ${formatDate(notice.dispatch.dispatchedOn)}`,
    ]);
  if (notice.postalOutcome && notice.postalOutcomeOn)
    facts.push([
      notice.postalOutcome === 'DELIVERED' ? 'Entregado' : 'Devuelto',
      formatDate(notice.postalOutcomeOn),
    ]);
  return facts;
}

// ---- The follow-up steps --------------------------------------------------------------------------------

export type NoticeAction = 'resend' | 'postalDispatch' | 'postalOutcome';

export const NOTICE_ACTION_LABELS: Readonly<Record<NoticeAction, string>> = {
  resend: 'Reenviar',
  postalDispatch: 'Registrar envío postal',
  postalOutcome: 'Registrar entrega/devolución',
};

export const NOTICE_ACTION_DONE: Readonly<Record<NoticeAction, string>> = {
  resend: 'Aviso puesto de nuevo en envío: sale con un Message-ID nuevo.',
  postalDispatch: 'Envío postal registrado.',
  postalOutcome: 'Entrega o devolución registrada.',
};

/** The domain's NotificationPolicy for a case: whoever works cases, an agent only on theirs. */
const NOTICE_WORKERS: readonly Role[] = ['ADMIN', 'COORDINATOR', 'AGENT'];

export interface NoticeCaseSubject {
  readonly assigneeId: string | null;
}

/** Whether the user may follow up a notice of the case at all (role, and an agent's own case). */
export function mayFollowUpNotices(
  user: { readonly id: string; readonly roles: readonly Role[] },
  subject: NoticeCaseSubject,
): boolean {
  const role = ROLE_PRECEDENCE.find(
    (candidate) => NOTICE_WORKERS.includes(candidate) && user.roles.includes(candidate),
  );
  if (role === undefined) return false;
  return role !== 'AGENT' || subject.assigneeId === user.id;
}

/** The steps the domain takes on the notice as it stands (decideNotification). */
export function availableNoticeActions(notice: NoticeView): NoticeAction[] {
  const actions: NoticeAction[] = [];
  // An e-mail sent or failed may go again (a new round); a pending one goes without asking.
  if (notice.channel === 'EMAIL' && (notice.status === 'SENT' || notice.status === 'FAILED'))
    actions.push('resend');
  // By post when the petitioner chose it, or instead of an e-mail that could not be delivered.
  if (
    !notice.dispatch &&
    ((notice.channel === 'POSTAL' && notice.status === 'PENDING') || notice.status === 'FAILED')
  )
    actions.push('postalDispatch');
  if (notice.status === 'DISPATCHED') actions.push('postalOutcome');
  return actions;
}

export type NoticeActionField = 'reason' | 'carrier' | 'guideNumber' | 'dispatchedAt' | 'outcome' | 'on';

export interface NoticeActionFieldSpec {
  readonly name: NoticeActionField;
  readonly label: string;
  readonly kind: 'text' | 'multiline' | 'date' | 'choice';
  readonly requiredMessage: string;
  readonly helperText?: string;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
}

export interface NoticeActionForm {
  readonly title: string;
  readonly intro: string;
  readonly submitLabel: string;
  readonly fields: readonly NoticeActionFieldSpec[];
}

export type NoticeActionDraft = Readonly<Partial<Record<NoticeActionField, string>>>;

export function noticeActionForm(
  action: NoticeAction,
  notice: NoticeView,
  kindLabel: string,
): NoticeActionForm {
  switch (action) {
    case 'resend':
      return {
        title: `Reenviar: ${kindLabel}`,
        intro:
          'El aviso se envía de nuevo por correo electrónico, con un Message-ID nuevo; el envío anterior queda en el registro.',
        submitLabel: 'Reenviar',
        fields: [
          {
            name: 'reason',
            label: 'Motivo del reenvío',
            kind: 'multiline',
            requiredMessage: 'Indique por qué se reenvía el aviso.',
            helperText: 'Por ejemplo: el peticionario corrigió su correo o dice que no lo recibió.',
          },
        ],
      };
    case 'postalDispatch':
      return {
        title: `Registrar envío postal: ${kindLabel}`,
        intro:
          notice.status === 'FAILED'
            ? 'El correo electrónico no se pudo entregar: registre el envío por correspondencia que lo reemplaza.'
            : 'El aviso va por correspondencia: registre la empresa, la guía y la fecha en que se despachó.',
        submitLabel: 'Registrar envío',
        fields: [
          {
            name: 'carrier',
            label: 'Empresa de mensajería',
            kind: 'text',
            requiredMessage: 'Indique la empresa de mensajería.',
          },
          {
            name: 'guideNumber',
            label: 'Número de guía',
            kind: 'text',
            requiredMessage: 'Indique el número de guía del envío.',
          },
          {
            name: 'dispatchedAt',
            label: 'Fecha de envío',
            kind: 'date',
            requiredMessage: 'Indique la fecha de envío.',
          },
        ],
      };
    case 'postalOutcome':
      return {
        title: `Registrar entrega o devolución: ${kindLabel}`,
        intro: notice.dispatch
          ? `Lo que informó ${notice.dispatch.carrier} sobre la guía ${notice.dispatch.guideNumber}.`
          : 'Lo que informó la empresa de mensajería.',
        submitLabel: 'Registrar',
        fields: [
          {
            name: 'outcome',
            label: 'Resultado',
            kind: 'choice',
            requiredMessage: 'Indique si el envío se entregó o fue devuelto.',
            options: [
              { value: 'DELIVERED', label: 'Entregado' },
              { value: 'RETURNED', label: 'Devuelto' },
            ],
          },
          {
            name: 'on',
            label: 'Fecha de entrega o devolución',
            kind: 'date',
            requiredMessage: 'Indique la fecha de entrega o devolución.',
          },
        ],
      };
  }
}

/** The form's opening values: today where a date is asked for. */
export function initialNoticeDraft(action: NoticeAction, today: string): NoticeActionDraft {
  if (action === 'postalDispatch') return { dispatchedAt: today };
  if (action === 'postalOutcome') return { on: today, outcome: 'DELIVERED' };
  return {};
}

export function noticeActionProblems(
  form: NoticeActionForm,
  draft: NoticeActionDraft,
): Partial<Record<NoticeActionField, string>> {
  const problems: Partial<Record<NoticeActionField, string>> = {};
  for (const field of form.fields) {
    const value = (draft[field.name] ?? '').trim();
    if (value === '') problems[field.name] = field.requiredMessage;
    else if (field.kind === 'date' && !isCalendarDate(value))
      problems[field.name] = 'Escriba la fecha completa (día, mes y año).';
  }
  return problems;
}

/** The mutation's variables (resendNotification, recordPostalDispatch, recordPostalOutcome). */
export function noticeActionVariables(
  action: NoticeAction,
  notice: Pick<NoticeView, 'id'>,
  draft: NoticeActionDraft,
): Record<string, string> {
  const text = (field: NoticeActionField) => (draft[field] ?? '').trim();
  switch (action) {
    case 'resend':
      return { id: notice.id, reason: text('reason') };
    case 'postalDispatch':
      return {
        notificationId: notice.id,
        carrier: text('carrier'),
        guideNumber: text('guideNumber'),
        dispatchedAt: text('dispatchedAt'),
      };
    case 'postalOutcome':
      return { notificationId: notice.id, outcome: text('outcome'), on: text('on') };
  }
}

/**
 * The form field a refusal blamed: the domain names the dispatch's day `dispatchedOn` (its event's name)
 * where the mutation takes `dispatchedAt`.
 */
export function noticeFieldOf(blamed: string | null): string | null {
  return blamed === 'dispatchedOn' ? 'dispatchedAt' : blamed;
}

// ---- The office's outbox ------------------------------------------------------------------------------

export interface OutboxCounts {
  readonly smtpConfigured: boolean;
  readonly pendingEmails: number;
  readonly pendingPostal: number;
  readonly failed: number;
}

function notices(count: number): string {
  return count === 1 ? '1 aviso' : `${count} avisos`;
}

/** What the staff layout warns of: e-mails waiting with no mail server, and notices that failed. */
export function outboxWarnings(outbox: OutboxCounts): {
  readonly waiting: string | null;
  readonly failed: string | null;
} {
  return {
    waiting:
      !outbox.smtpConfigured && outbox.pendingEmails > 0
        ? `Hay ${notices(outbox.pendingEmails)} por correo ${outbox.pendingEmails === 1 ? 'pendiente' : 'pendientes'}: no hay servidor de correo configurado.`
        : null,
    failed:
      outbox.failed > 0
        ? `${outbox.failed === 1 ? 'Hay 1 aviso fallido' : `Hay ${outbox.failed} avisos fallidos`}: ${outbox.failed === 1 ? 'debe darse' : 'deben darse'} por otro medio.`
        : null,
  };
}

// ---- Failed notices across the office's records ------------------------------------------------------

/** A failed notice as Avisos fallidos reads it (the failedNotifications query's Notice). */
export interface FailedNotice extends Pick<
  NoticeView,
  'id' | 'kind' | 'channel' | 'recipientRole' | 'requestedAt' | 'failure'
> {
  /** The case's radicado or the affiliation's id. */
  readonly recordId: string;
  /** PQRS or AFFILIATION. */
  readonly recordKind: string;
}

export interface FailedNoticeRow {
  readonly noticeId: string;
  /** What the record is called on screen: the radicado, or «Afiliación <id>». */
  readonly record: string;
  /** The staff page where the notice is followed up (its case, its affiliation). */
  readonly recordPath: string;
  readonly kind: string;
  readonly channel: string;
  readonly recipient: string;
  readonly requestedAt: string;
  readonly failure: string;
}

/** Where staff follow up a notice: its case's page, or its affiliation's. */
export function noticeRecordPath(recordKind: string, recordId: string): string {
  const id = encodeURIComponent(recordId);
  return recordKind === 'AFFILIATION' ? `/afiliaciones/${id}` : `/casos/${id}`;
}

/** The failed notices as rows in Spanish, in the order the server gives them (newest first). */
export function failedNoticeRows(
  failed: readonly FailedNotice[],
  labels: {
    readonly kinds: Readonly<Record<string, string>>;
    readonly channels: Readonly<Record<string, string>>;
  },
): FailedNoticeRow[] {
  return failed.map((notice) => ({
    noticeId: notice.id,
    record: notice.recordKind === 'AFFILIATION' ? `Afiliación ${notice.recordId}` : notice.recordId,
    recordPath: noticeRecordPath(notice.recordKind, notice.recordId),
    kind: labels.kinds[notice.kind] ?? notice.kind,
    channel: labels.channels[notice.channel] ?? notice.channel,
    recipient: RECIPIENT_LABELS[notice.recipientRole] ?? notice.recipientRole,
    requestedAt: notice.requestedAt,
    failure: notice.failure ?? 'Sin detalle.',
  }));
}
