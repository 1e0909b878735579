// The risk map of Planeación (mapa de riesgos): the risk's look-ups (commands.ts), its read models and
// queries, and its part of the GraphQL schema.
import { Module } from '@nestjs/common';
import { RiskLookUps } from './commands.js';
import { RiskControlsResolver, RisksResolver } from './graphql/risks.resolver.js';
import { RiskQueries, riskReadModels } from './read-models/risk-queries.js';

@Module({
  providers: [RiskLookUps, riskReadModels, RiskQueries, RisksResolver, RiskControlsResolver],
  exports: [RiskQueries],
})
export class RisksModule {}
