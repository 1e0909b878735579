// Runs a domain command on one case's stream, read-your-writes: the answer reflects the read models.
import { Inject, Injectable } from '@nestjs/common';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import type { CommandOutcome } from '../../engine/commands/command-executor.js';
import { ReadYourWrites } from '../../engine/commands/read-your-writes.js';
import type { PqrsCommand } from '../../domain/pqrs/commands.js';
import { pqrsStreamOf, type PqrsEvent } from '../../domain/pqrs/events.js';
import type { PqrsState } from '../../domain/pqrs/index.js';
import { pqrsAggregate } from './commands.js';
import type { PqrsCommandResult } from './pqrs.commands.js';

@Injectable()
export class PqrsCaseWriter {
  constructor(@Inject(ReadYourWrites) private readonly commands: ReadYourWrites) {}

  async change(
    radicado: string,
    command: PqrsCommand,
    metadata: CommandMetadata,
    options: { expectedRevision?: number; occurredAt?: string } = {},
  ): Promise<PqrsCommandResult> {
    const outcome = await this.commands.execute(pqrsAggregate, {
      stream: pqrsStreamOf(radicado),
      command,
      metadata,
      ...options,
    });
    return resultOf(radicado, outcome);
  }

  async settled(radicado: string, outcome: CommandOutcome<PqrsEvent, PqrsState>): Promise<PqrsCommandResult> {
    return resultOf(radicado, await this.commands.settled(outcome, pqrsStreamOf(radicado)));
  }
}

function resultOf(radicado: string, outcome: CommandOutcome<PqrsEvent, PqrsState>): PqrsCommandResult {
  return { radicado, revision: outcome.revision, position: outcome.position };
}
