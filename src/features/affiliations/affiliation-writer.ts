// Runs a domain command on one affiliation's stream, read-your-writes: the answer reflects the read models.
import { Inject, Injectable } from '@nestjs/common';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import { ReadYourWrites } from '../../engine/commands/read-your-writes.js';
import { affiliationStreamOf, type AffiliationCommand } from '../../domain/affiliation/index.js';
import { affiliationAggregate } from './commands.js';
import type { AffiliationCommandResult } from './affiliations.commands.js';

@Injectable()
export class AffiliationWriter {
  constructor(@Inject(ReadYourWrites) private readonly commands: ReadYourWrites) {}

  async change(
    affiliationId: string,
    command: AffiliationCommand,
    metadata: CommandMetadata,
    options: { expectedRevision?: number; occurredAt?: string } = {},
  ): Promise<AffiliationCommandResult> {
    const outcome = await this.commands.execute(affiliationAggregate, {
      stream: affiliationStreamOf(affiliationId),
      command,
      metadata,
      ...options,
    });
    return { affiliationId, revision: outcome.revision, position: outcome.position };
  }
}
