// The Spanish words of a satisfaction survey's codes, written once: the satisfaction report, the GraphQL
// schema's descriptions and the staff web client read them from here.
import type { SurveyEvaluation, SurveyQuestionKind } from './events.js';
import type { SurveyInstrumentStatus } from './instrument-state.js';

export const SURVEY_EVALUATION_LABELS: Readonly<Record<SurveyEvaluation, string>> = {
  FIRST: 'Primera evaluación',
  SECOND: 'Segunda evaluación',
};

/**
 * As the satisfaction report's question table prints them; issued reports are regenerated word for word
 * when verified, so these words stay.
 */
export const SURVEY_QUESTION_KIND_LABELS: Readonly<Record<SurveyQuestionKind, string>> = {
  SCALE_1_5: 'Escala 1 a 5',
  YES_NO: 'Sí / No',
  FREE_TEXT: 'Texto libre',
};

/** A created instrument never shows NOT_CREATED. */
export const SURVEY_INSTRUMENT_STATUS_LABELS: Readonly<
  Record<Exclude<SurveyInstrumentStatus, 'NOT_CREATED'>, string>
> = {
  ACTIVE: 'Vigente',
  RETIRED: 'Retirado',
};
