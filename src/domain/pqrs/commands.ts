// What staff ask of a PQRS case. The moment and the actor arrive in the DecisionContext.
import type { NoticeKind } from '../notifications/notice-kinds.js';
import type { NotificationCommand } from '../notifications/notifications.js';
import type { AttachmentRef } from '../shared/attachments.js';
import type { StaffMember } from '../shared/staff-member.js';
import type { Instant, CalendarDate } from '../shared/time.js';
import type {
  AccessDecision,
  AccessDenialGround,
  AccessException,
  AnswerChannel,
  AnswerLetter,
  DataProcessingConsent,
  MeritAction,
  MeritBasis,
  PersonType,
  PqrsChannel,
  PqrsKind,
  PriorityReason,
  VerbalAnswerMode,
  WithdrawalMode,
} from './events.js';
import type { PqrsStatus } from './state.js';

/**
 * What completes a denial of access (Ley 1712 de 2014 arts. 18, 19, 21, 28; Ley 1755 de 2015 art. 25),
 * required when the decision withholds information: the exception (derived from the ground when absent),
 * the norm that establishes it and the harm argued (sealed free texts), and whether a public version of
 * the rest was delivered.
 */
export interface AccessDenialCompletion {
  readonly accessException?: AccessException | null;
  readonly accessDenialProvision?: string | null;
  readonly accessDenialHarm?: string | null;
  readonly publicVersionDelivered?: boolean | null;
}

export type ReceivePqrs = {
  readonly type: 'ReceivePqrs';
  readonly data: {
    /** The notices' template versions in force (written by the command path). */
    readonly noticeTemplates?: NoticeTemplateVersions;
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
     * The access code itself, for the acknowledgment that tells it to the petitioner: a free text sealed
     * under their key before the log sees it (the log holds its reference, never the code).
     */
    readonly accessCode?: string | null;
    /**
     * The version of the petitioner's data the case is filed with, written by the command path once it
     * has kept them in the personal-data store; absent: the first.
     */
    readonly petitionerVersion?: number;
    /** When the office received it; null: now. */
    readonly receivedAt: Instant | null;
    readonly priority: readonly PriorityReason[];
    /** The summary proof of a fundamental-right risk (art. 20), in words: sealed like every free text. */
    readonly priorityProof?: string | null;
    /** Files of this filing (by sha256) that prove the fundamental-right risk. */
    readonly priorityProofAttachments?: readonly string[];
    /** The risk is to life or personal integrity (art. 20): the coordinators are alerted at once. */
    readonly lifeOrIntegrityRisk?: boolean;
    /** Why it is recorded after the late-entry window of receivedAt (required then). */
    readonly lateEntryReason?: string | null;
    /** The radicado of the petitioner's withdrawn petition this filing presents again (art. 17). */
    readonly refilingOf?: string | null;
    /** That case as the command path found it (written by the look-up); null when it does not exist. */
    readonly refiledCase?: RefiledCase | null;
  };
};

/** What a new filing needs to know of the withdrawn case it presents again. */
export interface RefiledCase {
  readonly status: PqrsStatus;
  readonly withdrawnAt: Instant | null;
}

/** Art. 17: the petitioner asks, before the window to complete ends, for an equal extension of it. */
export type ExtendCompletionWindow = {
  readonly type: 'ExtendCompletionWindow';
  readonly data: {
    /** When the petitioner asked; null: now (always so for a citizen on the tracking page). */
    readonly askedAt: Instant | null;
    /** Why it is recorded after the late-entry window of askedAt (required then). */
    readonly lateEntryReason?: string | null;
  };
};

/** Art. 14.1: the copies of a request accepted by positive silence were delivered. */
export type RecordCopiesDelivery = {
  readonly type: 'RecordCopiesDelivery';
  readonly data: {
    /** When they were delivered; null: now. */
    readonly deliveredAt: Instant | null;
    /** How and what was delivered (sealed like every free text). */
    readonly note: string;
    readonly lateEntryReason?: string | null;
  };
};

/**
 * The merit evaluation of an anonymous denuncia (Ley 962 de 2005 art. 81; Ley 1952 de 2019 art. 86):
 * whether the facts are summarily proven or concrete enough to identify them, and the action it starts.
 */
export type EvaluateDenunciationMerit = {
  readonly type: 'EvaluateDenunciationMerit';
  readonly data: {
    readonly admissible: boolean;
    readonly basis: MeritBasis;
    readonly motivation: string;
    /** Required when admissible; refused otherwise. */
    readonly action: MeritAction | null;
    readonly actionReference: string | null;
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
  readonly data: {
    readonly note: string;
    /** The notices' template versions in force (written by the command path). */
    readonly noticeTemplates?: NoticeTemplateVersions;
  };
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
  readonly data: {
    readonly newDueDate: CalendarDate;
    readonly reason: string;
    /** The notices' template versions in force (written by the command path). */
    readonly noticeTemplates?: NoticeTemplateVersions;
  };
};

export type TransferPqrs = {
  readonly type: 'TransferPqrs';
  readonly data: {
    /** The notices' template versions in force (written by the command path). */
    readonly noticeTemplates?: NoticeTemplateVersions;
    readonly entity: string;
    readonly reason: string;
    /**
     * Where the copy goes (art. 21): the competent entity's e-mail address, sealed as a free text; null:
     * the copy goes by post and staff record its dispatch.
     */
    readonly entityEmail?: string | null;
  };
};

export type AnswerPqrs = {
  readonly type: 'AnswerPqrs';
  readonly data: AccessDenialCompletion & {
    /**
     * For a petition made verbally: the answer was given in person or by phone, `answer` its written
     * record (Decreto 1166 de 2016); null or absent: a written answer.
     */
    readonly verbalAnswer?: VerbalAnswerMode | null;
    /** The notices' template versions in force (written by the command path). */
    readonly noticeTemplates?: NoticeTemplateVersions;
    readonly answer: string;
    /** When the answer was given; null: now. */
    readonly answeredAt: Instant | null;
    /** Required when answering a request for information (Ley 1712 de 2014); refused for other kinds. */
    readonly accessDecision?: AccessDecision | null;
    /** Required when that decision denies access, in whole or in part (Ley 1712, arts. 18 and 19). */
    readonly accessDenialGround?: AccessDenialGround | null;
    /** How the ground applies to this request, in the answerer's words (sealed like every free text). */
    readonly accessDenialDetail?: string | null;
    /** Why it is recorded after the late-entry window of answeredAt (required then). */
    readonly lateEntryReason?: string | null;
    /** The answer's annexes (and the letter, once issued: the command path claims every file here). */
    readonly attachments?: readonly AttachmentRef[];
    /** The letter the command path issued for this answer (outgoing number, PDF): null when none was. */
    readonly letter?: AnswerLetter | null;
  };
};

/** An answer written for a coordinator's approval (visto bueno), for the kinds the office reviews. */
export type DraftAnswer = {
  readonly type: 'DraftAnswer';
  readonly data: AccessDenialCompletion & {
    readonly answer: string;
    readonly accessDecision?: AccessDecision | null;
    readonly accessDenialGround?: AccessDenialGround | null;
    readonly accessDenialDetail?: string | null;
    readonly attachments?: readonly AttachmentRef[];
  };
};

export type ApproveAnswer = {
  readonly type: 'ApproveAnswer';
  readonly data: {
    /** The notices' template versions in force (written by the command path). */
    readonly noticeTemplates?: NoticeTemplateVersions;
    /** The draft the coordinator read: a newer one must be read first. */
    readonly draft: number;
    /** The letter issued for the approved answer (written by the command path); its PDF is claimed here. */
    readonly letter?: AnswerLetter | null;
    readonly attachments?: readonly AttachmentRef[];
  };
};

export type ReturnAnswer = {
  readonly type: 'ReturnAnswer';
  readonly data: { readonly draft: number; readonly remarks: string };
};

/**
 * Art. 22 (Ley 1437 de 2011, sustituido por la Ley 1755 de 2015): the case is answered by a published joint
 * answer (src/domain/joint-answer), which the command path runs on each of its cases.
 */
export type AnswerJointly = {
  readonly type: 'AnswerJointly';
  readonly data: {
    readonly jointAnswerId: string;
    /** The joint answer's text, sealed again under this case's owner. */
    readonly answer: string;
    /** The answer letter issued for this case (written by the command path). */
    readonly letter?: AnswerLetter | null;
    readonly noticeTemplates?: NoticeTemplateVersions;
  };
};

/** Ley 1581 de 2012, art. 15: the data of a habeas data reclamo are marked "reclamo en trámite". */
export type MarkClaimInProcess = {
  readonly type: 'MarkClaimInProcess';
  readonly data: Record<string, never>;
};

export type ClosePqrs = { readonly type: 'ClosePqrs'; readonly data: Record<string, never> };

export type WithdrawPqrs = {
  readonly type: 'WithdrawPqrs';
  readonly data: {
    readonly mode: WithdrawalMode;
    /** For a tacit withdrawal, its motivation (art. 17: "acto administrativo motivado"); sealed. */
    readonly reason: string;
    /** The number of the act that decides a tacit withdrawal (required then, refused for an express one). */
    readonly actNumber?: string | null;
    /** The notices' template versions in force (written by the command path). */
    readonly noticeTemplates?: NoticeTemplateVersions;
  };
};

/**
 * The version of each notice's template in force, written by the command path on the commands that
 * notify (absent: version 1, the texts Ventanilla ships).
 */
export type NoticeTemplateVersions = Readonly<Partial<Record<NoticeKind, number>>>;

export type PqrsCommand =
  | ReceivePqrs
  | AssignPqrs
  | RequestInformation
  | ProvideInformation
  | ExtendDeadline
  | TransferPqrs
  | AnswerPqrs
  | ClosePqrs
  | WithdrawPqrs
  | DraftAnswer
  | ApproveAnswer
  | ReturnAnswer
  | EvaluateDenunciationMerit
  | MarkClaimInProcess
  | AnswerJointly
  | ExtendCompletionWindow
  | RecordCopiesDelivery
  | NotificationCommand;
