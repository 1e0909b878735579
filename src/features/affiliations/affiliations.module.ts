// The affiliations feature: the affiliation's look-ups (commands.ts), its read models and queries, its
// part of the GraphQL schema, and how the notice of its decision is written for the notices' sender. The
// checklist per type comes from the configuration (VENTANILLA_AFFILIATION_CHECKLISTS).
import { Module } from '@nestjs/common';
import { AffiliationNotices } from './affiliation-notices.js';
import { AffiliationLookUps } from './commands.js';
import { AffiliationResolver } from './graphql/affiliations.resolver.js';
import { AffiliationQueries, affiliationReadModels } from './read-models/affiliation-queries.js';

@Module({
  providers: [
    AffiliationLookUps,
    affiliationReadModels,
    AffiliationQueries,
    AffiliationResolver,
    AffiliationNotices,
  ],
})
export class AffiliationsModule {}
