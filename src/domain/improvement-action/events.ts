// The facts of an improvement action's life (acción de mejora, ISO 9001:2015 10.2; MECI), stored in its
// stream `improvement-action-<id>`: formulated from a source, followed up with progress notes, checked
// for effectiveness and closed.
import type { AttachmentRef } from '../shared/attachments.js';
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate, Instant } from '../shared/time.js';

/**
 * Where the need for the action was found. MANAGEMENT_REVIEW (a decision of a management review) came
 * last: the list only grows at its end, so the breakdowns by source keep their order.
 */
export const ACTION_SOURCE_KINDS = ['PQRS', 'SURVEY', 'AUDIT', 'INDICATOR', 'MANAGEMENT_REVIEW'] as const;
export type ActionSourceKind = (typeof ACTION_SOURCE_KINDS)[number];

export interface ActionSource {
  readonly kind: ActionSourceKind;
  /**
   * What it points at: a radicado for PQRS; `<reviewId>/<decision number>` for a management review's
   * decision; the survey result, audit finding or indicator as the office names it otherwise. It never changes, so read models may link by it.
   */
  readonly reference: string;
}

export type ActionFormulated = DomainEvent<
  'ActionFormulated',
  {
    readonly actionId: string;
    readonly source: ActionSource;
    readonly problem: string;
    readonly rootCause: string;
    readonly action: string;
    /** The user who answers for carrying the action out. */
    readonly responsibleId: string;
    readonly dueDate: CalendarDate;
    readonly formulatedAt: Instant;
    readonly formulatedOn: CalendarDate;
    /** The action found not effective that this one follows, if any. */
    readonly linkedActionId: string | null;
  }
>;

export type ProgressRecorded = DomainEvent<
  'ProgressRecorded',
  {
    readonly note: string;
    /** Where the evidence is kept (document-management id, file name, minutes number). */
    readonly evidence: string;
    readonly recordedAt: Instant;
    readonly recordedOn: CalendarDate;
    /** schemaVersion 2: the evidence files (none in version 1). */
    readonly attachments: readonly AttachmentRef[];
  }
>;

export type EffectivenessVerified = DomainEvent<
  'EffectivenessVerified',
  {
    /** Whether the action removed the cause: a non-effective result keeps the action open. */
    readonly effective: boolean;
    readonly evidence: string;
    readonly verifiedAt: Instant;
    readonly verifiedOn: CalendarDate;
    /** schemaVersion 2: the evidence files (none in version 1). */
    readonly attachments: readonly AttachmentRef[];
  }
>;

export type ActionClosed = DomainEvent<
  'ActionClosed',
  {
    /** The result of the last effectiveness check, the one the action closed on. */
    readonly effective: boolean;
    readonly verifiedOn: CalendarDate;
    readonly closedAt: Instant;
    readonly closedOn: CalendarDate;
    /** The due date in force, so an auditor sees whether it closed in time. */
    readonly dueDate: CalendarDate;
  }
>;

export type ImprovementActionEvent =
  ActionFormulated | ProgressRecorded | EffectivenessVerified | ActionClosed;

export type ImprovementActionEventType = ImprovementActionEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const IMPROVEMENT_ACTION_EVENT_SCHEMA_VERSIONS: Readonly<Record<ImprovementActionEventType, number>> =
  {
    ActionFormulated: 1,
    ProgressRecorded: 2,
    EffectivenessVerified: 2,
    ActionClosed: 1,
  };

export const IMPROVEMENT_ACTION_STREAM_PREFIX = 'improvement-action-';
export const improvementActionStreamOf = (actionId: string): string =>
  `${IMPROVEMENT_ACTION_STREAM_PREFIX}${actionId}`;

/** The current shape of a stored event: a follow-up stored before files were kept had none. */
export function upcastImprovementActionEvent(stored: {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}): ImprovementActionEvent {
  if (
    (stored.type === 'ProgressRecorded' || stored.type === 'EffectivenessVerified') &&
    stored.schemaVersion < 2
  ) {
    return {
      type: stored.type,
      data: { ...(stored.data as object), attachments: [] },
    } as unknown as ImprovementActionEvent;
  }
  return { type: stored.type, data: stored.data } as ImprovementActionEvent;
}
