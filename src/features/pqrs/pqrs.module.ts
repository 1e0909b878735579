// The PQRS feature: the case's command handlers, its queries and its part of the GraphQL schema.
import { Module } from '@nestjs/common';
import { PqrsResolver } from './graphql/pqrs.resolver.js';
import { CommandMetadataFactory } from '../../graphql/command-metadata.factory.js';
import { PqrsCaseWriter } from './pqrs-case-writer.js';
import { PqrsQueries } from './read-models/pqrs-queries.js';
import { PQRS_COMMAND_HANDLERS } from './pqrs.handlers.js';

@Module({
  providers: [PqrsCaseWriter, PqrsQueries, CommandMetadataFactory, PqrsResolver, ...PQRS_COMMAND_HANDLERS],
})
export class PqrsModule {}
