// Recording a survey response without the screen: each question's answer as staff fill it in (a score,
// sí / no, or free text), the checks of the draft in the server's words (scale and sí/no questions are
// required, free text is optional and at most 2.000 characters), and the answers as the API takes them.
// Pure: the caller passes today.
import type { SurveyEvaluation, SurveyQuestionKind } from '../graphql/generated/graphql.js';
import { isCalendarDate } from './report-periods.js';

export { SURVEY_EVALUATION_LABELS } from '../../../src/domain/survey/labels.js';

export interface SurveyQuestion {
  readonly id: string;
  readonly kind: SurveyQuestionKind;
  readonly text: string;
}

/** The server's limit on a free-text answer (MAX_FREE_TEXT_LENGTH). */
export const MAX_FREE_TEXT_LENGTH = 2_000;

export const SCALE_SCORES = [1, 2, 3, 4, 5] as const;

/** Each point of the scale in words, so the radio buttons say what they mean. */
export const SCALE_LABELS: Readonly<Record<(typeof SCALE_SCORES)[number], string>> = {
  1: '1 · Muy insatisfecho',
  2: '2 · Insatisfecho',
  3: '3 · Ni satisfecho ni insatisfecho',
  4: '4 · Satisfecho',
  5: '5 · Muy satisfecho',
};

/** What staff have filled in, per question id: '1'…'5' for a scale, 'YES' / 'NO', or the text. */
export type AnswerValues = Readonly<Record<string, string>>;

/** The answer each question is missing or gets wrong, per question id. */
export function answerProblems(
  questions: readonly SurveyQuestion[],
  values: AnswerValues,
): Readonly<Record<string, string>> {
  const problems: Record<string, string> = {};
  for (const question of questions) {
    const value = values[question.id] ?? '';
    switch (question.kind) {
      case 'SCALE_1_5':
        if (value === '') problems[question.id] = 'Elija un puntaje de 1 a 5: la pregunta es obligatoria.';
        else if (!SCALE_SCORES.some((score) => String(score) === value))
          problems[question.id] = 'El puntaje debe ser un entero de 1 a 5.';
        break;
      case 'YES_NO':
        if (value !== 'YES' && value !== 'NO')
          problems[question.id] = 'Responda sí o no: la pregunta es obligatoria.';
        break;
      case 'FREE_TEXT':
        if (value.trim().length > MAX_FREE_TEXT_LENGTH)
          problems[question.id] =
            `La respuesta abierta admite hasta ${MAX_FREE_TEXT_LENGTH.toLocaleString('es-CO')} caracteres.`;
        break;
    }
  }
  return problems;
}

export interface SurveyAnswerInput {
  readonly questionId: string;
  readonly score?: number;
  readonly yes?: boolean;
  readonly text?: string;
}

/** The answers as the API takes them, in the questions' order; a blank free text is left out. */
export function surveyAnswersInput(
  questions: readonly SurveyQuestion[],
  values: AnswerValues,
): SurveyAnswerInput[] {
  return questions.flatMap((question): SurveyAnswerInput[] => {
    const value = values[question.id] ?? '';
    switch (question.kind) {
      case 'SCALE_1_5':
        return value === '' ? [] : [{ questionId: question.id, score: Number(value) }];
      case 'YES_NO':
        return value === '' ? [] : [{ questionId: question.id, yes: value === 'YES' }];
      case 'FREE_TEXT':
        return value.trim() === '' ? [] : [{ questionId: question.id, text: value.trim() }];
    }
  });
}

/** The response's own data, besides the answers. */
export interface ResponseDraft {
  readonly channel: string;
  readonly evaluation: SurveyEvaluation;
  /** YYYY-MM-DD, the day it was answered (a paper survey may be transcribed later). */
  readonly answeredOn: string;
  /** Radicado of the PQRS the survey follows, or ''. */
  readonly radicado: string;
}

export type ResponseDraftField = 'channel' | 'answeredOn' | 'radicado';

const RADICADO = /^PQRS-\d{4}-\d{6}$/;

export function responseDraftProblems(
  draft: ResponseDraft,
  today: string,
): Partial<Record<ResponseDraftField, string>> {
  const problems: Partial<Record<ResponseDraftField, string>> = {};
  if (draft.channel === '') problems.channel = 'Indique el canal por el que se respondió la encuesta.';
  if (!isCalendarDate(draft.answeredOn))
    problems.answeredOn = 'La fecha de la encuesta no es válida (AAAA-MM-DD).';
  else if (draft.answeredOn > today)
    problems.answeredOn = 'La fecha de la encuesta no puede ser posterior a hoy.';
  const radicado = draft.radicado.trim();
  if (radicado !== '' && !RADICADO.test(radicado.toUpperCase()))
    problems.radicado = 'El radicado debe tener la forma PQRS-AAAA-NNNNNN.';
  return problems;
}

/** The radicado as the API takes it: upper case, or null when none was given. */
export function radicadoInput(radicado: string): string | null {
  const trimmed = radicado.trim();
  return trimmed === '' ? null : trimmed.toUpperCase();
}
