// The indicators part of the gateway, read from the indicator read models: the dashboards' series, and
// the PQRS and improvement-action figures of one period as a whole.
import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { IndicatorQueries } from '../read-models/indicator-queries.js';
import { ALL_ROLES, Roles } from '../../../identity/auth.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { IndicatorsArgs, PeriodArgs } from './indicators.inputs.js';
import { ImprovementActionStatistics, IndicatorSeries, PqrsIndicators } from './indicators.types.js';

@Resolver()
export class IndicatorsResolver {
  constructor(
    @Inject(IndicatorQueries) private readonly queries: IndicatorQueries,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {}

  @Query(() => IndicatorSeries, {
    description:
      'Indicadores del periodo [from, to] (fechas de Bogotá) agrupados por día, mes, trimestre, semestre o año: hasta 10 años; por día, hasta 400 días.',
  })
  @Roles('ADMIN', 'COORDINATOR', 'AUDITOR', 'AGENT')
  async indicators(@Args() { from, to, granularity }: IndicatorsArgs): Promise<IndicatorSeries> {
    return (await this.queries.series(from, to, granularity)) as unknown as IndicatorSeries;
  }

  @Query(() => PqrsIndicators, { description: 'Indicadores PQRS del periodo [from, to] (fechas de Bogotá).' })
  @Roles(...ALL_ROLES)
  async pqrsIndicators(@Args() { from, to }: PeriodArgs): Promise<PqrsIndicators> {
    const indicators = await this.queries.pqrsIndicators(from, to);
    return { from, to, ...indicators, byKind: [...indicators.byKind], byChannel: [...indicators.byChannel] };
  }

  @Query(() => ImprovementActionStatistics, {
    description: 'Acciones de mejora del periodo [from, to] (fechas de Bogotá) por origen y por responsable.',
  })
  @Roles(...ALL_ROLES)
  async improvementActionStatistics(@Args() { from, to }: PeriodArgs): Promise<ImprovementActionStatistics> {
    const statistics = await this.queries.improvementActionStatistics(from, to);
    const users = await this.users.findManyByIds(statistics.byResponsible.map((row) => row.responsibleId));
    return {
      ...statistics,
      from,
      to,
      bySourceKind: [...statistics.bySourceKind],
      byResponsible: statistics.byResponsible.map((row) => {
        const user = users.get(row.responsibleId);
        return {
          ...row,
          responsible: user ? { id: user.id, username: user.username, fullName: user.fullName } : null,
        };
      }),
    };
  }
}
