// The read models of the improvement action.
import { improvementActionsProjection } from './improvement-actions-projection.js';
import type { Projection } from '../../../engine/projections/projection.js';

export const IMPROVEMENT_ACTION_PROJECTIONS: readonly Projection[] = [improvementActionsProjection];
