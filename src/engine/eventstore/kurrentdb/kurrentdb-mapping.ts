// Pure translation between the EventStore port and the KurrentDB client: the event envelope, expected
// revisions, $all positions, the idempotent-retry decision and the reconnection policy. No I/O here, so
// all of it is unit-tested without a server (test/eventstore/kurrentdb-mapping.test.ts).
import {
  ANY,
  END,
  ErrorType,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  excludeSystemEvents,
  type AppendStreamState,
  type CurrentStreamState,
  type EventData,
  type Position,
  type ReadPosition,
  type RegexFilter,
  type StreamMetadata,
} from '@kurrent/kurrentdb-client';
import {
  WrongExpectedRevisionError,
  type AppendResult,
  type EventMetadata,
  type ExpectedRevision,
  type GlobalPosition,
  type RecordedEvent,
} from '../event-store.js';

/** What the envelope needs of an event to write it: a sealed new event or an imported recorded one. */
export interface EnvelopeSource {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/** ESDB metadata as this adapter writes it: our metadata plus the schema version (ESDB has no field for it). */
export type EnvelopeMetadata = EventMetadata & { readonly schemaVersion: number };

/**
 * The client's view of a read event, narrowed to what the mapping uses (ResolvedEvent and
 * AllStreamResolvedEvent both fit), so tests can build one by hand.
 */
export interface ClientResolvedEvent {
  readonly event?: {
    readonly streamId: string;
    readonly id: string;
    readonly revision: bigint;
    readonly type: string;
    readonly isJson: boolean;
    readonly data: unknown;
    readonly metadata?: unknown;
    readonly position?: Position;
  };
}

/** The server version that first returns positions on stream reads. */
export const POSITIONS_ON_STREAM_READS_SINCE = '22.6.0';

// ---------------------------------------------------------------------------------------------------------
// Envelope

/**
 * The event as the client writes it. `appendId`, when given, marks the append attempt that wrote it: it
 * sits in the ESDB metadata beside schemaVersion, outside the hash, and is taken out on read.
 */
export function toEventData(event: EnvelopeSource, appendId?: string): EventData {
  const metadata: EnvelopeMetadata & { appendId?: string } = {
    ...event.metadata,
    schemaVersion: event.schemaVersion,
    ...(appendId === undefined ? {} : { appendId }),
  };
  return {
    id: event.id,
    contentType: 'application/json',
    type: event.type,
    // The client's JSONType admits objects, arrays and strings only, but it JSON.stringifies whatever it
    // is given, and our data may be any JSON value (null, a number).
    data: event.data as Record<string, unknown>,
    metadata: metadata as unknown as Record<string, unknown>,
  } as EventData;
}

/**
 * The port's RecordedEvent for a client event, or null when the event is not one of ours (not JSON, no
 * envelope metadata, a link): foreign events in $all are skipped, not misread.
 */
export function toRecordedEvent(resolved: ClientResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (event === undefined || !event.isJson || !isEnvelopeMetadata(event.metadata)) return null;
  const {
    schemaVersion,
    appendId: _appendId,
    ...metadata
  } = event.metadata as EnvelopeMetadata & {
    appendId?: unknown;
  };
  return {
    id: event.id,
    stream: event.streamId,
    revision: toRevisionNumber(event.revision),
    position: toGlobalPosition(event.position, event.streamId, event.revision),
    type: event.type,
    schemaVersion,
    data: event.data,
    metadata,
  };
}

/** The append attempt that wrote a client event (see toEventData), if it was marked. */
export function appendIdOf(resolved: ClientResolvedEvent): string | undefined {
  const metadata = resolved.event?.metadata;
  if (metadata === null || typeof metadata !== 'object' || metadata instanceof Uint8Array) return undefined;
  const appendId = (metadata as { appendId?: unknown }).appendId;
  return typeof appendId === 'string' ? appendId : undefined;
}

export function isEnvelopeMetadata(value: unknown): value is EnvelopeMetadata {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.schemaVersion === 'number' &&
    typeof candidate.recordedAt === 'string' &&
    typeof candidate.previousHash === 'string' &&
    typeof candidate.hash === 'string'
  );
}

function toRevisionNumber(revision: bigint): number {
  if (revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Stream revision ${revision} does not fit in a JavaScript number`);
  }
  return Number(revision);
}

// ---------------------------------------------------------------------------------------------------------
// Expected revisions

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      return BigInt(expected);
  }
}

/** The exact state to append after the stream's last event (undefined: the stream does not exist). */
export function exactStreamState(currentRevision: number | undefined): AppendStreamState {
  return currentRevision === undefined ? NO_STREAM : BigInt(currentRevision);
}

/** Whether a stream whose last revision is `current` (undefined: missing) satisfies `expected`. */
export function satisfiesExpectedRevision(expected: ExpectedRevision, current: number | undefined): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === undefined;
    case 'stream_exists':
      return current !== undefined;
    default:
      return expected === current;
  }
}

/** The client's WrongExpectedVersionError (its actualState) as the port's error. */
export function toWrongExpectedRevisionError(
  stream: string,
  expected: ExpectedRevision,
  actualState: CurrentStreamState,
): WrongExpectedRevisionError {
  // Deleted (-5) and tombstoned (-6) streams report negative states; for the port they hold nothing.
  const actual = actualState === NO_STREAM || actualState < 0n ? 'no_stream' : toRevisionNumber(actualState);
  return new WrongExpectedRevisionError(stream, expected, actual);
}

export function isWrongExpectedVersion(
  error: unknown,
): error is Error & { readonly actualState: CurrentStreamState } {
  return (
    error instanceof Error &&
    (error as { type?: unknown }).type === ErrorType.WRONG_EXPECTED_VERSION &&
    'actualState' in error
  );
}

export function isStreamNotFound(error: unknown): boolean {
  return error instanceof Error && (error as { type?: unknown }).type === ErrorType.STREAM_NOT_FOUND;
}

/** A tombstoned stream: the server refuses to read it or write to it. */
export function isStreamDeleted(error: unknown): boolean {
  return error instanceof Error && (error as { type?: unknown }).type === ErrorType.STREAM_DELETED;
}

/**
 * The server soft-deletes a stream by setting its truncate-before to the largest revision (long.MaxValue,
 * which JSON turns into a number past 2^53); any smaller truncate-before, or a maximum age or count,
 * expires events the stream's history needs.
 */
const SOFT_DELETED_FROM = Number.MAX_SAFE_INTEGER;

/**
 * What the metadata of a stream that reads as missing says of it: null when nothing hides its events (it was
 * never written), otherwise how they were hidden.
 */
export function hiddenBy(metadata: StreamMetadata | undefined): 'SOFT_DELETED' | 'TRUNCATED' | null {
  if (metadata === undefined) return null;
  const truncateBefore = metadata.truncateBefore;
  if (truncateBefore === END || (typeof truncateBefore === 'number' && truncateBefore >= SOFT_DELETED_FROM)) {
    return 'SOFT_DELETED';
  }
  if (truncateBefore !== undefined || metadata.maxAge !== undefined || metadata.maxCount !== undefined) {
    return 'TRUNCATED';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Positions

/**
 * GlobalPosition is the $all commit position. gRPC appends are implicit transactions, where every event's
 * commit and prepare positions are the same number; only legacy explicit (TCP) transactions differ, and
 * those cannot be told apart by one number, so they are refused rather than misordered.
 */
export function toGlobalPosition(
  position: Position | undefined,
  stream: string,
  revision: bigint | number,
): GlobalPosition {
  if (position === undefined) {
    throw new Error(
      `KurrentDB returned no log position for ${stream}@${revision}: this adapter needs a server that ` +
        `returns positions on stream reads (EventStoreDB/KurrentDB ${POSITIONS_ON_STREAM_READS_SINCE} or later)`,
    );
  }
  if (position.commit !== position.prepare) {
    throw new Error(
      `Event ${stream}@${revision} has commit position ${position.commit} but prepare position ` +
        `${position.prepare}: it was written in an explicit (legacy TCP) transaction, which this adapter cannot order`,
    );
  }
  if (position.commit > BigInt(Number.MAX_SAFE_INTEGER) || position.commit < 0n) {
    throw new RangeError(`Log position ${position.commit} of ${stream}@${revision} does not fit in a number`);
  }
  return Number(position.commit);
}

/** Where a forward read of $all starts to see what comes after `after` (the read includes `after` itself). */
export function toReadPosition(after: GlobalPosition | null): ReadPosition {
  if (after === null) return START;
  const position = BigInt(after);
  return { commit: position, prepare: position };
}

/** Whether an event at `position` comes after the exclusive bound `after` (null: from the start). */
export function isAfter(position: GlobalPosition, after: GlobalPosition | null): boolean {
  return after === null || position > after;
}

/** The server-side filter for $all reads and subscriptions: no system events ($metadata, $> links, stats). */
export function userEventsFilter(): RegexFilter {
  return excludeSystemEvents();
}

// ---------------------------------------------------------------------------------------------------------
// recordedAt

/**
 * recordedAt for the next batch: the latest of the clock, the last one this process stamped and the
 * stream's last, so it never decreases within this process or along a stream. Across several app instances
 * the global order of recordedAt is only as good as their clocks.
 */
export function nextRecordedAt(clockReading: Date, ...floors: (string | null | undefined)[]): string {
  let latest = clockReading.getTime();
  for (const floor of floors) {
    if (floor === null || floor === undefined) continue;
    const instant = Date.parse(floor);
    if (!Number.isNaN(instant) && instant > latest) latest = instant;
  }
  return new Date(latest).toISOString();
}

// ---------------------------------------------------------------------------------------------------------
// Idempotent retries

export interface StoredEventLocation {
  readonly id: string;
  readonly revision: number;
  readonly position: GlobalPosition;
}

export type RetryClassification =
  | { readonly kind: 'new' }
  | { readonly kind: 'retry'; readonly result: AppendResult }
  | {
      readonly kind: 'partial';
      readonly storedIds: readonly string[];
      readonly missingIds: readonly string[];
    };

/**
 * Whether a batch is new, a retry of one already stored (every id found: answer as the first time) or a
 * partial retry (some ids found), given the stream's recent events.
 */
export function classifyRetry(
  batchIds: readonly string[],
  storedEvents: readonly StoredEventLocation[],
): RetryClassification {
  const storedById = new Map(storedEvents.map((event) => [event.id, event]));
  const found = batchIds.flatMap((id) => storedById.get(id) ?? []);
  if (found.length === 0) return { kind: 'new' };
  if (found.length < batchIds.length) {
    return {
      kind: 'partial',
      storedIds: found.map((event) => event.id),
      missingIds: batchIds.filter((id) => !storedById.has(id)),
    };
  }
  const last = found.reduce((latest, event) => (event.revision > latest.revision ? event : latest));
  return {
    kind: 'retry',
    result: { nextExpectedRevision: last.revision, position: last.position, alreadyAppended: true },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Reconnection

export const DEFAULT_RECONNECT_DELAYS_MS: readonly number[] = [100, 250, 500, 1_000, 2_000, 5_000];

const TRANSIENT_ERROR_TYPES: ReadonlySet<string> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
  ErrorType.CANCELLED,
]);
// gRPC status codes: CANCELLED, DEADLINE_EXCEEDED, ABORTED, UNAVAILABLE.
const TRANSIENT_GRPC_CODES: ReadonlySet<number> = new Set([1, 4, 10, 14]);
const TRANSIENT_SOCKET_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);

/** Whether a failed subscription may be resumed (the connection dropped) rather than reported. */
export function isTransientError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { type, code } = error as { type?: unknown; code?: unknown };
  if (typeof type === 'string' && TRANSIENT_ERROR_TYPES.has(type)) return true;
  if (typeof code === 'number' && TRANSIENT_GRPC_CODES.has(code)) return true;
  return typeof code === 'string' && TRANSIENT_SOCKET_CODES.has(code);
}

/**
 * The wait before resubscription attempt `attempt` (0 for the first after a drop): the configured delays in
 * turn, then the last one for as long as it takes; null when no delays are configured (do not reconnect).
 */
export function nextReconnectDelay(attempt: number, delaysMs: readonly number[]): number | null {
  if (delaysMs.length === 0) return null;
  return delaysMs[Math.min(attempt, delaysMs.length - 1)];
}
