// The read side of the indicators, all from the indicator read models: the dashboards' series of a
// period (after checking it is one a dashboard can sensibly ask for), and the PQRS and improvement-action
// figures of one period as a whole, with what is open today.
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput } from '../../../engine/application-errors.js';
import {
  addCalendarDays,
  addCalendarMonths,
  bogotaDateOf,
  spanishDate,
  type CalendarDate,
} from '../../../domain/shared/time.js';
import { CLOCK } from '../../../engine/tokens.js';
import {
  queryImprovementActionPeriodStatistics,
  type ImprovementActionPeriodStatistics,
} from './improvement-action-indicator-days.js';
import { daysInPeriod, type IndicatorGranularity } from './indicator-periods.js';
import { queryIndicatorSeries, type IndicatorSeriesBucket } from './indicator-series.js';
import type { ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import { INDICATOR_PROJECTIONS } from './indicator-projections.js';
import { queryPqrsPeriodIndicators, type PqrsPeriodIndicators } from './pqrs-indicator-days.js';

/** The longest period a series covers: ten years of days still roll up quickly. */
export const MAX_PERIOD_YEARS = 10;
/** The most DAY buckets one series returns: a bit over a year of daily points. */
export const MAX_DAY_BUCKETS = 400;

export interface IndicatorSeriesView {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly granularity: IndicatorGranularity;
  readonly buckets: readonly IndicatorSeriesBucket[];
}

/** What is wrong with the period asked for, naming the argument at fault; null when it is fine. */
export function indicatorPeriodProblem(
  from: CalendarDate,
  to: CalendarDate,
  granularity: IndicatorGranularity,
): { readonly field: string; readonly message: string } | null {
  if (from > to) {
    return {
      field: 'to',
      message: `La fecha final del periodo (${spanishDate(to)}) es anterior a la inicial (${spanishDate(from)}).`,
    };
  }
  const lastAllowed = addCalendarDays(addCalendarMonths(from, 12 * MAX_PERIOD_YEARS), -1);
  if (to > lastAllowed) {
    return {
      field: 'to',
      message: `El periodo no puede pasar de ${MAX_PERIOD_YEARS} años: desde el ${spanishDate(from)}, a más tardar hasta el ${spanishDate(lastAllowed)}.`,
    };
  }
  const days = daysInPeriod(from, to);
  if (granularity === 'DAY' && days > MAX_DAY_BUCKETS) {
    return {
      field: 'granularity',
      message: `Por días se consultan hasta ${MAX_DAY_BUCKETS} días y el periodo tiene ${days}: acórtelo o agrupe por mes (MONTH).`,
    };
  }
  return null;
}

/** What the indicator queries read: the indicator days of every family. */
export const INDICATOR_READ_MODELS = Symbol('IndicatorReadModels');
export const indicatorReadModels = readModelsProvider(INDICATOR_READ_MODELS, INDICATOR_PROJECTIONS);

@Injectable()
export class IndicatorQueries {
  constructor(
    @Inject(INDICATOR_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(CLOCK) private readonly clock: () => Date,
  ) {}

  today(): CalendarDate {
    return bogotaDateOf(this.clock().toISOString());
  }

  async series(
    from: CalendarDate,
    to: CalendarDate,
    granularity: IndicatorGranularity,
  ): Promise<IndicatorSeriesView> {
    const problem = indicatorPeriodProblem(from, to, granularity);
    if (problem) throw new BadUserInput(problem.field, problem.message);
    const buckets = await queryIndicatorSeries(this.readModels, from, to, granularity);
    return { from, to, granularity, buckets };
  }

  /** PQRS received and answered in the period, any length; open and overdue at the end of today. */
  async pqrsIndicators(from: CalendarDate, to: CalendarDate): Promise<PqrsPeriodIndicators> {
    assertPeriodInOrder(from, to);
    return queryPqrsPeriodIndicators(this.readModels, { from, to }, this.today());
  }

  /** Improvement actions formulated and closed in the period, any length; open and overdue at the end of today. */
  async improvementActionStatistics(
    from: CalendarDate,
    to: CalendarDate,
  ): Promise<ImprovementActionPeriodStatistics> {
    assertPeriodInOrder(from, to);
    return queryImprovementActionPeriodStatistics(this.readModels, { from, to }, this.today());
  }
}

function assertPeriodInOrder(from: CalendarDate, to: CalendarDate): void {
  if (from > to) throw new BadUserInput('to', 'La fecha final del periodo es anterior a la inicial.');
}
