// What other features may use of improvement actions: the `improvementActions` read model (a case's
// history lists the actions formulated from it), how an action document evolves (reports keep its
// versions), and the GraphQL enum of action sources (the indicators break figures down by it).
export {
  actionIdOf,
  evolveImprovementAction,
  IMPROVEMENT_ACTIONS_COLLECTION,
  improvementActionsProjection,
  type ImprovementActionDocument,
  type StoredActionStatus,
} from './read-models/improvement-actions-projection.js';
export { IMPROVEMENT_ACTION_PROJECTIONS } from './read-models/improvement-action-projections.js';
export { ActionSourceKindEnum } from './graphql/improvement-actions.enums.js';
export { actionStatusOn } from './read-models/improvement-action-queries.js';
// The action on the command path, for the management review (a decision formulates one).
export { improvementActionCase } from './commands.js';
