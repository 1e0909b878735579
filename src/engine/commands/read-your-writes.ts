// Runs a command on its stream and returns once the read models show its events, so a mutation's
// answer and the next query agree. Every feature's command handlers use it.
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DomainEvent } from '../../domain/shared/decider.js';
import { ProjectionRunner, ProjectionWaitTimeoutError } from '../projections/projection-runner.js';
import {
  AggregateCommandExecutor,
  type Aggregate,
  type CommandOutcome,
  type CommandRequest,
} from './command-executor.js';

@Injectable()
export class ReadYourWrites {
  private readonly logger = new Logger('ReadYourWrites');

  constructor(
    @Inject(AggregateCommandExecutor) private readonly executor: AggregateCommandExecutor,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
  ) {}

  async execute<Command, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    request: CommandRequest<Command>,
  ): Promise<CommandOutcome<Event, State>> {
    return this.settled(await this.executor.execute(aggregate, request), request.stream);
  }

  /** Waits for the read models to reach the outcome's position (nothing to wait for if nothing was written). */
  async settled<Outcome extends { readonly position: number | null }>(
    outcome: Outcome,
    stream: string,
  ): Promise<Outcome> {
    if (outcome.position === null) return outcome;
    try {
      await this.projections.waitForPosition(outcome.position);
    } catch (error) {
      // The events are stored: the command succeeded. A slow read model must not turn it into an error.
      if (!(error instanceof ProjectionWaitTimeoutError)) throw error;
      this.logger.warn(`Los modelos de lectura van atrasados tras ${stream}: ${error.message}`);
    }
    return outcome;
  }
}
