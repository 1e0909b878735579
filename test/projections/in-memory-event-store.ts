// A small in-memory EventStore for the projection tests: the port's behaviour that projections rely on
// (global order, readAll paging, the append signal), with positions that have gaps on purpose so no
// code can assume +1. Not an adapter: no durability, no contract suite.
import { startCatchUpSubscription } from '../../src/engine/eventstore/catch-up-subscription.js';
import {
  awaitBaseAppend,
  WrongExpectedRevisionError,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type GlobalPosition,
  type NewEvent,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamHead,
  type Subscription,
} from '../../src/engine/eventstore/event-store.js';
import { GENESIS_HASH, sealBatch } from '../../src/engine/eventstore/hash-chain.js';

export interface InMemoryEventStoreOptions {
  /** Position of the first event. */
  readonly firstPosition?: number;
  /** Distance between consecutive positions (> 1 leaves gaps, as EventStoreDB does). */
  readonly positionStep?: number;
  readonly clock?: () => Date;
}

export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly eventIds = new Map<string, RecordedEvent>();
  private readonly listeners = new Set<(position: GlobalPosition) => void>();
  private readonly firstPosition: number;
  private readonly positionStep: number;
  private readonly clock: () => Date;
  /** How many readAll calls were made, to check that followers do not poll needlessly. */
  readAllCalls = 0;
  /** When false, appends do not signal: like an append made by another process. */
  signalAppends = true;

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.firstPosition = options.firstPosition ?? 1;
    this.positionStep = options.positionStep ?? 1;
    this.clock = options.clock ?? (() => new Date('2026-03-02T15:00:00.000Z'));
  }

  async append(
    stream: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
    options?: AppendOptions,
  ): Promise<AppendResult> {
    await awaitBaseAppend(stream, expectedRevision, options, async () => {
      const stored = this.streams.get(stream) ?? [];
      return stored.length === 0 ? 'no_stream' : stored.length - 1;
    });
    const existing = this.streams.get(stream) ?? [];
    if (events.length > 0 && events.every((event) => this.eventIds.has(event.id))) {
      const last = this.eventIds.get(events[events.length - 1].id)!;
      return { nextExpectedRevision: last.revision, position: last.position, alreadyAppended: true };
    }
    const actual = existing.length === 0 ? 'no_stream' : existing.length - 1;
    const matches =
      expectedRevision === 'any' ||
      (expectedRevision === 'no_stream' && actual === 'no_stream') ||
      (expectedRevision === 'stream_exists' && actual !== 'no_stream') ||
      expectedRevision === actual;
    if (!matches) throw new WrongExpectedRevisionError(stream, expectedRevision, actual);
    const recordedAt = this.clock().toISOString();
    const head = existing.at(-1);
    // Positions with gaps are known only here, so no sequence: like KurrentDB.
    const sealed = sealBatch(
      stream,
      events,
      { revision: head?.revision ?? -1, lastHash: head?.metadata.hash ?? GENESIS_HASH },
      recordedAt,
    );
    for (const event of sealed) {
      const position =
        this.log.length === 0
          ? this.firstPosition
          : this.log[this.log.length - 1].position + this.positionStep;
      const recorded: RecordedEvent = { ...event, stream, position };
      existing.push(recorded);
      this.log.push(recorded);
      this.eventIds.set(recorded.id, recorded);
    }
    this.streams.set(stream, existing);
    const last = existing[existing.length - 1];
    if (this.signalAppends) for (const listener of this.listeners) listener(last.position);
    return { nextExpectedRevision: last.revision, position: last.position, alreadyAppended: false };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events = (this.streams.get(stream) ?? []).filter(
      (event) =>
        event.revision >= (options.fromRevision ?? 0) &&
        (options.recordedUpTo === undefined || event.metadata.recordedAt <= options.recordedUpTo),
    );
    return options.maxCount === undefined ? events : events.slice(0, options.maxCount);
  }

  async readAll(after: GlobalPosition | null, maxCount: number): Promise<RecordedEvent[]> {
    this.readAllCalls += 1;
    const start = after === null ? 0 : this.log.findIndex((event) => event.position > after);
    if (start === -1) return [];
    return this.log.slice(start, start + maxCount);
  }

  async headPosition(): Promise<GlobalPosition | null> {
    return this.log.length === 0 ? null : this.log[this.log.length - 1].position;
  }

  subscribeToAll(
    after: GlobalPosition | null,
    handler: (event: RecordedEvent) => Promise<void>,
  ): Subscription {
    return startCatchUpSubscription(this, after, handler);
  }

  onAppended(listener: (position: GlobalPosition) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async *streamNames(): AsyncIterable<string> {
    yield* this.streams.keys();
  }

  async *streamHeads(): AsyncIterable<StreamHead> {
    for (const [stream, events] of this.streams) {
      const last = events[events.length - 1];
      yield { stream, revision: last.revision, lastHash: last.metadata.hash };
    }
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }

  /** Every event, in global order. */
  all(): readonly RecordedEvent[] {
    return this.log;
  }
}
