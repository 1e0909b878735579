// Runs a domain command on one case's stream and returns once the read models show its effect, so
// the mutation's answer and the next query agree.
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CommandMetadata } from '../application/command-metadata.js';
import { AggregateCommandExecutor, type CommandOutcome } from '../application/aggregate-command-executor.js';
import type { PqrsCommand } from '../domain/pqrs/commands.js';
import { pqrsStreamOf, type PqrsEvent } from '../domain/pqrs/events.js';
import type { PqrsState } from '../domain/pqrs/index.js';
import { ProjectionRunner, ProjectionWaitTimeoutError } from '../projections/projection-runner.js';
import { pqrsAggregate } from './pqrs-aggregate.js';
import type { PqrsCommandResult } from './pqrs.commands.js';

@Injectable()
export class PqrsCaseWriter {
  private readonly logger = new Logger('PqrsCaseWriter');
  constructor(
    @Inject(AggregateCommandExecutor) private readonly executor: AggregateCommandExecutor,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
  ) {}

  async change(
    radicado: string,
    command: PqrsCommand,
    metadata: CommandMetadata,
    options: { expectedRevision?: number; occurredAt?: string } = {},
  ): Promise<PqrsCommandResult> {
    const outcome = await this.executor.execute(pqrsAggregate, {
      stream: pqrsStreamOf(radicado),
      command,
      metadata,
      ...options,
    });
    return this.settled(radicado, outcome);
  }

  async settled(radicado: string, outcome: CommandOutcome<PqrsEvent, PqrsState>): Promise<PqrsCommandResult> {
    if (outcome.position !== null) {
      try {
        await this.projections.waitForPosition(outcome.position);
      } catch (error) {
        // The events are stored: the command succeeded. A slow read model must not turn it into an error.
        if (!(error instanceof ProjectionWaitTimeoutError)) throw error;
        this.logger.warn(`Los modelos de lectura van atrasados tras ${radicado}: ${error.message}`);
      }
    }
    return { radicado, revision: outcome.revision, position: outcome.position };
  }
}
