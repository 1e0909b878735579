// The improvement-actions feature: the action's command handlers, its queries and its part of the
// GraphQL schema (including the field `improvementActions` of a PQRS case).
import { Module } from '@nestjs/common';
import { CommandMetadataFactory } from '../../graphql/command-metadata.factory.js';
import {
  ImprovementActionsResolver,
  PqrsImprovementActionsResolver,
} from './graphql/improvement-actions.resolver.js';
import { ImprovementActionQueries } from './read-models/improvement-action-queries.js';
import { IMPROVEMENT_ACTION_COMMAND_HANDLERS } from './improvement-actions.handlers.js';

@Module({
  providers: [
    ImprovementActionQueries,
    CommandMetadataFactory,
    ImprovementActionsResolver,
    PqrsImprovementActionsResolver,
    ...IMPROVEMENT_ACTION_COMMAND_HANDLERS,
  ],
})
export class ImprovementActionsModule {}
