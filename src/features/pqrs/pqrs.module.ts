// The PQRS feature: the case's look-ups (commands.ts), its read models and queries, and its part of the
// GraphQL schema. Its commands run on the one command path (engine/commands).
import { Module } from '@nestjs/common';
import { PqrsLookUps } from './commands.js';
import { InterruptedReceipts } from './interrupted-receipts.js';
import { PqrsResolver } from './graphql/pqrs.resolver.js';
import { PqrsQueries, pqrsReadModels } from './read-models/pqrs-queries.js';

@Module({ providers: [PqrsLookUps, InterruptedReceipts, pqrsReadModels, PqrsQueries, PqrsResolver] })
export class PqrsModule {}
