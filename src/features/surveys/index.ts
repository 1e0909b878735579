// What other features may use of surveys: how instrument and response documents evolve (reports keep
// their versions), how satisfaction results are computed from them (the satisfaction report), and the
// responses read model (an erasure checks a person's responses).
export { satisfactionResultsOf, type SatisfactionResults } from './read-models/satisfaction-results.js';
export {
  evolveInstrumentDocument,
  instrumentIdOf,
  responseDocumentOf,
  responseIdOf,
  SURVEY_PROJECTIONS,
  SURVEY_RESPONSES_COLLECTION,
  surveyResponsesProjection,
  type SurveyInstrumentDocument,
  type SurveyResponseDocument,
} from './read-models/survey-projections.js';
