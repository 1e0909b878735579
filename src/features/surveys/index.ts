// What other features may use of surveys: how instrument and response documents evolve (reports keep
// their versions) and how satisfaction results are computed from them (the satisfaction report).
export { satisfactionResultsOf, type SatisfactionResults } from './read-models/satisfaction-results.js';
export {
  evolveInstrumentDocument,
  instrumentIdOf,
  responseDocumentOf,
  responseIdOf,
  SURVEY_PROJECTIONS,
  type SurveyInstrumentDocument,
  type SurveyResponseDocument,
} from './read-models/survey-projections.js';
