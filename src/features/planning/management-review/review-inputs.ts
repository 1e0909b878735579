// The inputs of a management review (ISO 9001:2015 9.3.2), assembled from the read models at the moment
// the review is opened: the PQRS indicators of the period under review and the Informe de PQRS issued
// for it, customer satisfaction, the improvement actions (the period's flow and those open at the cut),
// the action plan's execution and the risk map's monitoring (their own queries, which read their
// versioned read models as of the cut). The review's opening event keeps them.
import { Inject, Injectable } from '@nestjs/common';
import type {
  ActionPlanReviewInput,
  ReviewInputs,
  ReviewPeriod,
  RiskMonitoringReviewInput,
} from '../../../domain/management-review/index.js';
import { RISK_ZONES } from '../../../domain/planning/risk-rating.js';
import { bogotaDateOf, yearOf, type Instant } from '../../../domain/shared/time.js';
import { ReadYourWrites, readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import {
  IMPROVEMENT_ACTIONS_COLLECTION,
  improvementActionsProjection,
  type ImprovementActionDocument,
} from '../../improvement-actions/index.js';
import {
  INDICATOR_PROJECTIONS,
  queryImprovementActionPeriodStatistics,
  queryPqrsPeriodIndicators,
  SATISFACTION_INDICATOR_DAYS_COLLECTION,
  satisfactionFiguresOf,
  sumIndicatorDays,
} from '../../indicators/index.js';
import {
  ISSUED_REPORTS_COLLECTION,
  issuedReportsProjection,
  type IssuedReportDocument,
} from '../../reports/index.js';
import { ActionPlanQueries } from '../action-plan/index.js';
import { RiskQueries } from '../risks/index.js';

const INPUT_PROJECTIONS: readonly Projection[] = [
  ...INDICATOR_PROJECTIONS,
  improvementActionsProjection,
  issuedReportsProjection,
];

/** What the inputs are read from: the indicators, the actions and the issued reports. */
export const REVIEW_INPUT_READ_MODELS = Symbol('ReviewInputReadModels');
export const reviewInputReadModels = readModelsProvider(REVIEW_INPUT_READ_MODELS, INPUT_PROJECTIONS);

/**
 * What a request carries in place of the inputs while the domain is asked first (they are assembled only
 * for a review the domain would open): no figures, of the period asked for.
 */
export function inputsToBeAssembled(period: ReviewPeriod, at: Instant): ReviewInputs {
  return {
    assembledAt: at,
    period,
    pqrs: {
      received: 0,
      answered: 0,
      answeredOnTime: 0,
      answeredLate: 0,
      onTimeRate: null,
      averageResponseBusinessDays: null,
      byKind: [],
      open: 0,
      overdue: 0,
    },
    pqrsReport: null,
    satisfaction: { responses: 0, answered: 0, satisfied: 0, satisfactionIndex: null },
    improvementActions: {
      formulated: 0,
      closedEffective: 0,
      closedNotEffective: 0,
      effectivenessRate: null,
      open: [],
    },
    actionPlan: null,
    riskMonitoring: null,
  };
}

@Injectable()
export class ManagementReviewInputs {
  constructor(
    @Inject(REVIEW_INPUT_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(ReadYourWrites) private readonly readYourWrites: ReadYourWrites,
    @Inject(ActionPlanQueries) private readonly actionPlans: ActionPlanQueries,
    @Inject(RiskQueries) private readonly risks: RiskQueries,
  ) {}

  /** The inputs of the period as the read models hold them at `at` (the opening command's instant). */
  async assemble(period: ReviewPeriod, at: Instant): Promise<ReviewInputs> {
    // Everything recorded before the opening counts, other processes' writes included.
    await this.readYourWrites.caughtUpWithHead(INPUT_PROJECTIONS);
    const today = bogotaDateOf(at);
    const [pqrs, actions, satisfaction, openActions, pqrsReport, actionPlan, riskMonitoring] =
      await Promise.all([
        queryPqrsPeriodIndicators(this.readModels, period, today),
        queryImprovementActionPeriodStatistics(this.readModels, period, today),
        sumIndicatorDays(this.readModels, SATISFACTION_INDICATOR_DAYS_COLLECTION, period, false),
        this.readModels.find<ImprovementActionDocument>(
          IMPROVEMENT_ACTIONS_COLLECTION,
          { status: 'OPEN' },
          {
            sort: [
              { field: 'formulatedAt', direction: 'asc' },
              { field: 'id', direction: 'asc' },
            ],
          },
        ),
        this.lastPqrsReportWithin(period, at),
        this.actionPlanExecution(yearOf(period.to), today),
        this.riskMonitoring(period, at),
      ]);
    const satisfactionFigures = satisfactionFiguresOf(satisfaction.flows);
    return {
      assembledAt: at,
      period,
      pqrs: {
        received: pqrs.received,
        answered: pqrs.answered,
        answeredOnTime: pqrs.answeredOnTime,
        answeredLate: pqrs.answeredLate,
        onTimeRate: pqrs.onTimeRate,
        averageResponseBusinessDays: pqrs.averageResponseBusinessDays,
        byKind: pqrs.byKind.map(({ kind, count }) => ({ kind, count })),
        open: pqrs.open,
        overdue: pqrs.overdue,
      },
      pqrsReport,
      satisfaction: {
        responses: satisfactionFigures.responses,
        answered: satisfactionFigures.overall.answered,
        satisfied: satisfactionFigures.overall.satisfied,
        satisfactionIndex: satisfactionFigures.overall.satisfactionIndex,
      },
      improvementActions: {
        formulated: actions.formulated,
        closedEffective: actions.closedEffective,
        closedNotEffective: actions.closedNotEffective,
        effectivenessRate: actions.effectivenessRate,
        open: openActions
          .filter((action) => action.formulatedAt <= at)
          .map((action) => ({
            actionId: action.id,
            sourceKind: action.sourceKind,
            sourceReference: action.sourceReference,
            dueDate: action.dueDate,
            overdue: action.dueDate < today,
          })),
      },
      actionPlan,
      riskMonitoring,
    };
  }

  /** The plan of the year the period ends in, executed as of the cut's day; null when it had no plan. */
  private async actionPlanExecution(year: number, today: string): Promise<ActionPlanReviewInput | null> {
    const execution = await this.actionPlans.executionAsOf(year, today);
    if (execution === null) return null;
    return {
      year: execution.year,
      executionPercent: execution.executionPercent,
      weightsBalanced: execution.weightsBalanced,
      activities: execution.activities.length,
      completed: execution.activities.filter((activity) => activity.status === 'COMPLETED').length,
      overdue: execution.overdueActivities.map((activity) => ({
        activityId: activity.activityId,
        description: activity.description,
        endDate: activity.endDate,
        progress: activity.progress,
      })),
    };
  }

  /** Every risk on the map as monitored by the cut, with what materialised within the period. */
  private async riskMonitoring(period: ReviewPeriod, at: Instant): Promise<RiskMonitoringReviewInput> {
    const risks = await this.risks.monitoringAsOf(at);
    return {
      byResidualZone: RISK_ZONES.map((zone) => ({
        zone,
        count: risks.filter((risk) => risk.residualZone === zone).length,
      })),
      risks: risks.map((risk) => ({
        riskId: risk.riskId,
        name: risk.name,
        residualZone: risk.residualZone,
        lastMonitoringQuarter: risk.lastMonitoringQuarter,
        controlsEffective: risk.lastMonitoringControlsEffective,
        materializationsInPeriod: risk.materializations.filter(
          (entry) => entry.occurredOn >= period.from && entry.occurredOn <= period.to,
        ).length,
      })),
    };
  }

  /** The Informe de PQRS issued last, up to `at`, for a period within the one under review. */
  private async lastPqrsReportWithin(period: ReviewPeriod, at: Instant) {
    const [report] = await this.readModels.find<IssuedReportDocument>(
      ISSUED_REPORTS_COLLECTION,
      { kind: 'PQRS', from: { $gte: period.from }, to: { $lte: period.to }, issuedAt: { $lte: at } },
      { sort: [{ field: 'issuedAt', direction: 'desc' }], limit: 1 },
    );
    if (!report) return null;
    return {
      reportId: report.id,
      from: report.from,
      to: report.to,
      asOf: report.asOf,
      issuedAt: report.issuedAt,
      contentHash: report.contentHash,
    };
  }
}
