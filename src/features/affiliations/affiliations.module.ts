// The affiliations feature: the affiliation's command handlers, its queries and its part of the GraphQL
// schema. The checklist per type comes from the configuration (VENTANILLA_AFFILIATION_CHECKLISTS).
import { Module } from '@nestjs/common';
import { AffiliationResolver } from './graphql/affiliations.resolver.js';
import { CommandMetadataFactory } from '../../graphql/command-metadata.factory.js';
import { AffiliationQueries } from './read-models/affiliation-queries.js';
import { AffiliationWriter } from './affiliation-writer.js';
import { AFFILIATION_COMMAND_HANDLERS } from './affiliations.handlers.js';

@Module({
  providers: [
    AffiliationWriter,
    AffiliationQueries,
    CommandMetadataFactory,
    AffiliationResolver,
    ...AFFILIATION_COMMAND_HANDLERS,
  ],
})
export class AffiliationsModule {}
