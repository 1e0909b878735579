// An in-memory stand-in of the KurrentDB gRPC client, for tests: one shared log with gaps between positions
// (as a real log has), the server's rules for expected revisions, inclusive reads from a position, the
// event-type filter, and subscriptions that go live and can be dropped. It proves the adapter's logic and
// whatever runs on it, not the server: the suites against a real KurrentDB are the ones in containers.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { StreamNotFoundError, UnavailableError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';

export interface StoredRecord {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position: { readonly commit: bigint; readonly prepare: bigint };
  readonly created: Date;
}

interface ClientFilter {
  readonly regex: string;
}

export type StandInSubscription = Readable & { unsubscribe(): Promise<void>; sever(): void };

export class StandInLog {
  readonly all: StoredRecord[] = [];
  readonly streams = new Map<string, StoredRecord[]>();
  readonly live = new Set<(record: StoredRecord) => void>();
  // Gaps between positions, as a real log has.
  private nextPosition = 100n;

  /**
   * A fresh server's $all is not empty (the client's readAll test "from start" expects more than the events
   * it wrote): it holds the server's own events, typed `$…`, and here also another application's events,
   * since a shared server holds those too. None of them is ours.
   */
  constructor() {
    this.record('$$$settings', '$metadata', true, { $acl: {} });
    this.record('$stats-127.0.0.1:2113', '$statsCollected', true, { 'proc-id': 1 });
    this.recordForeign('orders-7', 'OrderPlaced');
  }

  takePosition(): bigint {
    const position = this.nextPosition;
    this.nextPosition += 37n;
    return position;
  }

  /** An event of another application on the same server: JSON without our envelope, or binary. */
  recordForeign(stream: string, type: string, binary = false): StoredRecord {
    return this.record(stream, type, !binary, binary ? new Uint8Array([1, 2, 3]) : { sku: 'A-1' }, {});
  }

  private record(
    stream: string,
    type: string,
    isJson: boolean,
    data: unknown,
    metadata: unknown = {},
  ): StoredRecord {
    const records = this.streams.get(stream) ?? [];
    this.streams.set(stream, records);
    const position = this.takePosition();
    const record: StoredRecord = {
      streamId: stream,
      id: randomUUID(),
      revision: BigInt(records.length),
      type,
      isJson,
      data,
      metadata,
      position: { commit: position, prepare: position },
      created: new Date(),
    };
    records.push(record);
    this.all.push(record);
    for (const listener of this.live) listener(record);
    return record;
  }
}

function passes(filter: ClientFilter | undefined, record: StoredRecord): boolean {
  return filter === undefined || new RegExp(filter.regex).test(record.type);
}

type CommitCheck =
  | { readonly kind: 'write' }
  | { readonly kind: 'idempotent'; readonly last: StoredRecord }
  | { readonly kind: 'wrong-expected-version' };

/**
 * What the server decides for an append, as its `IndexWriter.CheckCommit` does (kurrent-io/KurrentDB,
 * src/KurrentDB.Core/Services/Storage/ReaderIndex/IndexWriter.cs, commit 44996ed0): the expected state
 * against the stream's last revision, then the event ids.
 * - A new stream takes `any` or `no_stream`; anything else is a wrong expected version.
 * - `any` / `stream_exists` (the weak check): the first id not in the stream is written again at the end;
 *   every id already there is an idempotent success; some there and some not is a wrong expected version.
 * - An exact revision or `no_stream` (-1): above the last revision, wrong; equal to it, written with no id
 *   check at all; below it (the strong check), the events after the expected revision must carry the batch's
 *   ids in order: all of them is an idempotent success, any other is a wrong expected version.
 */
function commitCheck(
  records: readonly StoredRecord[],
  ids: readonly string[],
  state: bigint | 'any' | 'no_stream' | 'stream_exists',
): CommitCheck {
  const last = BigInt(records.length - 1);
  if (records.length === 0) {
    return state === 'any' || state === 'no_stream' ? { kind: 'write' } : { kind: 'wrong-expected-version' };
  }
  if (state === 'any' || state === 'stream_exists') {
    const found = ids.map((id) => records.find((record) => record.id === id));
    if (found[0] === undefined) return { kind: 'write' };
    if (found.some((record) => record === undefined)) return { kind: 'wrong-expected-version' };
    return { kind: 'idempotent', last: found[found.length - 1]! };
  }
  const expected = state === 'no_stream' ? -1n : state;
  if (expected > last) return { kind: 'wrong-expected-version' };
  if (expected === last) return { kind: 'write' };
  const following = records.slice(Number(expected) + 1, Number(expected) + 1 + ids.length);
  const matches =
    following.length === ids.length && following.every((record, index) => record.id === ids[index]);
  return matches
    ? { kind: 'idempotent', last: following[following.length - 1]! }
    : { kind: 'wrong-expected-version' };
}

export class StandInClient {
  readonly subscriptions = new Set<StandInSubscription>();

  constructor(private readonly log: StandInLog) {}

  readStream(
    stream: string,
    options: { direction: string; fromRevision: bigint | 'start' | 'end'; maxCount?: number },
  ): AsyncIterable<{ event: StoredRecord }> {
    const log = this.log;
    return (async function* () {
      await Promise.resolve();
      const records = log.streams.get(stream);
      if (records === undefined) throw new StreamNotFoundError(undefined, stream);
      const backwards = options.direction === 'backwards';
      let selected = backwards ? [...records].reverse() : records;
      const from = options.fromRevision;
      if (typeof from === 'bigint') {
        selected = selected.filter((record) =>
          backwards ? record.revision <= from : record.revision >= from,
        );
      }
      for (const record of selected.slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER)) {
        yield { event: structuredClone(record) };
      }
    })();
  }

  readAll(options: {
    direction: string;
    fromPosition: { commit: bigint } | 'start' | 'end';
    maxCount?: number;
    filter?: ClientFilter;
  }): AsyncIterable<{ event: StoredRecord }> {
    const log = this.log;
    return (async function* () {
      await Promise.resolve();
      const backwards = options.direction === 'backwards';
      let selected = backwards ? [...log.all].reverse() : log.all;
      const from = options.fromPosition;
      if (typeof from === 'object')
        selected = selected.filter((record) => record.position.commit >= from.commit);
      selected = selected.filter((record) => passes(options.filter, record));
      for (const record of selected.slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER)) {
        yield { event: structuredClone(record) };
      }
    })();
  }

  async appendToStream(
    stream: string,
    events: { id: string; type: string; data: unknown; metadata: unknown }[],
    options: { streamState: bigint | 'any' | 'no_stream' | 'stream_exists' },
  ) {
    // Another writer may come in between, as over a network.
    await new Promise((resolve) => setTimeout(resolve, 1));
    const existing = this.log.streams.get(stream);
    const current = existing === undefined ? 'no_stream' : BigInt(existing.length - 1);
    const state = options.streamState;
    const outcome = commitCheck(
      existing ?? [],
      events.map((event) => event.id),
      state,
    );
    if (outcome.kind === 'wrong-expected-version') {
      throw new WrongExpectedVersionError(undefined, { streamName: stream, expected: state, current });
    }
    if (outcome.kind === 'idempotent') {
      // The server answers a batch it already holds with success: the revision and position of the
      // original events, nothing written again.
      return {
        success: true,
        nextExpectedRevision: outcome.last.revision,
        position: { ...outcome.last.position },
      };
    }
    const records = existing ?? [];
    this.log.streams.set(stream, records);
    const written = events.map((event): StoredRecord => {
      const position = this.log.takePosition();
      const record: StoredRecord = {
        streamId: stream,
        id: event.id,
        revision: BigInt(records.length),
        type: event.type,
        isJson: true,
        data: JSON.parse(JSON.stringify(event.data)) as unknown,
        metadata: JSON.parse(JSON.stringify(event.metadata)) as unknown,
        position: { commit: position, prepare: position },
        created: new Date(),
      };
      records.push(record);
      this.log.all.push(record);
      return record;
    });
    for (const record of written) for (const listener of this.log.live) listener(record);
    const last = written[written.length - 1];
    return { success: true, nextExpectedRevision: last.revision, position: { ...last.position } };
  }

  subscribeToAll(options: {
    fromPosition: { commit: bigint } | 'start' | 'end';
    filter?: ClientFilter;
  }): StandInSubscription {
    const readable = new Readable({ objectMode: true, highWaterMark: 2, read() {} }) as StandInSubscription;
    const from = options.fromPosition;
    // A subscription from a position starts after it (the server's AllSubscription enumerator skips
    // `position <= checkpoint`; the client's subscribeToAll test "from position" expects the marker left out).
    const live = (record: StoredRecord): void => {
      if (passes(options.filter, record)) readable.push({ event: structuredClone(record) });
    };
    // As the server answers: the confirmation first, then the backlog, then caught up, then live events.
    let closed = false;
    setImmediate(() => {
      if (closed) return;
      readable.emit('confirmation');
      const backlog =
        from === 'end'
          ? []
          : this.log.all.filter((record) => from === 'start' || record.position.commit > from.commit);
      for (const record of backlog)
        if (passes(options.filter, record)) readable.push({ event: structuredClone(record) });
      readable.emit('caughtUp', {});
      this.log.live.add(live);
    });
    readable.unsubscribe = async () => {
      closed = true;
      this.log.live.delete(live);
      readable.push(null);
    };
    readable.sever = () => {
      closed = true;
      this.log.live.delete(live);
      readable.destroy(new UnavailableError());
    };
    this.subscriptions.add(readable);
    return readable;
  }

  async dispose(): Promise<void> {}
}
