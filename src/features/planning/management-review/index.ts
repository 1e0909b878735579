// What the application takes from the management review: its module, its aggregate (the demo seed runs
// its commands), its read models, and the review documents the minutes report is built from.
export { managementReviewCase } from './commands.js';
export { ManagementReviewModule } from './management-review.module.js';
export {
  MANAGEMENT_REVIEW_PROJECTIONS,
  MANAGEMENT_REVIEW_VERSIONS_COLLECTION,
  managementReviewVersionsProjection,
  type ManagementReviewDocument,
} from './read-models/management-reviews-projection.js';
// What a request carries in place of the inputs until the look-ups assemble them (the demo seed's too).
export { inputsToBeAssembled } from './review-inputs.js';
