// The reports feature: issuing (ReportIssued on its own stream), listing, downloading and verifying.
import { Module } from '@nestjs/common';
import { CommandMetadataFactory } from '../../graphql/command-metadata.factory.js';
import { ReportsResolver } from './graphql/reports.resolver.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

@Module({
  controllers: [ReportsController],
  providers: [ReportsService, ReportsResolver, CommandMetadataFactory],
  exports: [ReportsService],
})
export class ReportsModule {}
