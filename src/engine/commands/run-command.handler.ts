// The generic command handler: every RunCommand, whatever its feature, goes the same way —
//   1. its metadata completed (command id, from the idempotency key when there is one; the moment);
//   2. the people it names identified in the personal-data vault (by document, or a new id);
//   3. the feature's look-ups (a staff account, another stream's state, a radicado from the counter);
//   4. the domain asked first, then the people's data kept in the vault;
//   5. load–decide–append with retry on the instance's stream (AggregateCommandExecutor);
//   6. the position the answer must reflect noted for read-your-writes.
import { Inject } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { DomainCommand, DomainEvent } from '../../domain/shared/decider.js';
import {
  PERSONAL_DATA_STORE,
  type PersonalDataStore,
  type PetitionerData,
} from '../../personal-data/personal-data-store.js';
import { CLOCK } from '../tokens.js';
import { EVENT_STORE, type EventStore } from '../eventstore/event-store.js';
import { AggregateCommandExecutor, deterministicId, eventIdFor } from './command-executor.js';
import type { CommandMetadata } from './command-metadata.js';
import { ReadYourWrites } from './read-your-writes.js';
import {
  RunCommand,
  type AggregateType,
  type CommandLookUps,
  type CommandResult,
  type LookUpContext,
} from './run-command.js';

type AnyAggregate = AggregateType<DomainCommand, DomainEvent, unknown>;

@CommandHandler(RunCommand)
export class RunCommandHandler implements ICommandHandler<RunCommand> {
  constructor(
    @Inject(AggregateCommandExecutor) private readonly executor: AggregateCommandExecutor,
    @Inject(ReadYourWrites) private readonly readYourWrites: ReadYourWrites,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(PERSONAL_DATA_STORE) private readonly personalData: PersonalDataStore,
    @Inject(CLOCK) private readonly clock: () => Date,
    @Inject(ModuleRef) private readonly modules: ModuleRef,
  ) {}

  async execute(request: RunCommand): Promise<CommandResult> {
    const aggregate = request.aggregate as AnyAggregate;
    const metadata = this.metadataOf(request);
    const { command: withPeople, keepPeople: keepPeopleNow } = await this.identifyPeople(request);
    let peopleKept = false;
    const keepPeople = async () => {
      if (peopleKept) return;
      peopleKept = true;
      await keepPeopleNow();
    };

    const { expectedRevision } = request.options;
    const revision = expectedRevision !== undefined ? { expectedRevision } : {};
    const askTheDomain = (stream: string | null, candidate: DomainCommand) =>
      this.executor.preview(aggregate, { stream, command: candidate, metadata, ...revision });
    const precheck = (candidate: DomainCommand) =>
      askTheDomain(request.id === null ? null : aggregate.streamOf(request.id), candidate);
    const { command, id = request.id } = aggregate.lookUps
      ? await this.lookUpsOf(aggregate).complete(
          withPeople,
          this.lookUpContext(request, metadata, precheck, keepPeople),
        )
      : { command: withPeople };
    if (id === null) throw new Error(`Las consultas previas de ${command.type} no dieron la instancia.`);
    if (request.options.people !== undefined && !peopleKept) {
      // The vault is written only for a command the domain accepts, after every look-up passed.
      await askTheDomain(aggregate.streamOf(id), command);
      await keepPeople();
    }

    const stream = aggregate.streamOf(id);
    const occurredAt = aggregate.occurredAtOf?.(command) ?? null;
    const outcome = await this.executor.execute(aggregate, {
      stream,
      command,
      metadata,
      ...revision,
      ...(occurredAt !== null ? { occurredAt } : {}),
    });
    this.readYourWrites.noteWritten(outcome.position);
    return { id, stream, ...outcome };
  }

  private metadataOf({ origin, command, options }: RunCommand): CommandMetadata {
    // A repeated idempotency key gives the same command id, so the same event ids: nothing twice.
    const commandId = options.idempotencyKey
      ? deterministicId(`${lowerFirst(command.type)}/${options.idempotencyKey}`)
      : (origin.commandId ?? randomUUID());
    return {
      commandId,
      actor: origin.actor,
      correlationId: origin.correlationId ?? commandId,
      causationId: origin.causationId ?? commandId,
      issuedAt: origin.issuedAt ?? this.clock().toISOString(),
    };
  }

  /** Each person the command names gets their id (a returning one keeps theirs); the data is kept later. */
  private async identifyPeople({ command, options }: RunCommand): Promise<{
    command: DomainCommand;
    keepPeople: () => Promise<void>;
  }> {
    const people = Object.entries(options.people ?? {});
    const identified: [string, PetitionerData][] = [];
    const data: Record<string, unknown> = { ...(command.data as Record<string, unknown>) };
    for (const [field, person] of people) {
      const personId =
        (await this.personalData.findByDocument(person.documentType, person.documentNumber)) ?? randomUUID();
      data[field] = personId;
      identified.push([personId, person]);
    }
    return {
      command: people.length === 0 ? command : { ...command, data },
      keepPeople: async () => {
        for (const [personId, person] of identified) await this.personalData.save(personId, person);
      },
    };
  }

  private lookUpsOf(aggregate: AnyAggregate): CommandLookUps<DomainCommand> {
    return this.modules.get(aggregate.lookUps!, { strict: false });
  }

  private lookUpContext(
    request: RunCommand,
    metadata: CommandMetadata,
    precheck: (command: DomainCommand) => Promise<readonly DomainEvent[]>,
    keepPeople: () => Promise<void>,
  ): LookUpContext<DomainCommand> {
    return {
      metadata,
      id: request.id,
      keepPeople,
      lookUpData: request.options.lookUpData,
      peopleDescribed: Object.keys(request.options.people ?? {}),
      precheck,
      issue: async (counter, id, command) => {
        const stream = counter.streamOf(id);
        const outcome = await this.executor.execute(counter, { stream, command, metadata });
        const issued = outcome.events[0];
        if (issued !== undefined) return issued;
        // A retry: the counter holds this command's event under the id derived from the command id.
        const eventId = eventIdFor(metadata.commandId, stream, 0);
        const previous = (await this.eventStore.readStream(stream)).find((event) => event.id === eventId);
        if (previous === undefined) throw new Error(`${stream} no tiene el evento de ${metadata.commandId}.`);
        return counter.upcast
          ? counter.upcast(previous)
          : ({ type: previous.type, data: previous.data } as never);
      },
      stateOf: (aggregate, id) => this.executor.stateOf(aggregate, aggregate.streamOf(id)),
      exists: async (aggregate, id) =>
        (await this.eventStore.readStream(aggregate.streamOf(id), { maxCount: 1 })).length > 0,
    };
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
