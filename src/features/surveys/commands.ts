// The survey instrument and the survey response as the executor sees them: decider plus schema versions.
import type { Aggregate } from '../../engine/commands/command-executor.js';
import {
  SURVEY_INSTRUMENT_EVENT_SCHEMA_VERSIONS,
  SURVEY_RESPONSE_EVENT_SCHEMA_VERSIONS,
  surveyInstrumentDecider,
  surveyResponseDecider,
  type SurveyInstrumentCommand,
  type SurveyInstrumentEvent,
  type SurveyInstrumentState,
  type SurveyResponseCommand,
  type SurveyResponseEvent,
  type SurveyResponseState,
} from '../../domain/survey/index.js';

export const surveyInstrumentAggregate: Aggregate<
  SurveyInstrumentCommand,
  SurveyInstrumentEvent,
  SurveyInstrumentState
> = {
  decider: surveyInstrumentDecider,
  schemaVersions: SURVEY_INSTRUMENT_EVENT_SCHEMA_VERSIONS,
};

export const surveyResponseAggregate: Aggregate<
  SurveyResponseCommand,
  SurveyResponseEvent,
  SurveyResponseState
> = {
  decider: surveyResponseDecider,
  schemaVersions: SURVEY_RESPONSE_EVENT_SCHEMA_VERSIONS,
};
