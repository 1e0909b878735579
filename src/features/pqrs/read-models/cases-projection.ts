// The `cases` read model: one document per PQRS case (id = radicado) with what the case lists, filters
// and detail pages show. Open-ness and the traffic light depend on today, so queries compute them from
// status and dueDate; nothing here depends on the clock.
import { textIdOf } from '../../../engine/text-references.js';
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import {
  PQRS_STREAM_PREFIX,
  type AccessDecision,
  type AccessDenialGround,
  type AccessException,
  type AnswerChannel,
  type PersonType,
  type LateEntryFact,
  type MeritAction,
  type MeritBasis,
  type PqrsChannel,
  type PqrsEvent,
  upcastPqrsEvent,
  type PqrsKind,
  type PriorityReason,
  type VerbalAnswerMode,
  type WithdrawalMode,
} from '../../../domain/pqrs/events.js';
import {
  evolveNotifications,
  isNotificationEvent,
  type NotificationRecord,
} from '../../../domain/notifications/notifications.js';
import type { LateEntry } from '../../../domain/shared/late-entry.js';
import type { AttachmentRef } from '../../../domain/shared/attachments.js';
import { bogotaDateOf, type CalendarDate, type Instant } from '../../../domain/shared/time.js';
import type { PqrsStatus } from '../../../domain/pqrs/state.js';
import type { AfterHoursRule } from '../../../domain/pqrs/filing-hours.js';
import type { Projection } from '../../../engine/projections/projection.js';
import { priorityRankOf } from '../../../domain/pqrs/priority.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';
import { foldForSearch } from '../../../engine/read-models/search-text.js';

export const CASES_COLLECTION = 'cases';

/** The domain's statuses of a received case: the read model shows the same words. */
export type CaseStatus = Exclude<PqrsStatus, 'NOT_RECEIVED'>;

/** Cases whose term may still run out: the petitioner has not been answered, nor the case ended. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['RECEIVED', 'ASSIGNED', 'AWAITING_INFORMATION'];
/** Open cases whose clock runs: while awaiting the petitioner (art. 17) it stops. */
export const RUNNING_TERM_STATUSES: readonly CaseStatus[] = ['RECEIVED', 'ASSIGNED'];

/** A fact of the case recorded after the late-entry window: flagged wherever timeliness is reported. */
export interface CaseLateEntry {
  readonly fact: LateEntryFact;
  readonly occurredAt: Instant;
  readonly occurredOn: CalendarDate;
  readonly recordedOn: CalendarDate;
  readonly businessDaysLate: number;
  readonly reason: string;
}

/** Which step of the case a file came with. */
export type AttachmentSource = 'FILING' | 'INFORMATION' | 'ANSWER';

export interface CaseAttachment extends AttachmentRef {
  readonly source: AttachmentSource;
  readonly addedAt: Instant;
}

export interface CaseDocument extends ReadModelDocument {
  readonly id: string;
  readonly radicado: string;
  readonly kind: PqrsKind;
  readonly channel: PqrsChannel;
  readonly status: CaseStatus;
  readonly subject: string;
  readonly description: string;
  /** Null for an anonymous filing. */
  readonly petitionerId: string | null;
  /** The version of the petitioner's data the case was filed with (the personal-data store keeps each). */
  readonly petitionerVersion: number | null;
  readonly personType: PersonType;
  readonly anonymous: boolean;
  /** How the petitioner wants the answer; null when not recorded (staff filings before the portal). */
  readonly answerChannel: AnswerChannel | null;
  /** The files of the case: filed with it, sent with requested information, sent with the answer. */
  readonly attachments: readonly CaseAttachment[];
  /** The staff member who filed the case: an agent sees the petitioner of the cases they filed. */
  readonly receivedBy: string;
  readonly priority: readonly PriorityReason[];
  readonly prioritized: boolean;
  /** A fundamental-right risk's summary proof (art. 20), as recognised at filing; null: none claimed. */
  readonly priorityProof: CasePriorityProof | null;
  /** When a risk to life or integrity alerted the coordinators (art. 20); null: never. */
  readonly priorityAlertRaisedAt: Instant | null;
  /**
   * The Bandeja's priority order: `<rank>|<dueDate>`, rank 0 an open case with a life-or-integrity alert,
   * 1 art. 20's priority, 2 art. 5.6's preferential attention, 3 every other case and every ended one.
   */
  readonly priorityOrder: string;
  /** An anonymous denuncia's merit evaluation (Ley 962 de 2005 art. 81); null while not evaluated. */
  readonly meritEvaluation: CaseMeritEvaluation | null;
  readonly assigneeId: string | null;
  readonly dependency: string | null;
  readonly receivedAt: Instant;
  readonly receivedOn: CalendarDate;
  /**
   * When the filing counts as radicated (Ley 1437 de 2011, art. 54): the rule applied, the office hours in
   * force and whether it arrived outside them (null: not recorded, before Received v5), the radication day
   * and day 1 of the term (null before v5).
   */
  readonly afterHoursRule: AfterHoursRule;
  readonly officeHours: string | null;
  readonly outsideOfficeHours: boolean | null;
  readonly radicatedOn: CalendarDate;
  readonly termRunsFrom: CalendarDate | null;
  /** The calendar version that computed the due date in force: the case's calendar. */
  readonly calendarVersion: string;
  /** The day the term in force counts from (radication, or the restart after art. 17), and its days. */
  readonly termStartedOn: CalendarDate;
  readonly termBusinessDays: number;
  /** The due date in force (moved by extensions and by the restart after art. 17). */
  readonly dueDate: CalendarDate;
  readonly maxDueDate: CalendarDate;
  /** The day the term was extended (one extension per case); null if never. */
  readonly extendedOn: CalendarDate | null;
  /** While awaiting the petitioner: from this day the case may be withdrawn tacitly. */
  readonly tacitWithdrawalFrom: CalendarDate | null;
  readonly answeredAt: Instant | null;
  readonly answeredOn: CalendarDate | null;
  readonly answeredOnTime: boolean | null;
  readonly businessDaysTaken: number | null;
  /** For requests for information: what the answer decided on access (Ley 1712 de 2014). */
  readonly accessDecision: AccessDecision | null;
  /** The legal ground of a denial (arts. 18 and 19), and its detail (a sealed text reference). */
  readonly accessDenialGround: AccessDenialGround | null;
  readonly accessDenialDetail: string | null;
  /**
   * The rest of a complete denial (Ley 1712 arts. 21 and 28): the exception, the norm and the harm argued
   * (sealed text references), the public version delivered. Absent before cases version 9.
   */
  readonly accessException?: AccessException | null;
  readonly accessDenialProvision?: string | null;
  readonly accessDenialHarm?: string | null;
  readonly publicVersionDelivered?: boolean | null;
  /** The answer was given verbally, in person or by phone (Decreto 1166 de 2016); null: in writing. */
  readonly verbalAnswer?: VerbalAnswerMode | null;
  readonly closedAt: Instant | null;
  readonly transferredTo: string | null;
  /** Transferred after the five business days of art. 21; null when not transferred. */
  readonly transferredLate: boolean | null;
  readonly withdrawnMode: WithdrawalMode | null;
  /**
   * A habeas data reclamo (Ley 1581 art. 15): the day it was complete (receipt, or the day the petitioner
   * completed it), from which its "reclamo en trámite" mark is due in two business days; null for others.
   */
  readonly claimCompleteOn?: CalendarDate | null;
  /** The "reclamo en trámite" mark: when, by when it was due, and whether late; null until marked. */
  readonly claimInProcessMark?: {
    readonly markedOn: CalendarDate;
    readonly dueBy: CalendarDate;
    readonly late: boolean;
  } | null;
  /** The joint answer (art. 22) that answered the case; null otherwise. */
  readonly jointAnswerId?: string | null;
  /** The act that decided a tacit withdrawal (art. 17); null otherwise. Absent on documents before v9. */
  readonly withdrawalActNumber?: string | null;
  /** The day the petitioner asked to extend the window to complete (art. 17); null if not. */
  readonly completionWindowExtendedOn?: CalendarDate | null;
  /** Positive silence (art. 14.1): the day the copies were delivered and whether on time; null until then. */
  readonly copiesDeliveredOn?: CalendarDate | null;
  readonly copiesDeliveredOnTime?: boolean | null;
  /** The withdrawn case this filing presents again (art. 17); null if none. */
  readonly refilingOf?: string | null;
  /** Its facts recorded after the late-entry window ("registrado con fecha anterior"), oldest first. */
  readonly lateEntries: readonly CaseLateEntry[];
  /** Every notice of the case and what became of it (sent, failed, dispatched by post, ...). */
  readonly notifications: readonly NotificationRecord[];
  /** When the answer's notice reached the mail server or the carrier: the notification date of reports. */
  readonly answerNotifiedOn: CalendarDate | null;
  /** The answer letter issued with the answer: its PDF and outgoing number (SAL-…). */
  readonly answerLetter: { readonly attachment: AttachmentRef; readonly outgoingNumber: string } | null;
  /** The answer under review (visto bueno), while it is: who drafted it, its status, the remarks. */
  readonly answerDraft: CaseAnswerDraft | null;
  /** The review the answer went through, once approved: the draft, who wrote it and who approved it. */
  readonly answerApproval: {
    readonly draft: number;
    readonly draftedBy: string;
    readonly approvedBy: string;
    readonly approvedAt: Instant;
  } | null;
  /** Stream revision of the last event applied: the idempotency guard. */
  readonly revision: number;
  /** Global position of the last event applied. */
  readonly lastPosition: number;
  /**
   * Radicado folded (lower case, no accents), for text search; with the subject for a case whose subject
   * was stored in clear. The texts themselves are references to the personal-data vault.
   */
  readonly searchText: string;
  /** When the store recorded the last event applied (not the projection's clock: rebuilds agree). */
  readonly updatedAt: Instant;
}

export interface CasePriorityProof {
  readonly proofGiven: boolean;
  /** A sealed text reference, revealed like the case's other texts. */
  readonly proofSummary: string | null;
  /** The sha256 of the filing's files given as proof. */
  readonly proofAttachments: readonly string[];
  readonly lifeOrIntegrityRisk: boolean;
}

export interface CaseMeritEvaluation {
  readonly admissible: boolean;
  readonly basis: MeritBasis;
  /** A sealed text reference. */
  readonly motivation: string;
  readonly action: MeritAction | null;
  readonly actionReference: string | null;
  readonly evaluatedAt: Instant;
  readonly evaluatedBy: string;
}

export interface CaseAnswerDraft {
  readonly draft: number;
  /** A sealed text reference, revealed like the case's other texts. */
  readonly answer: string;
  readonly attachments: readonly AttachmentRef[];
  readonly accessDecision: AccessDecision | null;
  readonly accessDenialGround: AccessDenialGround | null;
  readonly accessDenialDetail: string | null;
  readonly accessException?: AccessException | null;
  readonly accessDenialProvision?: string | null;
  readonly accessDenialHarm?: string | null;
  readonly publicVersionDelivered?: boolean | null;
  readonly draftedBy: string;
  readonly draftedAt: Instant;
  readonly status: 'DRAFTED' | 'RETURNED';
  /** A sealed text reference: the coordinator's remarks when returned. */
  readonly remarks: string | null;
  readonly returnedBy: string | null;
  readonly returnedAt: Instant | null;
}

/** The case after one of its events; null when the event cannot apply (no Received seen for it). */
export function evolveCase(current: CaseDocument | null, recorded: RecordedEvent): CaseDocument | null {
  const event = upcastPqrsEvent(recorded);
  if (event.type === 'Received') {
    const data = event.data;
    return {
      // The same key apply() looks documents up by.
      id: radicadoOf(recorded.stream),
      radicado: data.radicado,
      kind: data.kind,
      channel: data.channel,
      status: 'RECEIVED',
      subject: data.subject,
      description: data.description,
      petitionerId: data.petitionerId,
      petitionerVersion: data.petitionerVersion,
      personType: data.personType,
      anonymous: data.personType === 'ANONYMOUS',
      answerChannel: data.answerChannel,
      attachments: attachmentsAfter([], 'FILING', data.receivedAt, data.attachments),
      receivedBy: recorded.metadata.actorId,
      priority: data.priority,
      prioritized: data.priority.length > 0,
      priorityProof: null,
      priorityAlertRaisedAt: null,
      priorityOrder: priorityOrderOf({
        priority: data.priority,
        priorityAlertRaisedAt: null,
        status: 'RECEIVED',
        dueDate: data.dueDate,
      }),
      meritEvaluation: null,
      assigneeId: null,
      dependency: null,
      receivedAt: data.receivedAt,
      receivedOn: data.receivedOn,
      afterHoursRule: data.afterHoursRule,
      officeHours: data.officeHours,
      outsideOfficeHours: data.outsideOfficeHours,
      radicatedOn: data.radicatedOn,
      termRunsFrom: data.termRunsFrom,
      calendarVersion: data.calendarVersion,
      termStartedOn: data.radicatedOn,
      termBusinessDays: data.termBusinessDays,
      dueDate: data.dueDate,
      maxDueDate: data.maxDueDate,
      extendedOn: null,
      tacitWithdrawalFrom: null,
      answeredAt: null,
      answeredOn: null,
      answeredOnTime: null,
      businessDaysTaken: null,
      accessDecision: null,
      accessDenialGround: null,
      accessDenialDetail: null,
      accessException: null,
      accessDenialProvision: null,
      accessDenialHarm: null,
      publicVersionDelivered: null,
      verbalAnswer: null,
      closedAt: null,
      transferredTo: null,
      transferredLate: null,
      withdrawnMode: null,
      claimCompleteOn: data.kind === 'HABEAS_DATA_CLAIM' ? data.receivedOn : null,
      claimInProcessMark: null,
      jointAnswerId: null,
      withdrawalActNumber: null,
      completionWindowExtendedOn: null,
      copiesDeliveredOn: null,
      copiesDeliveredOnTime: null,
      refilingOf: null,
      lateEntries: lateEntriesAfter([], 'RECEIVED', data.receivedAt, data.receivedOn, data.lateEntry),
      notifications: [],
      answerNotifiedOn: null,
      answerLetter: null,
      answerDraft: null,
      answerApproval: null,
      // A sealed subject is found through the vault's search; one stored in clear (before texts were
      // sealed) is searched here with the radicado.
      searchText: foldForSearch(
        textIdOf(data.subject) === null ? `${data.radicado} ${data.subject}` : data.radicado,
      ),
      ...appliedMarks(recorded),
    };
  }
  if (current === null) return null;
  const next = { ...current, ...changesOf(current, event, recorded), ...appliedMarks(recorded) };
  return { ...next, priorityOrder: priorityOrderOf(next) };
}

/** The Bandeja's priority order of a case as it stands (see CaseDocument.priorityOrder). */
function priorityOrderOf(
  document: Pick<CaseDocument, 'priority' | 'priorityAlertRaisedAt' | 'status' | 'dueDate'>,
): string {
  const open = OPEN_CASE_STATUSES.includes(document.status);
  const rank = open
    ? priorityRankOf(document.priority, (document.priorityAlertRaisedAt ?? null) !== null)
    : 3;
  return `${rank}|${document.dueDate}`;
}

function changesOf(
  current: CaseDocument,
  event: Exclude<PqrsEvent, { type: 'Received' }>,
  recorded: RecordedEvent,
): Partial<CaseDocument> {
  if (isNotificationEvent(event)) {
    const notifications = evolveNotifications(current.notifications ?? [], event);
    const answerNotice = notifications.find((notification) => notification.kind === 'ANSWER');
    return {
      notifications,
      answerNotifiedOn: answerNotifiedOnOf(answerNotice, current.answerNotifiedOn ?? null),
    };
  }
  switch (event.type) {
    case 'Assigned':
      // A reassignment changes hands, not the stage: a case awaiting the petitioner keeps waiting.
      return {
        assigneeId: event.data.assigneeId,
        dependency: event.data.dependency,
        status: current.status === 'RECEIVED' ? 'ASSIGNED' : current.status,
      };
    case 'InformationRequested':
      return {
        status: 'AWAITING_INFORMATION',
        tacitWithdrawalFrom: event.data.tacitWithdrawalFrom,
        completionWindowExtendedOn: null,
      };
    case 'InformationProvided':
      return {
        status: current.assigneeId === null ? 'RECEIVED' : 'ASSIGNED',
        dueDate: event.data.dueDate,
        maxDueDate: event.data.maxDueDate,
        calendarVersion: event.data.calendarVersion,
        termStartedOn: event.data.providedOn,
        tacitWithdrawalFrom: null,
        ...(current.kind === 'HABEAS_DATA_CLAIM' ? { claimCompleteOn: event.data.providedOn } : {}),
        attachments: attachmentsAfter(
          current.attachments,
          'INFORMATION',
          event.data.providedAt,
          event.data.attachments,
        ),
        lateEntries: lateEntriesAfter(
          current.lateEntries,
          'INFORMATION_PROVIDED',
          event.data.providedAt,
          event.data.providedOn,
          event.data.lateEntry,
        ),
      };
    case 'DeadlineExtended':
      return {
        dueDate: event.data.newDueDate,
        maxDueDate: event.data.maxDueDate,
        // A log written before the one-extension rule may hold two: the first one's day is kept.
        extendedOn: current.extendedOn ?? event.data.extendedOn,
      };
    case 'Transferred':
      return { status: 'TRANSFERRED', transferredTo: event.data.entity, transferredLate: event.data.late };
    case 'Answered':
      return {
        status: 'ANSWERED',
        dueDate: event.data.dueDate,
        answeredAt: event.data.answeredAt,
        answeredOn: event.data.answeredOn,
        answeredOnTime: event.data.onTime,
        businessDaysTaken: event.data.businessDaysTaken,
        accessDecision: event.data.accessDecision,
        accessDenialGround: event.data.accessDenialGround,
        accessDenialDetail: event.data.accessDenialDetail,
        accessException: event.data.accessException,
        accessDenialProvision: event.data.accessDenialProvision,
        accessDenialHarm: event.data.accessDenialHarm,
        publicVersionDelivered: event.data.publicVersionDelivered,
        verbalAnswer: event.data.verbalAnswer,
        // A verbal answer was heard by the petitioner when given: notified in the act, no notice follows.
        ...(event.data.verbalAnswer === null ? {} : { answerNotifiedOn: event.data.answeredOn }),
        tacitWithdrawalFrom: null,
        attachments: attachmentsAfter(current.attachments, 'ANSWER', event.data.answeredAt, [
          ...(event.data.letter === null ? [] : [event.data.letter.attachment]),
          ...event.data.attachments,
        ]),
        answerLetter:
          event.data.letter === null
            ? null
            : { attachment: event.data.letter.attachment, outgoingNumber: event.data.letter.outgoingNumber },
        answerDraft: null,
        lateEntries: lateEntriesAfter(
          current.lateEntries,
          'ANSWERED',
          event.data.answeredAt,
          event.data.answeredOn,
          event.data.lateEntry,
        ),
      };
    case 'Closed':
      return { status: 'CLOSED', closedAt: event.data.closedAt };
    case 'Withdrawn':
      return {
        status: 'WITHDRAWN',
        withdrawnMode: event.data.mode,
        tacitWithdrawalFrom: null,
        withdrawalActNumber: event.data.actNumber,
      };
    case 'AnswerDrafted':
      return {
        answerDraft: {
          draft: event.data.draft,
          answer: event.data.answer,
          attachments: event.data.attachments,
          accessDecision: event.data.accessDecision,
          accessDenialGround: event.data.accessDenialGround,
          accessDenialDetail: event.data.accessDenialDetail,
          accessException: event.data.accessException,
          accessDenialProvision: event.data.accessDenialProvision,
          accessDenialHarm: event.data.accessDenialHarm,
          publicVersionDelivered: event.data.publicVersionDelivered,
          draftedBy: event.data.draftedBy,
          draftedAt: event.data.draftedAt,
          status: 'DRAFTED',
          remarks: null,
          returnedBy: null,
          returnedAt: null,
        },
      };
    case 'AnswerReturned':
      return current.answerDraft === null || current.answerDraft === undefined
        ? {}
        : {
            answerDraft: {
              ...current.answerDraft,
              status: 'RETURNED',
              remarks: event.data.remarks,
              returnedBy: recorded.metadata.actorId,
              returnedAt: event.data.returnedAt,
            },
          };
    case 'AnswerApproved':
      return {
        answerApproval: {
          draft: event.data.draft,
          draftedBy: event.data.draftedBy,
          approvedBy: recorded.metadata.actorId,
          approvedAt: event.data.approvedAt,
        },
      };
    case 'PriorityRecognised':
      return {
        priorityProof: {
          proofGiven: event.data.proofGiven,
          proofSummary: event.data.proofSummary,
          proofAttachments: event.data.proofAttachments,
          lifeOrIntegrityRisk: event.data.lifeOrIntegrityRisk,
        },
      };
    case 'PriorityAlertRaised':
      return { priorityAlertRaisedAt: event.data.raisedAt };
    case 'MeritEvaluated':
      return {
        meritEvaluation: {
          admissible: event.data.admissible,
          basis: event.data.basis,
          motivation: event.data.motivation,
          action: event.data.action,
          actionReference: event.data.actionReference,
          evaluatedAt: event.data.evaluatedAt,
          evaluatedBy: recorded.metadata.actorId,
        },
      };
    case 'ClaimInProcessMarked':
      return {
        claimInProcessMark: {
          markedOn: event.data.markedOn,
          dueBy: event.data.dueBy,
          late: event.data.late,
        },
      };
    case 'JointAnswerLinked':
      return { jointAnswerId: event.data.jointAnswerId };
    case 'CompletionWindowExtended':
      return {
        tacitWithdrawalFrom: event.data.tacitWithdrawalFrom,
        completionWindowExtendedOn: event.data.askedOn,
      };
    case 'CopiesDelivered':
      return { copiesDeliveredOn: event.data.deliveredOn, copiesDeliveredOnTime: event.data.onTime };
    case 'RefilingRecorded':
      return { refilingOf: event.data.withdrawnRadicado };
    default: {
      // A type added to PqrsEvent must be handled above; at run time an unknown type changes nothing.
      const _exhaustive: never = event;
      void _exhaustive;
      return {};
    }
  }
}

/**
 * The day the answer was notified: when its e-mail reached the server, it was published on the tracking
 * page, or its letter was handed to the carrier (the first of these, kept once known).
 */
function answerNotifiedOnOf(
  notice: NotificationRecord | undefined,
  known: CalendarDate | null,
): CalendarDate | null {
  if (known !== null || notice === undefined) return known;
  if (notice.dispatch !== null) return notice.dispatch.dispatchedOn;
  return notice.sentAt === null ? null : bogotaDateOf(notice.sentAt);
}

function attachmentsAfter(
  current: readonly CaseAttachment[] | undefined,
  source: AttachmentSource,
  addedAt: Instant,
  added: readonly AttachmentRef[],
): readonly CaseAttachment[] {
  return [...(current ?? []), ...added.map((attachment) => ({ ...attachment, source, addedAt }))];
}

function lateEntriesAfter(
  current: readonly CaseLateEntry[] | undefined,
  fact: LateEntryFact,
  occurredAt: Instant,
  occurredOn: CalendarDate,
  lateEntry: LateEntry | null,
): readonly CaseLateEntry[] {
  // Documents written before late entries were kept have none: read as an empty list.
  const entries = current ?? [];
  return lateEntry === null ? entries : [...entries, { fact, occurredAt, occurredOn, ...lateEntry }];
}

function appliedMarks(
  recorded: RecordedEvent,
): Pick<CaseDocument, 'revision' | 'lastPosition' | 'updatedAt'> {
  return {
    revision: recorded.revision,
    lastPosition: recorded.position,
    updatedAt: recorded.metadata.recordedAt,
  };
}

function radicadoOf(stream: string): string {
  return stream.slice(PQRS_STREAM_PREFIX.length);
}

/** The fields the Bandeja orders by, and those it filters on by equality (see PqrsQueries.list). */
const BANDEJA_SORT_FIELDS = ['receivedAt', 'dueDate'] as const;
const BANDEJA_EQUALITY_FILTERS = ['status', 'kind', 'channel', 'assigneeId'] as const;

export const casesProjection: Projection = {
  name: 'cases',
  // 2: the late entries of each case.
  // 3: the petitioner's version and who filed the case; texts as vault references, searched there.
  // 4: person type, anonymous filings, answer channel and the case's files.
  // 5: notices, the answer's review (visto bueno), its letter and its notification date.
  // 6: the legal ground of a denial of access (Ley 1712 de 2014, arts. 18 and 19).
  // 7: the day the term was extended (one extension per case, art. 14, par.).
  // 8: whether a transfer came after the five business days of art. 21.
  // 9: priority's summary proof and life-or-integrity alert, the Bandeja's priority order (art. 20, CPACA
  //    art. 5.6), an anonymous denuncia's merit evaluation (Ley 962 de 2005 art. 81).
  //    Also 9: a denial complete (exception, provision, harm, public version; Ley 1712 arts. 21, 28) and the
  //    verbal answer to a verbal petition, notified in the act (Decreto 1166 de 2016).
  //    Also 9: the radication of the filing (art. 54: rule, office hours, radication day, day 1), the calendar
  //    version of the due date in force and the term's start and days (re-counted on a retroactive change).
  //    Also 9: a habeas data reclamo's "reclamo en trámite" mark (Ley 1581 de 2012, art. 15); the joint
  //    answer (art. 22) that answered the case.
  //    Also 9: art. 17 whole (the window's extension, the act of a tacit withdrawal, the refiling's link) and the
  //    copies delivered after positive silence (art. 14.1).
  version: 9,
  categories: [PQRS_STREAM_PREFIX],
  collections: [CASES_COLLECTION],
  indexes: {
    [CASES_COLLECTION]: [
      // The cases of a person, for an erasure's check.
      'petitionerId',
      // The new filings of a withdrawn petition (art. 17), shown on its page.
      'refilingOf',
      // The cases whose sealed subject the vault's text search found: with it, SQLite answers the list's
      // text search (radicado, subject or petitioner) as a union of index lookups, never a scan of every case.
      'subject',
      // A received range picks its first page from this index alone, in either order (the list's sort
      // keys follow the range's field).
      'receivedOn+receivedAt+dueDate+radicado',
      // "Overdue" is status in (running) and dueDate < today: one index answers it, and with the kind first
      // it counts "complaints overdue"; the sort keys after them pick an overdue page, in any of the
      // Bandeja's orders, without reading a document.
      'status+dueDate+receivedAt+radicado',
      'kind+status+dueDate+receivedAt+radicado',
      // An agent's overdue cases (Mi trabajo, the Bandeja's "Mis casos"), counted without reading a case;
      // "not overdue" is counted as the rest.
      'assigneeId+status+dueDate',
      // The Bandeja's priority order (art. 20 first), ties by radicado.
      'priorityOrder+radicado',
      // The Bandeja's orders (receivedAt or dueDate, ties by radicado), alone and after each filter it
      // offers: the first page is read off the index in order, never sorted from every matching case.
      // They also count each filter on its own (their first field).
      ...BANDEJA_SORT_FIELDS.flatMap((sortField) => [
        `${sortField}+radicado`,
        ...BANDEJA_EQUALITY_FILTERS.map((filter) => `${filter}+${sortField}+radicado`),
      ]),
    ],
  },
  textIndexes: { [CASES_COLLECTION]: ['searchText'] },
  async apply(event, tx) {
    const radicado = radicadoOf(event.stream);
    const current = await tx.get<CaseDocument>(CASES_COLLECTION, radicado);
    // Stream revisions only grow: an event at or below the document's revision is already in it.
    if (current !== null && event.revision <= current.revision) return;
    const next = evolveCase(current, event);
    if (next !== null) await tx.put(CASES_COLLECTION, next);
  },
};
