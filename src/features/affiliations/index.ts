// What other features may use of affiliations: the application on the command path (to check one
// exists) and how an affiliation document evolves (reports keep its versions).
export { affiliationCase } from './commands.js';
export {
  AFFILIATION_PROJECTIONS,
  affiliationIdOf,
  evolveAffiliationDocument,
  type AffiliationDocument,
} from './read-models/affiliations-projection.js';
