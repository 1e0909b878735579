// A year's action plan as its events leave it: a union on `status` holding what decide.ts needs — the
// goals, each activity's weight, responsible and approved progress, and each progress report's standing.
import type { CalendarDate } from '../shared/time.js';
import type { ActionPlanEvent } from './events.js';
import { hundredthsOf } from './execution.js';

export const PROGRESS_REPORT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type ProgressReportStatus = (typeof PROGRESS_REPORT_STATUSES)[number];

export interface PlanActivityRecord {
  readonly activityId: string;
  readonly goalId: string;
  readonly responsibleId: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  readonly weight: number;
  /** The last approved cumulative progress; 0 until the first approval. */
  readonly approvedProgress: number;
  /** The report awaiting approval, if any: one at a time, so approvals follow the order of reports. */
  readonly pendingReportId: string | null;
}

export interface ProgressReportRecord {
  readonly reportId: string;
  readonly activityId: string;
  readonly progressPercent: number;
  readonly reportedBy: string;
  readonly status: ProgressReportStatus;
}

export interface NoActionPlan {
  readonly status: 'NOT_CREATED';
}

export interface ActionPlan {
  readonly status: 'CREATED';
  readonly year: number;
  readonly textOwnerId: string | null;
  readonly goalIds: readonly string[];
  readonly activities: Readonly<Record<string, PlanActivityRecord>>;
  readonly reports: Readonly<Record<string, ProgressReportRecord>>;
  /** Sum of the activities' weights, in hundredths of a percentage point (exact). */
  readonly weightHundredths: number;
}

export type ActionPlanState = NoActionPlan | ActionPlan;

export const initialActionPlanState: ActionPlanState = { status: 'NOT_CREATED' };

/**
 * Folds one event into the plan. The event is a fact: nothing is validated and nothing thrown; an event
 * that cannot apply to the state (which decide never produces) leaves the state as it was.
 */
export function evolve(state: ActionPlanState, event: ActionPlanEvent): ActionPlanState {
  if (event.type === 'ActionPlanCreated') {
    return {
      status: 'CREATED',
      year: event.data.year,
      textOwnerId: event.data.textOwnerId,
      goalIds: [],
      activities: {},
      reports: {},
      weightHundredths: 0,
    };
  }
  if (state.status !== 'CREATED') return state;
  switch (event.type) {
    case 'PlanGoalAdded':
      return { ...state, goalIds: [...state.goalIds, event.data.goalId] };
    case 'PlanActivityAdded': {
      const data = event.data;
      return {
        ...state,
        activities: {
          ...state.activities,
          [data.activityId]: {
            activityId: data.activityId,
            goalId: data.goalId,
            responsibleId: data.responsibleId,
            startDate: data.startDate,
            endDate: data.endDate,
            weight: data.weight,
            approvedProgress: 0,
            pendingReportId: null,
          },
        },
        weightHundredths: state.weightHundredths + hundredthsOf(data.weight),
      };
    }
    case 'ActivityProgressReported': {
      const data = event.data;
      const activity = state.activities[data.activityId];
      if (activity === undefined) return state;
      return {
        ...state,
        activities: {
          ...state.activities,
          [data.activityId]: { ...activity, pendingReportId: data.reportId },
        },
        reports: {
          ...state.reports,
          [data.reportId]: {
            reportId: data.reportId,
            activityId: data.activityId,
            progressPercent: data.progressPercent,
            reportedBy: data.reportedBy,
            status: 'PENDING',
          },
        },
      };
    }
    case 'ActivityProgressApproved':
    case 'ActivityProgressRejected': {
      const report = state.reports[event.data.reportId];
      const activity = report === undefined ? undefined : state.activities[report.activityId];
      if (report === undefined || activity === undefined) return state;
      const approved = event.type === 'ActivityProgressApproved';
      return {
        ...state,
        activities: {
          ...state.activities,
          [activity.activityId]: {
            ...activity,
            approvedProgress: approved ? event.data.progressPercent : activity.approvedProgress,
            pendingReportId: activity.pendingReportId === report.reportId ? null : activity.pendingReportId,
          },
        },
        reports: {
          ...state.reports,
          [report.reportId]: { ...report, status: approved ? 'APPROVED' : 'REJECTED' },
        },
      };
    }
    default: {
      // A type this code does not know yet (written by a newer version): the state stays as it was.
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
}
