// The satisfaction-survey feature (ISO 9001:2015 9.1.2): the instrument's and the response's command
// handlers, their queries and their part of the GraphQL schema.
//
// Design: a stream per instrument, `survey-instrument-<id>` (InstrumentCreated as version 1,
// InstrumentRevised issuing version n+1 with its questions and threshold, default 0.8; InstrumentRetired),
// and a stream per answered survey, `survey-response-<id>` (SurveyAnswered, validated against the version
// the respondent filled in; optionally linked to a radicado or an affiliation; anonymous or naming a
// person id only). The response decider gets the instrument's state in its command, loaded by the
// handler, so it stays pure. Results below the threshold expose the reference an improvement action
// takes as its source: `SURVEY:<instrumentId>:<questionId>:<from>..<to>`.
import { Module } from '@nestjs/common';
import { CommandMetadataFactory } from '../../graphql/command-metadata.factory.js';
import { SurveyResolver } from './graphql/survey.resolver.js';
import { SurveyQueries } from './read-models/survey-queries.js';
import { SURVEY_COMMAND_HANDLERS } from './surveys.handlers.js';

@Module({
  providers: [SurveyQueries, CommandMetadataFactory, SurveyResolver, ...SURVEY_COMMAND_HANDLERS],
})
export class SurveysModule {}
