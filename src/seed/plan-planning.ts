// Plans the year of the process's planning: the action plan, the campaigns and media, training, the risk
// map and the management reviews, each by its own planner under planning/, as steps on the same clock as
// the cases they refer to.
import type { CalendarDate } from '../domain/shared/time.js';
import type { PlannedStep } from './demo-plan.js';
import type { OfficeDays } from './office-hours.js';
import type { PlannedCase } from './plan-pqrs.js';
import type { SeededRandom } from './seeded-random.js';
import { planActionPlan } from './planning/plan-action-plan.js';
import { planCampaigns } from './planning/plan-campaigns.js';
import { planRisks } from './planning/plan-risks.js';
import { planTraining } from './planning/plan-training.js';
import { planManagementReviews } from './planning/plan-management-review.js';

/** What the planners know of the year: its days, what else the plan holds, and a generator each. */
export interface PlanningPlanContext {
  readonly days: OfficeDays;
  readonly from: CalendarDate;
  readonly until: CalendarDate;
  /** The year's PQRS cases as planned (by index). */
  readonly cases: readonly PlannedCase[];
  /** How many affiliations and improvement actions the plan has (indexes 0…n-1). */
  readonly affiliations: number;
  readonly improvementActions: number;
  /** The year's case and improvement-action steps (receipts with their subjects, formulations with their days). */
  readonly caseAndActionSteps: readonly PlannedStep[];
  /** A generator for one planner: each forks its own by name, so one planner's draws leave the others alone. */
  readonly random: (planner: string) => SeededRandom;
}

type Planner = (context: PlanningPlanContext) => readonly PlannedStep[];

/** Each planning feature's planner; their steps are merged with the rest of the year by instant. */
const PLANNERS: readonly Planner[] = [
  planActionPlan,
  planCampaigns,
  planTraining,
  planRisks,
  planManagementReviews,
];

export function planPlanning(context: PlanningPlanContext): PlannedStep[] {
  return PLANNERS.flatMap((planner) => planner(context));
}
