// The satisfaction indicator read model: one document per Bogotá day (indicator-days.ts, the day the
// respondent answered) with the responses, and the scored answers and how many of them were favourable
// (a 4 or 5, or a yes: the rule of domain/survey/satisfaction.ts), per question, channel and evaluation,
// so the satisfaction index of any period is favourable / scored. Free text is not scored.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import { PQRS_CHANNELS } from '../../../domain/pqrs/events.js';
import {
  SURVEY_EVALUATIONS,
  SURVEY_RESPONSE_STREAM_PREFIX,
  type SurveyResponseEvent,
} from '../../../domain/survey/events.js';
import { isFavourable } from '../../../domain/survey/satisfaction.js';
import type { CalendarDate } from '../../../domain/shared/time.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { addCounts, branchAt, countAt, type CountTree } from './count-tree.js';
import { countsOf, ratioOf, type IndicatorCount } from './indicator-figures.js';
import { DayIncrements, rollUpIndicatorDays, writeDayIncrements } from './indicator-days.js';
import type { IndicatorBucketPeriod, IndicatorGranularity } from './indicator-periods.js';

export const SATISFACTION_INDICATOR_DAYS_COLLECTION = 'indicatorSatisfactionDays';

/** What a survey response adds to the day it was answered; null for any other event. */
export function satisfactionIndicatorIncrements(recorded: RecordedEvent): DayIncrements | null {
  const event = { type: recorded.type, data: recorded.data } as SurveyResponseEvent;
  if (event.type !== 'SurveyAnswered') return null;
  const { answers, channel, evaluation, instrumentId, answeredOn } = event.data;
  let scored: CountTree = {};
  for (const answer of answers) {
    const favourable = isFavourable(answer);
    if (favourable === null) continue;
    const tally = { answered: 1, satisfied: favourable ? 1 : 0 };
    scored = addCounts(scored, {
      total: tally,
      byQuestion: { [instrumentId]: { [answer.questionId]: tally } },
      byChannel: { [channel]: tally },
      byEvaluation: { [evaluation]: tally },
    });
  }
  return new DayIncrements().add(answeredOn, {
    flows: {
      responses: { total: 1, byChannel: { [channel]: 1 }, byEvaluation: { [evaluation]: 1 } },
      answers: scored,
    },
  });
}

export const satisfactionIndicatorDaysProjection: Projection = {
  name: 'indicatorSatisfaction',
  version: 1,
  categories: [SURVEY_RESPONSE_STREAM_PREFIX],
  collections: [SATISFACTION_INDICATOR_DAYS_COLLECTION],
  async apply(recorded, tx) {
    const increments = satisfactionIndicatorIncrements(recorded);
    // A response stream holds one event: the day's last position is guard enough.
    if (increments !== null)
      await writeDayIncrements(tx, SATISFACTION_INDICATOR_DAYS_COLLECTION, recorded, increments);
  },
};

/** Scored answers, the favourable ones among them, and their share (null with no scored answer). */
export interface SatisfactionTallyFigure {
  readonly answered: number;
  readonly satisfied: number;
  readonly satisfactionIndex: number | null;
}

export interface SatisfactionIndicatorFigures {
  readonly responses: number;
  /** Every channel, in the order of PQRS_CHANNELS, zeros included. */
  readonly responsesByChannel: readonly IndicatorCount[];
  readonly responsesByEvaluation: readonly IndicatorCount[];
  readonly overall: SatisfactionTallyFigure;
  /** The questions answered in the bucket, by instrument then question id. */
  readonly byQuestion: readonly (SatisfactionTallyFigure & {
    readonly instrumentId: string;
    readonly questionId: string;
  })[];
  /** Every channel, in the order of PQRS_CHANNELS. */
  readonly byChannel: readonly (SatisfactionTallyFigure & { readonly key: string })[];
  /** FIRST and SECOND evaluation. */
  readonly byEvaluation: readonly (SatisfactionTallyFigure & { readonly key: string })[];
}

export function satisfactionFiguresOf(flows: CountTree): SatisfactionIndicatorFigures {
  const responses = branchAt(flows, 'responses');
  const answers = branchAt(flows, 'answers');
  const byQuestion = branchAt(answers, 'byQuestion');
  return {
    responses: countAt(responses, 'total'),
    responsesByChannel: countsOf(branchAt(responses, 'byChannel'), PQRS_CHANNELS),
    responsesByEvaluation: countsOf(branchAt(responses, 'byEvaluation'), SURVEY_EVALUATIONS),
    overall: tallyOf(branchAt(answers, 'total')),
    byQuestion: Object.keys(byQuestion)
      .sort()
      .flatMap((instrumentId) =>
        Object.keys(branchAt(byQuestion, instrumentId))
          .sort()
          .map((questionId) => ({
            instrumentId,
            questionId,
            ...tallyOf(branchAt(byQuestion, instrumentId, questionId)),
          })),
      ),
    byChannel: PQRS_CHANNELS.map((key) => ({ key, ...tallyOf(branchAt(answers, 'byChannel', key)) })),
    byEvaluation: SURVEY_EVALUATIONS.map((key) => ({
      key,
      ...tallyOf(branchAt(answers, 'byEvaluation', key)),
    })),
  };
}

function tallyOf(branch: CountTree): SatisfactionTallyFigure {
  const answered = countAt(branch, 'answered');
  const satisfied = countAt(branch, 'satisfied');
  return { answered, satisfied, satisfactionIndex: ratioOf(satisfied, answered) };
}

export type SatisfactionIndicatorBucket = IndicatorBucketPeriod & SatisfactionIndicatorFigures;

/** The satisfaction indicators of `from`..`to` (Bogotá days, both included), one entry per bucket. */
export async function querySatisfactionIndicatorSeries(
  reader: ReadModelReader,
  from: CalendarDate,
  to: CalendarDate,
  granularity: IndicatorGranularity,
): Promise<SatisfactionIndicatorBucket[]> {
  const buckets = await rollUpIndicatorDays(
    reader,
    SATISFACTION_INDICATOR_DAYS_COLLECTION,
    { from, to, granularity },
    false,
  );
  return buckets.map((bucket) => ({
    label: bucket.label,
    from: bucket.from,
    to: bucket.to,
    ...satisfactionFiguresOf(bucket.flows),
  }));
}
