// The Spanish words of a satisfaction survey's codes, written once: the satisfaction report, the GraphQL
// schema's descriptions and the staff web client read them from here. Where two of them say a code
// differently, both wordings live here, side by side, with the reason.
import type { SurveyEvaluation, SurveyQuestionKind } from './events.js';
import type { SurveyInstrumentStatus } from './instrument-state.js';

export const SURVEY_EVALUATION_LABELS: Readonly<Record<SurveyEvaluation, string>> = {
  FIRST: 'Primera evaluación',
  SECOND: 'Segunda evaluación',
};

/** How the instrument's editor names each kind of question. */
export const SURVEY_QUESTION_KIND_LABELS: Readonly<Record<SurveyQuestionKind, string>> = {
  SCALE_1_5: 'Escala de 1 a 5',
  YES_NO: 'Sí o no',
  FREE_TEXT: 'Respuesta abierta',
};

/**
 * The satisfaction report's shorter words for the same kinds, in its question table. Issued reports are
 * regenerated word for word when verified, so their words stay.
 */
export const SURVEY_QUESTION_KIND_REPORT_LABELS: Readonly<Record<SurveyQuestionKind, string>> = {
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
