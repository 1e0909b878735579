// What other features may use of PQRS: the case on the command path (to check a case exists), the
// `cases` read model and how a case document evolves (reports keep its versions), the Pqrs type
// other parts of the schema add fields to, and the Notice type other records' notices are shown as.
export { pqrsCase, RADICADO_TO_BE_ISSUED, CITIZEN_ACTOR } from './commands.js';
export {
  MyWorkQueries,
  type AssigneeWork,
  type WorkItem,
  type WorkList,
} from './read-models/my-work-queries.js';
export { Pqrs } from './graphql/pqrs.types.js';
export { NoticeView, noticeViewOf } from './graphql/notices.types.js';
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
export { radicadosFiledBy, type PetitionersNamed } from './read-models/pqrs-queries.js';
export {
  negativeSilenceSubjectOf,
  positiveSilenceSubjectOf,
  type SilenceFields,
} from './read-models/case-silence.js';
