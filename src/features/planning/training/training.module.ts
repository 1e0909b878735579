// The training feature (capacitación, PIC) of Planeación: the plan's look-ups (commands.ts), its read
// models, the needs the data propose, and its part of the GraphQL schema.
import { Module } from '@nestjs/common';
import { TrainingLookUps } from './commands.js';
import { TrainingResolver } from './graphql/training.resolver.js';
import { TrainingProposals, trainingSourceReadModels } from './read-models/training-proposals.js';
import { TrainingQueries, trainingReadModels } from './read-models/training-queries.js';

@Module({
  providers: [
    TrainingLookUps,
    trainingSourceReadModels,
    TrainingProposals,
    trainingReadModels,
    TrainingQueries,
    TrainingResolver,
  ],
})
export class TrainingModule {}
