// What the application takes from the planning features: their read models (one list for the runner and
// the rebuild CLI) and their aggregates by name (the demo seed runs their commands on the command path).
import type { AggregateType } from '../../engine/commands/run-command.js';
import type { Projection } from '../../engine/projections/projection.js';
import { improvementActionCase } from '../improvement-actions/index.js';
import { ACTION_PLAN_PROJECTIONS, actionPlan } from './action-plan/index.js';
import { campaignAggregate } from './campaigns/commands.js';
import { CAMPAIGN_PROJECTIONS } from './campaigns/read-models/campaign-projections.js';
import { managementReviewCase, MANAGEMENT_REVIEW_PROJECTIONS } from './management-review/index.js';
import { RISK_PROJECTIONS, riskCase } from './risks/index.js';
import { trainingPlan } from './training/commands.js';
import { TRAINING_PROJECTIONS } from './training/read-models/training-projections.js';

export const PLANNING_PROJECTIONS: readonly Projection[] = [
  ...ACTION_PLAN_PROJECTIONS,
  ...CAMPAIGN_PROJECTIONS,
  ...TRAINING_PROJECTIONS,
  ...RISK_PROJECTIONS,
  ...MANAGEMENT_REVIEW_PROJECTIONS,
];

/** The planning aggregates, by the name the demo plan uses for them. */
export const PLANNING_AGGREGATE_NAMES = [
  'ACTION_PLAN',
  'CAMPAIGN',
  'TRAINING',
  'RISK',
  'MANAGEMENT_REVIEW',
  // The improvement action a management review's decision formulates (source MANAGEMENT_REVIEW).
  'MANAGEMENT_REVIEW_ACTION',
] as const;
export type PlanningAggregateName = (typeof PLANNING_AGGREGATE_NAMES)[number];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry keeps its own command, event and state types
export type AnyAggregateType = AggregateType<any, any, any>;

export const PLANNING_AGGREGATES: Readonly<Partial<Record<PlanningAggregateName, AnyAggregateType>>> = {
  ACTION_PLAN: actionPlan,
  CAMPAIGN: campaignAggregate,
  TRAINING: trainingPlan,
  RISK: riskCase,
  MANAGEMENT_REVIEW: managementReviewCase,
  MANAGEMENT_REVIEW_ACTION: improvementActionCase,
};

export { ACTION_PLAN_PROJECTIONS };

/** What the reports take of the management review: its versions, which the minutes are built from. */
export {
  MANAGEMENT_REVIEW_VERSIONS_COLLECTION,
  managementReviewVersionsProjection,
  type ManagementReviewDocument,
} from './management-review/index.js';

/** What the reports take of training (PIC): the plan's versions, which the PIC report is built from. */
export {
  TRAINING_PLAN_VERSIONS_COLLECTION,
  trainingPlanVersionsProjection,
  type TrainingPlanDocument,
  type TrainingSessionDocument,
} from './training/index.js';

/**
 * What the reports take of campaigns and media: the campaigns' versions, which the Informe de campañas y
 * medios is built from, and the figures by campaign and municipality it computes as the screen does.
 */
export {
  CAMPAIGN_VERSIONS_COLLECTION,
  campaignFigures,
  campaignVersionsProjection,
  costPerAffiliation,
  municipalityFigures,
  type CampaignVersionDocument,
  type LegacyNameMapping,
} from './campaigns/index.js';

/** What the reports take of the action plan: its versions and the execution on a day, as the screen computes it. */
export {
  ACTION_PLAN_VERSIONS_COLLECTION,
  planExecutionOn,
  type ActionPlanDocument,
} from './action-plan/index.js';

/** What the reports take of the risk map: the risks' versions and the heat map, as the screen draws it. */
export {
  heatMapOf,
  RISK_VERSIONS_COLLECTION,
  riskVersionsProjection,
  type RiskDocument,
} from './risks/index.js';
