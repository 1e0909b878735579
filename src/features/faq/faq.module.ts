// The FAQ / case log feature: the entry's command handlers, its queries and search, and its part of the
// GraphQL schema.
import { Module } from '@nestjs/common';
import { CommandMetadataFactory } from '../../graphql/command-metadata.factory.js';
import { FaqResolver, FrequentSubjectResolver } from './graphql/faq.resolver.js';
import { FaqQueries } from './read-models/faq-queries.js';
import { FaqSearch } from './read-models/faq-search.js';
import { FAQ_COMMAND_HANDLERS, FaqEntryWriter } from './faq.handlers.js';

@Module({
  providers: [
    FaqEntryWriter,
    FaqSearch,
    FaqQueries,
    CommandMetadataFactory,
    FaqResolver,
    FrequentSubjectResolver,
    ...FAQ_COMMAND_HANDLERS,
  ],
})
export class FaqModule {}
