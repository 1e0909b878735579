// The indicator read models, one per family: days of PQRS, affiliations, improvement actions and
// satisfaction, each with its own per-entity memory, so they rebuild in any order.
import type { Projection } from '../../../engine/projections/projection.js';
import { affiliationIndicatorDaysProjection } from './affiliation-indicator-days.js';
import { improvementActionIndicatorDaysProjection } from './improvement-action-indicator-days.js';
import { pqrsIndicatorDaysProjection } from './pqrs-indicator-days.js';
import { satisfactionIndicatorDaysProjection } from './satisfaction-indicator-days.js';

export const INDICATOR_PROJECTIONS: readonly Projection[] = [
  pqrsIndicatorDaysProjection,
  affiliationIndicatorDaysProjection,
  improvementActionIndicatorDaysProjection,
  satisfactionIndicatorDaysProjection,
];
