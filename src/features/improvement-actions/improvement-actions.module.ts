// The improvement-actions feature: the action's look-ups (commands.ts), its read models and queries, and
// its part of the GraphQL schema (including the field `improvementActions` of a PQRS case).
import { Module } from '@nestjs/common';
import { ImprovementActionLookUps } from './commands.js';
import {
  ImprovementActionsResolver,
  PqrsImprovementActionsResolver,
} from './graphql/improvement-actions.resolver.js';
import {
  ImprovementActionQueries,
  improvementActionReadModels,
} from './read-models/improvement-action-queries.js';

@Module({
  providers: [
    ImprovementActionLookUps,
    improvementActionReadModels,
    ImprovementActionQueries,
    ImprovementActionsResolver,
    PqrsImprovementActionsResolver,
  ],
})
export class ImprovementActionsModule {}
