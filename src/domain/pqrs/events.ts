// The facts of a PQRS case's life, stored in its stream `pqrs-<radicado>`. Each carries what an auditor
// needs to understand it (the due date in force, the rule applied), not derived UI fields.
import type { TemplateUsed } from '../notifications/notice-kinds.js';
import {
  NOTIFICATION_EVENT_SCHEMA_VERSIONS,
  type NotificationEvent,
} from '../notifications/notifications.js';
import type { AttachmentRef } from '../shared/attachments.js';
import type { DomainEvent } from '../shared/decider.js';
import type { LateEntry } from '../shared/late-entry.js';
import type { Radication } from './filing-hours.js';
import { TRANSFER_WINDOW_BUSINESS_DAYS } from './legal-terms.js';
import type { CalendarDate, Instant } from '../shared/time.js';

export const PQRS_KINDS = [
  'PETITION',
  'INFORMATION_REQUEST',
  'CONSULTATION',
  'COMPLAINT',
  'CLAIM',
  'SUGGESTION',
  'DENUNCIATION',
  'INTERAUTHORITY',
  // Ley 1581 de 2012, arts. 14 and 15 (habeas-data-terms.ts).
  'HABEAS_DATA_CONSULTATION',
  'HABEAS_DATA_CLAIM',
] as const;
export type PqrsKind = (typeof PQRS_KINDS)[number];

export const PQRS_CHANNELS = ['IN_PERSON', 'PHONE', 'EMAIL', 'WEB', 'MAIL', 'SOCIAL_MEDIA'] as const;
export type PqrsChannel = (typeof PQRS_CHANNELS)[number];

/**
 * Why a case gets priority attention: any of these makes it a priority case. The first three are Ley 1755
 * art. 20's (and art. 13's, for minors): they change the order of attention; the last three are the
 * preferential attention of Ley 1437 de 2011 art. 5 numeral 6 (see priority.ts for the distinction).
 */
export const PRIORITY_REASONS = [
  'FUNDAMENTAL_RIGHT_RISK',
  'JOURNALIST',
  'MINOR',
  'DISABILITY',
  'PREGNANCY',
  'OLDER_ADULT',
] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

export const WITHDRAWAL_MODES = ['EXPRESS', 'TACIT'] as const;

/**
 * Who files (Resolución MinTIC 1519 de 2020, anexo 2: the PQRSD form asks for it): a natural person, a legal
 * one, a child or adolescent (Ley 1755 art. 13 — attended with priority), or no one named at all.
 */
export const PERSON_TYPES = ['NATURAL', 'LEGAL', 'MINOR', 'ANONYMOUS'] as const;
export type PersonType = (typeof PERSON_TYPES)[number];

/** How the petitioner wants the answer: by e-mail or at a postal address. */
export const ANSWER_CHANNELS = ['EMAIL', 'POSTAL'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

/**
 * The kinds that may be filed without naming anyone when the office has not configured others: complaints
 * and denuncias (Ley 1474 de 2011 art. 76; Ley 1755 art. 16 parágrafo on anonymous complaints).
 */
export const DEFAULT_ANONYMOUS_KINDS: readonly PqrsKind[] = ['COMPLAINT', 'DENUNCIATION'];

/** The petitioner's authorisation to process their data (Ley 1581 de 2012), with the policy they accepted. */
export interface DataProcessingConsent {
  readonly policyVersion: string;
  readonly acceptedAt: Instant;
}

/** The facts of a case a command may date before it is recorded (each one's event keeps its LateEntry). */
export const LATE_ENTRY_FACTS = ['RECEIVED', 'INFORMATION_PROVIDED', 'ANSWERED'] as const;
export type LateEntryFact = (typeof LATE_ENTRY_FACTS)[number];
export type WithdrawalMode = (typeof WITHDRAWAL_MODES)[number];

/** Received as first stored (schemaVersion 1), before late entries were recorded. */
export type ReceivedV1 = DomainEvent<
  'Received',
  {
    readonly radicado: string;
    readonly kind: PqrsKind;
    readonly channel: PqrsChannel;
    readonly subject: string;
    readonly description: string;
    /** A reference into the personal-data store; never the person's data itself. */
    readonly petitionerId: string;
    readonly receivedAt: Instant;
    readonly receivedOn: CalendarDate;
    readonly priority: readonly PriorityReason[];
    readonly termBusinessDays: number;
    readonly dueDate: CalendarDate;
    /** Twice the original term: no extension may pass it. */
    readonly maxDueDate: CalendarDate;
    readonly calendarVersion: string;
  }
>;

/** schemaVersion 2: a receipt recorded after the window says so (its radicado follows the recording). */
export type ReceivedV2 = DomainEvent<
  'Received',
  ReceivedV1['data'] & {
    /** Null when recorded within the window of receivedAt. */
    readonly lateEntry: LateEntry | null;
  }
>;

/** Received as stored at schemaVersion 3, when every case named its petitioner. */
export type ReceivedV3 = DomainEvent<
  'Received',
  ReceivedV2['data'] & {
    /**
     * The version of the petitioner's data in the personal-data store this case was filed with: a later
     * filing with other contact data adds a version and leaves this case's as it was.
     */
    readonly petitionerVersion: number;
  }
>;

/**
 * schemaVersion 4: the Ventanilla virtual. A case may name no one (anonymous: petitionerId and its version
 * null, its texts under an owner of their own, `textOwnerId`); it records who files, how they want the
 * answer, their data-processing authorisation, the files filed with it and — for filings through the public
 * portal — the hash of the access code the citizen follows it with (the code itself is never kept).
 */
export type ReceivedV4 = DomainEvent<
  'Received',
  Omit<ReceivedV3['data'], 'petitionerId' | 'petitionerVersion'> & {
    /** A reference into the personal-data store; null for an anonymous filing. */
    readonly petitionerId: string | null;
    readonly petitionerVersion: number | null;
    readonly personType: PersonType;
    /** The owner the case's texts are sealed under when it names no petitioner; null otherwise. */
    readonly textOwnerId: string | null;
    readonly answerChannel: AnswerChannel | null;
    readonly dataProcessingConsent: DataProcessingConsent | null;
    readonly attachments: readonly AttachmentRef[];
    /** `sha256:<hex>` of the access code given to the citizen; null for a filing made by staff. */
    readonly accessCodeHash: string | null;
  }
>;

/**
 * schemaVersion 5: when the filing counts as radicated (Ley 1437 de 2011, art. 54) — the rule applied, the
 * office hours in force, whether it arrived outside them, the radication day and day 1 of the term — beside
 * the calendar version already recorded. Older receipts read as counted from their receipt day.
 */
export type Received = DomainEvent<'Received', ReceivedV4['data'] & Radication>;

/** Assigned as first stored (schemaVersion 1), without the moment. */
export type AssignedV1 = DomainEvent<
  'Assigned',
  {
    readonly assigneeId: string;
    readonly dependency: string;
    /** Set when this is a reassignment. */
    readonly previousAssigneeId: string | null;
  }
>;

/** schemaVersion 2: when the case was assigned (null for assignments stored before it was kept). */
export type Assigned = DomainEvent<'Assigned', AssignedV1['data'] & { readonly assignedAt: Instant | null }>;

export type InformationRequested = DomainEvent<
  'InformationRequested',
  {
    readonly note: string;
    readonly requestedAt: Instant;
    readonly requestedOn: CalendarDate;
    /** From this day on, without the petitioner's answer, the case may be withdrawn tacitly (one month). */
    readonly tacitWithdrawalFrom: CalendarDate;
  }
>;

/** InformationProvided as first stored (schemaVersion 1), before late entries were recorded. */
export type InformationProvidedV1 = DomainEvent<
  'InformationProvided',
  {
    readonly note: string;
    readonly providedAt: Instant;
    readonly providedOn: CalendarDate;
    /** The term restarts from zero: day 1 is the first business day after providedOn. */
    readonly dueDate: CalendarDate;
    readonly maxDueDate: CalendarDate;
    readonly calendarVersion: string;
  }
>;

/** schemaVersion 2: the petitioner's answer recorded after the window says so. */
export type InformationProvidedV2 = DomainEvent<
  'InformationProvided',
  InformationProvidedV1['data'] & { readonly lateEntry: LateEntry | null }
>;

/** schemaVersion 3: the files the petitioner sent with it. */
export type InformationProvided = DomainEvent<
  'InformationProvided',
  InformationProvidedV2['data'] & { readonly attachments: readonly AttachmentRef[] }
>;

/** DeadlineExtended as first stored (schemaVersion 1), with its day only. */
export type DeadlineExtendedV1 = DomainEvent<
  'DeadlineExtended',
  {
    readonly previousDueDate: CalendarDate;
    readonly newDueDate: CalendarDate;
    readonly maxDueDate: CalendarDate;
    readonly reason: string;
    readonly extendedOn: CalendarDate;
  }
>;

/** schemaVersion 2: the moment of the extension (null for extensions stored before it was kept). */
export type DeadlineExtended = DomainEvent<
  'DeadlineExtended',
  DeadlineExtendedV1['data'] & { readonly extendedAt: Instant | null }
>;

/** Transferred as first stored (schemaVersion 1), when a transfer after the art. 21 window was refused. */
export type TransferredV1 = DomainEvent<
  'Transferred',
  {
    readonly entity: string;
    readonly reason: string;
    readonly transferredAt: Instant;
    readonly transferredOn: CalendarDate;
    /** Business days after receipt on which the transfer happened. */
    readonly businessDaysAfterReceipt: number;
  }
>;

/**
 * schemaVersion 2: a transfer after the five business days of art. 21 (Ley 1755 de 2015) is recorded, not
 * refused, and flagged late, so the office can show what happened. `allowedUntil` is the last day of the
 * window on the case's calendar (null for transfers stored before it was kept).
 */
export type Transferred = DomainEvent<
  'Transferred',
  TransferredV1['data'] & { readonly late: boolean; readonly allowedUntil: CalendarDate | null }
>;

/**
 * What an answer to a request for information decided (Ley 1712 de 2014): the access report counts the
 * requests where access was denied (Decreto 103 de 2015, art. 52).
 */
export const ACCESS_DECISIONS = ['GRANTED', 'PARTIALLY_GRANTED', 'DENIED'] as const;
export type AccessDecision = (typeof ACCESS_DECISIONS)[number];

/**
 * The legal ground of a denial, total or partial (Ley 1712 de 2014): the exceptions of art. 18 (harm to
 * the rights of natural or legal persons) and of art. 19 (harm to public interests, and its parágrafo:
 * the deliberative process). Ley 1712 art. 28 puts on the entity the burden of proving the ground.
 */
export const ACCESS_DENIAL_GROUNDS = [
  'PRIVACY',
  'LIFE_HEALTH_SAFETY',
  'TRADE_SECRETS',
  'NATIONAL_DEFENSE',
  'PUBLIC_SAFETY',
  'INTERNATIONAL_RELATIONS',
  'CRIME_PREVENTION',
  'DUE_PROCESS',
  'ADMINISTRATION_OF_JUSTICE',
  'CHILDREN_RIGHTS',
  'MACROECONOMIC_STABILITY',
  'PUBLIC_HEALTH',
  'DELIBERATIVE_PROCESS',
] as const;
export type AccessDenialGround = (typeof ACCESS_DENIAL_GROUNDS)[number];

/** The decisions that withhold information, in whole or in part: each must name its legal ground. */
export const ACCESS_DECISIONS_WITH_GROUND: readonly AccessDecision[] = ['DENIED', 'PARTIALLY_GRANTED'];

/** Why access was denied: the ground and, optionally, how it applies (a sealed free-text reference). */
export interface AccessDenialFacts {
  /** Null when access was granted, for other kinds, and for answers recorded before grounds were. */
  readonly accessDenialGround: AccessDenialGround | null;
  readonly accessDenialDetail: string | null;
}

/** Answered as first stored (schemaVersion 1), before the access decision was recorded. */
export type AnsweredV1 = DomainEvent<
  'Answered',
  {
    readonly answer: string;
    readonly answeredAt: Instant;
    readonly answeredOn: CalendarDate;
    /** The due date in force when answered. */
    readonly dueDate: CalendarDate;
    readonly onTime: boolean;
    /** Business days from receipt (or from the restart after art. 17) to the answer. */
    readonly businessDaysTaken: number;
  }
>;

/** schemaVersion 2: adds the access decision. */
export type AnsweredV2 = DomainEvent<
  'Answered',
  AnsweredV1['data'] & {
    /** For requests for information, what was decided on access; null for every other kind. */
    readonly accessDecision: AccessDecision | null;
  }
>;

/** schemaVersion 3: an answer recorded after the window says so. */
export type AnsweredV3 = DomainEvent<
  'Answered',
  AnsweredV2['data'] & { readonly lateEntry: LateEntry | null }
>;

/** schemaVersion 4: the files sent with the answer (its annexes). */
export type AnsweredV4 = DomainEvent<
  'Answered',
  AnsweredV3['data'] & { readonly attachments: readonly AttachmentRef[] }
>;

/** The answer letter (oficio): its PDF, its outgoing number (`SAL-<year>-<6 digits>`) and its template. */
export interface AnswerLetter {
  readonly attachment: AttachmentRef;
  readonly outgoingNumber: string;
  readonly template: TemplateUsed;
}

/**
 * schemaVersion 5: the answer letter issued with it (null for answers recorded before letters, or
 * recorded from a letter made outside Ventanilla and attached), and the draft approved, when the
 * answer went through review (visto bueno).
 */
export type AnsweredV5 = DomainEvent<
  'Answered',
  AnsweredV4['data'] & { readonly letter: AnswerLetter | null; readonly approvedDraft: number | null }
>;

/** Answered as stored at schemaVersion 6: the legal ground of a denial (Ley 1712 de 2014, arts. 18, 19). */
export type AnsweredV6 = DomainEvent<'Answered', AnsweredV5['data'] & AccessDenialFacts>;

/**
 * The exception a denial invokes (Ley 1712 de 2014): CLASSIFIED, información pública clasificada (art. 18,
 * harm to the rights of persons); RESERVED, información pública reservada (art. 19, harm to public interests).
 */
export const ACCESS_EXCEPTIONS = ['CLASSIFIED', 'RESERVED'] as const;
export type AccessException = (typeof ACCESS_EXCEPTIONS)[number];

/**
 * What makes a denial complete (Ley 1712 arts. 21 and 28; Ley 1755 art. 25): the exception invoked, the norm
 * that establishes it and the harm argued (both sealed free-text references), and whether a public version
 * of the rest was delivered. Null when access was granted, for other kinds, and before they were recorded.
 */
export interface AccessDenialCompleteness {
  readonly accessException: AccessException | null;
  readonly accessDenialProvision: string | null;
  readonly accessDenialHarm: string | null;
  readonly publicVersionDelivered: boolean | null;
}

/**
 * How an answer given by voice was given (Decreto 1166 de 2016: a verbal petition may be answered the same
 * way); its written record is the answer text.
 */
export const VERBAL_ANSWER_MODES = ['IN_PERSON', 'PHONE'] as const;
export type VerbalAnswerMode = (typeof VERBAL_ANSWER_MODES)[number];

/**
 * schemaVersion 7: a denial complete (exception, provision, harm, public version), and, for an answer given
 * verbally, how (null: a written answer).
 */
export type Answered = DomainEvent<
  'Answered',
  AnsweredV6['data'] & AccessDenialCompleteness & { readonly verbalAnswer: VerbalAnswerMode | null }
>;

/** An answer written for review (visto bueno), as first stored (schemaVersion 1). */
export type AnswerDraftedV1 = DomainEvent<
  'AnswerDrafted',
  {
    /** 1, 2, ...: each draft of the case's answer. */
    readonly draft: number;
    readonly answer: string;
    readonly accessDecision: AccessDecision | null;
    readonly attachments: readonly AttachmentRef[];
    readonly draftedAt: Instant;
    /** The staff account that wrote it (the approval must come from another). */
    readonly draftedBy: string;
  }
>;

/** AnswerDrafted as stored at schemaVersion 2: the legal ground of a denial. */
export type AnswerDraftedV2 = DomainEvent<'AnswerDrafted', AnswerDraftedV1['data'] & AccessDenialFacts>;

/**
 * An answer written for review (visto bueno): the texts sealed, the files claimed; nothing is sent.
 * schemaVersion 3: the denial complete (exception, provision, harm, public version), which the approval
 * gives with the answer.
 */
export type AnswerDrafted = DomainEvent<'AnswerDrafted', AnswerDraftedV2['data'] & AccessDenialCompleteness>;

/** A coordinator gave the draft their approval: the Answered that follows in the same decision sends it. */
export type AnswerApproved = DomainEvent<
  'AnswerApproved',
  { readonly draft: number; readonly approvedAt: Instant; readonly draftedBy: string }
>;

/** A coordinator sent the draft back with remarks: the agent writes it again. */
export type AnswerReturned = DomainEvent<
  'AnswerReturned',
  { readonly draft: number; readonly remarks: string; readonly returnedAt: Instant }
>;

/**
 * A habeas data reclamo's data were marked "reclamo en trámite" (Ley 1581 de 2012, art. 15): due within two
 * business days of the complete reclamo (`dueBy`), recorded late rather than refused (`late`).
 */
export type ClaimInProcessMarked = DomainEvent<
  'ClaimInProcessMarked',
  {
    readonly markedAt: Instant;
    readonly markedOn: CalendarDate;
    readonly dueBy: CalendarDate;
    readonly late: boolean;
  }
>;

/**
 * The case is answered by a joint answer published for more than ten equal petitions (art. 22): the link,
 * recorded with the case's own Answered in the same decision.
 */
export type JointAnswerLinked = DomainEvent<
  'JointAnswerLinked',
  { readonly jointAnswerId: string; readonly linkedAt: Instant }
>;

export type Closed = DomainEvent<'Closed', { readonly closedAt: Instant }>;

/** Withdrawn as first stored (schemaVersion 1), before a tacit withdrawal named its act. */
export type WithdrawnV1 = DomainEvent<
  'Withdrawn',
  { readonly mode: WithdrawalMode; readonly reason: string; readonly withdrawnAt: Instant }
>;

/**
 * Art. 20's priority as recognised at filing, recorded in the same decision as Received (which keeps its
 * shape): the reasons, the summary proof of a fundamental-right risk (prueba sumaria: a sealed text and/or
 * files of the filing, by hash) and whether the risk is to life or personal integrity.
 */
export type PriorityRecognised = DomainEvent<
  'PriorityRecognised',
  {
    readonly reasons: readonly PriorityReason[];
    /** The proof given, in the filer's or the official's words (a sealed text reference); null: none. */
    readonly proofSummary: string | null;
    /** Files filed with the case that prove it (their sha256, among Received's attachments). */
    readonly proofAttachments: readonly string[];
    readonly proofGiven: boolean;
    readonly lifeOrIntegrityRisk: boolean;
    readonly recognisedAt: Instant;
  }
>;

/**
 * schemaVersion 2: a tacit withdrawal is decided by a motivated act (Ley 1755 art. 17): its number is
 * recorded (the motivation is `reason`, sealed); null for an express withdrawal and for v1 events.
 */
export type Withdrawn = DomainEvent<'Withdrawn', WithdrawnV1['data'] & { readonly actNumber: string | null }>;

/**
 * Art. 17 (Ley 1755 de 2015): the petitioner asked, before the window to complete ended, to extend it
 * "hasta por un término igual". `tacitWithdrawalFrom` is the new first day tacit withdrawal may be
 * decided on; `askedAt` when the petitioner asked (a staff recording may date it, as a late entry).
 */
export type CompletionWindowExtended = DomainEvent<
  'CompletionWindowExtended',
  {
    readonly askedAt: Instant;
    readonly askedOn: CalendarDate;
    readonly previousTacitWithdrawalFrom: CalendarDate;
    readonly tacitWithdrawalFrom: CalendarDate;
    readonly lateEntry: LateEntry | null;
  }
>;

/**
 * Art. 20: a risk of imminent harm to life or personal integrity requires immediate measures: the
 * coordinators are alerted at once (a PRIORITY_ALERT notice follows in the same decision).
 */
export type PriorityAlertRaised = DomainEvent<
  'PriorityAlertRaised',
  { readonly reasons: readonly PriorityReason[]; readonly raisedAt: Instant }
>;

/** The merit evaluation of an anonymous denuncia (Ley 962 de 2005 art. 81; Ley 1952 de 2019 art. 86). */
export const MERIT_BASES = ['FACTS_SUMMARILY_PROVEN', 'IDENTIFIABLE_FACTS_OR_PERSONS', 'NEITHER'] as const;
export type MeritBasis = (typeof MERIT_BASES)[number];

/** The action an admissible anonymous denuncia starts. */
export const MERIT_ACTIONS = [
  'INTERNAL_DISCIPLINARY_CONTROL',
  'COMPETENT_AUTHORITY',
  'ADMINISTRATIVE_ACTION',
] as const;
export type MeritAction = (typeof MERIT_ACTIONS)[number];

export type MeritEvaluated = DomainEvent<
  'MeritEvaluated',
  {
    readonly admissible: boolean;
    readonly basis: MeritBasis;
    /** Why, in the evaluator's words (a sealed text reference). */
    readonly motivation: string;
    /** The action started; null when not admissible. */
    readonly action: MeritAction | null;
    /** The action's reference (the disciplinary file's number, the referral's letter); null when none. */
    readonly actionReference: string | null;
    readonly evaluatedAt: Instant;
    readonly evaluatedOn: CalendarDate;
  }
>;

/**
 * Art. 14 numeral 1 (Ley 1755 de 2015): a request for documents unanswered in its term is accepted by
 * law and the copies are delivered within the next three business days. The delivery, on time or late.
 */
export type CopiesDelivered = DomainEvent<
  'CopiesDelivered',
  {
    readonly deliveredAt: Instant;
    readonly deliveredOn: CalendarDate;
    /** The first day of the positive silence: the day after the due date in force passed unanswered. */
    readonly silenceFrom: CalendarDate;
    /** The last of the three business days after the due date. */
    readonly copiesDueBy: CalendarDate;
    readonly onTime: boolean;
    readonly note: string;
    readonly lateEntry: LateEntry | null;
  }
>;

/**
 * The new filing of a petitioner whose earlier petition was withdrawn (art. 17: "sin perjuicio de que la
 * respectiva solicitud pueda ser nuevamente presentada"): recorded with the Received of the new case.
 */
export type RefilingRecorded = DomainEvent<
  'RefilingRecorded',
  { readonly withdrawnRadicado: string; readonly withdrawnAt: Instant | null }
>;

export type PqrsEvent =
  | Received
  | Assigned
  | InformationRequested
  | InformationProvided
  | DeadlineExtended
  | Transferred
  | Answered
  | Closed
  | Withdrawn
  | AnswerDrafted
  | AnswerApproved
  | AnswerReturned
  | PriorityRecognised
  | PriorityAlertRaised
  | MeritEvaluated
  | ClaimInProcessMarked
  | JointAnswerLinked
  | CompletionWindowExtended
  | CopiesDelivered
  | RefilingRecorded
  | NotificationEvent;

export type PqrsEventType = PqrsEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const PQRS_EVENT_SCHEMA_VERSIONS: Readonly<Record<PqrsEventType, number>> = {
  Received: 5,
  Assigned: 2,
  InformationRequested: 1,
  InformationProvided: 3,
  DeadlineExtended: 2,
  Transferred: 2,
  Answered: 7,
  Closed: 1,
  Withdrawn: 2,
  AnswerDrafted: 3,
  AnswerApproved: 1,
  AnswerReturned: 1,
  PriorityRecognised: 1,
  PriorityAlertRaised: 1,
  MeritEvaluated: 1,
  ClaimInProcessMarked: 1,
  JointAnswerLinked: 1,
  CompletionWindowExtended: 1,
  CopiesDelivered: 1,
  RefilingRecorded: 1,
  ...NOTIFICATION_EVENT_SCHEMA_VERSIONS,
};

/** What an answer or draft stored before schemaVersion 7 (3 for drafts) reads as: not recorded. */
const DENIAL_COMPLETENESS_NOT_RECORDED: AccessDenialCompleteness = {
  accessException: null,
  accessDenialProvision: null,
  accessDenialHarm: null,
  publicVersionDelivered: null,
};

export const PQRS_STREAM_PREFIX = 'pqrs-';
export const pqrsStreamOf = (radicado: string): string => `${PQRS_STREAM_PREFIX}${radicado}`;

/** An event as the store keeps it: its type, the schema version it was written with, and its data. */
export interface StoredPqrsEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * The current shape of a stored PQRS event, whatever schema version it was written with. What an older
 * version did not record reads as not recorded: Answered v1 predates the access decision (null: a v1
 * answer to a request for information shows as "sin decisión registrada", never as granted); events
 * before late entries were kept read as recorded in time (lateEntry null); Assigned v1 and
 * DeadlineExtended v1 have no moment (null). Received before version 3 predates the versions of personal
 * data: the store then kept one record per person, which became its version 1. Before version 4 every
 * case was filed by staff naming a natural person, with no files, no recorded answer channel or consent
 * (null: not recorded, never "refused") and no access code; answers and provided information had no files.
 * Answers before version 7 (drafts before 3) recorded no exception, norm, harm or public version of a denial
 * (null: "No registrado") and were all written (verbalAnswer null).
 */
export function upcastPqrsEvent(stored: StoredPqrsEvent): PqrsEvent {
  const current = PQRS_EVENT_SCHEMA_VERSIONS[stored.type as PqrsEventType];
  if (current === undefined || stored.schemaVersion >= current) {
    return { type: stored.type, data: stored.data } as PqrsEvent;
  }
  switch (stored.type) {
    case 'Received': {
      const data = stored.data as ReceivedV1['data'] & {
        lateEntry?: LateEntry | null;
        petitionerVersion?: number;
      };
      if (stored.schemaVersion === 4) {
        return {
          type: 'Received',
          data: { ...(stored.data as ReceivedV4['data']), ...radicatedOnReceiptDay(data) },
        };
      }
      return {
        type: 'Received',
        data: {
          ...data,
          ...radicatedOnReceiptDay(data),
          lateEntry: stored.schemaVersion === 1 ? null : (data.lateEntry ?? null),
          petitionerVersion: stored.schemaVersion >= 3 ? (data.petitionerVersion ?? 1) : 1,
          personType: 'NATURAL',
          textOwnerId: null,
          answerChannel: null,
          dataProcessingConsent: null,
          attachments: [],
          accessCodeHash: null,
        },
      };
    }
    case 'Assigned':
      return { type: 'Assigned', data: { ...(stored.data as AssignedV1['data']), assignedAt: null } };
    case 'InformationProvided': {
      const data = stored.data as InformationProvidedV1['data'] & { lateEntry?: LateEntry | null };
      const lateEntry = stored.schemaVersion === 1 ? null : (data.lateEntry ?? null);
      return { type: 'InformationProvided', data: { ...data, lateEntry, attachments: [] } };
    }
    case 'DeadlineExtended': {
      const data = stored.data as DeadlineExtendedV1['data'];
      return { type: 'DeadlineExtended', data: { ...data, extendedAt: null } };
    }
    case 'Answered': {
      const data = stored.data as AnsweredV1['data'] & { accessDecision?: AccessDecision | null };
      return {
        type: 'Answered',
        data: {
          ...data,
          accessDecision: stored.schemaVersion === 1 ? null : (data.accessDecision ?? null),
          lateEntry:
            stored.schemaVersion <= 2 ? null : ((data as { lateEntry?: LateEntry | null }).lateEntry ?? null),
          attachments:
            stored.schemaVersion <= 3
              ? []
              : ((data as { attachments?: readonly AttachmentRef[] }).attachments ?? []),
          letter:
            stored.schemaVersion <= 4 ? null : ((data as { letter?: AnswerLetter | null }).letter ?? null),
          approvedDraft:
            stored.schemaVersion <= 4
              ? null
              : ((data as { approvedDraft?: number | null }).approvedDraft ?? null),
          // Answers recorded before grounds were read as "No registrado", never as a ground.
          ...(stored.schemaVersion <= 5
            ? { accessDenialGround: null, accessDenialDetail: null }
            : {
                accessDenialGround: (data as Partial<AccessDenialFacts>).accessDenialGround ?? null,
                accessDenialDetail: (data as Partial<AccessDenialFacts>).accessDenialDetail ?? null,
              }),
          // Before version 7 a denial did not record its exception, provision, harm or public version
          // (null: not recorded), and every answer was a written one.
          ...DENIAL_COMPLETENESS_NOT_RECORDED,
          verbalAnswer: null,
        },
      };
    }
    case 'Transferred': {
      // Before version 2 a late transfer was refused, but logs written before that rule may hold one: the
      // count of business days the decider recorded says whether it was past the five of art. 21.
      const data = stored.data as TransferredV1['data'];
      return {
        type: 'Transferred',
        data: {
          ...data,
          late: data.businessDaysAfterReceipt > TRANSFER_WINDOW_BUSINESS_DAYS,
          allowedUntil: null,
        },
      };
    }
    case 'Withdrawn':
      // Before version 2 no act number was kept: read as not recorded.
      return { type: 'Withdrawn', data: { ...(stored.data as WithdrawnV1['data']), actNumber: null } };
    case 'AnswerDrafted': {
      const data = stored.data as AnswerDraftedV1['data'] & Partial<AccessDenialFacts>;
      return {
        type: 'AnswerDrafted',
        data: {
          ...data,
          accessDenialGround: stored.schemaVersion === 1 ? null : (data.accessDenialGround ?? null),
          accessDenialDetail: stored.schemaVersion === 1 ? null : (data.accessDenialDetail ?? null),
          ...DENIAL_COMPLETENESS_NOT_RECORDED,
        },
      };
    }
    default:
      return { type: stored.type, data: stored.data } as PqrsEvent;
  }
}

/**
 * Before version 5 every term counted from the receipt day, as the stored due date shows. Office hours and
 * whether it arrived outside them were not recorded (null); day 1 is not recomputed here (an upcaster has
 * no calendar), so it reads as not recorded (null) and the screens say nothing of it.
 */
function radicatedOnReceiptDay(data: { readonly receivedOn: CalendarDate }): Radication {
  return {
    afterHoursRule: 'RECEIPT_DAY',
    officeHours: null,
    outsideOfficeHours: null,
    radicatedOn: data.receivedOn,
    termRunsFrom: null,
  };
}
