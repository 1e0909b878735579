// The reports feature: issuing (ReportIssued on its own stream, through the one command path), listing,
// downloading and verifying; generation from the versioned read models as of any instant.
import { Module } from '@nestjs/common';
import { ReportLookUps } from './commands.js';
import { ReportsResolver } from './graphql/reports.resolver.js';
import { ReportQueries, reportReadModels } from './read-models/report-queries.js';
import { ReportGeneration } from './report-generation.js';
import { ReportsController } from './reports.controller.js';

@Module({
  controllers: [ReportsController],
  providers: [ReportGeneration, ReportLookUps, reportReadModels, ReportQueries, ReportsResolver],
  // The public Transparencia page hands out the issued files through the same queries.
  exports: [ReportQueries],
})
export class ReportsModule {}
