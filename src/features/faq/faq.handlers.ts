// Command handlers of the FAQ entry: each maps its command to the domain's and runs it read-your-writes
// on the entry's stream. Creating and editing first check that the linked PQRS cases exist.
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { deterministicId } from '../../engine/commands/command-executor.js';
import { BadUserInput } from '../../engine/application-errors.js';
import type { CommandMetadata } from '../../engine/commands/command-metadata.js';
import { ReadYourWrites } from '../../engine/commands/read-your-writes.js';
import { faqEntryStreamOf, type FaqEntryCommand as DomainFaqEntryCommand } from '../../domain/faq/index.js';
import { CASES_COLLECTION } from '../pqrs/read-models/cases-projection.js';
import { READ_MODEL_STORE, type ReadModelStore } from '../../engine/read-models/read-model-store.js';
import { faqEntryAggregate } from './commands.js';
import {
  CreateFaqEntry,
  PublishFaqEntry,
  RetireFaqEntry,
  UpdateFaqEntry,
  type FaqCommandResult,
  type FaqEntryCommand,
} from './faq.commands.js';

/** Runs a domain command on one entry's stream and answers once the read models show it. */
@Injectable()
export class FaqEntryWriter {
  constructor(
    @Inject(ReadYourWrites) private readonly commands: ReadYourWrites,
    @Inject(READ_MODEL_STORE) private readonly readModels: ReadModelStore,
  ) {}

  async change(
    entryId: string,
    command: DomainFaqEntryCommand,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ): Promise<FaqCommandResult> {
    const outcome = await this.commands.execute(faqEntryAggregate, {
      stream: faqEntryStreamOf(entryId),
      command,
      metadata,
      ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    });
    return { entryId, revision: outcome.revision, position: outcome.position };
  }

  /** Refuses, naming the field, any linked radicado the cases read model does not know. */
  async assertCasesExist(radicados: readonly string[]): Promise<void> {
    const wanted = [...new Set(radicados.map((radicado) => radicado.trim()))];
    if (wanted.length === 0) return;
    const found = await this.readModels.find(CASES_COLLECTION, { id: { $in: wanted } });
    const known = new Set(found.map((document) => document.id));
    const unknown = wanted.filter((radicado) => !known.has(radicado));
    if (unknown.length > 0) {
      throw new BadUserInput(
        'linkedRadicados',
        unknown.length === 1
          ? `No existe un caso con radicado ${unknown[0]}.`
          : `No existen casos con los radicados ${unknown.join(', ')}.`,
      );
    }
  }
}

@CommandHandler(CreateFaqEntry)
export class CreateFaqEntryHandler implements ICommandHandler<CreateFaqEntry> {
  constructor(@Inject(FaqEntryWriter) private readonly entries: FaqEntryWriter) {}

  async execute({ input, metadata: requestMetadata }: CreateFaqEntry): Promise<FaqCommandResult> {
    // With an idempotency key the entry id and the command id derive from it: a repeated call finds
    // the entry it created and appends nothing.
    const key = input.idempotencyKey;
    const entryId = key ? deterministicId(`faqEntry/${key}`) : randomUUID();
    const metadata: CommandMetadata = key
      ? { ...requestMetadata, commandId: deterministicId(`createFaqEntry/${key}`) }
      : requestMetadata;
    await this.entries.assertCasesExist(input.linkedRadicados);
    const { question, answer, category, tags, linkedRadicados } = input;
    return this.entries.change(
      entryId,
      {
        type: 'CreateFaqEntry',
        data: { entryId, question, answer, category, tags, linkedRadicados },
      },
      metadata,
    );
  }
}

/** The shared path of every command on an existing entry: map, then let the writer run it. */
@Injectable()
abstract class FaqEntryCommandHandler<C extends FaqEntryCommand> {
  constructor(@Inject(FaqEntryWriter) protected readonly entries: FaqEntryWriter) {}

  protected abstract toDomain(command: C): DomainFaqEntryCommand | Promise<DomainFaqEntryCommand>;

  async execute(command: C): Promise<FaqCommandResult> {
    return this.entries.change(
      command.entryId,
      await this.toDomain(command),
      command.metadata,
      command.expectedRevision,
    );
  }
}

@CommandHandler(UpdateFaqEntry)
export class UpdateFaqEntryHandler extends FaqEntryCommandHandler<UpdateFaqEntry> {
  protected async toDomain({ changes }: UpdateFaqEntry): Promise<DomainFaqEntryCommand> {
    if (changes.linkedRadicados !== null) await this.entries.assertCasesExist(changes.linkedRadicados);
    return { type: 'UpdateFaqEntry', data: changes };
  }
}

@CommandHandler(PublishFaqEntry)
export class PublishFaqEntryHandler extends FaqEntryCommandHandler<PublishFaqEntry> {
  protected toDomain(): DomainFaqEntryCommand {
    return { type: 'PublishFaqEntry', data: {} };
  }
}

@CommandHandler(RetireFaqEntry)
export class RetireFaqEntryHandler extends FaqEntryCommandHandler<RetireFaqEntry> {
  protected toDomain({ reason }: RetireFaqEntry): DomainFaqEntryCommand {
    return { type: 'RetireFaqEntry', data: { reason } };
  }
}

export const FAQ_COMMAND_HANDLERS = [
  CreateFaqEntryHandler,
  UpdateFaqEntryHandler,
  PublishFaqEntryHandler,
  RetireFaqEntryHandler,
];
