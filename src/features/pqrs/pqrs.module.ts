// The PQRS feature: the case's look-ups (commands.ts), its read models and queries, and its part of the
// GraphQL schema. Its commands run on the one command path (engine/commands).
import { Global, Module } from '@nestjs/common';
import { PUBLIC_ATTACHMENT_ACCESS } from '../../attachments/attachment-registry.js';
import { PUBLIC_CASE_LOOKUP } from '../../public-channel/public-cases.js';
import { PublicCases } from './public-cases.js';
import { PublicPqrsResolver } from './graphql/public-pqrs.resolver.js';
import { PqrsLookUps } from './commands.js';
import { InterruptedReceipts } from './interrupted-receipts.js';
import { PqrsResolver } from './graphql/pqrs.resolver.js';
import { MeritEvaluationResolver } from './graphql/merit-evaluation.resolver.js';
import { PqrsQueries, pqrsReadModels } from './read-models/pqrs-queries.js';
import { MyWorkQueries } from './read-models/my-work-queries.js';
import { MyWorkResolver } from './graphql/my-work.resolver.js';
import { PqrsNotices } from './pqrs-notices.js';
import { NoticesResolver } from './graphql/notices.resolver.js';
import { PqrsListSearch } from './pqrs-list-search.js';
import { InboxExport } from './export/inbox-export.js';
import { InboxExportController } from './export/inbox-export.controller.js';
import { PossibleDuplicates } from './duplicates/possible-duplicates.js';
import { PossibleDuplicatesResolver } from './duplicates/possible-duplicates.resolver.js';

// Global for the two ports the public channel reads a case through (the tracking page's downloads and the
// constancia), which their modules inject without depending on this feature.
@Global()
@Module({
  controllers: [InboxExportController],
  providers: [
    PqrsLookUps,
    InterruptedReceipts,
    pqrsReadModels,
    PqrsQueries,
    PqrsListSearch,
    PqrsResolver,
    MeritEvaluationResolver,
    InboxExport,
    MyWorkQueries,
    MyWorkResolver,
    PublicCases,
    PublicPqrsResolver,
    PqrsNotices,
    NoticesResolver,
    PossibleDuplicates,
    PossibleDuplicatesResolver,
    { provide: PUBLIC_ATTACHMENT_ACCESS, useExisting: PublicCases },
    { provide: PUBLIC_CASE_LOOKUP, useExisting: PublicCases },
  ],
  exports: [PUBLIC_ATTACHMENT_ACCESS, PUBLIC_CASE_LOOKUP, MyWorkQueries],
})
export class PqrsModule {}
