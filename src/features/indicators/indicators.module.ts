// The dashboards' indicators: the series query and its part of the GraphQL schema. The read models
// themselves are projections (read-models/), run with every other one.
import { Module } from '@nestjs/common';
import { IndicatorAssigneeNamesResolver, IndicatorsResolver } from './graphql/indicators.resolver.js';
import { IndicatorQueries, indicatorReadModels } from './read-models/indicator-queries.js';

@Module({
  providers: [indicatorReadModels, IndicatorQueries, IndicatorsResolver, IndicatorAssigneeNamesResolver],
})
export class IndicatorsModule {}
