// The one shape of every command: a RunCommand names the aggregate type, the instance and the domain
// command (the domain's own type, built by the resolver), and goes on the @nestjs/cqrs CommandBus to the
// one generic handler (run-command.handler.ts). What a feature adds is its AggregateType: the decider,
// how an instance id becomes a stream, and the look-ups the domain cannot make itself.
import { Command } from '@nestjs/cqrs';
import type { Type } from '@nestjs/common';
import type { DomainCommand, DomainEvent } from '../../domain/shared/decider.js';
import type { Instant } from '../../domain/shared/time.js';
import type { GlobalPosition } from '../eventstore/event-store.js';
import type { PetitionerData } from '../../personal-data/personal-data-store.js';
import { randomUUID } from 'node:crypto';
import { deterministicId, type Aggregate } from './command-executor.js';
import type { CommandMetadata, CommandOrigin } from './command-metadata.js';

/** An aggregate as the command path runs it: its decider, its streams and its look-ups. */
export interface AggregateType<
  Command extends DomainCommand,
  Event extends DomainEvent,
  State,
> extends Aggregate<Command, Event, State> {
  /** The stream of one instance: `pqrs-<radicado>`, `affiliation-<id>`. */
  readonly streamOf: (id: string) => string;
  /** When the fact happened in the world, when the command says so (a letter received yesterday). */
  readonly occurredAtOf?: (command: Command) => Instant | null;
  /** The feature's look-ups (a provider of its module), for commands that need facts from outside. */
  readonly lookUps?: Type<CommandLookUps<Command>>;
  /** The commands' free texts, sealed in the personal-data vault before the log sees them. */
  readonly freeTexts?: FreeTexts<Command, State>;
}

/**
 * Free texts may name people ("soy Ana Gómez, cédula …"), so none enters the log in clear: the handler
 * seals each non-blank one in the personal-data vault under its owner's key and writes the reference the
 * vault gives in its place, so the events carry references and erasing the owner erases the texts.
 */
export interface FreeTexts<Command extends DomainCommand, State> {
  /** The fields of each command's data that hold free text; `answers[].text` reaches into each element. */
  readonly fields: Readonly<Partial<Record<Command['type'], readonly string[]>>>;
  /** Those found by text search (a subject): the vault indexes keyed hashes of their words. */
  readonly searchable?: readonly string[];
  /**
   * Whose key seals them: the person the instance is about, from the command (a receipt) or the state;
   * null for a key of the instance's own, whose owner id the handler writes into `textOwnerId`.
   */
  readonly ownerOf: (command: Command, state: State) => string | null;
}

/** The instance a command is about, when the look-ups name it (a new radicado), and the command completed. */
export interface CompletedCommand<Command> {
  readonly command: Command;
  /** The instance's id, when the look-ups chose it; otherwise the one the RunCommand named. */
  readonly id?: string;
}

/**
 * What a feature looks up before the domain decides: facts the domain cannot know (a staff account, the
 * state of another stream, whether a case exists) and numbers only a counter gives (the radicado). It may
 * refuse with a BadUserInput naming the field; every business rule stays in the decider.
 */
export interface CommandLookUps<Command extends DomainCommand> {
  complete(command: Command, context: LookUpContext<Command>): Promise<CompletedCommand<Command>>;
}

export interface LookUpContext<Command extends DomainCommand> {
  readonly metadata: CommandMetadata;
  /** The instance the RunCommand named; null when the look-ups are to choose it. */
  readonly id: string | null;
  /** What the resolver handed over for the look-ups alone (never written to the log). */
  readonly lookUpData: unknown;
  /** The fields naming people the request described by their data (RunOptions.people): ids given here. */
  readonly peopleDescribed: readonly string[];
  /**
   * Asks the domain whether it would accept the command on the instance as it stands, and throws its
   * refusal; call it before a step that cannot be undone (taking a number from a counter) or costly
   * (generating a report). Returns the events it would write; writes nothing.
   */
  precheck(command: Command): Promise<readonly DomainEvent[]>;
  /**
   * Keeps the request's personal data in the vault now (once): its people, and its free texts sealed,
   * for a look-up about to take a step that cannot be undone and must find them kept (a radicado whose
   * receipt may have to be completed after a crash). Gives the command with the version of each person
   * beside their id and a reference in place of each text. Call it after precheck; otherwise the handler
   * keeps them after every look-up, before the append.
   */
  keepPersonalData(command: Command): Promise<Command>;
  /**
   * Runs a command on a counter's instance (the year's radicados, the member numbers), with this
   * command's metadata, and gives the event it issued for this command — also when this command is a
   * retry and its number was issued before.
   */
  issue<C extends DomainCommand, E extends DomainEvent, S>(
    counter: AggregateType<C, E, S>,
    id: string,
    command: NoInfer<C>,
  ): Promise<E>;
  /** Another instance's state as the log holds it now (its initial state when it has no events). */
  stateOf<C extends DomainCommand, E extends DomainEvent, S>(
    aggregate: AggregateType<C, E, S>,
    id: string,
  ): Promise<{ readonly state: S; readonly revision: number | null }>;
  /** Whether the instance has a stream in the log (the log, not a read model: a case filed a moment ago counts). */
  exists(
    aggregate: Pick<AggregateType<DomainCommand, DomainEvent, unknown>, 'streamOf'>,
    id: string,
  ): Promise<boolean>;
}

export interface RunOptions {
  /** The revision the client last saw: a mismatch is reported back, never retried behind their back. */
  readonly expectedRevision?: number;
  /** The client's key for a create: a repeated request is the same command, answered the same. */
  readonly idempotencyKey?: string;
  /**
   * People the command names, by the field of its data that holds their id (e.g. `petitionerId`): the
   * handler finds each by document (or gives a new id), writes the id into the command, and keeps the
   * data in the personal-data vault once the domain accepts the command. Their data never reaches the log.
   * Beside each id it writes the version of the data the command is filed with (`petitionerVersion`
   * beside `petitionerId`): a decider that keeps it puts it in its event; one that does not ignores it.
   */
  readonly people?: Readonly<Record<string, PetitionerData>>;
  /**
   * The command's people and free texts were kept before, and it carries their versions and references
   * (a receipt completed after an interruption): nothing is kept again. Never from a client's input.
   */
  readonly personalDataKept?: boolean;
  /** Handed to the feature's look-ups alone (a new account's password); never written to the log. */
  readonly lookUpData?: unknown;
}

/**
 * The people step of the command path (a port the personal-data side provides), so the engine knows no
 * vault and no person's facts: who the data of a request describe, and keeping those data once the
 * domain has accepted the command.
 */
export interface CommandPeople {
  /** The id already given to the person these data describe (by their document), or a new one. */
  identify(person: PetitionerData): Promise<string>;
  /**
   * Keeps the data as the person's current version — a change from their last one recorded as a fact,
   * never an overwrite — and gives the version the command is filed with.
   */
  keep(personId: string, person: PetitionerData, metadata: CommandMetadata): Promise<number>;
  /**
   * Seals a command's free texts under the owner's key (null: a new owner of its own), in one write, each
   * stored once per `textId`, and gives the references the command carries instead of the texts, in the
   * order given, and the owner they were sealed under.
   */
  sealTexts(
    ownerId: string | null,
    texts: readonly { readonly text: string; readonly textId: string; readonly searchable: boolean }[],
  ): Promise<{ readonly references: readonly string[]; readonly ownerId: string }>;
  /**
   * The uploaded files a command names become part of a record (the stream): owned by `ownerId` — the
   * owner its texts were sealed under — or by no one (null) for files that are no one's personal data.
   */
  claimAttachments(
    ownerId: string | null,
    attachmentIds: readonly string[],
    claimedBy: string,
  ): Promise<void>;
}

export const COMMAND_PEOPLE = Symbol('CommandPeople');

/** The field of a command's data that holds the version of the person named in `idField`. */
export function versionFieldOf(idField: string): string {
  return `${idField.replace(/Id$/, '')}Version`;
}

export interface CommandResult<Event extends DomainEvent = DomainEvent, State = unknown> {
  /** The instance the command acted on (a new radicado, for a receipt). */
  readonly id: string;
  readonly stream: string;
  readonly state: State;
  /** The events this command added: none when it changed nothing (a retry, a repeated assignment). */
  readonly events: readonly Event[];
  readonly revision: number | null;
  /** The position the answer must reflect: read models read after it wait until they have applied it. */
  readonly position: GlobalPosition | null;
}

export class RunCommand<
  C extends DomainCommand = DomainCommand,
  E extends DomainEvent = DomainEvent,
  S = unknown,
> extends Command<CommandResult<E, S>> {
  constructor(
    readonly aggregate: AggregateType<C, E, S>,
    /** The instance; null when the look-ups give it (a case's radicado is issued on receipt). */
    readonly id: string | null,
    readonly command: C,
    readonly origin: CommandOrigin,
    readonly options: RunOptions = {},
  ) {
    super();
  }
}

/**
 * The id of a new instance (an affiliation, a survey response): derived from the client's idempotency
 * key when there is one, so a repeated request finds the instance it created; fresh otherwise.
 */
export function newInstanceId(kind: string, idempotencyKey: string | null | undefined): string {
  return idempotencyKey ? deterministicId(`${kind}/${idempotencyKey}`) : randomUUID();
}

/** The options of a command on an existing instance: the revision the client last saw, when it sent one. */
export function revisionSeen(args: { readonly expectedRevision?: number | null }): RunOptions {
  return args.expectedRevision == null ? {} : { expectedRevision: args.expectedRevision };
}
