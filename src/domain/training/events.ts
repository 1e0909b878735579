// The facts of the year's training plan (plan institucional de capacitación, PIC), stored in its stream
// `training-<year>`: needs proposed from the office's data accepted or dismissed by a coordinator, with the
// basis as it stood; sessions scheduled with their topic, date, trainer and attendees; attendance and
// evaluation recorded per attendee.
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate, Instant } from '../shared/time.js';

/** Where a training need was found in the data. */
export const TRAINING_NEED_SOURCE_KINDS = ['PQRS_SUBJECT', 'IMPROVEMENT_ACTION'] as const;
export type TrainingNeedSourceKind = (typeof TRAINING_NEED_SOURCE_KINDS)[number];

/** A subject the year's PQRS keep asking about: how many and between which days. */
export interface PqrsSubjectBasis {
  readonly kind: 'PQRS_SUBJECT';
  /** An opaque key of the subject's words (a hash: the words may name people and stay in the vault). */
  readonly reference: string;
  /** The subject as staff read it (a sealed text reference in the log). */
  readonly label: string;
  readonly receivedCount: number;
  readonly firstReceivedOn: CalendarDate;
  readonly lastReceivedOn: CalendarDate;
}

/** An improvement action formulated in the year: the process gap it names may be a gap in knowledge. */
export interface ImprovementActionBasis {
  readonly kind: 'IMPROVEMENT_ACTION';
  /** The action's id. */
  readonly reference: string;
  /** The action's problem as staff read it (a sealed text reference in the log). */
  readonly label: string;
  /** Where the action stood: OPEN, OVERDUE, CLOSED_EFFECTIVE or CLOSED_NOT_EFFECTIVE. */
  readonly actionStatus: string;
  readonly formulatedOn: CalendarDate;
  readonly dueDate: CalendarDate;
}

/** Why a need is proposed, with the figures that made it one, as they stood when it was decided. */
export type TrainingNeedBasis = PqrsSubjectBasis | ImprovementActionBasis;

/** A need's key within its year: its source kind and reference, `PQRS_SUBJECT:<key>`. */
export function trainingNeedKeyOf(basis: Pick<TrainingNeedBasis, 'kind' | 'reference'>): string {
  return `${basis.kind}:${basis.reference}`;
}

export type TrainingNeedAccepted = DomainEvent<
  'TrainingNeedAccepted',
  {
    readonly year: number;
    readonly needKey: string;
    readonly basis: TrainingNeedBasis;
    readonly acceptedAt: Instant;
    readonly acceptedOn: CalendarDate;
    /** Whose key seals the plan's texts (a key of the plan's own). */
    readonly textOwnerId: string | null;
  }
>;

export type TrainingNeedDismissed = DomainEvent<
  'TrainingNeedDismissed',
  {
    readonly year: number;
    readonly needKey: string;
    readonly basis: TrainingNeedBasis;
    readonly reason: string;
    readonly dismissedAt: Instant;
    readonly dismissedOn: CalendarDate;
    readonly textOwnerId: string | null;
  }
>;

export type TrainingScheduled = DomainEvent<
  'TrainingScheduled',
  {
    readonly year: number;
    readonly sessionId: string;
    readonly topic: string;
    readonly date: CalendarDate;
    /** Who gives it: a name (sealed), since trainers may come from outside the office. */
    readonly trainer: string;
    /** Staff user ids, active when scheduled. */
    readonly attendeeIds: readonly string[];
    /** The accepted needs of the year the session answers. */
    readonly needKeys: readonly string[];
    /** The evaluation score (0–100) an attendee needs to approve. */
    readonly passingScore: number;
    readonly scheduledAt: Instant;
    readonly textOwnerId: string | null;
  }
>;

export interface AttendanceRecord {
  readonly userId: string;
  readonly attended: boolean;
  /** The evaluation score 0–100; null for an absent attendee. */
  readonly score: number | null;
  /** Attended with a score at or above the session's passing score. */
  readonly approved: boolean;
}

export type TrainingAttendanceRecorded = DomainEvent<
  'TrainingAttendanceRecorded',
  {
    readonly sessionId: string;
    /** One per attendee scheduled, in the order scheduled; a later record corrects an earlier one. */
    readonly attendance: readonly AttendanceRecord[];
    /** The passing score the approvals were judged against. */
    readonly passingScore: number;
    readonly recordedAt: Instant;
    readonly recordedOn: CalendarDate;
  }
>;

export type TrainingEvent =
  TrainingNeedAccepted | TrainingNeedDismissed | TrainingScheduled | TrainingAttendanceRecorded;
export type TrainingEventType = TrainingEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const TRAINING_EVENT_SCHEMA_VERSIONS: Readonly<Record<TrainingEventType, number>> = {
  TrainingNeedAccepted: 1,
  TrainingNeedDismissed: 1,
  TrainingScheduled: 1,
  TrainingAttendanceRecorded: 1,
};

export const TRAINING_STREAM_PREFIX = 'training-';
/** The year's plan: `training-2026`. */
export const trainingStreamOf = (year: string): string => `${TRAINING_STREAM_PREFIX}${year}`;
export const trainingYearOf = (stream: string): number => Number(stream.slice(TRAINING_STREAM_PREFIX.length));

export function upcastTrainingEvent(stored: {
  readonly type: string;
  readonly data: unknown;
}): TrainingEvent {
  return { type: stored.type, data: stored.data } as TrainingEvent;
}
