// The satisfaction-survey feature (ISO 9001:2015 9.1.2): the instrument and the response on the command
// path (commands.ts), their read models and queries, and their part of the GraphQL schema.
//
// Design: a stream per instrument, `survey-instrument-<id>` (InstrumentCreated as version 1,
// InstrumentRevised issuing version n+1 with its questions and threshold, default 0.8; InstrumentRetired),
// and a stream per answered survey, `survey-response-<id>` (SurveyAnswered, validated against the version
// the respondent filled in; optionally linked to a radicado or an affiliation; anonymous or naming a
// person id only). The response decider gets the instrument's state in its command, loaded by the
// look-ups, so it stays pure. Results below the threshold expose the reference an improvement action
// takes as its source: `SURVEY:<instrumentId>:<questionId>:<from>..<to>`.
import { Module } from '@nestjs/common';
import { SurveyResponseLookUps } from './commands.js';
import { SurveyResolver } from './graphql/survey.resolver.js';
import { SurveyQueries, surveyReadModels } from './read-models/survey-queries.js';

@Module({ providers: [SurveyResponseLookUps, surveyReadModels, SurveyQueries, SurveyResolver] })
export class SurveysModule {}
