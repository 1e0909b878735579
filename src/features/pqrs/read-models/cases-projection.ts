// The `cases` read model: one document per PQRS case (id = radicado) with what the case lists, filters
// and detail pages show. Open-ness and the traffic light depend on today, so queries compute them from
// status and dueDate; nothing here depends on the clock.
import { textIdOf } from '../../../engine/text-references.js';
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import {
  PQRS_STREAM_PREFIX,
  type AccessDecision,
  type AnswerChannel,
  type PersonType,
  type LateEntryFact,
  type PqrsChannel,
  type PqrsEvent,
  upcastPqrsEvent,
  type PqrsKind,
  type PriorityReason,
  type WithdrawalMode,
} from '../../../domain/pqrs/events.js';
import type { LateEntry } from '../../../domain/shared/late-entry.js';
import type { AttachmentRef } from '../../../domain/shared/attachments.js';
import type { CalendarDate, Instant } from '../../../domain/shared/time.js';
import type { PqrsStatus } from '../../../domain/pqrs/state.js';
import type { Projection } from '../../../engine/projections/projection.js';
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
  readonly assigneeId: string | null;
  readonly dependency: string | null;
  readonly receivedAt: Instant;
  readonly receivedOn: CalendarDate;
  /** The due date in force (moved by extensions and by the restart after art. 17). */
  readonly dueDate: CalendarDate;
  readonly maxDueDate: CalendarDate;
  /** While awaiting the petitioner: from this day the case may be withdrawn tacitly. */
  readonly tacitWithdrawalFrom: CalendarDate | null;
  readonly answeredAt: Instant | null;
  readonly answeredOn: CalendarDate | null;
  readonly answeredOnTime: boolean | null;
  readonly businessDaysTaken: number | null;
  /** For requests for information: what the answer decided on access (Ley 1712 de 2014). */
  readonly accessDecision: AccessDecision | null;
  readonly closedAt: Instant | null;
  readonly transferredTo: string | null;
  readonly withdrawnMode: WithdrawalMode | null;
  /** Its facts recorded after the late-entry window ("registrado con fecha anterior"), oldest first. */
  readonly lateEntries: readonly CaseLateEntry[];
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
      assigneeId: null,
      dependency: null,
      receivedAt: data.receivedAt,
      receivedOn: data.receivedOn,
      dueDate: data.dueDate,
      maxDueDate: data.maxDueDate,
      tacitWithdrawalFrom: null,
      answeredAt: null,
      answeredOn: null,
      answeredOnTime: null,
      businessDaysTaken: null,
      accessDecision: null,
      closedAt: null,
      transferredTo: null,
      withdrawnMode: null,
      lateEntries: lateEntriesAfter([], 'RECEIVED', data.receivedAt, data.receivedOn, data.lateEntry),
      // A sealed subject is found through the vault's search; one stored in clear (before texts were
      // sealed) is searched here with the radicado.
      searchText: foldForSearch(
        textIdOf(data.subject) === null ? `${data.radicado} ${data.subject}` : data.radicado,
      ),
      ...appliedMarks(recorded),
    };
  }
  if (current === null) return null;
  return { ...current, ...changesOf(current, event), ...appliedMarks(recorded) };
}

function changesOf(
  current: CaseDocument,
  event: Exclude<PqrsEvent, { type: 'Received' }>,
): Partial<CaseDocument> {
  switch (event.type) {
    case 'Assigned':
      // A reassignment changes hands, not the stage: a case awaiting the petitioner keeps waiting.
      return {
        assigneeId: event.data.assigneeId,
        dependency: event.data.dependency,
        status: current.status === 'RECEIVED' ? 'ASSIGNED' : current.status,
      };
    case 'InformationRequested':
      return { status: 'AWAITING_INFORMATION', tacitWithdrawalFrom: event.data.tacitWithdrawalFrom };
    case 'InformationProvided':
      return {
        status: current.assigneeId === null ? 'RECEIVED' : 'ASSIGNED',
        dueDate: event.data.dueDate,
        maxDueDate: event.data.maxDueDate,
        tacitWithdrawalFrom: null,
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
      return { dueDate: event.data.newDueDate, maxDueDate: event.data.maxDueDate };
    case 'Transferred':
      return { status: 'TRANSFERRED', transferredTo: event.data.entity };
    case 'Answered':
      return {
        status: 'ANSWERED',
        dueDate: event.data.dueDate,
        answeredAt: event.data.answeredAt,
        answeredOn: event.data.answeredOn,
        answeredOnTime: event.data.onTime,
        businessDaysTaken: event.data.businessDaysTaken,
        accessDecision: event.data.accessDecision,
        tacitWithdrawalFrom: null,
        attachments: attachmentsAfter(
          current.attachments,
          'ANSWER',
          event.data.answeredAt,
          event.data.attachments,
        ),
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
      return { status: 'WITHDRAWN', withdrawnMode: event.data.mode, tacitWithdrawalFrom: null };
    default: {
      // A type added to PqrsEvent must be handled above; at run time an unknown type changes nothing.
      const _exhaustive: never = event;
      void _exhaustive;
      return {};
    }
  }
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

export const casesProjection: Projection = {
  name: 'cases',
  // 2: the late entries of each case.
  // 3: the petitioner's version and who filed the case; texts as vault references, searched there.
  // 4: person type, anonymous filings, answer channel and the case's files.
  version: 4,
  categories: [PQRS_STREAM_PREFIX],
  collections: [CASES_COLLECTION],
  indexes: {
    [CASES_COLLECTION]: [
      'status',
      'kind',
      'channel',
      'assigneeId',
      // The cases of a person, for an erasure's check.
      'petitionerId',
      'receivedAt',
      'receivedOn',
      'dueDate',
      // "Overdue" is status in (running) and dueDate < today: one index answers it.
      'status+dueDate',
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
