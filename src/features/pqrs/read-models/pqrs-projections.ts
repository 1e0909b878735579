// The read models of the PQRS case.
import { casesProjection } from './cases-projection.js';
import type { Projection } from '../../../engine/projections/projection.js';

export const PQRS_PROJECTIONS: readonly Projection[] = [casesProjection];
