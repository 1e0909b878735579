// What "satisfied" means for the results (ISO 9001:2015 9.1.2): a scale answer of 4 or 5, or a yes,
// is favourable; a question's index is the share of its favourable answers; one under the instrument's
// threshold calls for an improvement action, pointed at by a stable reference.
import type { CalendarDate } from '../shared/time.js';
import type { SurveyAnswer } from './events.js';

/** Scale answers counted as satisfied. */
export const FAVOURABLE_SCORES: readonly number[] = [4, 5];

/** Whether an answer is favourable; null for free text, which no index measures. */
export function isFavourable(answer: SurveyAnswer): boolean | null {
  switch (answer.kind) {
    case 'SCALE_1_5':
      return FAVOURABLE_SCORES.includes(answer.score);
    case 'YES_NO':
      return answer.yes;
    case 'FREE_TEXT':
      return null;
    default: {
      const unknownAnswer: never = answer;
      void unknownAnswer;
      return null;
    }
  }
}

/** Favourable answers over measured answers, 0..1; null when nothing was measured. */
export function satisfactionIndex(favourable: number, measured: number): number | null {
  return measured === 0 ? null : favourable / measured;
}

/** Under the threshold: an index that exists and is lower (no answers is not "below"). */
export function isBelowThreshold(index: number | null, threshold: number): boolean {
  return index !== null && index < threshold;
}

/**
 * The source reference an improvement action formulated from this result carries
 * (`source: { kind: SURVEY, reference }`): instrument, question and period, so it never changes.
 */
export function improvementActionReference(
  instrumentId: string,
  questionId: string,
  from: CalendarDate,
  to: CalendarDate,
): string {
  return `SURVEY:${instrumentId}:${questionId}:${from}..${to}`;
}
