// The facts of a year's action plan (plan de acción, Planeación), stored in one stream per year,
// `action-plan-<year>`: the plan created, its goals and weighted activities added, progress reported
// with evidence, and each report approved or rejected by a coordinator. One stream per year because the
// plan's weights must not pass 100 % together: the rule spans every activity, so the plan is the unit
// that one expected revision guards.
import type { AttachmentRef } from '../shared/attachments.js';
import type { DomainEvent } from '../shared/decider.js';
import type { CalendarDate, Instant } from '../shared/time.js';

export type ActionPlanCreated = DomainEvent<
  'ActionPlanCreated',
  {
    readonly year: number;
    /** Sealed in the vault: a reference, never the text. */
    readonly title: string;
    /** The plan's own key in the vault, under which all its texts and evidence files are sealed. */
    readonly textOwnerId: string | null;
    readonly createdAt: Instant;
    readonly createdOn: CalendarDate;
  }
>;

export type PlanGoalAdded = DomainEvent<
  'PlanGoalAdded',
  {
    readonly goalId: string;
    readonly description: string;
    readonly addedAt: Instant;
    readonly addedOn: CalendarDate;
  }
>;

export type PlanActivityAdded = DomainEvent<
  'PlanActivityAdded',
  {
    readonly activityId: string;
    readonly goalId: string;
    readonly description: string;
    readonly responsibleId: string;
    readonly startDate: CalendarDate;
    readonly endDate: CalendarDate;
    /** Percentage of the plan, up to two decimals. */
    readonly weight: number;
    readonly indicator: string;
    readonly target: string;
    /** The plan's weights with this activity, so an auditor sees the total each addition left. */
    readonly planWeightTotal: number;
    readonly addedAt: Instant;
    readonly addedOn: CalendarDate;
  }
>;

export type ActivityProgressReported = DomainEvent<
  'ActivityProgressReported',
  {
    readonly reportId: string;
    readonly activityId: string;
    /** Cumulative progress of the activity, 0–100. */
    readonly progressPercent: number;
    readonly note: string;
    readonly evidence: string;
    readonly attachments: readonly AttachmentRef[];
    /** Who reported it: the approver must be someone else. */
    readonly reportedBy: string;
    readonly reportedAt: Instant;
    readonly reportedOn: CalendarDate;
  }
>;

export type ActivityProgressApproved = DomainEvent<
  'ActivityProgressApproved',
  {
    readonly reportId: string;
    readonly activityId: string;
    /** The progress the activity counts from now on toward the plan's execution. */
    readonly progressPercent: number;
    readonly approvedBy: string;
    readonly approvedAt: Instant;
    readonly approvedOn: CalendarDate;
  }
>;

export type ActivityProgressRejected = DomainEvent<
  'ActivityProgressRejected',
  {
    readonly reportId: string;
    readonly activityId: string;
    readonly reason: string;
    readonly rejectedBy: string;
    readonly rejectedAt: Instant;
    readonly rejectedOn: CalendarDate;
  }
>;

export type ActionPlanEvent =
  | ActionPlanCreated
  | PlanGoalAdded
  | PlanActivityAdded
  | ActivityProgressReported
  | ActivityProgressApproved
  | ActivityProgressRejected;

export type ActionPlanEventType = ActionPlanEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const ACTION_PLAN_EVENT_SCHEMA_VERSIONS: Readonly<Record<ActionPlanEventType, number>> = {
  ActionPlanCreated: 1,
  PlanGoalAdded: 1,
  PlanActivityAdded: 1,
  ActivityProgressReported: 1,
  ActivityProgressApproved: 1,
  ActivityProgressRejected: 1,
};

export const ACTION_PLAN_STREAM_PREFIX = 'action-plan-';
export const actionPlanStreamOf = (year: string | number): string => `${ACTION_PLAN_STREAM_PREFIX}${year}`;
export const actionPlanYearOf = (stream: string): number =>
  Number(stream.slice(ACTION_PLAN_STREAM_PREFIX.length));

/** Every event is at its first version: stored shapes are read as they are. */
export function upcastActionPlanEvent(stored: {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}): ActionPlanEvent {
  return { type: stored.type, data: stored.data } as ActionPlanEvent;
}
