// What staff ask of a PQRS case. The moment and the actor arrive in the DecisionContext.
import type { StaffMember } from '../shared/staff-member.js';
import type { Instant, CalendarDate } from '../shared/time.js';
import type { AccessDecision, PqrsChannel, PqrsKind, PriorityReason, WithdrawalMode } from './events.js';

export type ReceivePqrs = {
  readonly type: 'ReceivePqrs';
  readonly data: {
    readonly radicado: string;
    readonly kind: PqrsKind;
    readonly channel: PqrsChannel;
    readonly subject: string;
    readonly description: string;
    readonly petitionerId: string;
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
    readonly providedAt: Instant;
    readonly note: string;
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
