// A PQRS case as its events leave it: a union on `status` holding what the rules in decide.ts need.
import type { AttachmentRef } from '../shared/attachments.js';
import { compareInstants, type CalendarDate, type Instant } from '../shared/time.js';
import {
  evolveNotifications,
  isNotificationEvent,
  type NotificationRecord,
} from '../notifications/notifications.js';
import type { ClaimInProcessMark } from './claim-in-process.js';
import type {
  AccessDecision,
  AccessDenialGround,
  AccessException,
  AnswerChannel,
  PersonType,
  PqrsChannel,
  PqrsEvent,
  PqrsKind,
  PriorityReason,
  WithdrawalMode,
} from './events.js';

export const PQRS_STATUSES = [
  'NOT_RECEIVED',
  'RECEIVED',
  'ASSIGNED',
  'AWAITING_INFORMATION',
  'ANSWERED',
  'CLOSED',
  'TRANSFERRED',
  'WITHDRAWN',
] as const;
export type PqrsStatus = (typeof PQRS_STATUSES)[number];

/** The statuses in which the term runs (or is stopped, awaiting the petitioner) and staff still act. */
export const OPEN_PQRS_STATUSES = ['RECEIVED', 'ASSIGNED', 'AWAITING_INFORMATION'] as const;
export type OpenPqrsStatus = (typeof OPEN_PQRS_STATUSES)[number];

export interface Assignee {
  readonly id: string;
  readonly dependency: string;
}

/** The last art. 17 request to complete the petition. */
export interface InformationRequestRecord {
  readonly requestedAt: Instant;
  readonly requestedOn: CalendarDate;
  /** The first day tacit withdrawal may be decided: the window to complete, extended or not, has ended. */
  readonly tacitWithdrawalFrom: CalendarDate;
  /** The day the petitioner asked for the window's one extension (art. 17); null if they have not. */
  readonly windowExtendedOn: CalendarDate | null;
  /** Null while the petitioner has not answered. */
  readonly providedAt: Instant | null;
  readonly providedOn: CalendarDate | null;
}

/** The delivery of the copies a request accepted by positive silence owes (Ley 1755 art. 14.1). */
export interface CopiesDeliveryRecord {
  readonly deliveredOn: CalendarDate;
  readonly onTime: boolean;
}

/** The answer written for review (visto bueno), until approved or written again. */
export interface AnswerDraftRecord {
  readonly draft: number;
  /** Whoever wrote it: they may not give it their own approval. */
  readonly draftedBy: string;
  readonly draftedAt: Instant;
  /** The answer as drafted (a sealed text reference) and its files: what the approval gives. */
  readonly answer: string;
  readonly attachments: readonly AttachmentRef[];
  readonly accessDecision: AccessDecision | null;
  /** The ground of a denial, and its detail (a sealed reference): what the approval records. */
  readonly accessDenialGround: AccessDenialGround | null;
  readonly accessDenialDetail: string | null;
  /** The rest of a complete denial (exception, provision, harm, public version): what the approval records. */
  readonly accessException: AccessException | null;
  readonly accessDenialProvision: string | null;
  readonly accessDenialHarm: string | null;
  readonly publicVersionDelivered: boolean | null;
  /** DRAFTED: waiting for a coordinator; RETURNED: sent back with remarks. */
  readonly status: 'DRAFTED' | 'RETURNED';
}

/** What every received case knows, whatever its status. */
export interface PqrsCaseRecord {
  readonly radicado: string;
  readonly kind: PqrsKind;
  readonly channel: PqrsChannel;
  readonly subject: string;
  /** Null for an anonymous filing. */
  readonly petitionerId: string | null;
  readonly personType: PersonType;
  /** Whose key the case's texts are sealed under: the petitioner's, or an anonymous filing's own owner. */
  readonly textOwnerId: string | null;
  /** `sha256:<hex>` of the code the citizen follows the case with; null when filed by staff. */
  readonly accessCodeHash: string | null;
  /** How the petitioner wants to be answered; null when the filing did not say. */
  readonly answerChannel: AnswerChannel | null;
  /** Every notice of the case, in the order requested. */
  readonly notifications: readonly NotificationRecord[];
  /** The answer under review, if one was drafted and not yet approved. */
  readonly answerDraft: AnswerDraftRecord | null;
  readonly priority: readonly PriorityReason[];
  readonly receivedAt: Instant;
  readonly receivedOn: CalendarDate;
  readonly termBusinessDays: number;
  /**
   * The day the term in force counts from: the radication day (receivedOn, or the next business day for an
   * electronic filing outside office hours under art. 54), or providedOn after an art. 17 restart.
   */
  readonly termStartedOn: CalendarDate;
  /** The due date in force (moved by extensions and by the art. 17 restart). */
  readonly dueDate: CalendarDate;
  /** Twice the term from termStartedOn: no extension may pass it. */
  readonly maxDueDate: CalendarDate;
  /** The calendar that computed dueDate and maxDueDate. */
  readonly calendarVersion: string;
  /**
   * The day the term was first extended (art. 14, par.), null while it has not been: one extension per
   * case. Logs written before the rule may hold two; the first one's day is kept.
   */
  readonly extendedOn: CalendarDate | null;
  readonly assignee: Assignee | null;
  readonly informationRequest: InformationRequestRecord | null;
  /** The copies owed after positive silence (art. 14.1), once delivered; null until then. */
  readonly copiesDelivery: CopiesDeliveryRecord | null;
  /** When the latest of its facts happened: a fact dated now may not precede it. */
  readonly lastFactAt: Instant;
  /** An anonymous denuncia's merit evaluation (Ley 962 de 2005 art. 81): when; null while not evaluated. */
  readonly meritEvaluatedAt: Instant | null;
  /** A habeas data reclamo's "reclamo en trámite" mark (Ley 1581 art. 15); null until marked. */
  readonly claimInProcessMark: ClaimInProcessMark | null;
  /** The joint answer (art. 22) that answered the case; null otherwise. */
  readonly jointAnswerId: string | null;
}

export interface NotReceivedCase {
  readonly status: 'NOT_RECEIVED';
}

export interface ReceivedCase extends PqrsCaseRecord {
  readonly status: 'RECEIVED';
  readonly assignee: null;
}

export interface AssignedCase extends PqrsCaseRecord {
  readonly status: 'ASSIGNED';
  readonly assignee: Assignee;
}

/** Art. 17: the term is stopped until the petitioner completes the petition. */
export interface AwaitingInformationCase extends PqrsCaseRecord {
  readonly status: 'AWAITING_INFORMATION';
  readonly informationRequest: InformationRequestRecord & {
    readonly providedAt: null;
    readonly providedOn: null;
  };
}

export interface AnswerRecord {
  readonly answeredAt: Instant;
  readonly answeredOn: CalendarDate;
  readonly answeredOnTime: boolean;
  readonly businessDaysTaken: number;
}

export interface AnsweredCase extends PqrsCaseRecord, AnswerRecord {
  readonly status: 'ANSWERED';
}

export interface ClosedCase extends PqrsCaseRecord, AnswerRecord {
  readonly status: 'CLOSED';
  readonly closedAt: Instant;
}

export interface TransferredCase extends PqrsCaseRecord {
  readonly status: 'TRANSFERRED';
  /** The competent entity the case was forwarded to. */
  readonly transferredTo: string;
  readonly transferredAt: Instant;
  readonly transferredOn: CalendarDate;
  /** Transferred after the five business days of art. 21 (recorded, not refused). */
  readonly transferredLate: boolean;
}

export interface WithdrawnCase extends PqrsCaseRecord {
  readonly status: 'WITHDRAWN';
  readonly withdrawalMode: WithdrawalMode;
  readonly withdrawnAt: Instant;
}

export type PqrsState =
  | NotReceivedCase
  | ReceivedCase
  | AssignedCase
  | AwaitingInformationCase
  | AnsweredCase
  | ClosedCase
  | TransferredCase
  | WithdrawnCase;

export type OpenPqrsCase = ReceivedCase | AssignedCase | AwaitingInformationCase;

export const initialPqrsState: PqrsState = { status: 'NOT_RECEIVED' };

export function isOpen(state: Pick<PqrsState, 'status'>): state is OpenPqrsCase {
  return (OPEN_PQRS_STATUSES as readonly string[]).includes(state.status);
}

/** The common record of a case, without the fields of its status. */
function recordOf(state: PqrsCaseRecord): PqrsCaseRecord {
  return {
    radicado: state.radicado,
    kind: state.kind,
    channel: state.channel,
    subject: state.subject,
    petitionerId: state.petitionerId,
    personType: state.personType,
    textOwnerId: state.textOwnerId,
    accessCodeHash: state.accessCodeHash,
    answerChannel: state.answerChannel,
    notifications: state.notifications,
    answerDraft: state.answerDraft,
    priority: state.priority,
    receivedAt: state.receivedAt,
    receivedOn: state.receivedOn,
    termBusinessDays: state.termBusinessDays,
    termStartedOn: state.termStartedOn,
    dueDate: state.dueDate,
    maxDueDate: state.maxDueDate,
    calendarVersion: state.calendarVersion,
    extendedOn: state.extendedOn,
    assignee: state.assignee,
    informationRequest: state.informationRequest,
    copiesDelivery: state.copiesDelivery ?? null,
    lastFactAt: state.lastFactAt,
    meritEvaluatedAt: state.meritEvaluatedAt,
    claimInProcessMark: state.claimInProcessMark,
    jointAnswerId: state.jointAnswerId,
  };
}

/** The later of two instants; an unknown one (an event stored before it was kept) changes nothing. */
function later(current: Instant, next: Instant | null): Instant {
  return next !== null && compareInstants(next, current) > 0 ? next : current;
}

/** An open case with the term running again: assigned if it has an assignee, received otherwise. */
function runningCase(record: PqrsCaseRecord): ReceivedCase | AssignedCase {
  return record.assignee === null
    ? { ...record, status: 'RECEIVED', assignee: null }
    : { ...record, status: 'ASSIGNED', assignee: record.assignee };
}

/**
 * Folds one event into the case. The event is a fact: nothing is validated and nothing thrown; an event
 * that cannot apply to the state (which decide never produces) leaves the state as it was.
 */
export function evolve(state: PqrsState, event: PqrsEvent): PqrsState {
  if (isNotificationEvent(event)) {
    if (state.status === 'NOT_RECEIVED') return state;
    return { ...state, notifications: evolveNotifications(state.notifications, event) };
  }
  switch (event.type) {
    case 'Received': {
      const data = event.data;
      return {
        status: 'RECEIVED',
        radicado: data.radicado,
        kind: data.kind,
        channel: data.channel,
        subject: data.subject,
        petitionerId: data.petitionerId,
        personType: data.personType,
        textOwnerId: data.petitionerId ?? data.textOwnerId,
        accessCodeHash: data.accessCodeHash,
        answerChannel: data.answerChannel,
        notifications: [],
        answerDraft: null,
        priority: data.priority,
        receivedAt: data.receivedAt,
        receivedOn: data.receivedOn,
        termBusinessDays: data.termBusinessDays,
        termStartedOn: data.radicatedOn,
        dueDate: data.dueDate,
        maxDueDate: data.maxDueDate,
        calendarVersion: data.calendarVersion,
        extendedOn: null,
        assignee: null,
        informationRequest: null,
        copiesDelivery: null,
        lastFactAt: data.receivedAt,
        meritEvaluatedAt: null,
        claimInProcessMark: null,
        jointAnswerId: null,
      };
    }
    case 'Assigned': {
      if (!isOpen(state)) return state;
      const assignee: Assignee = { id: event.data.assigneeId, dependency: event.data.dependency };
      const lastFactAt = later(state.lastFactAt, event.data.assignedAt);
      return state.status === 'AWAITING_INFORMATION'
        ? { ...state, assignee, lastFactAt }
        : { ...recordOf(state), status: 'ASSIGNED', assignee, lastFactAt };
    }
    case 'InformationRequested': {
      if (state.status !== 'RECEIVED' && state.status !== 'ASSIGNED') return state;
      return {
        ...recordOf(state),
        status: 'AWAITING_INFORMATION',
        informationRequest: {
          requestedAt: event.data.requestedAt,
          requestedOn: event.data.requestedOn,
          tacitWithdrawalFrom: event.data.tacitWithdrawalFrom,
          windowExtendedOn: null,
          providedAt: null,
          providedOn: null,
        },
        lastFactAt: later(state.lastFactAt, event.data.requestedAt),
      };
    }
    case 'InformationProvided': {
      if (state.status !== 'AWAITING_INFORMATION') return state;
      return runningCase({
        ...recordOf(state),
        termStartedOn: event.data.providedOn,
        dueDate: event.data.dueDate,
        maxDueDate: event.data.maxDueDate,
        calendarVersion: event.data.calendarVersion,
        informationRequest: {
          ...state.informationRequest,
          providedAt: event.data.providedAt,
          providedOn: event.data.providedOn,
        },
        lastFactAt: later(state.lastFactAt, event.data.providedAt),
      });
    }
    case 'DeadlineExtended': {
      if (!isOpen(state)) return state;
      return {
        ...state,
        dueDate: event.data.newDueDate,
        maxDueDate: event.data.maxDueDate,
        extendedOn: state.extendedOn ?? event.data.extendedOn,
        lastFactAt: later(state.lastFactAt, event.data.extendedAt),
      };
    }
    case 'Transferred': {
      if (!isOpen(state)) return state;
      return {
        ...recordOf(state),
        status: 'TRANSFERRED',
        transferredTo: event.data.entity,
        transferredAt: event.data.transferredAt,
        transferredOn: event.data.transferredOn,
        transferredLate: event.data.late,
        lastFactAt: later(state.lastFactAt, event.data.transferredAt),
      };
    }
    case 'Answered': {
      if (!isOpen(state)) return state;
      return {
        ...recordOf(state),
        status: 'ANSWERED',
        dueDate: event.data.dueDate,
        answeredAt: event.data.answeredAt,
        answeredOn: event.data.answeredOn,
        answeredOnTime: event.data.onTime,
        businessDaysTaken: event.data.businessDaysTaken,
        answerDraft: null,
        lastFactAt: later(state.lastFactAt, event.data.answeredAt),
      };
    }
    case 'Closed': {
      if (state.status !== 'ANSWERED') return state;
      return {
        ...state,
        status: 'CLOSED',
        closedAt: event.data.closedAt,
        lastFactAt: later(state.lastFactAt, event.data.closedAt),
      };
    }
    case 'Withdrawn': {
      if (!isOpen(state)) return state;
      return {
        ...recordOf(state),
        status: 'WITHDRAWN',
        withdrawalMode: event.data.mode,
        withdrawnAt: event.data.withdrawnAt,
        lastFactAt: later(state.lastFactAt, event.data.withdrawnAt),
      };
    }
    case 'AnswerDrafted': {
      if (!isOpen(state)) return state;
      return {
        ...state,
        answerDraft: {
          draft: event.data.draft,
          draftedBy: event.data.draftedBy,
          draftedAt: event.data.draftedAt,
          answer: event.data.answer,
          attachments: event.data.attachments,
          accessDecision: event.data.accessDecision,
          accessDenialGround: event.data.accessDenialGround,
          accessDenialDetail: event.data.accessDenialDetail,
          accessException: event.data.accessException,
          accessDenialProvision: event.data.accessDenialProvision,
          accessDenialHarm: event.data.accessDenialHarm,
          publicVersionDelivered: event.data.publicVersionDelivered,
          status: 'DRAFTED',
        },
      };
    }
    case 'AnswerReturned': {
      if (!isOpen(state) || state.answerDraft?.draft !== event.data.draft) return state;
      return { ...state, answerDraft: { ...state.answerDraft, status: 'RETURNED' } };
    }
    case 'ClaimInProcessMarked': {
      if (state.status === 'NOT_RECEIVED' || state.claimInProcessMark !== null) return state;
      return {
        ...state,
        claimInProcessMark: { ...event.data },
        lastFactAt: later(state.lastFactAt, event.data.markedAt),
      };
    }
    case 'JointAnswerLinked':
      if (!isOpen(state)) return state;
      return { ...state, jointAnswerId: event.data.jointAnswerId };
    case 'AnswerApproved':
      // The Answered recorded with it closes the draft.
      return state;
    case 'PriorityRecognised':
    case 'PriorityAlertRaised':
      // Facts of the filing for the case's readers; Received holds the reasons the rules need.
      return state;
    case 'MeritEvaluated':
      if (state.status === 'NOT_RECEIVED') return state;
      return {
        ...state,
        meritEvaluatedAt: event.data.evaluatedAt,
        lastFactAt: later(state.lastFactAt, event.data.evaluatedAt),
      };
    case 'CompletionWindowExtended': {
      if (state.status !== 'AWAITING_INFORMATION') return state;
      return {
        ...state,
        informationRequest: {
          ...state.informationRequest,
          tacitWithdrawalFrom: event.data.tacitWithdrawalFrom,
          windowExtendedOn: event.data.askedOn,
        },
        lastFactAt: later(state.lastFactAt, event.data.askedAt),
      };
    }
    case 'CopiesDelivered': {
      if (state.status === 'NOT_RECEIVED') return state;
      return {
        ...state,
        copiesDelivery: { deliveredOn: event.data.deliveredOn, onTime: event.data.onTime },
        lastFactAt: later(state.lastFactAt, event.data.deliveredAt),
      };
    }
    case 'RefilingRecorded':
      // The link to the withdrawn case is the read model's to show; the rules need nothing of it.
      return state;
    default: {
      // A type this code does not know yet (written by a newer version): the state stays as it was.
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
}
