// The indicators part of the gateway, read from the indicator read models: the dashboards' series, and
// the PQRS and improvement-action figures of one period as a whole.
import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IndicatorQueries } from '../read-models/indicator-queries.js';
import { UNASSIGNED } from '../read-models/pqrs-indicator-days.js';
import { ALL_ROLES, Roles } from '../../../identity/auth.js';
import { USER_STORE, type UserStore } from '../../../identity/user-store.js';
import { IndicatorsArgs, PeriodArgs } from './indicators.inputs.js';
import {
  ImprovementActionStatistics,
  IndicatorCount,
  IndicatorPqrsBreakdown,
  IndicatorSeries,
  PqrsIndicators,
} from './indicators.types.js';

/**
 * Per-assignee counts name the staff member, not their account id. The read models keep the id (names
 * change; counts must not); the name is the directory's today, as every screen shows it.
 */
@Resolver(() => IndicatorPqrsBreakdown)
export class IndicatorAssigneeNamesResolver {
  constructor(@Inject(USER_STORE) private readonly users: UserStore) {}

  @ResolveField(() => [IndicatorCount])
  async byAssignee(@Parent() breakdown: IndicatorPqrsBreakdown): Promise<IndicatorCount[]> {
    const ids = breakdown.byAssignee.map((count) => count.key).filter((key) => key !== UNASSIGNED);
    const users = ids.length === 0 ? new Map() : await this.users.findManyByIds(ids);
    return breakdown.byAssignee.map((count) => {
      if (count.key === UNASSIGNED) return { ...count, name: 'Sin asignar' };
      const user = users.get(count.key);
      return { ...count, name: user ? user.fullName || user.username : '(usuario eliminado)' };
    });
  }
}

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
