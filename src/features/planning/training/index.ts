// What the application and the reports take from the training feature: its module, aggregate and read models.
export { TrainingModule } from './training.module.js';
export { trainingPlan } from './commands.js';
export { TRAINING_PROJECTIONS } from './read-models/training-projections.js';
export {
  TRAINING_NEEDS_COLLECTION,
  trainingNeedsProjection,
  type TrainingNeedDocument,
} from './read-models/training-needs-projection.js';
export {
  TRAINING_SESSIONS_COLLECTION,
  trainingSessionsProjection,
  type TrainingSessionDocument,
} from './read-models/training-sessions-projection.js';
export {
  TRAINING_PLAN_VERSIONS_COLLECTION,
  trainingPlanVersionsProjection,
  type TrainingPlanDocument,
} from './read-models/training-plan-versions-projection.js';
