// What other features may use of PQRS: the case on the command path (to check a case exists), the
// `cases` read model and how a case document evolves (reports keep its versions), and the Pqrs type
// other parts of the schema add fields to.
export { pqrsCase } from './commands.js';
export { Pqrs } from './graphql/pqrs.types.js';
export {
  CASES_COLLECTION,
  casesProjection,
  evolveCase,
  type CaseDocument,
  type CaseStatus,
  OPEN_CASE_STATUSES,
  RUNNING_TERM_STATUSES,
} from './read-models/cases-projection.js';
export { PQRS_PROJECTIONS } from './read-models/pqrs-projections.js';
