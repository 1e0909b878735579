// The campaigns-and-media feature of Planeación: the campaign's look-ups (commands.ts), its read models
// and queries (the plan, the statistics by campaign and municipality), and its part of the GraphQL schema.
import { Module } from '@nestjs/common';
import { CampaignLookUps } from './commands.js';
import {
  AffiliationCampaignResolver,
  CampaignCountResolver,
  CampaignsResolver,
} from './graphql/campaigns.resolver.js';
import { CampaignNameMappings, campaignReadModels } from './read-models/campaign-name-mappings.js';
import { CampaignQueries, campaignStatisticsReadModels } from './read-models/campaign-queries.js';

@Module({
  providers: [
    campaignReadModels,
    campaignStatisticsReadModels,
    CampaignNameMappings,
    CampaignLookUps,
    CampaignQueries,
    CampaignsResolver,
    CampaignCountResolver,
    AffiliationCampaignResolver,
  ],
})
export class CampaignsModule {}
