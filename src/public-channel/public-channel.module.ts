// The public channel's own routes: the proof-of-work challenge of the filing form and the printable
// constancia. Global, so the GraphQL side of the Ventanilla virtual checks a filing's challenge with the
// same PublicChallenge (the one that remembers used ones) without importing this module. Its routes count
// against the public rate limits, which the (global) attachments module provides; the constancia reads the
// filing through PUBLIC_CASE_LOOKUP, which the (global) PQRS module provides. The Transparencia page reads the
// issued reports through the reports feature's queries.
import { Global, Module } from '@nestjs/common';
import { ReportsModule } from '../features/reports/reports.module.js';
import { JointAnswersModule } from '../features/joint-answers/joint-answers.module.js';
import { VENTANILLA_CONFIG } from '../config/config-token.js';
import type { VentanillaConfig } from '../config/configuration.js';
import { PublicChallengeController } from './challenge.controller.js';
import { PublicChallenge, publicChallengeFor } from './challenge.js';
import { ConstanciaController } from './constancia.controller.js';
import { TransparencyController } from './transparency.controller.js';
import { JointAnswersController } from './joint-answers.controller.js';
import { Transparency } from './transparency.js';

@Global()
@Module({
  imports: [ReportsModule, JointAnswersModule],
  controllers: [
    PublicChallengeController,
    ConstanciaController,
    TransparencyController,
    JointAnswersController,
  ],
  providers: [
    Transparency,
    {
      provide: PublicChallenge,
      useFactory: (config: VentanillaConfig) => publicChallengeFor(config.publicChallenge, config.dataDir),
      inject: [VENTANILLA_CONFIG],
    },
  ],
  exports: [PublicChallenge],
})
export class PublicChannelModule {}
