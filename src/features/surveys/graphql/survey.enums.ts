// GraphQL enums of satisfaction surveys, registered from the domain's own lists so the two never drift,
// each value described by the domain's Spanish words for it.
import { registerEnumType } from '@nestjs/graphql';
import {
  SURVEY_EVALUATIONS,
  SURVEY_INSTRUMENT_STATUSES,
  SURVEY_QUESTION_KINDS,
  type SurveyEvaluation,
  type SurveyQuestionKind,
} from '../../../domain/survey/index.js';
import {
  SURVEY_EVALUATION_LABELS,
  SURVEY_INSTRUMENT_STATUS_LABELS,
  SURVEY_QUESTION_KIND_LABELS,
} from '../../../domain/survey/labels.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';

/** The statuses an instrument shows once created (the domain's NOT_CREATED is never seen). */
export const SURVEY_INSTRUMENT_STATUS_VALUES = SURVEY_INSTRUMENT_STATUSES.filter(
  (status): status is 'ACTIVE' | 'RETIRED' => status !== 'NOT_CREATED',
);
export type SurveyInstrumentStatusValue = (typeof SURVEY_INSTRUMENT_STATUS_VALUES)[number];

export const SurveyQuestionKindEnum = enumObject<SurveyQuestionKind>(SURVEY_QUESTION_KINDS);
export const SurveyEvaluationEnum = enumObject<SurveyEvaluation>(SURVEY_EVALUATIONS);
export const SurveyInstrumentStatusEnum = enumObject(SURVEY_INSTRUMENT_STATUS_VALUES);

registerEnumType(SurveyQuestionKindEnum, {
  name: 'SurveyQuestionKind',
  description: 'Tipo de pregunta: escala de 1 a 5, sí/no o texto libre.',
  valuesMap: valuesDescribedBy<SurveyQuestionKind>(SURVEY_QUESTION_KIND_LABELS),
});
registerEnumType(SurveyEvaluationEnum, {
  name: 'SurveyEvaluation',
  description: 'Primera evaluación o segunda evaluación de la misma población.',
  valuesMap: valuesDescribedBy<SurveyEvaluation>(SURVEY_EVALUATION_LABELS),
});
registerEnumType(SurveyInstrumentStatusEnum, {
  name: 'SurveyInstrumentStatus',
  description: 'Instrumento vigente (ACTIVE) o retirado (RETIRED).',
  valuesMap: valuesDescribedBy<SurveyInstrumentStatusValue>(SURVEY_INSTRUMENT_STATUS_LABELS),
});
