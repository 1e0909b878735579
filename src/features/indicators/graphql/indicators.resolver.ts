// The indicators part of the gateway: the dashboards' series, read from the indicator read models.
import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { IndicatorQueries } from '../read-models/indicator-queries.js';
import { Roles } from '../../../identity/auth.js';
import { IndicatorsArgs } from './indicators.inputs.js';
import { IndicatorSeries } from './indicators.types.js';

@Resolver()
export class IndicatorsResolver {
  constructor(@Inject(IndicatorQueries) private readonly queries: IndicatorQueries) {}

  @Query(() => IndicatorSeries, {
    description:
      'Indicadores del periodo [from, to] (fechas de Bogotá) agrupados por día, mes, trimestre, semestre o año: hasta 10 años; por día, hasta 400 días.',
  })
  @Roles('ADMIN', 'COORDINATOR', 'AUDITOR', 'AGENT')
  async indicators(@Args() { from, to, granularity }: IndicatorsArgs): Promise<IndicatorSeries> {
    return (await this.queries.series(from, to, granularity)) as unknown as IndicatorSeries;
  }
}
