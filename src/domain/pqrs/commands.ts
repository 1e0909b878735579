// What staff ask of a PQRS case. The moment and the actor arrive in the DecisionContext.
import type { AttachmentRef } from '../shared/attachments.js';
import type { StaffMember } from '../shared/staff-member.js';
import type { Instant, CalendarDate } from '../shared/time.js';
import type {
  AccessDecision,
  AnswerChannel,
  DataProcessingConsent,
  PersonType,
  PqrsChannel,
  PqrsKind,
  PriorityReason,
  WithdrawalMode,
} from './events.js';

export type ReceivePqrs = {
  readonly type: 'ReceivePqrs';
  readonly data: {
    readonly radicado: string;
    readonly kind: PqrsKind;
    readonly channel: PqrsChannel;
    readonly subject: string;
    readonly description: string;
    /** Null for an anonymous filing (personType ANONYMOUS), and only then. */
    readonly petitionerId: string | null;
    /** Absent: NATURAL. */
    readonly personType?: PersonType;
    /**
     * The owner an anonymous filing's texts were sealed under, written by the command path when it seals
     * them (the case names no petitioner whose key they could go under).
     */
    readonly textOwnerId?: string | null;
    readonly answerChannel?: AnswerChannel | null;
    readonly dataProcessingConsent?: DataProcessingConsent | null;
    readonly attachments?: readonly AttachmentRef[];
    /** For filings through the Ventanilla virtual: `sha256:<hex>` of the access code given to the citizen. */
    readonly accessCodeHash?: string | null;
    /**
     * The version of the petitioner's data the case is filed with, written by the command path once it
     * has kept them in the personal-data store; absent: the first.
     */
    readonly petitionerVersion?: number;
    /** When the office received it; null: now. */
    readonly receivedAt: Instant | null;
    readonly priority: readonly PriorityReason[];
    /** Why it is recorded after the late-entry window of receivedAt (required then). */
    readonly lateEntryReason?: string | null;
  };
};

export type AssignPqrs = {
  readonly type: 'AssignPqrs';
  readonly data: {
    /** The account as the staff directory knows it (staffMemberNamed until looked up). */
    readonly assignee: StaffMember;
    /** Null: the assignee's own dependency (or the office's, when they have none). */
    readonly dependency: string | null;
  };
};

export type RequestInformation = {
  readonly type: 'RequestInformation';
  readonly data: { readonly note: string };
};

export type ProvideInformation = {
  readonly type: 'ProvideInformation';
  readonly data: {
    /** When the petitioner provided it; null: now (always so for a citizen on the tracking page). */
    readonly providedAt: Instant | null;
    readonly note: string;
    readonly attachments?: readonly AttachmentRef[];
    /** Why it is recorded after the late-entry window of providedAt (required then). */
    readonly lateEntryReason?: string | null;
  };
};

export type ExtendDeadline = {
  readonly type: 'ExtendDeadline';
  readonly data: { readonly newDueDate: CalendarDate; readonly reason: string };
};

export type TransferPqrs = {
  readonly type: 'TransferPqrs';
  readonly data: { readonly entity: string; readonly reason: string };
};

export type AnswerPqrs = {
  readonly type: 'AnswerPqrs';
  readonly data: {
    readonly answer: string;
    /** When the answer was given; null: now. */
    readonly answeredAt: Instant | null;
    /** Required when answering a request for information (Ley 1712 de 2014); refused for other kinds. */
    readonly accessDecision?: AccessDecision | null;
    /** Why it is recorded after the late-entry window of answeredAt (required then). */
    readonly lateEntryReason?: string | null;
    /** The answer letter and its annexes. */
    readonly attachments?: readonly AttachmentRef[];
  };
};

export type ClosePqrs = { readonly type: 'ClosePqrs'; readonly data: Record<string, never> };

export type WithdrawPqrs = {
  readonly type: 'WithdrawPqrs';
  readonly data: { readonly mode: WithdrawalMode; readonly reason: string };
};

export type PqrsCommand =
  | ReceivePqrs
  | AssignPqrs
  | RequestInformation
  | ProvideInformation
  | ExtendDeadline
  | TransferPqrs
  | AnswerPqrs
  | ClosePqrs
  | WithdrawPqrs;
