// What the application registers of the reports feature: the issued reports and the versioned read
// models reports read as of any instant.
export { REPORT_SOURCE_PROJECTIONS } from './read-models/report-source-projections.js';
