// What the application registers of the indicators feature: its read models, one per family.
export { INDICATOR_PROJECTIONS } from './read-models/indicator-projections.js';
