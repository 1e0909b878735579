// The generic command handler: every RunCommand, whatever its feature, goes the same way —
//   1. its metadata completed (command id, from the idempotency key when there is one; the moment);
//   2. the people it names identified (by document, or a new id) through the people step (a port);
//   3. the feature's look-ups (a staff account, another stream's state, a radicado from the counter);
//   4. the domain asked first, then the personal data kept: the people's data as versions (each
//      version filed with written into the command) and its free texts sealed under their owner's key
//      (a reference written in place of each text), so no personal data reaches the log;
//   5. load–decide–append with retry on the instance's stream (AggregateCommandExecutor);
//   6. the position the answer must reflect noted for read-your-writes.
import { Inject, Optional } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { DomainCommand, DomainEvent } from '../../domain/shared/decider.js';
import type { PetitionerData } from '../../personal-data/personal-data-store.js';
import { currentRequest } from '../../infrastructure/logging/request-context.js';
import { CLOCK } from '../tokens.js';
import { EVENT_STORE, type EventStore } from '../eventstore/event-store.js';
import { AggregateCommandExecutor, deterministicId, eventIdFor } from './command-executor.js';
import { COMMAND_METRICS, commandOutcomeOf, type CommandMetrics } from './command-metrics.js';
import type { CommandMetadata } from './command-metadata.js';
import { ReadYourWrites } from './read-your-writes.js';
import {
  COMMAND_PEOPLE,
  RunCommand,
  versionFieldOf,
  type AggregateType,
  type CommandPeople,
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
    @Inject(COMMAND_PEOPLE) private readonly people: CommandPeople,
    @Inject(CLOCK) private readonly clock: () => Date,
    @Inject(ModuleRef) private readonly modules: ModuleRef,
    // Absent where no metrics module is loaded (tools that build the handler alone).
    @Optional() @Inject(COMMAND_METRICS) private readonly metrics: CommandMetrics | null = null,
  ) {}

  /** Runs the command, counted by type and outcome and timed when the metrics are on. */
  async execute(request: RunCommand): Promise<CommandResult> {
    if (this.metrics === null) return this.run(request);
    const started = performance.now();
    const commandType = request.command.type;
    try {
      const result = await this.run(request);
      this.metrics.commandFinished(
        commandType,
        { outcome: 'accepted' },
        (performance.now() - started) / 1000,
      );
      return result;
    } catch (error) {
      this.metrics.commandFinished(
        commandType,
        commandOutcomeOf(error),
        (performance.now() - started) / 1000,
      );
      throw error;
    }
  }

  private async run(request: RunCommand): Promise<CommandResult> {
    const aggregate = request.aggregate as AnyAggregate;
    const metadata = this.metadataOf(request);
    const { command: withPeople, keepPeople } = await this.identifyPeople(request);
    // Kept once, by a look-up about to take a number or else below; never again for a completed receipt.
    let personalDataKept = request.options.personalDataKept === true;
    const keepPersonalData = async (candidate: DomainCommand, id: string | null) => {
      if (personalDataKept) throw new Error(`Los datos personales de ${candidate.type} ya se guardaron.`);
      personalDataKept = true;
      const withVersions = await keepPeople(candidate, metadata);
      return this.sealFreeTexts(aggregate, withVersions, id, metadata);
    };

    const { expectedRevision } = request.options;
    const revision = expectedRevision !== undefined ? { expectedRevision } : {};
    const askTheDomain = (stream: string | null, candidate: DomainCommand) =>
      this.executor.preview(aggregate, { stream, command: candidate, metadata, ...revision });
    const precheck = (candidate: DomainCommand) =>
      askTheDomain(request.id === null ? null : aggregate.streamOf(request.id), candidate);
    const completed = aggregate.lookUps
      ? await this.lookUpsOf(aggregate).complete(
          withPeople,
          this.lookUpContext(request, metadata, precheck, (candidate) =>
            keepPersonalData(candidate, request.id),
          ),
        )
      : { command: withPeople };
    const id = completed.id ?? request.id;
    let command = completed.command;
    if (id === null) throw new Error(`Las consultas previas de ${command.type} no dieron la instancia.`);
    if (!personalDataKept && (request.options.people !== undefined || hasFreeTexts(aggregate, command))) {
      // The vault is written only for a command the domain accepts (asked with the texts in clear), after
      // every look-up passed.
      await askTheDomain(aggregate.streamOf(id), command);
      command = await keepPersonalData(command, id);
    } else if (!personalDataKept && aggregate.freeTexts === undefined) {
      // Files of a record with no personal texts (improvement-action evidence) are no one's personal data.
      await this.claimAttachments(null, command, metadata);
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

  /**
   * Each free text of the command sealed under its owner's key, a reference in its place. The text's id
   * comes from the command id and the text's path, so a retried command seals nothing twice.
   */
  private async sealFreeTexts(
    aggregate: AnyAggregate,
    command: DomainCommand,
    id: string | null,
    metadata: CommandMetadata,
  ): Promise<DomainCommand> {
    const freeTexts = aggregate.freeTexts;
    const texts = freeTextsOf(aggregate, command);
    if (texts.length === 0 || freeTexts === undefined) return command;
    const { state } =
      id === null
        ? { state: aggregate.decider.initialState }
        : await this.executor.stateOf(aggregate, aggregate.streamOf(id));
    const declaredOwner = freeTexts.ownerOf(command, state);
    const sealed = await this.people.sealTexts(
      declaredOwner,
      texts.map(({ path, field, text }) => ({
        text,
        textId: deterministicId(`${metadata.commandId}/text/${path}`),
        searchable: freeTexts.searchable?.includes(field) ?? false,
      })),
    );
    // The command's files become the owner's personal data: erasing the owner erases them.
    await this.claimAttachments(sealed.ownerId, command, metadata);
    const references = new Map(texts.map(({ path }, index) => [path, sealed.references[index]!]));
    let data = command.data as Record<string, unknown>;
    for (const field of declaredFieldsOf(aggregate, command)) {
      data = mapTexts(data, field.split('.'), '', (path, text) => references.get(path) ?? text) as Record<
        string,
        unknown
      >;
    }
    return { ...command, data: declaredOwner === null ? { ...data, textOwnerId: sealed.ownerId } : data };
  }

  /** The uploads a command names (`data.attachments`) claimed for the record: owned by `ownerId`. */
  private async claimAttachments(ownerId: string | null, command: DomainCommand, metadata: CommandMetadata) {
    const ids = attachmentIdsOf(command);
    if (ids.length > 0) await this.people.claimAttachments(ownerId, ids, `command:${metadata.commandId}`);
  }

  private metadataOf({ origin, command, options }: RunCommand): CommandMetadata {
    // A repeated idempotency key gives the same command id, so the same event ids: nothing twice.
    const commandId = options.idempotencyKey
      ? deterministicId(`${lowerFirst(command.type)}/${options.idempotencyKey}`)
      : (origin.commandId ?? randomUUID());
    return {
      commandId,
      actor: origin.actor,
      // The sender's, else the HTTP request's (its X-Correlation-Id or request id, in its log line too).
      correlationId: origin.correlationId ?? currentRequest()?.correlationId ?? commandId,
      causationId: origin.causationId ?? commandId,
      issuedAt: origin.issuedAt ?? this.clock().toISOString(),
    };
  }

  /**
   * Each person the command names gets their id (a returning one keeps theirs); their data are kept
   * later, by keepPeople, which writes beside each id the version kept.
   */
  private async identifyPeople({ command, options }: RunCommand): Promise<{
    command: DomainCommand;
    keepPeople: (command: DomainCommand, metadata: CommandMetadata) => Promise<DomainCommand>;
  }> {
    const people = Object.entries(options.people ?? {});
    const identified: { field: string; personId: string; person: PetitionerData }[] = [];
    const data: Record<string, unknown> = { ...(command.data as Record<string, unknown>) };
    for (const [field, person] of people) {
      const personId = await this.people.identify(person);
      data[field] = personId;
      identified.push({ field, personId, person });
    }
    return {
      command: people.length === 0 ? command : { ...command, data },
      keepPeople: async (completed, metadata) => {
        const versions: Record<string, number> = {};
        for (const { field, personId, person } of identified) {
          versions[versionFieldOf(field)] = await this.people.keep(personId, person, metadata);
        }
        return { ...completed, data: { ...(completed.data as Record<string, unknown>), ...versions } };
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
    keepPersonalData: (command: DomainCommand) => Promise<DomainCommand>,
  ): LookUpContext<DomainCommand> {
    return {
      metadata,
      id: request.id,
      keepPersonalData,
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

/** The free-text fields an aggregate declares for this command: `subject`, or `answers[].text`. */
function declaredFieldsOf(aggregate: AnyAggregate, command: DomainCommand): readonly string[] {
  const fields = aggregate.freeTexts?.fields as Readonly<Record<string, readonly string[]>> | undefined;
  return fields?.[command.type] ?? [];
}

interface FreeText {
  /** Where it is: `subject`, `answers.2.text`. */
  readonly path: string;
  /** The field as declared: `subject`, `answers[].text`. */
  readonly field: string;
  readonly text: string;
}

/** The command's free texts to seal: each non-blank text a declared field reaches, in declaration order. */
function freeTextsOf(aggregate: AnyAggregate, command: DomainCommand): FreeText[] {
  const found: FreeText[] = [];
  for (const field of declaredFieldsOf(aggregate, command)) {
    mapTexts(command.data, field.split('.'), '', (path, text) => {
      found.push({ path, field, text });
      return text;
    });
  }
  return found;
}

function hasFreeTexts(aggregate: AnyAggregate, command: DomainCommand): boolean {
  return freeTextsOf(aggregate, command).length > 0;
}

/**
 * The value with each non-blank text the path reaches replaced by `replace(path, text)`. A segment
 * `name[]` walks each element of the array `name`; anything else the path meets is left as it is.
 */
function mapTexts(
  value: unknown,
  segments: readonly string[],
  path: string,
  replace: (path: string, text: string) => string,
): unknown {
  if (segments.length === 0) {
    return typeof value === 'string' && value.trim() !== '' ? replace(path, value) : value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const [segment, ...rest] = segments as [string, ...string[]];
  const eachElement = segment.endsWith('[]');
  const key = eachElement ? segment.slice(0, -2) : segment;
  const record = value as Record<string, unknown>;
  if (!(key in record)) return value;
  const at = path === '' ? key : `${path}.${key}`;
  const inner = record[key];
  const next = eachElement
    ? Array.isArray(inner)
      ? inner.map((element, index) => mapTexts(element, rest, `${at}.${index}`, replace))
      : inner
    : mapTexts(inner, rest, at, replace);
  return next === inner ? value : { ...record, [key]: next };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The ids of the files a command names: its `data.attachments`, and the letter issued for it
 * (`data.letter.attachment`, an answer's oficio), if any.
 */
function attachmentIdsOf(command: DomainCommand): readonly string[] {
  const data = command.data as { attachments?: unknown; letter?: { attachment?: unknown } | null } | null;
  const attachments = [
    ...(Array.isArray(data?.attachments) ? (data.attachments as unknown[]) : []),
    ...(data?.letter?.attachment === undefined ? [] : [data.letter.attachment]),
  ];
  return attachments.flatMap((attachment: unknown) =>
    typeof attachment === 'object' &&
    attachment !== null &&
    typeof (attachment as { id?: unknown }).id === 'string'
      ? [(attachment as { id: string }).id]
      : [],
  );
}
