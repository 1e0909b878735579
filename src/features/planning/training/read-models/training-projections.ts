// The read models of the year's training plan.
import type { Projection } from '../../../../engine/projections/projection.js';
import { trainingNeedsProjection } from './training-needs-projection.js';
import { trainingSessionsProjection } from './training-sessions-projection.js';

export const TRAINING_PROJECTIONS: readonly Projection[] = [
  trainingNeedsProjection,
  trainingSessionsProjection,
];
