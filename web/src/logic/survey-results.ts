// The results of a survey instrument for a period without the screen: the satisfaction index of each
// question (against the instrument's threshold), of each channel, and of the first against the second
// evaluation, as chart values and as sentences that tell each chart. Pure: no React, no DOM.
import { formatPercent, formatRate, toPercent } from './dashboard-figures.js';
import { labelOf, PQRS_CHANNEL_LABELS } from './pqrs-labels.js';
import { SURVEY_EVALUATION_LABELS } from './survey-answers.js';

interface Indexed {
  readonly satisfactionIndex?: number | null;
}

export interface QuestionResult extends Indexed {
  readonly questionId: string;
  readonly text: string;
  readonly kind: string;
  readonly measuredAnswers: number;
  readonly favourableAnswers: number;
  readonly belowThreshold: boolean;
}

export interface ChannelResult extends Indexed {
  readonly channel: string;
  readonly responses: number;
  readonly measuredAnswers: number;
}

export interface EvaluationResult extends Indexed {
  readonly evaluation: string;
  readonly responses: number;
}

export interface ResultBar {
  /** What the bar is of, in words. */
  readonly label: string;
  /** Percentage 0–100 with one decimal; null with nothing measured. */
  readonly percent: number | null;
  readonly detail: string;
}

/** One bar per measured question (free-text questions have no index). */
export function questionBars(questions: readonly QuestionResult[]): ResultBar[] {
  return questions
    .filter((question) => question.kind !== 'FREE_TEXT')
    .map((question) => ({
      label: `${question.questionId}. ${question.text}`,
      percent: toPercent(question.satisfactionIndex ?? null),
      detail: `${question.favourableAnswers} favorables de ${question.measuredAnswers}${question.belowThreshold ? ' · bajo el umbral' : ''}`,
    }));
}

/** One bar per channel that had responses: the rest would only be empty bars. */
export function channelBars(channels: readonly ChannelResult[]): ResultBar[] {
  return channels
    .filter((channel) => channel.responses > 0)
    .map((channel) => ({
      label: labelOf(PQRS_CHANNEL_LABELS, channel.channel),
      percent: toPercent(channel.satisfactionIndex ?? null),
      detail: `${channel.responses} ${channel.responses === 1 ? 'encuesta' : 'encuestas'}`,
    }));
}

export function evaluationBars(evaluations: readonly EvaluationResult[]): ResultBar[] {
  return evaluations.map((evaluation) => ({
    label: labelOf(SURVEY_EVALUATION_LABELS, evaluation.evaluation),
    percent: toPercent(evaluation.satisfactionIndex ?? null),
    detail: `${evaluation.responses} ${evaluation.responses === 1 ? 'encuesta' : 'encuestas'}`,
  }));
}

export function questionsSummary(questions: readonly QuestionResult[], threshold: number): string {
  const measured = questions.filter((question) => question.kind !== 'FREE_TEXT');
  if (measured.length === 0) return 'El instrumento no tiene preguntas de escala ni de sí o no.';
  if (measured.every((question) => question.measuredAnswers === 0))
    return 'Ninguna pregunta tuvo respuestas en el periodo.';
  const below = measured.filter((question) => question.belowThreshold);
  const thresholdText = `del umbral del ${formatRate(threshold)}`;
  if (below.length === 0) return `Ninguna pregunta está por debajo ${thresholdText}.`;
  const names = below.map((question) => question.questionId).join(', ');
  return below.length === 1
    ? `La pregunta ${names} está por debajo ${thresholdText}: pide una acción de mejora.`
    : `Las preguntas ${names} están por debajo ${thresholdText}: piden acciones de mejora.`;
}

export function channelsSummary(channels: readonly ChannelResult[]): string {
  const bars = channelBars(channels);
  if (bars.length === 0) return 'No hubo encuestas en el periodo.';
  return bars.map((bar) => `${bar.label}: ${formatPercent(bar.percent)}`).join('; ') + '.';
}

/** First against second evaluation in one sentence, with the difference in percentage points. */
export function evaluationSummary(
  first: EvaluationResult,
  second: EvaluationResult,
  difference: number | null,
): string {
  const firstText = `primera evaluación ${formatRate(first.satisfactionIndex ?? null)}`;
  const secondText = `segunda evaluación ${formatRate(second.satisfactionIndex ?? null)}`;
  if (difference === null) return `Índice de satisfacción: ${firstText}; ${secondText}.`;
  const points = Math.round(Math.abs(difference) * 1000) / 10;
  const pointsText = `${String(points).replace('.', ',')} ${points === 1 ? 'punto' : 'puntos'}`;
  if (points === 0) return `Índice de satisfacción: ${firstText}; ${secondText}: sin cambio.`;
  return `Índice de satisfacción: ${firstText}; ${secondText}: ${difference > 0 ? 'mejoró' : 'empeoró'} ${pointsText}.`;
}
