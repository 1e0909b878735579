// What other features may use of affiliations: the application on the command path (to check one
// exists), how an affiliation document evolves (reports keep its versions), and the affiliations read
// model (an erasure checks a person's applications).
export { affiliationCase } from './commands.js';
export {
  AFFILIATIONS_COLLECTION,
  affiliationsProjection,
  AFFILIATION_PROJECTIONS,
  affiliationIdOf,
  evolveAffiliationDocument,
  type AffiliationDocument,
} from './read-models/affiliations-projection.js';
// The planning campaigns add a field to an affiliation and to its statistics' count by campaign.
export { Affiliation, CampaignCount } from './graphql/affiliations.types.js';
