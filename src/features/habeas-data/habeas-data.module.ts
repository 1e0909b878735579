// The habeas-data feature (Ley 1581 de 2012): erasure of a person's data, the reveal of masked data with
// a reason, and the access log of personal data.
import { Module } from '@nestjs/common';
import { ErasureLookUps, peopleRecordsProvider } from './commands.js';
import { HabeasDataResolver } from './graphql/habeas-data.resolver.js';
import { PersonalDataErasure } from './personal-data-erasure.js';
import { AccessLogQueries, accessLogReadModels } from './read-models/access-log-queries.js';

@Module({
  providers: [
    ErasureLookUps,
    peopleRecordsProvider,
    PersonalDataErasure,
    accessLogReadModels,
    AccessLogQueries,
    HabeasDataResolver,
  ],
  exports: [PersonalDataErasure],
})
export class HabeasDataModule {}
