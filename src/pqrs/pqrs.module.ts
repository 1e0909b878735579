// The PQRS feature: the case's command handlers, its queries and its part of the GraphQL schema.
import { Module } from '@nestjs/common';
import { PqrsResolver } from '../graphql/pqrs/pqrs.resolver.js';
import { CommandMetadataFactory } from '../graphql/common/command-metadata.factory.js';
import { PqrsCaseWriter } from './pqrs-case-writer.js';
import { PqrsQueries } from './pqrs-queries.js';
import { PQRS_COMMAND_HANDLERS } from './pqrs.handlers.js';

@Module({
  providers: [PqrsCaseWriter, PqrsQueries, CommandMetadataFactory, PqrsResolver, ...PQRS_COMMAND_HANDLERS],
})
export class PqrsModule {}
