// The inputs of a management review (ISO 9001:2015 9.3.2) as they were put before the committee: the
// figures of the period under review, assembled from the read models when the review is opened and kept
// in its opening event, so the minutes always show what the committee saw.
import type { CalendarDate, Instant } from '../shared/time.js';

export interface ReviewPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** The PQRS indicators of the period, and the stock open at the cut. */
export interface PqrsReviewInput {
  readonly received: number;
  readonly answered: number;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  /** Answered on time / answered, 0..1; null when nothing was answered. */
  readonly onTimeRate: number | null;
  readonly averageResponseBusinessDays: number | null;
  /** Received in the period, by kind (every kind, zeros included). */
  readonly byKind: readonly { readonly kind: string; readonly count: number }[];
  /** Open at the cut, whatever the period, and those past their due date. */
  readonly open: number;
  readonly overdue: number;
}

/** The Informe de PQRS issued last for a period within the one under review: which one, and its hash. */
export interface PqrsReportReference {
  readonly reportId: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly asOf: Instant;
  readonly issuedAt: Instant;
  readonly contentHash: string;
}

/** Customer satisfaction in the period (ISO 9001:2015 9.1.2). */
export interface SatisfactionReviewInput {
  readonly responses: number;
  /** Measured answers and the favourable ones among them. */
  readonly answered: number;
  readonly satisfied: number;
  /** Satisfied / answered, 0..1; null when nothing was measured. */
  readonly satisfactionIndex: number | null;
}

export interface OpenActionInput {
  readonly actionId: string;
  readonly sourceKind: string;
  readonly sourceReference: string;
  readonly dueDate: CalendarDate;
  /** Past its due date at the cut. */
  readonly overdue: boolean;
}

/** Improvement actions: the period's flow, and those open at the cut (ISO 9001:2015 9.3.2 c 6). */
export interface ImprovementActionsReviewInput {
  readonly formulated: number;
  readonly closedEffective: number;
  readonly closedNotEffective: number;
  /** Closed effective / closed, 0..1; null when none closed. */
  readonly effectivenessRate: number | null;
  readonly open: readonly OpenActionInput[];
}

/** An activity of the action plan past its end date without full progress, at the cut. */
export interface OverdueActivityInput {
  readonly activityId: string;
  /** The vault's reference to the activity's description (the plan's own key). */
  readonly description: string;
  readonly endDate: CalendarDate;
  /** Approved cumulative progress, 0–100. */
  readonly progress: number;
}

/** The action plan's execution in the year of the period's end, at the cut (ISO 9001:2015 9.3.2 c). */
export interface ActionPlanReviewInput {
  readonly year: number;
  /** Percentage points of the whole plan: Σ weight × approved progress / 100. */
  readonly executionPercent: number;
  /** The activities' weights add to exactly 100 %. */
  readonly weightsBalanced: boolean;
  readonly activities: number;
  readonly completed: number;
  readonly overdue: readonly OverdueActivityInput[];
}

export interface RiskReviewInput {
  readonly riskId: string;
  /** The vault's reference to the risk's name (the risk's own key). */
  readonly name: string;
  readonly residualZone: string;
  /** The last quarter monitored by the cut; null when never. */
  readonly lastMonitoringQuarter: string | null;
  /** That monitoring's verdict on the controls; null when never monitored. */
  readonly controlsEffective: boolean | null;
  /** Materialisations that occurred within the period under review. */
  readonly materializationsInPeriod: number;
}

/** The risk map's monitoring at the cut (ISO 9001:2015 9.3.2 e, 6.1). */
export interface RiskMonitoringReviewInput {
  /** Every residual zone, from low to extreme, zeros included. */
  readonly byResidualZone: readonly { readonly zone: string; readonly count: number }[];
  readonly risks: readonly RiskReviewInput[];
}

export interface ReviewInputs {
  /** The cut: the instant the figures were read at. */
  readonly assembledAt: Instant;
  readonly period: ReviewPeriod;
  readonly pqrs: PqrsReviewInput;
  readonly pqrsReport: PqrsReportReference | null;
  readonly satisfaction: SatisfactionReviewInput;
  readonly improvementActions: ImprovementActionsReviewInput;
  /** null: the source was not available when the review was opened. */
  readonly actionPlan: ActionPlanReviewInput | null;
  readonly riskMonitoring: RiskMonitoringReviewInput | null;
}
