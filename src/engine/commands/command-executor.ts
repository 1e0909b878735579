// The one place that loads a stream, asks the decider, and appends with the expected revision, retrying
// on a concurrent writer. The generic command handler (run-command.handler.ts) is its only caller on the
// command path; look-ups use preview() to ask the domain first and stateOf() to read another stream.
//
// Pipelined per stream: the stream's lock covers loading, deciding and handing the events to the store,
// not waiting for them to be durable. The next command on the stream decides on the state with those
// events already in (the year's radicado counter takes one number after another without waiting for a
// flush in between), and the store commits the appends of one moment together (group commit). Nothing is
// acknowledged before its own append is durable, and the store checks every expected revision: if an
// append fails, the ones decided on top of it fail their check too, the stream's state is read again
// from the log, and they are decided again.
import { setTimeout as sleep } from 'node:timers/promises';
import { v5 as uuidv5 } from 'uuid';
import type { BusinessCalendar } from '../../domain/shared/business-calendar.js';
import type { DecisionContext, Decider, DomainEvent } from '../../domain/shared/decider.js';
import { isDomainError, type DomainError } from '../../domain/shared/domain-error.js';
import { dateOutsideSupportedYears } from '../../domain/shared/supported-dates.js';
import {
  WrongExpectedRevisionError,
  type AppendResult,
  type EventStore,
  type GlobalPosition,
  type NewEvent,
  type RecordedEvent,
} from '../eventstore/event-store.js';
import { ConcurrencyConflict, DomainRuleViolation } from '../application-errors.js';
import type { CommandMetadata } from './command-metadata.js';
import { KeyedMutex } from './keyed-mutex.js';

/** Namespace for event ids derived from command ids (UUID v5). */
const EVENT_ID_NAMESPACE = '5d0f4a4e-2b8c-4f61-9a57-0e6c3b1d7a90';

export interface Aggregate<Command, Event extends DomainEvent, State> {
  readonly decider: Decider<Command, Event, State>;
  readonly schemaVersions: Readonly<Record<Event['type'], number>>;
  /** Turns a stored event (of any schema version) into the current shape. */
  readonly upcast?: (recorded: RecordedEvent) => Event;
}

export interface CommandRequest<Command> {
  readonly stream: string;
  readonly command: Command;
  readonly metadata: CommandMetadata;
  /** From the client: a mismatch is a conflict reported back, never retried behind their back. */
  readonly expectedRevision?: number;
  /** When the fact happened in the world, if not when the command arrived (mail received yesterday). */
  readonly occurredAt?: string;
}

export interface CommandOutcome<Event, State> {
  readonly state: State;
  /** The events this command added (empty when it changed nothing). */
  readonly events: readonly Event[];
  /** Stream revision after the command, null when the stream still does not exist. */
  readonly revision: number | null;
  /**
   * Global position to wait for before reading: the last event written; when nothing was written (a
   * retry, a command that changes nothing), the stream's last event, so a retry racing the first
   * request still reads what that one wrote. Null for a stream with no events.
   */
  readonly position: GlobalPosition | null;
}

export function eventIdFor(commandId: string, stream: string, index: number): string {
  return uuidv5(`${commandId}/${stream}/${index}`, EVENT_ID_NAMESPACE);
}

export function deterministicId(name: string): string {
  return uuidv5(name, EVENT_ID_NAMESPACE);
}

interface LoadedStream<State> {
  readonly state: State;
  readonly revision: number | null;
  /** Ids of every event in the stream: a command whose first event id is here already landed. */
  readonly eventIds: Set<string>;
  /** Global position of the stream's last event; null while it has none (or while `written` is pending). */
  readonly position: GlobalPosition | null;
  /** The append of this process that brought the state here, which may still be pending. */
  readonly written?: PendingWrite;
}

/** An append handed to the store, and how it ended once it has. */
interface PendingWrite {
  readonly promise: Promise<AppendResult>;
  outcome: 'pending' | 'written' | 'failed';
}

/** What a command's turn under the stream's lock ended with. */
type LockedStep<Event, State> =
  | { readonly kind: 'answered'; readonly outcome: CommandOutcome<Event, State> }
  | {
      readonly kind: 'appending';
      readonly appending: Promise<AppendResult>;
      readonly state: State;
      readonly events: readonly Event[];
    }
  | { readonly kind: 'reload' };

/** The settings of the office a decision reads, beside the moment, the actor and the calendar. */
export type OfficePolicy = Pick<
  DecisionContext,
  'lateEntryWindowBusinessDays' | 'anonymousPqrsKinds' | 'answerReviewKinds' | 'filingHours'
>;

export class AggregateCommandExecutor {
  private readonly streamLocks = new KeyedMutex();
  private readonly loadedStreams = new Map<string, LoadedStream<unknown>>();

  constructor(
    private readonly store: EventStore,
    /** The calendar in force, or the one of the version a stream's state counts on (a case's). */
    private readonly calendar: (version?: string) => BusinessCalendar,
    /**
     * The office's settings the rules read (the late-entry window, the kinds filed anonymously); the
     * domain's defaults for what is absent.
     */
    private readonly policy: OfficePolicy = {},
    private readonly maxAttempts = 8,
    /** How many streams' folded states stay in memory between commands. */
    private readonly cachedStreams = 2_000,
  ) {}

  /**
   * The stream's state, folded from the events not seen before: streams read often (the year's radicado
   * counter above all) are not replayed from the start on every command. Called under the stream's lock.
   */
  private async load<Command, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    stream: string,
  ): Promise<LoadedStream<State>> {
    let cached = this.loadedStreams.get(stream) as LoadedStream<State> | undefined;
    if (cached?.written?.outcome === 'failed') {
      // The state kept was decided on an append that did not write: it never held.
      this.forget(stream);
      cached = undefined;
    }
    if (cached?.written?.outcome === 'pending') {
      // Our own append is on its way: the next decision goes on top of it, and the store lands it only
      // after that one (AppendOptions.after). What other writers did meanwhile shows as a conflict there.
      this.remember(stream, cached);
      return cached;
    }
    const fromRevision = cached?.revision === null || cached === undefined ? 0 : cached.revision + 1;
    const recorded = await this.store.readStream(stream, { fromRevision });
    let loaded = cached ?? {
      state: aggregate.decider.initialState,
      revision: null,
      eventIds: new Set<string>(),
      position: null,
    };
    if (recorded.length > 0) {
      const events = recorded.map((event) =>
        aggregate.upcast ? aggregate.upcast(event) : ({ type: event.type, data: event.data } as Event),
      );
      // Grown in place, not copied: a year's radicado stream holds tens of thousands of ids.
      for (const event of recorded) loaded.eventIds.add(event.id);
      loaded = {
        state: events.reduce(aggregate.decider.evolve, loaded.state),
        revision: recorded.at(-1)!.revision,
        eventIds: loaded.eventIds,
        position: recorded.at(-1)!.position,
      };
    }
    this.remember(stream, loaded);
    return loaded;
  }

  private remember(stream: string, loaded: LoadedStream<unknown>): void {
    // A Map keeps insertion order: re-inserting marks the stream as recently used; the oldest goes first.
    this.loadedStreams.delete(stream);
    this.loadedStreams.set(stream, loaded);
    if (this.loadedStreams.size > this.cachedStreams) {
      this.loadedStreams.delete(this.loadedStreams.keys().next().value!);
    }
  }

  execute<Command, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    request: CommandRequest<Command>,
  ): Promise<CommandOutcome<Event, State>> {
    return this.executeWithRetry(aggregate, request);
  }

  /** Drops what is kept of a stream: the next command reads it from the log. */
  private forget(stream: string): void {
    this.loadedStreams.delete(stream);
  }

  /** A stream's state and revision as the log holds them now (the initial state for no stream). */
  stateOf<Command, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    stream: string,
  ): Promise<{ readonly state: State; readonly revision: number | null }> {
    return this.streamLocks.run(stream, async () => {
      const { state, revision } = await this.load(aggregate, stream);
      return { state, revision };
    });
  }

  /**
   * What the command would write on the stream as it stands, without writing it: the domain asked
   * first, before a step that cannot be undone (issuing a number, generating a report). Throws the
   * refusal (or the client's revision conflict) exactly as execute() would; a stream of null is one not
   * created yet (its id is still to be issued).
   */
  async preview<Command, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    request: Omit<CommandRequest<Command>, 'stream' | 'occurredAt'> & { readonly stream: string | null },
  ): Promise<readonly Event[]> {
    const { stream } = request;
    const loaded =
      stream === null
        ? { state: aggregate.decider.initialState, revision: null, eventIds: new Set<string>() }
        : await this.streamLocks.run(stream, () => this.load(aggregate, stream));
    // This very command already landed (a retry): execute() will answer the same, without deciding.
    if (stream !== null && loaded.eventIds.has(eventIdFor(request.metadata.commandId, stream, 0))) return [];
    if (request.expectedRevision !== undefined && request.expectedRevision !== loaded.revision) {
      throw new ConcurrencyConflict(stream ?? '', request.expectedRevision, loaded.revision ?? 'sin eventos');
    }
    const decision = this.decide(aggregate, request, loaded.state);
    if (isDomainError(decision)) throw new DomainRuleViolation(decision);
    return decision;
  }

  /** The decider's answer; a date the business calendar cannot count in is refused before it is asked. */
  private decide<Command, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    request: Pick<CommandRequest<Command>, 'command' | 'metadata'>,
    state: State,
  ): readonly Event[] | DomainError {
    return (
      dateOutsideSupportedYears(request.command as { readonly data: unknown }) ??
      aggregate.decider.decide(request.command, state, this.contextOf(request.metadata, state))
    );
  }

  private async executeWithRetry<Command, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    request: CommandRequest<Command>,
  ): Promise<CommandOutcome<Event, State>> {
    for (let attempt = 1; ; attempt++) {
      const step = await this.streamLocks.run(request.stream, () => this.decideUnderLock(aggregate, request));
      if (step.kind === 'answered') return step.outcome;
      if (step.kind === 'reload') {
        // The append the stream's state came from failed: that state never held. Read the stream again.
        this.forget(request.stream);
        if (attempt >= this.maxAttempts) throw new ConcurrencyConflict(request.stream, 'any', 'desconocida');
        continue;
      }
      try {
        const result = await step.appending;
        if (result.alreadyAppended) {
          // A retry of a command that already landed: the events kept as new were not; answer with the log.
          this.forget(request.stream);
          const { state, revision } = await this.stateOf(aggregate, request.stream);
          return { state, revision, events: [], position: result.position };
        }
        return {
          state: step.state,
          events: step.events,
          revision: result.nextExpectedRevision,
          position: result.position,
        };
      } catch (error) {
        // Whatever was decided on top of this append fails its own revision check: read the stream again.
        this.forget(request.stream);
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (request.expectedRevision !== undefined || attempt >= this.maxAttempts) {
          throw new ConcurrencyConflict(request.stream, error.expected.toString(), error.actual.toString());
        }
        // Another process wrote first: decide again on the new state, after a short jittered pause.
        await sleep(attempt * 5 + Math.floor(Math.random() * 10));
      }
    }
  }

  /**
   * Under the stream's lock: load, decide, and hand the events to the store, keeping the state they lead
   * to for the next command on the stream; the append itself is awaited after the lock is released.
   */
  private async decideUnderLock<Command, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    request: CommandRequest<Command>,
  ): Promise<LockedStep<Event, State>> {
    const loaded = await this.load(aggregate, request.stream);
    const { state, revision, eventIds } = loaded;
    const answer = async (): Promise<LockedStep<Event, State>> => {
      // Nothing to write: the answer reflects the stream's last event, once the append that wrote it holds.
      let position = loaded.position;
      if (loaded.written !== undefined) {
        try {
          position = (await loaded.written.promise).position;
        } catch {
          return { kind: 'reload' };
        }
      }
      return { kind: 'answered', outcome: { state, events: [], revision, position } };
    };
    if (eventIds.has(eventIdFor(request.metadata.commandId, request.stream, 0))) {
      // This very command already landed (a retry, or a repeated idempotency key): answer the same.
      return answer();
    }
    if (request.expectedRevision !== undefined && request.expectedRevision !== revision) {
      throw new ConcurrencyConflict(request.stream, request.expectedRevision, revision ?? 'sin eventos');
    }

    const decision = this.decide(aggregate, request, state);
    if (isDomainError(decision)) throw new DomainRuleViolation(decision);
    if (decision.length === 0) return answer();

    const newEvents = decision.map((event, index) => this.toNewEvent(aggregate, request, event, index));
    // Decided on a state whose own append may still be pending: it lands only if that one did.
    const appending = this.store.append(
      request.stream,
      newEvents,
      revision ?? 'no_stream',
      loaded.written === undefined ? undefined : { after: loaded.written.promise },
    );
    const written: PendingWrite = { promise: appending, outcome: 'pending' };
    // Awaited by the caller once the lock is released; noted here for the commands decided on top of it.
    appending.then(
      () => (written.outcome = 'written'),
      () => (written.outcome = 'failed'),
    );
    const newState = decision.reduce(aggregate.decider.evolve, state);
    for (const event of newEvents) eventIds.add(event.id);
    this.remember(request.stream, {
      state: newState,
      revision: (revision ?? -1) + decision.length,
      eventIds,
      position: null,
      written,
    });
    return { kind: 'appending', appending, state: newState, events: decision };
  }

  /** What the world supplies to a decision: the moment, who acts, the calendar and the window in force. */
  private contextOf(metadata: CommandMetadata, state: unknown): DecisionContext {
    return {
      now: metadata.issuedAt,
      actor: metadata.actor,
      calendar: this.calendar(calendarVersionOf(state)),
      ...this.policy,
    };
  }

  private toNewEvent<Command, Event extends DomainEvent, State>(
    aggregate: Aggregate<Command, Event, State>,
    request: CommandRequest<Command>,
    event: Event,
    index: number,
  ): NewEvent {
    const { metadata } = request;
    return {
      id: eventIdFor(metadata.commandId, request.stream, index),
      type: event.type,
      schemaVersion: aggregate.schemaVersions[event.type as Event['type']],
      data: event.data,
      metadata: {
        actorId: metadata.actor.id,
        actorRole: metadata.actor.role,
        occurredAt: request.occurredAt ?? metadata.issuedAt,
        correlationId: metadata.correlationId,
        causationId: metadata.causationId,
      },
    };
  }
}

/**
 * The calendar version a stream's state counts its terms on (a PQRS case names the one of its due date in
 * force), so a decision on it uses that calendar; undefined for a state that names none (the one in force).
 */
function calendarVersionOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const version = (state as { calendarVersion?: unknown }).calendarVersion;
  return typeof version === 'string' ? version : undefined;
}
