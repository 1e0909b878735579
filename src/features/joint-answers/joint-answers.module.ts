// Joint answers to many equal petitions (art. 22): the aggregate's look-ups, its read model and queries,
// and its part of the GraphQL schema. The public page reads the queries (exported).
import { Module } from '@nestjs/common';
import { JointAnswerLookUps } from './commands.js';
import { JointAnswersResolver } from './graphql/joint-answers.resolver.js';
import { JointAnswerQueries, jointAnswerReadModels } from './read-models/joint-answer-queries.js';

@Module({
  providers: [JointAnswerLookUps, jointAnswerReadModels, JointAnswerQueries, JointAnswersResolver],
  exports: [JointAnswerQueries],
})
export class JointAnswersModule {}
