// An affiliation as its events leave it: a union on `status` holding what the rules in decide.ts need.
import {
  evolveNotifications,
  isNotificationEvent,
  type NotificationRecord,
} from '../notifications/notifications.js';
import type { AttachmentRef } from '../shared/attachments.js';
import type { CalendarDate, Instant } from '../shared/time.js';
import type { AffiliationChannel, AffiliationDecision, AffiliationEvent, AffiliationType } from './events.js';

export const AFFILIATION_STATUSES = [
  'NOT_RECEIVED',
  'RECEIVED',
  'ASSIGNED',
  'REQUIREMENTS_VERIFIED',
  'APPROVED',
  'REJECTED',
  'RETIRED',
] as const;
export type AffiliationStatus = (typeof AFFILIATION_STATUSES)[number];

/** Statuses in which the application is still under review: documents are checked, staff decide. */
export const IN_REVIEW_STATUSES = ['RECEIVED', 'ASSIGNED'] as const;
/** Statuses awaiting a decision (approve or reject). */
export const UNDECIDED_STATUSES = ['RECEIVED', 'ASSIGNED', 'REQUIREMENTS_VERIFIED'] as const;

/** The last check of one support document. */
export type DocumentCheck =
  | {
      readonly status: 'ACCEPTED';
      readonly evidenceReference: string | null;
      readonly attachments?: readonly AttachmentRef[];
      readonly checkedBy: string;
      readonly checkedAt: Instant;
    }
  | {
      readonly status: 'REJECTED';
      readonly reason: string;
      readonly checkedBy: string;
      readonly checkedAt: Instant;
    };

/** What every received application knows, whatever its status. */
export interface AffiliationRecord {
  readonly affiliationId: string;
  readonly affiliationType: AffiliationType;
  readonly channel: AffiliationChannel;
  readonly applicantId: string;
  /** The campaign's name in free text, as applications received before campaigns were planned name it. */
  readonly campaign: string | null;
  /** The campaign of the plan it came from (from schema version 5); null: none, or named in free text. */
  readonly campaignId: string | null;
  readonly receivedAt: Instant;
  readonly receivedOn: CalendarDate;
  readonly requiredDocuments: readonly string[];
  /** By document type: the last check of each document seen so far. */
  readonly documents: Readonly<Record<string, DocumentCheck>>;
  readonly assigneeId: string | null;
  /** The notices of the affiliation (its decision, by mail), with what became of each. */
  readonly notifications: readonly NotificationRecord[];
}

export interface DecisionRecord {
  readonly decidedAt: Instant;
  readonly decidedOn: CalendarDate;
  /** Null until staff record that they told the applicant by a means of their own. */
  readonly notification: { readonly channel: AffiliationChannel; readonly notifiedAt: Instant } | null;
}

export interface NotReceivedAffiliation {
  readonly status: 'NOT_RECEIVED';
}

export interface ReceivedAffiliation extends AffiliationRecord {
  readonly status: 'RECEIVED';
  readonly assigneeId: null;
}

export interface AssignedAffiliation extends AffiliationRecord {
  readonly status: 'ASSIGNED';
  readonly assigneeId: string;
}

export interface VerifiedAffiliation extends AffiliationRecord {
  readonly status: 'REQUIREMENTS_VERIFIED';
  readonly verifiedAt: Instant;
}

/** An active affiliate. */
export interface ApprovedAffiliation extends AffiliationRecord, DecisionRecord {
  readonly status: 'APPROVED';
  readonly memberNumber: string;
  readonly approvedOn: CalendarDate;
  /** Effective date of the last reactivation, if the affiliate came back after a retirement. */
  readonly reactivatedOn: CalendarDate | null;
}

export interface RejectedAffiliation extends AffiliationRecord, DecisionRecord {
  readonly status: 'REJECTED';
  readonly rejectionReason: string;
}

/** An affiliate who left: may be reactivated. */
export interface RetiredAffiliation extends AffiliationRecord, DecisionRecord {
  readonly status: 'RETIRED';
  readonly memberNumber: string;
  readonly approvedOn: CalendarDate;
  readonly retiredOn: CalendarDate;
}

export type AffiliationState =
  | NotReceivedAffiliation
  | ReceivedAffiliation
  | AssignedAffiliation
  | VerifiedAffiliation
  | ApprovedAffiliation
  | RejectedAffiliation
  | RetiredAffiliation;

export type InReviewAffiliation = ReceivedAffiliation | AssignedAffiliation;
export type UndecidedAffiliation = InReviewAffiliation | VerifiedAffiliation;
export type DecidedAffiliation = ApprovedAffiliation | RejectedAffiliation | RetiredAffiliation;
/** Approved at some point: has a member number, active or retired. */
export type AffiliateState = ApprovedAffiliation | RetiredAffiliation;

export const initialAffiliationState: AffiliationState = { status: 'NOT_RECEIVED' };

export function isInReview(state: Pick<AffiliationState, 'status'>): state is InReviewAffiliation {
  return (IN_REVIEW_STATUSES as readonly string[]).includes(state.status);
}

export function isUndecided(state: Pick<AffiliationState, 'status'>): state is UndecidedAffiliation {
  return (UNDECIDED_STATUSES as readonly string[]).includes(state.status);
}

export function decisionOf(state: DecidedAffiliation): AffiliationDecision {
  return state.status === 'REJECTED' ? 'REJECTED' : 'APPROVED';
}

/** The required documents not accepted yet (missing or rejected), in checklist order. */
export function pendingDocumentsOf(
  record: Pick<AffiliationRecord, 'requiredDocuments' | 'documents'>,
): string[] {
  return record.requiredDocuments.filter((document) => record.documents[document]?.status !== 'ACCEPTED');
}

/** The common record of an application, without the fields of its status. */
function recordOf(state: AffiliationRecord): AffiliationRecord {
  return {
    affiliationId: state.affiliationId,
    affiliationType: state.affiliationType,
    channel: state.channel,
    applicantId: state.applicantId,
    campaign: state.campaign,
    campaignId: state.campaignId,
    receivedAt: state.receivedAt,
    receivedOn: state.receivedOn,
    requiredDocuments: state.requiredDocuments,
    documents: state.documents,
    assigneeId: state.assigneeId,
    notifications: state.notifications,
  };
}

function decisionRecordOf(state: DecisionRecord): DecisionRecord {
  return { decidedAt: state.decidedAt, decidedOn: state.decidedOn, notification: state.notification };
}

/**
 * Folds one event into the affiliation. The event is a fact: nothing is validated and nothing thrown;
 * an event that cannot apply to the state (which decide never produces) leaves the state as it was.
 */
export function evolve(state: AffiliationState, event: AffiliationEvent): AffiliationState {
  if (isNotificationEvent(event)) {
    if (state.status === 'NOT_RECEIVED') return state;
    return { ...state, notifications: evolveNotifications(state.notifications, event) };
  }
  switch (event.type) {
    case 'Received': {
      const data = event.data;
      return {
        status: 'RECEIVED',
        affiliationId: data.affiliationId,
        affiliationType: data.affiliationType,
        channel: data.channel,
        applicantId: data.applicantId,
        campaign: data.campaign,
        campaignId: data.campaignId,
        receivedAt: data.receivedAt,
        receivedOn: data.receivedOn,
        requiredDocuments: data.requiredDocuments,
        documents: {},
        assigneeId: null,
        notifications: [],
      };
    }
    case 'Assigned': {
      if (state.status === 'REQUIREMENTS_VERIFIED') return { ...state, assigneeId: event.data.assigneeId };
      if (!isInReview(state)) return state;
      return { ...recordOf(state), status: 'ASSIGNED', assigneeId: event.data.assigneeId };
    }
    case 'DocumentSubmitted': {
      if (!isInReview(state)) return state;
      const { documentType, evidenceReference, attachments, checkedBy, checkedAt } = event.data;
      return {
        ...state,
        documents: {
          ...state.documents,
          [documentType]: { status: 'ACCEPTED', evidenceReference, attachments, checkedBy, checkedAt },
        },
      };
    }
    case 'DocumentRejected': {
      if (!isInReview(state)) return state;
      const { documentType, reason, checkedBy, checkedAt } = event.data;
      return {
        ...state,
        documents: {
          ...state.documents,
          [documentType]: { status: 'REJECTED', reason, checkedBy, checkedAt },
        },
      };
    }
    case 'RequirementsVerified': {
      if (!isInReview(state)) return state;
      return { ...recordOf(state), status: 'REQUIREMENTS_VERIFIED', verifiedAt: event.data.verifiedAt };
    }
    case 'Approved': {
      if (state.status !== 'REQUIREMENTS_VERIFIED') return state;
      return {
        ...recordOf(state),
        status: 'APPROVED',
        memberNumber: event.data.memberNumber,
        approvedOn: event.data.approvedOn,
        decidedAt: event.data.approvedAt,
        decidedOn: event.data.approvedOn,
        notification: null,
        reactivatedOn: null,
      };
    }
    case 'Rejected': {
      if (!isUndecided(state)) return state;
      return {
        ...recordOf(state),
        status: 'REJECTED',
        rejectionReason: event.data.reason,
        decidedAt: event.data.rejectedAt,
        decidedOn: event.data.rejectedOn,
        notification: null,
      };
    }
    case 'Answered': {
      if (state.status !== 'APPROVED' && state.status !== 'REJECTED' && state.status !== 'RETIRED')
        return state;
      return { ...state, notification: { channel: event.data.channel, notifiedAt: event.data.notifiedAt } };
    }
    case 'NoveltyReported': {
      const { kind, effectiveDate } = event.data;
      if (kind === 'RETIREMENT' && state.status === 'APPROVED') {
        return {
          ...recordOf(state),
          ...decisionRecordOf(state),
          status: 'RETIRED',
          memberNumber: state.memberNumber,
          approvedOn: state.approvedOn,
          retiredOn: effectiveDate,
        };
      }
      if (kind === 'REACTIVATION' && state.status === 'RETIRED') {
        return {
          ...recordOf(state),
          ...decisionRecordOf(state),
          status: 'APPROVED',
          memberNumber: state.memberNumber,
          approvedOn: state.approvedOn,
          reactivatedOn: effectiveDate,
        };
      }
      // A data update changes personal data (kept outside the log), not the affiliation's state.
      return state;
    }
    default: {
      // A type this code does not know yet (written by a newer version): the state stays as it was.
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
}
