// What staff ask of a year's action plan (plan de acción). The moment and the actor arrive in the
// DecisionContext; ids of new goals, activities and progress reports are chosen outside the domain.
import type { AttachmentRef } from '../shared/attachments.js';
import type { CalendarDate } from '../shared/time.js';

export type CreateActionPlan = {
  readonly type: 'CreateActionPlan';
  readonly data: {
    readonly year: number;
    readonly title: string;
    /** Written by the command path: the plan's own key for its free texts (they are no citizen's). */
    readonly textOwnerId?: string | null;
  };
};

export type AddPlanGoal = {
  readonly type: 'AddPlanGoal';
  readonly data: { readonly goalId: string; readonly description: string };
};

export type AddPlanActivity = {
  readonly type: 'AddPlanActivity';
  readonly data: {
    readonly activityId: string;
    readonly goalId: string;
    readonly description: string;
    /** The staff member who answers for the activity (the look-ups checked the account is active). */
    readonly responsibleId: string;
    readonly startDate: CalendarDate;
    readonly endDate: CalendarDate;
    /** Percentage of the whole plan, up to two decimals (12.5 = 12,5 %). */
    readonly weight: number;
    readonly indicator: string;
    readonly target: string;
  };
};

export type ReportActivityProgress = {
  readonly type: 'ReportActivityProgress';
  readonly data: {
    readonly reportId: string;
    readonly activityId: string;
    /** Cumulative: how far the activity has come in all, 0–100, not the step since the last report. */
    readonly progressPercent: number;
    readonly note: string;
    /** Where the evidence is kept (document number, minutes); may be blank when files are attached. */
    readonly evidence: string;
    readonly attachments?: readonly AttachmentRef[];
  };
};

export type ApproveActivityProgress = {
  readonly type: 'ApproveActivityProgress';
  readonly data: { readonly reportId: string };
};

export type RejectActivityProgress = {
  readonly type: 'RejectActivityProgress';
  readonly data: { readonly reportId: string; readonly reason: string };
};

export type ActionPlanCommand =
  | CreateActionPlan
  | AddPlanGoal
  | AddPlanActivity
  | ReportActivityProgress
  | ApproveActivityProgress
  | RejectActivityProgress;
