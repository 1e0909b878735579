// The action-plan feature (plan de acción, Planeación): its look-ups, read models and queries, and its
// part of the GraphQL schema. ActionPlanQueries is exported for the management review.
import { Module } from '@nestjs/common';
import { ActionPlanLookUps } from './commands.js';
import {
  ActionPlanResolver,
  PlanActivityResolver,
  ProgressReportResolver,
} from './graphql/action-plan.resolver.js';
import { ActionPlanQueries, actionPlanReadModels } from './read-models/action-plan-queries.js';

@Module({
  providers: [
    ActionPlanLookUps,
    actionPlanReadModels,
    ActionPlanQueries,
    ActionPlanResolver,
    PlanActivityResolver,
    ProgressReportResolver,
  ],
  exports: [ActionPlanQueries],
})
export class ActionPlanModule {}
