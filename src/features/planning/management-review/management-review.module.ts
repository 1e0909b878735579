// The management review (revisión por la dirección) of Planeación: its look-ups and input assembly
// (commands.ts, review-inputs.ts), its read models and queries, and its part of the GraphQL schema.
import { Module } from '@nestjs/common';
import { ManagementReviewLookUps } from './commands.js';
import { ManagementReviewResolver } from './graphql/management-review.resolver.js';
import {
  ManagementReviewQueries,
  managementReviewReadModels,
} from './read-models/management-review-queries.js';
import { ManagementReviewInputs, reviewInputReadModels } from './review-inputs.js';

@Module({
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
