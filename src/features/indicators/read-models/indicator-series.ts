// The dashboard's series: every indicator family rolled up into the same buckets of a period.
import type { CalendarDate } from '../../../domain/shared/time.js';
import { pauseIfBusy } from '../../../engine/event-loop.js';
import type { ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import {
  AFFILIATION_INDICATOR_DAYS_COLLECTION,
  affiliationFiguresOf,
  type AffiliationIndicatorFigures,
} from './affiliation-indicator-days.js';
import {
  IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION,
  improvementActionFiguresOf,
  type ImprovementActionIndicatorFigures,
} from './improvement-action-indicator-days.js';
import { rollUpIndicatorDays } from './indicator-days.js';
import type { IndicatorBucketPeriod, IndicatorGranularity } from './indicator-periods.js';
import {
  PQRS_INDICATOR_DAYS_COLLECTION,
  pqrsFiguresOf,
  type PqrsIndicatorFigures,
} from './pqrs-indicator-days.js';
import {
  SATISFACTION_INDICATOR_DAYS_COLLECTION,
  satisfactionFiguresOf,
  type SatisfactionIndicatorFigures,
} from './satisfaction-indicator-days.js';

export interface IndicatorSeriesBucket extends IndicatorBucketPeriod {
  readonly pqrs: PqrsIndicatorFigures;
  readonly affiliations: AffiliationIndicatorFigures;
  readonly improvementActions: ImprovementActionIndicatorFigures;
  readonly satisfaction: SatisfactionIndicatorFigures;
}

/** Every family's indicators of `from`..`to` (Bogotá days, both included, from <= to), one entry per bucket. */
export async function queryIndicatorSeries(
  reader: ReadModelReader,
  from: CalendarDate,
  to: CalendarDate,
  granularity: IndicatorGranularity,
): Promise<IndicatorSeriesBucket[]> {
  const period = { from, to, granularity };
  const [pqrs, affiliations, improvementActions, satisfaction] = await Promise.all([
    rollUpIndicatorDays(reader, PQRS_INDICATOR_DAYS_COLLECTION, period, true),
    rollUpIndicatorDays(reader, AFFILIATION_INDICATOR_DAYS_COLLECTION, period, false),
    rollUpIndicatorDays(reader, IMPROVEMENT_ACTION_INDICATOR_DAYS_COLLECTION, period, true),
    rollUpIndicatorDays(reader, SATISFACTION_INDICATOR_DAYS_COLLECTION, period, false),
  ]);
  // The same period and granularity give every family the same buckets, in the same order.
  const series: IndicatorSeriesBucket[] = [];
  for (const [index, bucket] of pqrs.entries()) {
    // Hundreds of buckets by day: other requests get the event loop between them.
    await pauseIfBusy();
    series.push({
      label: bucket.label,
      from: bucket.from,
      to: bucket.to,
      pqrs: pqrsFiguresOf(bucket),
      affiliations: affiliationFiguresOf(affiliations[index].flows),
      improvementActions: improvementActionFiguresOf(improvementActions[index]),
      satisfaction: satisfactionFiguresOf(satisfaction[index].flows),
    });
  }
  return series;
}
