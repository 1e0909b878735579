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

/** The action plan's execution in the year of the period's end, at the cut. */
export interface ActionPlanReviewInput {
  readonly year: number;
  readonly activities: number;
  readonly completed: number;
  readonly overdue: number;
  /** Mean progress of the activities, 0..1; null when the plan has none. */
  readonly executionRate: number | null;
}

/** The risk map's monitoring at the cut (ISO 9001:2015 9.3.2 e). */
export interface RiskMonitoringReviewInput {
  readonly risks: number;
  /** Risks by residual zone, in the order the guide gives them. */
  readonly byResidualZone: readonly { readonly zone: string; readonly count: number }[];
  /** Risks whose monitoring found a control failing or the risk materialized. */
  readonly withFindings: number;
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
