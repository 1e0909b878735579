// What the application and other features take from campaigns: the aggregate (the demo seed runs its
// commands), its read models, and the figures the campaign report computes.
export { campaignAggregate } from './commands.js';
export { CAMPAIGN_PROJECTIONS } from './read-models/campaign-projections.js';
export {
  CAMPAIGNS_COLLECTION,
  CAMPAIGN_NAME_MAPPINGS_COLLECTION,
  campaignsProjection,
  evolveCampaignDocument,
  type CampaignDocument,
  type CampaignNameMappingDocument,
} from './read-models/campaigns-projection.js';
export * from './read-models/campaign-figures.js';
export {
  CAMPAIGN_VERSIONS_COLLECTION,
  campaignVersionsProjection,
  evolveCampaignVersion,
  type CampaignVersionDocument,
} from './read-models/campaign-versions-projection.js';
