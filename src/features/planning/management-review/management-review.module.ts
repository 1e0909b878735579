// The management review (revisión por la dirección) of Planeación: its look-ups and input assembly
// (commands.ts, review-inputs.ts), its read models and queries, and its part of the GraphQL schema.
import { Module } from '@nestjs/common';
import { ActionPlanModule } from '../action-plan/index.js';
import { RisksModule } from '../risks/index.js';
import { ManagementReviewLookUps } from './commands.js';
import { ManagementReviewResolver } from './graphql/management-review.resolver.js';
import {
  ManagementReviewQueries,
  managementReviewReadModels,
} from './read-models/management-review-queries.js';
import { ManagementReviewInputs, reviewInputReadModels } from './review-inputs.js';

@Module({
  // Their queries give the action plan's execution and the risk map's monitoring for the inputs.
  imports: [ActionPlanModule, RisksModule],
  providers: [
    ManagementReviewLookUps,
    ManagementReviewInputs,
    reviewInputReadModels,
    managementReviewReadModels,
    ManagementReviewQueries,
    ManagementReviewResolver,
  ],
})
export class ManagementReviewModule {}
