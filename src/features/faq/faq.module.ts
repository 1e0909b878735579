// The FAQ / case log feature: the entry's look-ups (commands.ts), its read models, queries and search,
// and its part of the GraphQL schema.
import { Module } from '@nestjs/common';
import { FaqEntryLookUps } from './commands.js';
import { FaqResolver, FrequentSubjectResolver } from './graphql/faq.resolver.js';
import { FaqQueries } from './read-models/faq-queries.js';
import { FaqSearch, faqReadModels } from './read-models/faq-search.js';

@Module({
  providers: [FaqEntryLookUps, faqReadModels, FaqSearch, FaqQueries, FaqResolver, FrequentSubjectResolver],
})
export class FaqModule {}
