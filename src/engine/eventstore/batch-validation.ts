// Checks every EventStore adapter makes of a batch before it touches its engine: an append's shape and
// expected revision, an import's revisions and hash chain. One definition, so the adapters refuse the same
// batches with the same messages.
import type { EventMetadata, ExpectedRevision, NewEvent, RecordedEvent } from './event-store.js';

export function assertValidAppend(
  stream: string,
  events: readonly NewEvent[],
  expectedRevision: ExpectedRevision,
): void {
  if (typeof stream !== 'string' || stream === '') throw new TypeError('append needs a stream name');
  if (typeof expectedRevision === 'number') {
    assertNonNegativeInteger('expectedRevision', expectedRevision);
  } else if (!['no_stream', 'stream_exists', 'any'].includes(expectedRevision)) {
    throw new TypeError(`Unknown expectedRevision ${String(expectedRevision)}`);
  }
  if (events.length === 0) {
    throw new Error(
      `append to ${stream} needs at least one event: a command that changes nothing does not append`,
    );
  }
  const ids = new Set<string>();
  for (const event of events) {
    if (typeof event.id !== 'string' || event.id === '')
      throw new TypeError(`An event for ${stream} has no id`);
    if (ids.has(event.id)) throw new Error(`Event id ${event.id} appears twice in one batch for ${stream}`);
    ids.add(event.id);
    if (typeof event.type !== 'string' || event.type === '')
      throw new TypeError(`Event ${event.id} has no type`);
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
      throw new TypeError(`Event ${event.id} needs a schemaVersion that is a positive integer`);
    }
  }
}

/** What can be checked of an import batch before reading the store: its shape, revisions and chain. */
export function assertValidImport(stream: string, events: readonly RecordedEvent[]): void {
  if (typeof stream !== 'string' || stream === '') throw new TypeError('importRecorded needs a stream name');
  if (events.length === 0) throw new Error(`importRecorded into ${stream} needs at least one event`);
  const ids = new Set<string>();
  for (const [index, event] of events.entries()) {
    if (typeof event.id !== 'string' || event.id === '')
      throw new TypeError(`An event imported into ${stream} has no id`);
    if (event.stream !== stream) {
      throw new Error(`Event ${event.id} belongs to stream ${event.stream}, not to ${stream}`);
    }
    if (ids.has(event.id)) throw new Error(`Event id ${event.id} appears twice in one import into ${stream}`);
    ids.add(event.id);
    if (typeof event.type !== 'string' || event.type === '')
      throw new TypeError(`Event ${event.id} has no type`);
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
      throw new TypeError(`Event ${event.id} needs a schemaVersion that is a positive integer`);
    }
    assertNonNegativeInteger('revision', event.revision);
    const metadata = event.metadata as Partial<EventMetadata> | undefined;
    if (
      typeof metadata?.hash !== 'string' ||
      typeof metadata.previousHash !== 'string' ||
      typeof metadata.recordedAt !== 'string'
    ) {
      throw new TypeError(
        `Event ${event.id} is not a recorded event: its metadata lacks recordedAt or the hash chain`,
      );
    }
    if (index === 0) continue;
    const previous = events[index - 1];
    if (event.revision !== previous.revision + 1) {
      throw new Error(
        `Events imported into ${stream} must have consecutive revisions: ${event.revision} follows ${previous.revision}`,
      );
    }
    if (metadata.previousHash !== previous.metadata.hash) {
      throw new Error(
        `Event ${event.id} at revision ${event.revision} of ${stream} does not chain to the event before it: ` +
          "its previousHash is not that event's hash",
      );
    }
    if (normalizeRecordedAt(event) < normalizeRecordedAt(previous)) {
      throw new Error(
        `Event ${event.id} of ${stream} was recorded before the event before it: recordedAt never decreases`,
      );
    }
  }
}

/** recordedAt as toISOString() text, the form stored and compared; refuses what is not an instant. */
export function normalizeRecordedAt(event: Pick<RecordedEvent, 'id' | 'metadata'>): string {
  const parsed = new Date(event.metadata.recordedAt);
  if (Number.isNaN(parsed.getTime())) {
    throw new RangeError(
      `Event ${event.id} has a recordedAt that is not an ISO 8601 instant: ${event.metadata.recordedAt}`,
    );
  }
  return parsed.toISOString();
}

export function assertNonNegativeInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
}
