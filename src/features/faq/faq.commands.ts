// The application commands of a FAQ entry, dispatched on the @nestjs/cqrs CommandBus by the GraphQL
// mutations of the same name. Each becomes one domain command in src/domain/faq/commands.ts.
import { Command } from '@nestjs/cqrs';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import type { FaqEntryContent } from '../../domain/faq/index.js';

/** What every FAQ command answers: where the entry stands after it. */
export interface FaqCommandResult {
  readonly entryId: string;
  readonly revision: number | null;
  /** Global position of the last event written, null when the command changed nothing. */
  readonly position: number | null;
}

export class CreateFaqEntry extends Command<FaqCommandResult> {
  constructor(
    readonly input: FaqEntryContent & {
      /** The same key twice creates one entry. */
      readonly idempotencyKey: string | null;
    },
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}

/** The part every command on an existing entry shares. */
export abstract class FaqEntryCommand extends Command<FaqCommandResult> {
  constructor(
    readonly entryId: string,
    readonly metadata: CommandMetadata,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

export class UpdateFaqEntry extends FaqEntryCommand {
  constructor(
    entryId: string,
    /** Fields left null stay as they are. */
    readonly changes: { readonly [Field in keyof FaqEntryContent]: FaqEntryContent[Field] | null },
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(entryId, metadata, expectedRevision);
  }
}

export class PublishFaqEntry extends FaqEntryCommand {}

export class RetireFaqEntry extends FaqEntryCommand {
  constructor(
    entryId: string,
    readonly reason: string,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ) {
    super(entryId, metadata, expectedRevision);
  }
}
