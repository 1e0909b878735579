// A plan's figures on a day: each activity's approved progress as it stood that day (the last report
// approved on or before it), its weighted share of the plan's execution, and whether it was overdue.
// Pure functions of a plan document, shared by the screen, the execution report and the management review.
import {
  executionPercentOf,
  isBalanced,
  isOverdue,
  weightTotalOf,
  type ActivityStatusValue,
} from '../../../../domain/action-plan/index.js';
import type { CalendarDate } from '../../../../domain/shared/time.js';
import type { ActionPlanDocument, PlanActivityEntry } from './action-plans-projection.js';

export interface ActivityExecution {
  readonly activityId: string;
  readonly goalId: string;
  /** Vault references, as the document holds them: reveal before showing. */
  readonly description: string;
  readonly indicator: string;
  readonly target: string;
  readonly responsibleId: string;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  readonly weight: number;
  /** Approved cumulative progress on the day, 0–100. */
  readonly progress: number;
  /** weight × progress / 100: the points of the plan's execution this activity gives. */
  readonly weightedExecution: number;
  readonly overdue: boolean;
  readonly status: ActivityStatusValue;
}

export interface ActionPlanExecution {
  readonly year: number;
  /** The day the figures are for (Bogotá). */
  readonly asOf: CalendarDate;
  /** Percentage points of the whole plan: Σ weight × approved progress / 100. */
  readonly executionPercent: number;
  readonly weightTotal: number;
  /** The weights add to exactly 100 %; an unbalanced plan cannot reach 100 % execution. */
  readonly weightsBalanced: boolean;
  /** The activities added by that day, in the order they were added. */
  readonly activities: readonly ActivityExecution[];
  readonly overdueActivities: readonly ActivityExecution[];
}

/** The approved progress of the activity as it stood at the end of `day`. */
export function approvedProgressOn(
  plan: Pick<ActionPlanDocument, 'progressReports'>,
  activityId: string,
  day: CalendarDate,
): number {
  let progress = 0;
  for (const report of plan.progressReports) {
    if (
      report.activityId === activityId &&
      report.status === 'APPROVED' &&
      report.reviewedOn !== null &&
      report.reviewedOn <= day
    ) {
      progress = Math.max(progress, report.progressPercent);
    }
  }
  return progress;
}

export function activityStatusOf(progress: number, overdue: boolean): ActivityStatusValue {
  if (progress >= 100) return 'COMPLETED';
  if (overdue) return 'OVERDUE';
  return progress > 0 ? 'IN_PROGRESS' : 'NOT_STARTED';
}

function activityExecutionOn(
  plan: Pick<ActionPlanDocument, 'progressReports'>,
  activity: PlanActivityEntry,
  day: CalendarDate,
): ActivityExecution {
  const progress = approvedProgressOn(plan, activity.activityId, day);
  const overdue = isOverdue({ endDate: activity.endDate, progress }, day);
  return {
    activityId: activity.activityId,
    goalId: activity.goalId,
    description: activity.description,
    indicator: activity.indicator,
    target: activity.target,
    responsibleId: activity.responsibleId,
    startDate: activity.startDate,
    endDate: activity.endDate,
    weight: activity.weight,
    progress,
    weightedExecution: executionPercentOf([{ weight: activity.weight, progress }]),
    overdue,
    status: activityStatusOf(progress, overdue),
  };
}

/** The plan's execution on `day`: activities added by then, approvals made by then, overdue that day. */
export function planExecutionOn(plan: ActionPlanDocument, day: CalendarDate): ActionPlanExecution {
  const activities = plan.activities
    .filter((activity) => activity.addedOn <= day)
    .map((activity) => activityExecutionOn(plan, activity, day));
  return {
    year: plan.year,
    asOf: day,
    executionPercent: executionPercentOf(activities),
    weightTotal: weightTotalOf(activities),
    weightsBalanced: isBalanced(activities),
    activities,
    overdueActivities: activities.filter((activity) => activity.overdue),
  };
}
