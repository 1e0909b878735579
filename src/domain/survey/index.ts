// Satisfaction surveys as other layers use them: the instrument and response deciders, their events
// and states, the roles, and what counts as satisfied.
export * from './commands.js';
export * from './events.js';
export * from './instrument-state.js';
export * from './response-state.js';
export * from './satisfaction.js';
export {
  DEFAULT_SATISFACTION_THRESHOLD,
  MAX_FREE_TEXT_LENGTH,
  MAX_QUESTIONS_PER_INSTRUMENT,
  QUESTION_ID_PATTERN,
  SURVEY_COMMAND_ROLES,
} from './survey-rules.js';
export { decideSurveyInstrument, surveyInstrumentDecider } from './instrument-decide.js';
export { decideSurveyResponse, surveyResponseDecider } from './response-decide.js';
