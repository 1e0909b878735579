// The affiliations feature: the affiliation's look-ups (commands.ts), its read models and queries, and its
// part of the GraphQL schema. The checklist per type comes from the configuration
// (VENTANILLA_AFFILIATION_CHECKLISTS).
import { Module } from '@nestjs/common';
import { AffiliationLookUps } from './commands.js';
import { AffiliationResolver } from './graphql/affiliations.resolver.js';
import { AffiliationQueries, affiliationReadModels } from './read-models/affiliation-queries.js';

@Module({ providers: [AffiliationLookUps, affiliationReadModels, AffiliationQueries, AffiliationResolver] })
export class AffiliationsModule {}
