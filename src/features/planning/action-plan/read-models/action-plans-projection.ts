// The `actionPlans` read model: one document per year's plan (id = the year) with its goals, activities
// and progress reports as the screens and the report read them. Texts are vault references, revealed by
// the resolvers. What depends on the day (overdue, execution as of a date) is computed by the queries
// from the dates kept here, so nothing stored goes stale.
import type { AttachmentRef } from '../../../../domain/shared/attachments.js';
import type { RecordedEvent } from '../../../../engine/eventstore/event-store.js';
import {
  ACTION_PLAN_STREAM_PREFIX,
  weightTotalOf,
  type ActionPlanEvent,
  type ProgressReportStatus,
} from '../../../../domain/action-plan/index.js';
import type { CalendarDate, Instant } from '../../../../domain/shared/time.js';
import type { Projection } from '../../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../../engine/read-models/read-model-store.js';
import { versionedProjection } from '../../../../engine/projections/versioned-projection.js';

export const ACTION_PLANS_COLLECTION = 'actionPlans';
export const ACTION_PLAN_VERSIONS_COLLECTION = 'actionPlanVersions';

export interface PlanGoalEntry {
  readonly goalId: string;
  readonly description: string;
  readonly addedAt: Instant;
  readonly addedOn: CalendarDate;
}

export interface PlanActivityEntry {
  readonly activityId: string;
  readonly goalId: string;
  readonly description: string;
  readonly responsibleId: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  readonly weight: number;
  readonly indicator: string;
  readonly target: string;
  readonly addedAt: Instant;
  readonly addedOn: CalendarDate;
  /** The last approved cumulative progress; 0 until the first approval. */
  readonly approvedProgress: number;
  readonly approvedOn: CalendarDate | null;
}

export interface ProgressReportEntry {
  readonly reportId: string;
  readonly activityId: string;
  readonly progressPercent: number;
  readonly note: string;
  readonly evidence: string;
  readonly attachments: readonly AttachmentRef[];
  readonly reportedBy: string;
  readonly reportedAt: Instant;
  readonly reportedOn: CalendarDate;
  readonly status: ProgressReportStatus;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Instant | null;
  readonly reviewedOn: CalendarDate | null;
  /** Why a coordinator rejected it (a vault reference); null otherwise. */
  readonly rejectionReason: string | null;
}

export interface ActionPlanFields {
  readonly id: string;
  readonly year: number;
  readonly title: string;
  readonly createdAt: Instant;
  readonly createdBy: string;
  readonly goals: readonly PlanGoalEntry[];
  readonly activities: readonly PlanActivityEntry[];
  /** In the order they were filed. */
  readonly progressReports: readonly ProgressReportEntry[];
  readonly weightTotal: number;
  /** Stream revision of the last event applied: the idempotency guard, and the client's expectedRevision. */
  readonly revision: number;
  readonly lastPosition: number;
  /** When the store recorded the last event applied (not the projection's clock: rebuilds agree). */
  readonly updatedAt: Instant;
}

export interface ActionPlanDocument extends ReadModelDocument, ActionPlanFields {
  readonly id: string;
}

export const actionPlanIdOf = (stream: string): string => stream.slice(ACTION_PLAN_STREAM_PREFIX.length);

/** The plan after one of its events; null when the event cannot apply (no ActionPlanCreated seen). */
export function evolveActionPlan(
  current: ActionPlanDocument | null,
  recorded: RecordedEvent,
): ActionPlanDocument | null {
  const event = { type: recorded.type, data: recorded.data } as ActionPlanEvent;
  const marks = {
    revision: recorded.revision,
    lastPosition: recorded.position,
    updatedAt: recorded.metadata.recordedAt,
  };
  if (event.type === 'ActionPlanCreated') {
    return {
      id: actionPlanIdOf(recorded.stream),
      year: event.data.year,
      title: event.data.title,
      createdAt: event.data.createdAt,
      createdBy: recorded.metadata.actorId,
      goals: [],
      activities: [],
      progressReports: [],
      weightTotal: 0,
      ...marks,
    };
  }
  if (current === null) return null;
  switch (event.type) {
    case 'PlanGoalAdded': {
      const { goalId, description, addedAt, addedOn } = event.data;
      return { ...current, goals: [...current.goals, { goalId, description, addedAt, addedOn }], ...marks };
    }
    case 'PlanActivityAdded': {
      const data = event.data;
      const activities = [
        ...current.activities,
        {
          activityId: data.activityId,
          goalId: data.goalId,
          description: data.description,
          responsibleId: data.responsibleId,
          startDate: data.startDate,
          endDate: data.endDate,
          weight: data.weight,
          indicator: data.indicator,
          target: data.target,
          addedAt: data.addedAt,
          addedOn: data.addedOn,
          approvedProgress: 0,
          approvedOn: null,
        },
      ];
      return { ...current, activities, weightTotal: weightTotalOf(activities), ...marks };
    }
    case 'ActivityProgressReported': {
      const data = event.data;
      return {
        ...current,
        progressReports: [
          ...current.progressReports,
          {
            reportId: data.reportId,
            activityId: data.activityId,
            progressPercent: data.progressPercent,
            note: data.note,
            evidence: data.evidence,
            attachments: data.attachments,
            reportedBy: data.reportedBy,
            reportedAt: data.reportedAt,
            reportedOn: data.reportedOn,
            status: 'PENDING',
            reviewedBy: null,
            reviewedAt: null,
            reviewedOn: null,
            rejectionReason: null,
          },
        ],
        ...marks,
      };
    }
    case 'ActivityProgressApproved': {
      const data = event.data;
      return {
        ...current,
        activities: current.activities.map((activity) =>
          activity.activityId === data.activityId
            ? { ...activity, approvedProgress: data.progressPercent, approvedOn: data.approvedOn }
            : activity,
        ),
        progressReports: current.progressReports.map((report) =>
          report.reportId === data.reportId
            ? {
                ...report,
                status: 'APPROVED' as const,
                reviewedBy: data.approvedBy,
                reviewedAt: data.approvedAt,
                reviewedOn: data.approvedOn,
              }
            : report,
        ),
        ...marks,
      };
    }
    case 'ActivityProgressRejected': {
      const data = event.data;
      return {
        ...current,
        progressReports: current.progressReports.map((report) =>
          report.reportId === data.reportId
            ? {
                ...report,
                status: 'REJECTED' as const,
                reviewedBy: data.rejectedBy,
                reviewedAt: data.rejectedAt,
                reviewedOn: data.rejectedOn,
                rejectionReason: data.reason,
              }
            : report,
        ),
        ...marks,
      };
    }
    default: {
      // A type added to ActionPlanEvent must be handled above; at run time it changes nothing.
      const _exhaustive: never = event;
      void _exhaustive;
      return { ...current, ...marks };
    }
  }
}

export const actionPlansProjection: Projection = {
  name: 'actionPlans',
  version: 1,
  categories: [ACTION_PLAN_STREAM_PREFIX],
  collections: [ACTION_PLANS_COLLECTION],
  indexes: { [ACTION_PLANS_COLLECTION]: ['year'] },
  async apply(event, tx) {
    const id = actionPlanIdOf(event.stream);
    const current = await tx.get<ActionPlanDocument>(ACTION_PLANS_COLLECTION, id);
    // Stream revisions only grow: an event at or below the document's revision is already in it.
    if (current !== null && event.revision <= current.revision) return;
    const next = evolveActionPlan(current, event);
    if (next !== null) await tx.put(ACTION_PLANS_COLLECTION, next);
  },
};

/** Each plan as it stood at any recorded instant: the execution report and executionAsOf read it. */
export const actionPlanVersionsProjection = versionedProjection<ActionPlanDocument>({
  name: 'actionPlanVersions',
  version: 1,
  categories: [ACTION_PLAN_STREAM_PREFIX],
  collection: ACTION_PLAN_VERSIONS_COLLECTION,
  indexes: ['year'],
  entityIdOf: actionPlanIdOf,
  evolve: evolveActionPlan,
});

export const ACTION_PLAN_PROJECTIONS: readonly Projection[] = [
  actionPlansProjection,
  actionPlanVersionsProjection,
];
