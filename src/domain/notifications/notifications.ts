// Notices as facts of the record they belong to (a case, an affiliation): a notice is requested in the same
// decision as the fact it tells of, so no fact the law says must be notified is recorded without its
// notice. What became of it — sent (with the server's answer), each failed try, failed for good, sent
// again, dispatched by post and delivered or returned — is recorded in the same stream. The log is the
// outbox: a process that follows it sends what is pending and records the outcome as a SYSTEM actor.
import type { AttachmentRef } from '../shared/attachments.js';
import type { ActorRole, DecisionContext, DomainEvent } from '../shared/decider.js';
import { refuse, type DomainError } from '../shared/domain-error.js';
import { isBlank, isOneOf } from '../shared/input-checks.js';
import { roleNotAllowed } from '../shared/roles.js';
import {
  bogotaDateOf,
  canonicalInstant,
  isCalendarDate,
  isInstant,
  type CalendarDate,
  type Instant,
} from '../shared/time.js';
import type { NoticeKind, TemplateUsed } from './notice-kinds.js';

/**
 * How a notice reaches its recipient: by e-mail (sent by Ventanilla), by post (staff record the
 * dispatch), or on the tracking page alone (an anonymous filing names no one to write to: the notice is
 * published where the citizen reads the case with its access code).
 */
export const NOTICE_CHANNELS = ['EMAIL', 'POSTAL', 'PORTAL'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/**
 * PENDING: waiting to be sent (e-mail) or dispatched (post). SENT: the mail server took it. FAILED: the
 * last try failed, staff must use another means. PUBLISHED: on the tracking page. DISPATCHED, DELIVERED,
 * RETURNED: the postal dispatch and what the carrier reported.
 */
export const NOTIFICATION_STATUSES = [
  'PENDING',
  'SENT',
  'FAILED',
  'PUBLISHED',
  'DISPATCHED',
  'DELIVERED',
  'RETURNED',
] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const POSTAL_OUTCOMES = ['DELIVERED', 'RETURNED'] as const;
export type PostalOutcome = (typeof POSTAL_OUTCOMES)[number];

/**
 * Who a notice is for, by reference only: the petitioner (a person in the vault, by id) or another entity
 * (its name, and its address as a sealed text reference). No address is ever in the log in clear.
 */
export interface NoticeRecipient {
  /** COORDINATORS: every active coordinator account with an e-mail address, looked up when it is sent. */
  readonly role: 'PETITIONER' | 'APPLICANT' | 'RECEIVING_ENTITY' | 'COORDINATORS';
  /** The person, for PETITIONER and APPLICANT. */
  readonly personId: string | null;
  /** The entity's name, for RECEIVING_ENTITY. */
  readonly name: string | null;
  /** A sealed text reference to the e-mail or postal address, when the command gave one. */
  readonly addressRef: string | null;
}

export type NotificationRequested = DomainEvent<
  'NotificationRequested',
  {
    /** `<record id>-N<n>`: unique in the log, and the root of every Message-ID the notice is sent with. */
    readonly notificationId: string;
    readonly kind: NoticeKind;
    readonly channel: NoticeChannel;
    readonly recipient: NoticeRecipient;
    readonly template: TemplateUsed;
    /** The type of the event this notice tells of, recorded in the same decision. */
    readonly follows: string;
    readonly requestedAt: Instant;
    /** The day by which the law wants it given (a prórroga before the term expires); null: no such day. */
    readonly dueBy: CalendarDate | null;
    /** What goes with it: the answer letter and the answer's annexes. */
    readonly attachments: readonly AttachmentRef[];
    /** The access code of a portal filing, as a sealed text reference (only the acknowledgment has one). */
    readonly accessCodeRef: string | null;
  }
>;

/** Sent again (a failed notice, or one the petitioner says they never got): a new round, a new Message-ID. */
export type NotificationResent = DomainEvent<
  'NotificationResent',
  {
    readonly notificationId: string;
    readonly round: number;
    readonly reason: string;
    readonly requestedAt: Instant;
  }
>;

/** One try the server refused or that could not reach it; another follows at nextAttemptAt. */
export type NotificationAttemptFailed = DomainEvent<
  'NotificationAttemptFailed',
  {
    readonly notificationId: string;
    readonly round: number;
    readonly attempt: number;
    readonly failure: string;
    readonly failedAt: Instant;
    readonly nextAttemptAt: Instant;
  }
>;

export type NotificationSent = DomainEvent<
  'NotificationSent',
  {
    readonly notificationId: string;
    readonly round: number;
    /** Which try of the round succeeded (1 when the first did). */
    readonly attempt: number;
    readonly messageId: string;
    /** The server's reply (`250 2.0.0 Ok: queued as …`). */
    readonly serverResponse: string;
    readonly sentAt: Instant;
  }
>;

/** The last try failed: staff are shown the notice to give it by another means. */
export type NotificationFailed = DomainEvent<
  'NotificationFailed',
  {
    readonly notificationId: string;
    readonly round: number;
    readonly attempt: number;
    readonly failure: string;
    readonly failedAt: Instant;
  }
>;

export type PostalDispatchRecorded = DomainEvent<
  'PostalDispatchRecorded',
  {
    readonly notificationId: string;
    readonly carrier: string;
    readonly guideNumber: string;
    readonly dispatchedOn: CalendarDate;
    readonly recordedAt: Instant;
  }
>;

export type PostalOutcomeRecorded = DomainEvent<
  'PostalOutcomeRecorded',
  {
    readonly notificationId: string;
    readonly outcome: PostalOutcome;
    readonly on: CalendarDate;
    readonly recordedAt: Instant;
  }
>;

export type NotificationEvent =
  | NotificationRequested
  | NotificationResent
  | NotificationAttemptFailed
  | NotificationSent
  | NotificationFailed
  | PostalDispatchRecorded
  | PostalOutcomeRecorded;

export const NOTIFICATION_EVENT_TYPES = [
  'NotificationRequested',
  'NotificationResent',
  'NotificationAttemptFailed',
  'NotificationSent',
  'NotificationFailed',
  'PostalDispatchRecorded',
  'PostalOutcomeRecorded',
] as const satisfies readonly NotificationEvent['type'][];

export const NOTIFICATION_EVENT_SCHEMA_VERSIONS: Readonly<Record<NotificationEvent['type'], number>> = {
  NotificationRequested: 1,
  NotificationResent: 1,
  NotificationAttemptFailed: 1,
  NotificationSent: 1,
  NotificationFailed: 1,
  PostalDispatchRecorded: 1,
  PostalOutcomeRecorded: 1,
};

export function isNotificationEvent(event: { readonly type: string }): event is NotificationEvent {
  return (NOTIFICATION_EVENT_TYPES as readonly string[]).includes(event.type);
}

// Commands ------------------------------------------------------------------------------------------------

/** The sender: the server took the message. */
export type RecordNotificationSent = {
  readonly type: 'RecordNotificationSent';
  readonly data: {
    readonly notificationId: string;
    readonly round: number;
    readonly attempt: number;
    readonly messageId: string;
    readonly serverResponse: string;
  };
};

/** The sender: a try failed; `final` when it was the last one. */
export type RecordNotificationAttemptFailed = {
  readonly type: 'RecordNotificationAttemptFailed';
  readonly data: {
    readonly notificationId: string;
    readonly round: number;
    readonly attempt: number;
    readonly failure: string;
    /** Null: it was the last try (NotificationFailed). */
    readonly nextAttemptAt: Instant | null;
  };
};

export type ResendNotification = {
  readonly type: 'ResendNotification';
  readonly data: { readonly notificationId: string; readonly reason: string };
};

export type RecordPostalDispatch = {
  readonly type: 'RecordPostalDispatch';
  readonly data: {
    readonly notificationId: string;
    readonly carrier: string;
    readonly guideNumber: string;
    readonly dispatchedOn: CalendarDate;
  };
};

export type RecordPostalOutcome = {
  readonly type: 'RecordPostalOutcome';
  readonly data: {
    readonly notificationId: string;
    readonly outcome: PostalOutcome;
    readonly on: CalendarDate;
  };
};

export type NotificationCommand =
  | RecordNotificationSent
  | RecordNotificationAttemptFailed
  | ResendNotification
  | RecordPostalDispatch
  | RecordPostalOutcome;

export const NOTIFICATION_COMMAND_TYPES = [
  'RecordNotificationSent',
  'RecordNotificationAttemptFailed',
  'ResendNotification',
  'RecordPostalDispatch',
  'RecordPostalOutcome',
] as const satisfies readonly NotificationCommand['type'][];

export function isNotificationCommand(command: { readonly type: string }): command is NotificationCommand {
  return (NOTIFICATION_COMMAND_TYPES as readonly string[]).includes(command.type);
}

// State ---------------------------------------------------------------------------------------------------

export interface NotificationRecord {
  readonly id: string;
  readonly kind: NoticeKind;
  readonly channel: NoticeChannel;
  /** Who it is for: the petitioner (or applicant), or the entity a case was forwarded to. */
  readonly recipientRole: NoticeRecipient['role'];
  readonly status: NotificationStatus;
  /** 1, then one more each time it is sent again. */
  readonly round: number;
  /** Tries made in the current round. */
  readonly attempts: number;
  readonly requestedAt: Instant;
  readonly dueBy: CalendarDate | null;
  readonly sentAt: Instant | null;
  readonly messageId: string | null;
  readonly failure: string | null;
  readonly nextAttemptAt: Instant | null;
  readonly dispatch: {
    readonly carrier: string;
    readonly guideNumber: string;
    readonly dispatchedOn: CalendarDate;
  } | null;
  readonly postalOutcome: { readonly outcome: PostalOutcome; readonly on: CalendarDate } | null;
}

/** The notices of a record after one of their events (other events leave them as they were). */
export function evolveNotifications(
  notifications: readonly NotificationRecord[],
  event: NotificationEvent,
): readonly NotificationRecord[] {
  if (event.type === 'NotificationRequested') {
    const data = event.data;
    return [
      ...notifications,
      {
        id: data.notificationId,
        kind: data.kind,
        channel: data.channel,
        recipientRole: data.recipient.role,
        status: data.channel === 'PORTAL' ? 'PUBLISHED' : 'PENDING',
        round: 1,
        attempts: 0,
        requestedAt: data.requestedAt,
        dueBy: data.dueBy,
        sentAt: data.channel === 'PORTAL' ? data.requestedAt : null,
        messageId: null,
        failure: null,
        nextAttemptAt: null,
        dispatch: null,
        postalOutcome: null,
      },
    ];
  }
  return notifications.map((notification) =>
    notification.id === event.data.notificationId ? evolveOne(notification, event) : notification,
  );
}

function evolveOne(notification: NotificationRecord, event: NotificationEvent): NotificationRecord {
  switch (event.type) {
    case 'NotificationRequested':
      return notification;
    case 'NotificationResent':
      return {
        ...notification,
        status: 'PENDING',
        round: event.data.round,
        attempts: 0,
        failure: null,
        nextAttemptAt: null,
      };
    case 'NotificationAttemptFailed':
      if (event.data.round !== notification.round) return notification;
      return {
        ...notification,
        attempts: event.data.attempt,
        failure: event.data.failure,
        nextAttemptAt: event.data.nextAttemptAt,
      };
    case 'NotificationSent':
      if (event.data.round !== notification.round) return notification;
      return {
        ...notification,
        status: 'SENT',
        attempts: event.data.attempt,
        sentAt: event.data.sentAt,
        messageId: event.data.messageId,
        failure: null,
        nextAttemptAt: null,
      };
    case 'NotificationFailed':
      if (event.data.round !== notification.round) return notification;
      return {
        ...notification,
        status: 'FAILED',
        attempts: event.data.attempt,
        failure: event.data.failure,
        nextAttemptAt: null,
      };
    case 'PostalDispatchRecorded':
      return {
        ...notification,
        status: 'DISPATCHED',
        dispatch: {
          carrier: event.data.carrier,
          guideNumber: event.data.guideNumber,
          dispatchedOn: event.data.dispatchedOn,
        },
      };
    case 'PostalOutcomeRecorded':
      return {
        ...notification,
        status: event.data.outcome,
        postalOutcome: { outcome: event.data.outcome, on: event.data.on },
      };
    default: {
      const unknownEvent: never = event;
      void unknownEvent;
      return notification;
    }
  }
}

// Decisions -----------------------------------------------------------------------------------------------

/** The one process that sends notices; nobody else records what a mail server answered. */
const SENDER: readonly ActorRole[] = ['SYSTEM'];

/** What a record's decider hands over: who of its staff may resend and record postal facts. */
export interface NotificationPolicy {
  readonly staff: readonly ActorRole[];
  /** The record's own check on the staff member (an agent only on their cases); null: allowed. */
  readonly staffMayAct: (context: DecisionContext) => DomainError | null;
}

export const NOTIFICATION_COMMAND_LABELS: Readonly<Record<NotificationCommand['type'], string>> = {
  RecordNotificationSent: 'registrar el envío de un aviso',
  RecordNotificationAttemptFailed: 'registrar un intento fallido de envío',
  ResendNotification: 'reenviar avisos',
  RecordPostalDispatch: 'registrar envíos por correo postal',
  RecordPostalOutcome: 'registrar la entrega o devolución de un envío postal',
};

export function decideNotification(
  command: NotificationCommand,
  notifications: readonly NotificationRecord[],
  context: DecisionContext,
  policy: NotificationPolicy,
): readonly NotificationEvent[] | DomainError {
  const bySender =
    command.type === 'RecordNotificationSent' || command.type === 'RecordNotificationAttemptFailed';
  const allowed = bySender ? SENDER : policy.staff;
  if (!allowed.includes(context.actor.role)) {
    return roleNotAllowed(context.actor.role, NOTIFICATION_COMMAND_LABELS[command.type]);
  }
  if (!bySender) {
    const refusal = policy.staffMayAct(context);
    if (refusal !== null) return refusal;
  }
  const notification = notifications.find((candidate) => candidate.id === command.data.notificationId);
  if (notification === undefined) {
    return refuse('NOTIFICATION_NOT_FOUND', 'El aviso no existe en este expediente.', 'notificationId');
  }
  const now = canonicalInstant(context.now);
  switch (command.type) {
    case 'RecordNotificationSent': {
      const { data } = command;
      // The same outcome recorded twice (a sender repeating itself after an interruption) changes nothing.
      if (notification.round === data.round && notification.status === 'SENT') return [];
      const stale = staleRound(notification, data.round);
      if (stale !== null) return stale;
      return [
        {
          type: 'NotificationSent',
          data: {
            notificationId: notification.id,
            round: data.round,
            attempt: data.attempt,
            messageId: data.messageId,
            serverResponse: data.serverResponse,
            sentAt: now,
          },
        },
      ];
    }
    case 'RecordNotificationAttemptFailed': {
      const { data } = command;
      if (notification.round === data.round && notification.status !== 'PENDING') return [];
      if (notification.round === data.round && data.attempt <= notification.attempts) return [];
      const stale = staleRound(notification, data.round);
      if (stale !== null) return stale;
      if (data.nextAttemptAt !== null && !isInstant(data.nextAttemptAt)) {
        return refuse('INVALID_INSTANT', 'El momento del próximo intento no es válido.', 'nextAttemptAt');
      }
      if (data.nextAttemptAt === null) {
        return [
          {
            type: 'NotificationFailed',
            data: {
              notificationId: notification.id,
              round: data.round,
              attempt: data.attempt,
              failure: data.failure,
              failedAt: now,
            },
          },
        ];
      }
      return [
        {
          type: 'NotificationAttemptFailed',
          data: {
            notificationId: notification.id,
            round: data.round,
            attempt: data.attempt,
            failure: data.failure,
            failedAt: now,
            nextAttemptAt: canonicalInstant(data.nextAttemptAt),
          },
        },
      ];
    }
    case 'ResendNotification': {
      if (notification.channel !== 'EMAIL') {
        return refuse(
          'NOTIFICATION_NOT_BY_EMAIL',
          'Solo se reenvían los avisos por correo electrónico; un envío postal se registra con su guía.',
          'notificationId',
        );
      }
      if (notification.status === 'PENDING') {
        return refuse(
          'NOTIFICATION_PENDING',
          'El aviso aún está pendiente de envío: se enviará sin necesidad de reenviarlo.',
          'notificationId',
        );
      }
      if (isBlank(command.data.reason)) {
        return refuse('REASON_REQUIRED', 'Indique por qué se reenvía el aviso.', 'reason');
      }
      return [
        {
          type: 'NotificationResent',
          data: {
            notificationId: notification.id,
            round: notification.round + 1,
            reason: command.data.reason.trim(),
            requestedAt: now,
          },
        },
      ];
    }
    case 'RecordPostalDispatch': {
      const { data } = command;
      // By post when the petitioner chose it, or instead of an e-mail that could not be delivered.
      if (!(notification.channel === 'POSTAL' || notification.status === 'FAILED')) {
        return refuse(
          'NOTIFICATION_NOT_POSTAL',
          'Este aviso se envía por correo electrónico; el envío postal se registra cuando el peticionario lo eligió o el correo falló.',
          'notificationId',
        );
      }
      if (notification.dispatch !== null) {
        const same =
          notification.dispatch.carrier === data.carrier.trim() &&
          notification.dispatch.guideNumber === data.guideNumber.trim() &&
          notification.dispatch.dispatchedOn === data.dispatchedOn;
        if (same) return [];
        return refuse(
          'ALREADY_DISPATCHED',
          'El envío postal de este aviso ya fue registrado.',
          'notificationId',
        );
      }
      if (isBlank(data.carrier))
        return refuse('CARRIER_REQUIRED', 'Indique la empresa de mensajería.', 'carrier');
      if (isBlank(data.guideNumber)) {
        return refuse('GUIDE_NUMBER_REQUIRED', 'Indique el número de guía del envío.', 'guideNumber');
      }
      if (!isCalendarDate(data.dispatchedOn)) {
        return refuse(
          'INVALID_DATE',
          'La fecha de envío no es una fecha válida (AAAA-MM-DD).',
          'dispatchedOn',
        );
      }
      if (data.dispatchedOn > bogotaDateOf(context.now)) {
        return refuse(
          'DISPATCHED_IN_FUTURE',
          'La fecha de envío no puede ser posterior a hoy.',
          'dispatchedOn',
        );
      }
      if (data.dispatchedOn < bogotaDateOf(notification.requestedAt)) {
        return refuse(
          'DISPATCHED_BEFORE_REQUEST',
          'La fecha de envío no puede ser anterior al aviso que se envía.',
          'dispatchedOn',
        );
      }
      return [
        {
          type: 'PostalDispatchRecorded',
          data: {
            notificationId: notification.id,
            carrier: data.carrier.trim(),
            guideNumber: data.guideNumber.trim(),
            dispatchedOn: data.dispatchedOn,
            recordedAt: now,
          },
        },
      ];
    }
    case 'RecordPostalOutcome': {
      const { data } = command;
      if (notification.dispatch === null) {
        return refuse(
          'NOT_DISPATCHED',
          'Primero registre el envío postal (empresa, guía y fecha) del aviso.',
          'notificationId',
        );
      }
      if (notification.postalOutcome !== null) {
        if (
          notification.postalOutcome.outcome === data.outcome &&
          notification.postalOutcome.on === data.on
        ) {
          return [];
        }
        return refuse(
          'OUTCOME_ALREADY_RECORDED',
          'La entrega o devolución de este envío ya fue registrada.',
          'outcome',
        );
      }
      if (!isOneOf(POSTAL_OUTCOMES, data.outcome)) {
        return refuse('INVALID_OUTCOME', 'El resultado debe ser entregado o devuelto.', 'outcome');
      }
      if (!isCalendarDate(data.on)) {
        return refuse('INVALID_DATE', 'La fecha no es una fecha válida (AAAA-MM-DD).', 'on');
      }
      if (data.on < notification.dispatch.dispatchedOn || data.on > bogotaDateOf(context.now)) {
        return refuse(
          'INVALID_OUTCOME_DATE',
          'La fecha de entrega o devolución debe estar entre la fecha de envío y hoy.',
          'on',
        );
      }
      return [
        {
          type: 'PostalOutcomeRecorded',
          data: { notificationId: notification.id, outcome: data.outcome, on: data.on, recordedAt: now },
        },
      ];
    }
    default: {
      const unknownCommand: never = command;
      void unknownCommand;
      return refuse('UNKNOWN_COMMAND', 'Orden desconocida.');
    }
  }
}

function staleRound(notification: NotificationRecord, round: number): DomainError | null {
  if (round === notification.round && notification.status === 'PENDING') return null;
  return refuse(
    'NOTIFICATION_NOT_PENDING',
    'Ese envío ya no está pendiente: el aviso fue reenviado o ya tiene resultado.',
    'round',
  );
}

/** The id of the record's next notice: `<record id>-N<n>`. */
export function nextNotificationId(
  recordId: string,
  notifications: readonly NotificationRecord[],
  offset = 0,
): string {
  return `${recordId}-N${notifications.length + 1 + offset}`;
}
