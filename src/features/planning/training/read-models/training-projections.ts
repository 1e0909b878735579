// The read models of the year's training plan: the live needs and sessions, and the plan's versions the
// PIC report reads as of its cut.
import type { Projection } from '../../../../engine/projections/projection.js';
import { trainingNeedsProjection } from './training-needs-projection.js';
import { trainingPlanVersionsProjection } from './training-plan-versions-projection.js';
import { trainingSessionsProjection } from './training-sessions-projection.js';

export const TRAINING_PROJECTIONS: readonly Projection[] = [
  trainingNeedsProjection,
  trainingSessionsProjection,
  trainingPlanVersionsProjection,
];
