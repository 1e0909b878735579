// The signer as the application runs it: started with the application, stopped before the stores close,
// recording each head through the one command path as the installation's signer.
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { VENTANILLA_CONFIG } from '../../../config/config-token.js';
import type { VentanillaConfig } from '../../../config/configuration.js';
import { RunCommand } from '../../../engine/commands/run-command.js';
import { EVENT_STORE, type EventStore } from '../../../engine/eventstore/event-store.js';
import type { LogHeadSigningKey, SignedLogHead } from '../../../engine/eventstore/log-chain.js';
import { CLOCK } from '../../../engine/tokens.js';
import { LOG_HEAD_SIGNER, logHeads } from '../commands.js';
import { LogHeadSigner } from './log-head-signer.js';
import { LOG_HEAD_SIGNING_KEY } from './signing-key.js';

@Injectable()
export class LogHeadSigning implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly signer: LogHeadSigner;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(LOG_HEAD_SIGNING_KEY) key: LogHeadSigningKey,
    @Inject(CommandBus) commands: CommandBus,
    @Inject(CLOCK) clock: () => Date,
    @Inject(VENTANILLA_CONFIG) config: VentanillaConfig,
  ) {
    const logger = new Logger('Cabezas firmadas');
    this.signer = new LogHeadSigner({
      store,
      key,
      clock,
      schedule: config.logHeads,
      record: async (facts) => {
        await commands.execute(
          new RunCommand(
            logHeads,
            'log',
            { type: 'SignLogHead' as const, data: facts },
            { actor: LOG_HEAD_SIGNER },
          ),
        );
      },
      warn: (message) => logger.warn(message),
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.signer.start();
  }

  /** Before the stores close (they close on application shutdown, after every module is destroyed). */
  onModuleDestroy(): Promise<void> {
    return this.signer.stop();
  }

  /** Signs the head of the log as it is now, when anything is unsigned (the demo seed, at its end). */
  signNow(): Promise<SignedLogHead | null> {
    return this.signer.signNow();
  }
}
