// Satisfaction results of one instrument over a period (ISO 9001:2015 9.1.2), computed from the
// `surveyResponses` read model: the satisfaction index per question and overall, per channel, first
// against second evaluation, the free-text answers (text and date only), and for each question under
// the instrument's threshold the reference an improvement action formulated from it would carry.
//
// The overall index pools every measured answer (scale and yes/no): since those answers are required,
// every response weighs the same in it. A question kept across versions (same id) is one row.
import { PQRS_CHANNELS, type PqrsChannel } from '../../../domain/pqrs/events.js';
import {
  SURVEY_EVALUATIONS,
  improvementActionReference,
  isBelowThreshold,
  isFavourable,
  satisfactionIndex,
  type SurveyAnswer,
  type SurveyEvaluation,
  type SurveyQuestion,
  type SurveyQuestionKind,
} from '../../../domain/survey/index.js';
import type { CalendarDate } from '../../../domain/shared/time.js';
import type { ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import {
  SURVEY_RESPONSES_COLLECTION,
  type SurveyInstrumentDocument,
  type SurveyResponseDocument,
} from './survey-projections.js';

/** Favourable over measured answers, and the index they give (null when nothing was measured). */
export interface SatisfactionTally {
  readonly measuredAnswers: number;
  readonly favourableAnswers: number;
  readonly satisfactionIndex: number | null;
}

export interface QuestionResult extends SatisfactionTally {
  readonly questionId: string;
  /** The wording of the newest version that has the question. */
  readonly text: string;
  readonly kind: SurveyQuestionKind;
  /** Responses that answered it (free text included). */
  readonly answers: number;
  /** Scale questions: how many answered 1, 2, 3, 4 and 5; empty for other kinds. */
  readonly scoreDistribution: readonly { readonly score: number; readonly count: number }[];
  /** Whether the question is in the current version (a dropped one may still have answers in the period). */
  readonly inCurrentVersion: boolean;
  readonly belowThreshold: boolean;
  /** For a question below the threshold: `SURVEY:<instrumentId>:<questionId>:<from>..<to>`. */
  readonly improvementActionReference: string | null;
}

export interface ChannelResult extends SatisfactionTally {
  readonly channel: PqrsChannel;
  readonly responses: number;
}

export interface EvaluationResult extends SatisfactionTally {
  readonly evaluation: SurveyEvaluation;
  readonly responses: number;
}

export interface FreeTextAnswer {
  readonly questionId: string;
  readonly questionText: string;
  readonly text: string;
  readonly answeredOn: CalendarDate;
}

export interface SatisfactionResults {
  readonly instrumentId: string;
  readonly instrumentName: string;
  readonly satisfactionThreshold: number;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly responses: number;
  readonly overall: SatisfactionTally & { readonly belowThreshold: boolean };
  readonly questions: readonly QuestionResult[];
  /** Every channel, in the order of PQRS_CHANNELS, zeros included, so reports show the same rows. */
  readonly byChannel: readonly ChannelResult[];
  readonly firstEvaluation: EvaluationResult;
  readonly secondEvaluation: EvaluationResult;
  /** Second minus first evaluation index; null unless both have measured answers. */
  readonly evaluationDifference: number | null;
  /** Oldest first. */
  readonly freeTextAnswers: readonly FreeTextAnswer[];
}

/** The responses to one instrument answered from `from` to `to`, both included (Bogotá days). */
export async function findResponsesInPeriod(
  reader: ReadModelReader,
  instrumentId: string,
  from: CalendarDate,
  to: CalendarDate,
): Promise<SurveyResponseDocument[]> {
  return reader.find<SurveyResponseDocument>(
    SURVEY_RESPONSES_COLLECTION,
    { instrumentId, answeredOn: { $gte: from, $lte: to } },
    { sort: [{ field: 'answeredOn', direction: 'asc' }] },
  );
}

export function satisfactionResultsOf(
  instrument: SurveyInstrumentDocument,
  responses: readonly SurveyResponseDocument[],
  from: CalendarDate,
  to: CalendarDate,
): SatisfactionResults {
  const threshold = instrument.satisfactionThreshold;
  const questions = questionsOf(instrument, responses);
  const allAnswers = responses.flatMap((response) => response.answers);
  const overall = tally(allAnswers);
  const evaluationResult = (evaluation: SurveyEvaluation): EvaluationResult => {
    const ofEvaluation = responses.filter((response) => response.evaluation === evaluation);
    return { evaluation, responses: ofEvaluation.length, ...tally(ofEvaluation.flatMap((r) => r.answers)) };
  };
  const [firstEvaluation, secondEvaluation] = SURVEY_EVALUATIONS.map(evaluationResult) as [
    EvaluationResult,
    EvaluationResult,
  ];
  return {
    instrumentId: instrument.id,
    instrumentName: instrument.name,
    satisfactionThreshold: threshold,
    from,
    to,
    responses: responses.length,
    overall: { ...overall, belowThreshold: isBelowThreshold(overall.satisfactionIndex, threshold) },
    questions: questions.map(({ question, inCurrentVersion }) => {
      const answers = allAnswers.filter((answer) => answer.questionId === question.id);
      const result = tally(answers);
      const belowThreshold = isBelowThreshold(result.satisfactionIndex, threshold);
      return {
        questionId: question.id,
        text: question.text,
        kind: question.kind,
        answers: answers.length,
        ...result,
        scoreDistribution: question.kind === 'SCALE_1_5' ? scoreDistributionOf(answers) : [],
        inCurrentVersion,
        belowThreshold,
        improvementActionReference: belowThreshold
          ? improvementActionReference(instrument.id, question.id, from, to)
          : null,
      };
    }),
    byChannel: PQRS_CHANNELS.map((channel) => {
      const ofChannel = responses.filter((response) => response.channel === channel);
      return { channel, responses: ofChannel.length, ...tally(ofChannel.flatMap((r) => r.answers)) };
    }),
    firstEvaluation,
    secondEvaluation,
    evaluationDifference:
      firstEvaluation.satisfactionIndex === null || secondEvaluation.satisfactionIndex === null
        ? null
        : secondEvaluation.satisfactionIndex - firstEvaluation.satisfactionIndex,
    freeTextAnswers: freeTextAnswersOf(responses, questions),
  };
}

function tally(answers: readonly SurveyAnswer[]): SatisfactionTally {
  let measuredAnswers = 0;
  let favourableAnswers = 0;
  for (const answer of answers) {
    const favourable = isFavourable(answer);
    if (favourable === null) continue;
    measuredAnswers += 1;
    if (favourable) favourableAnswers += 1;
  }
  return {
    measuredAnswers,
    favourableAnswers,
    satisfactionIndex: satisfactionIndex(favourableAnswers, measuredAnswers),
  };
}

function scoreDistributionOf(answers: readonly SurveyAnswer[]): { score: number; count: number }[] {
  return [1, 2, 3, 4, 5].map((score) => ({
    score,
    count: answers.filter((answer) => answer.kind === 'SCALE_1_5' && answer.score === score).length,
  }));
}

/**
 * The current version's questions in their order, then questions of earlier versions answered in the
 * period (newest version first), each with the wording of the newest version that has it.
 */
function questionsOf(
  instrument: SurveyInstrumentDocument,
  responses: readonly SurveyResponseDocument[],
): { readonly question: SurveyQuestion; readonly inCurrentVersion: boolean }[] {
  const answered = new Set(
    responses.flatMap((response) => response.answers.map((answer) => answer.questionId)),
  );
  const rows = instrument.questions.map((question) => ({ question, inCurrentVersion: true }));
  const seen = new Set(instrument.questions.map((question) => question.id));
  for (const version of [...instrument.versions].reverse()) {
    for (const question of version.questions) {
      if (seen.has(question.id) || !answered.has(question.id)) continue;
      seen.add(question.id);
      rows.push({ question, inCurrentVersion: false });
    }
  }
  return rows;
}

function freeTextAnswersOf(
  responses: readonly SurveyResponseDocument[],
  questions: readonly { readonly question: SurveyQuestion }[],
): FreeTextAnswer[] {
  const textOf = new Map(questions.map(({ question }) => [question.id, question.text]));
  return responses.flatMap((response) =>
    response.answers.flatMap((answer) =>
      answer.kind === 'FREE_TEXT'
        ? [
            {
              questionId: answer.questionId,
              questionText: textOf.get(answer.questionId) ?? answer.questionId,
              text: answer.text,
              answeredOn: response.answeredOn,
            },
          ]
        : [],
    ),
  );
}
