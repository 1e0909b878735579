// What the application registers of the indicators feature: its read models, one per family.
export { INDICATOR_PROJECTIONS } from './read-models/indicator-projections.js';
// The figures of a period as a whole, for the management review's inputs.
export { queryPqrsPeriodIndicators } from './read-models/pqrs-indicator-days.js';
export { queryImprovementActionPeriodStatistics } from './read-models/improvement-action-indicator-days.js';
export { sumIndicatorDays } from './read-models/indicator-days.js';
export {
  satisfactionFiguresOf,
  SATISFACTION_INDICATOR_DAYS_COLLECTION,
} from './read-models/satisfaction-indicator-days.js';
