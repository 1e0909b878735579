// What other features may use of the risk map: its read models (the planning projection list), its
// aggregate (the demo seed), and the monitoring as of a date (the management review, the report).
export { riskCase } from './commands.js';
export {
  evolveRisk,
  RISK_PROJECTIONS,
  RISK_VERSIONS_COLLECTION,
  RISKS_COLLECTION,
  risksProjection,
  riskVersionsProjection,
  type RiskDocument,
  type RiskControlEntry,
  type RiskMaterializationEntry,
  type RiskMonitoringEntry,
} from './read-models/risks-projection.js';
export {
  heatMapOf,
  monitoringSummaryOf,
  RiskQueries,
  type HeatMapCell,
  type RatingKind,
  type RiskMonitoringSummary,
} from './read-models/risk-queries.js';
export { RisksModule } from './risks.module.js';
