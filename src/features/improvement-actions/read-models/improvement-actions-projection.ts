// The `improvementActions` read model: one document per improvement action (id = action id) with what
// the action lists, detail pages and the PQRS link (source kind + reference → actions) show. Whether an
// open action is overdue depends on today, so queries compute it from status and dueDate.
import type { AttachmentRef } from '../../../domain/shared/attachments.js';
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import {
  IMPROVEMENT_ACTION_STREAM_PREFIX,
  type ActionSourceKind,
  type ImprovementActionEvent,
} from '../../../domain/improvement-action/events.js';
import type { CalendarDate, Instant } from '../../../domain/shared/time.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';

export const IMPROVEMENT_ACTIONS_COLLECTION = 'improvementActions';

/** Where an action stands, as stored: OVERDUE is OPEN seen after its due date, so it is never stored. */
export const STORED_ACTION_STATUSES = ['OPEN', 'CLOSED_EFFECTIVE', 'CLOSED_NOT_EFFECTIVE'] as const;
export type StoredActionStatus = (typeof STORED_ACTION_STATUSES)[number];

export interface ActionProgressEntry {
  readonly note: string;
  readonly evidence: string;
  readonly recordedAt: Instant;
  readonly recordedOn: CalendarDate;
  readonly recordedBy: string;
  readonly attachments?: readonly AttachmentRef[];
}

export interface ActionVerificationEntry {
  readonly effective: boolean;
  readonly evidence: string;
  readonly verifiedAt: Instant;
  readonly verifiedOn: CalendarDate;
  readonly verifiedBy: string;
  readonly attachments?: readonly AttachmentRef[];
}

/** The fields of an action's document (apart from the store's index signature, so types can pick them). */
export interface ImprovementActionFields {
  readonly id: string;
  readonly sourceKind: ActionSourceKind;
  readonly sourceReference: string;
  readonly problem: string;
  readonly rootCause: string;
  readonly action: string;
  readonly responsibleId: string;
  readonly dueDate: CalendarDate;
  readonly formulatedAt: Instant;
  readonly formulatedOn: CalendarDate;
  readonly formulatedBy: string;
  readonly linkedActionId: string | null;
  readonly status: StoredActionStatus;
  readonly progress: readonly ActionProgressEntry[];
  readonly verifications: readonly ActionVerificationEntry[];
  /** The result of the last effectiveness check; null until the first. */
  readonly lastVerificationEffective: boolean | null;
  readonly closedAt: Instant | null;
  readonly closedOn: CalendarDate | null;
  /** Stream revision of the last event applied: the idempotency guard. */
  readonly revision: number;
  readonly lastPosition: number;
  /** When the store recorded the last event applied (not the projection's clock: rebuilds agree). */
  readonly updatedAt: Instant;
}

export interface ImprovementActionDocument extends ReadModelDocument, ImprovementActionFields {
  readonly id: string;
}

export function actionIdOf(stream: string): string {
  return stream.slice(IMPROVEMENT_ACTION_STREAM_PREFIX.length);
}

/** The action after one of its events; null when the event cannot apply (no ActionFormulated seen). */
export function evolveImprovementAction(
  current: ImprovementActionDocument | null,
  recorded: RecordedEvent,
): ImprovementActionDocument | null {
  const event = { type: recorded.type, data: recorded.data } as ImprovementActionEvent;
  const marks = appliedMarks(recorded);
  if (event.type === 'ActionFormulated') {
    const data = event.data;
    return {
      // The same key apply() looks documents up by.
      id: actionIdOf(recorded.stream),
      sourceKind: data.source.kind,
      sourceReference: data.source.reference,
      problem: data.problem,
      rootCause: data.rootCause,
      action: data.action,
      responsibleId: data.responsibleId,
      dueDate: data.dueDate,
      formulatedAt: data.formulatedAt,
      formulatedOn: data.formulatedOn,
      formulatedBy: recorded.metadata.actorId,
      linkedActionId: data.linkedActionId,
      status: 'OPEN',
      progress: [],
      verifications: [],
      lastVerificationEffective: null,
      closedAt: null,
      closedOn: null,
      ...marks,
    };
  }
  if (current === null) return null;
  switch (event.type) {
    case 'ProgressRecorded':
      return {
        ...current,
        progress: [
          ...current.progress,
          {
            note: event.data.note,
            evidence: event.data.evidence,
            recordedAt: event.data.recordedAt,
            recordedOn: event.data.recordedOn,
            recordedBy: recorded.metadata.actorId,
            attachments: event.data.attachments ?? [],
          },
        ],
        ...marks,
      };
    case 'EffectivenessVerified':
      return {
        ...current,
        verifications: [
          ...current.verifications,
          {
            effective: event.data.effective,
            evidence: event.data.evidence,
            verifiedAt: event.data.verifiedAt,
            verifiedOn: event.data.verifiedOn,
            verifiedBy: recorded.metadata.actorId,
            attachments: event.data.attachments ?? [],
          },
        ],
        lastVerificationEffective: event.data.effective,
        ...marks,
      };
    case 'ActionClosed':
      return {
        ...current,
        status: event.data.effective ? 'CLOSED_EFFECTIVE' : 'CLOSED_NOT_EFFECTIVE',
        closedAt: event.data.closedAt,
        closedOn: event.data.closedOn,
        ...marks,
      };
    default: {
      // A type added to ImprovementActionEvent must be handled above; at run time it changes nothing.
      const _exhaustive: never = event;
      void _exhaustive;
      return { ...current, ...marks };
    }
  }
}

function appliedMarks(
  recorded: RecordedEvent,
): Pick<ImprovementActionDocument, 'revision' | 'lastPosition' | 'updatedAt'> {
  return {
    revision: recorded.revision,
    lastPosition: recorded.position,
    updatedAt: recorded.metadata.recordedAt,
  };
}

export const improvementActionsProjection: Projection = {
  name: 'improvementActions',
  version: 1,
  categories: [IMPROVEMENT_ACTION_STREAM_PREFIX],
  collections: [IMPROVEMENT_ACTIONS_COLLECTION],
  indexes: {
    [IMPROVEMENT_ACTIONS_COLLECTION]: [
      // A PQRS case's actions: its radicado is the reference of kind PQRS.
      'sourceKind+sourceReference',
      'responsibleId',
      'formulatedAt',
      'formulatedOn',
      // "Overdue" is status OPEN and dueDate < today: one index answers it.
      'status+dueDate',
    ],
  },
  async apply(event, tx) {
    const actionId = actionIdOf(event.stream);
    const current = await tx.get<ImprovementActionDocument>(IMPROVEMENT_ACTIONS_COLLECTION, actionId);
    // Stream revisions only grow: an event at or below the document's revision is already in it.
    if (current !== null && event.revision <= current.revision) return;
    const next = evolveImprovementAction(current, event);
    if (next !== null) await tx.put(IMPROVEMENT_ACTIONS_COLLECTION, next);
  },
};
