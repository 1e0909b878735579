// An in-memory stand-in of the KurrentDB gRPC client (@kurrent/kurrentdb-client 1.3.1), for tests. It proves
// the adapter's logic and whatever runs on it, not the server: the suites against a real KurrentDB are the
// ones in containers. What it models, each rule from the server's source (kurrent-io/KurrentDB at 44996ed0)
// or the client's (kurrent-io/KurrentDB-Client-NodeJS v1.2.0 and the installed dist/), and held to their own
// tests in test/eventstore/kurrentdb-stand-in-*.test.ts:
// - One shared log ($all) with gaps between positions (commit == prepare), which from the start holds the
//   server's own events (`$…` types, `$`-named streams) and, unless told not to, another application's.
// - Appends: the expected-state and idempotency rules of IndexWriter.CheckCommit (see `commitCheck`), a
//   single event or a batch, JSON or binary (`contentType`), metadata read back as the client decodes it
//   (JSON parsed, other bytes as bytes, none as undefined); an idempotent answer carries the original
//   revision and position, or no position when that event can no longer be read.
// - Deleted streams. `deleteStream` (soft) writes `{"$tb": long.MaxValue}` as a `$metadata` event to `$$s`,
//   replacing its metadata; the stream then reads as not found, its events stay in $all, and the next write
//   to it (or to `$$s`) recreates it after its last revision: the server writes the last metadata again
//   with `$tb` = that first new revision, keeping its other keys. `tombstoneStream` (hard) writes a
//   `$streamDeleted` event into the stream itself (revision long.MaxValue, in $all only); every read or
//   write of the stream or of its metastream is then refused with StreamDeletedError. Wrong expected
//   revisions on either are reported with the raw numbers the server sends (-2 any, -1 no_stream / none).
// - Stream metadata: metastreams `$$s` are ordinary streams of which only the last event is read (the
//   server's MetaStreamMaxCount 1); the server reads `$tb` and `$maxCount` from the last one (JSON numbers
//   past a long make the whole metadata empty, as on the server), and stream reads honour them. The
//   client's own getStreamMetadata and setStreamMetadata run on top of this stand-in, unchanged.
// - Reads: readStream from a revision, inclusive, either direction, with the client's own check of
//   `fromRevision`; readAll from a position, forwards inclusive, backwards strictly before it; filters on
//   stream name or event type, by regex or prefixes, as the client's filter helpers build them.
// - Subscriptions to $all: confirmation, backlog after the start position (exclusive), caught up, live
//   events, the same filters; `unsubscribe()` ends the stream, `sever()` drops it with UnavailableError.
// Not modelled: ACLs and credentials, deadlines, `$>` links and resolveLinkTos, `$maxAge`, scavenging,
// checkpoints of filtered subscriptions, subscribeToStream, persistent subscriptions, projections.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  InvalidArgumentError,
  KurrentDBClient,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  isMetastream,
  metastreamOf,
  originalStreamOf,
  type DeleteResult,
  type Filter,
  type GetStreamMetadataOptions,
  type GetStreamMetadataResult,
  type Position,
  type SetStreamMetadataOptions,
} from '@kurrent/kurrentdb-client';

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

/** What the client reads: the event, and the commit position the server sends with it. */
export interface StandInResolvedEvent {
  readonly event: StoredRecord;
  readonly commitPosition: bigint;
}

/** An event as the client's jsonEvent / binaryEvent build it; without a contentType it is taken as JSON. */
export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: unknown;
  readonly contentType?: 'application/json' | 'application/octet-stream';
}

export type AppendState = bigint | 'any' | 'no_stream' | 'stream_exists';
export type DeleteState = bigint | 'any' | 'no_stream';

export type StandInSubscription = Readable & { unsubscribe(): Promise<void>; sever(): void };

/** EventNumber.DeletedStream (long.MaxValue): the `$tb` of a soft-deleted stream, a tombstone's revision. */
export const DELETED_STREAM = 9_223_372_036_854_775_807n;
const LONG_MIN = -(2n ** 63n);

/**
 * What the server writes to `$$s` on a soft delete: `new StreamMetadata(truncateBefore:
 * EventNumber.DeletedStream).ToJsonBytes()` (StorageWriterService.cs l.588). Read back by the client with
 * JSON.parse, which turns the long into 9223372036854776000.
 */
const SOFT_DELETE_METADATA_JSON = `{"$tb":${DELETED_STREAM}}`;

/** The part of a stream's metadata the server acts on here, as exact integers. */
interface ServerMetadata {
  readonly truncateBefore?: bigint;
  readonly maxCount?: bigint;
}

const EMPTY_METADATA: ServerMetadata = {};
/** Metastreams keep only their last event (ESConsts.MetaStreamMaxCount = 1, ReadIndex.cs l.85). */
const METASTREAM_METADATA: ServerMetadata = { maxCount: 1n };

const ACL_KEYS = new Set(['$r', '$w', '$d', '$mr', '$mw']);

/**
 * The server's reading of metadata JSON (StreamMetadata.FromJsonReader, src/KurrentDB.Core/Data/
 * StreamMetadata.cs l.105-170): `$maxCount`, `$maxAge`, `$tb` and `$cacheControl` must be integer tokens that
 * fit a long, `$tempStream` a boolean, `$acl` an object of known role keys with a string or an array of
 * strings; anything else makes the whole metadata empty (TryFromJsonBytes, l.63-75, whose comment names this
 * very case: long.MaxValue set from JavaScript arrives as a number bigger than a long). The client sends
 * what JSON.stringify writes, so an integer is read from that text.
 */
function serverMetadataOf(data: unknown): ServerMetadata {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return EMPTY_METADATA;
  const integer = (value: unknown): bigint | null => {
    const text = JSON.stringify(value);
    if (text === undefined || !/^-?\d+$/.test(text)) return null;
    const number = BigInt(text);
    return number < LONG_MIN || number > DELETED_STREAM ? null : number;
  };
  let truncateBefore: bigint | undefined;
  let maxCount: bigint | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (key === '$maxCount' || key === '$maxAge' || key === '$tb' || key === '$cacheControl') {
      const number = integer(value);
      if (number === null) return EMPTY_METADATA;
      if (key === '$tb') truncateBefore = number;
      if (key === '$maxCount') maxCount = number;
    } else if (key === '$tempStream') {
      if (typeof value !== 'boolean') return EMPTY_METADATA;
    } else if (key === '$acl') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return EMPTY_METADATA;
      for (const [role, holders] of Object.entries(value)) {
        const valid =
          ACL_KEYS.has(role) &&
          (typeof holders === 'string' ||
            (Array.isArray(holders) && holders.every((holder) => typeof holder === 'string')));
        if (!valid) return EMPTY_METADATA;
      }
    }
  }
  // Non-positive counts and negative $tb are dropped (the StreamMetadata constructor call, l.166-169).
  return {
    ...(truncateBefore !== undefined && truncateBefore >= 0n ? { truncateBefore } : {}),
    ...(maxCount !== undefined && maxCount > 0n ? { maxCount } : {}),
  };
}

/** How the client reads an event's metadata back (convertRustEvent.js `parseMetadata`). */
function metadataAsRead(metadata: unknown): unknown {
  // The client sends no metadata for a falsy value, bytes as they are, anything else as JSON (append.js).
  if (!metadata) return undefined;
  const bytes =
    metadata.constructor === Uint8Array
      ? Uint8Array.from(metadata as Uint8Array)
      : Buffer.from(JSON.stringify(metadata), 'utf8');
  if (bytes.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
  } catch {
    return Uint8Array.from(bytes);
  }
}

interface Draft {
  readonly id: string;
  readonly type: string;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
  /** The server's reading of a JSON event in a metastream, when not read from its data. */
  readonly serverMetadata?: ServerMetadata;
}

/**
 * The server side: the log, the streams' events by revision, the tombstoned streams, and what the server
 * reads from them (last revision, metadata). The client side is StandInClient.
 */
export class StandInLog {
  readonly all: StoredRecord[] = [];
  /** Each stream's events, at index = revision (a tombstone is in `all` only). */
  readonly streams = new Map<string, StoredRecord[]>();
  /** Hard-deleted streams. */
  readonly tombstoned = new Set<string>();
  readonly live = new Set<(record: StoredRecord) => void>();
  /** The server's reading of each event of a metastream (none for binary ones: empty metadata). */
  private readonly metadataRead = new WeakMap<StoredRecord, ServerMetadata>();
  // Gaps between positions, as a real log has.
  private nextPosition = 100n;

  /**
   * A fresh server's $all is not empty (the client's readAll test "from start" expects more than the events
   * it wrote): it holds the server's own events, typed `$…`, and here also another application's events,
   * since a shared server holds those too (`foreignEvents: false` for a server of one's own). None is ours.
   */
  constructor(options: { foreignEvents?: boolean } = {}) {
    this.write('$$$settings', [
      { id: randomUUID(), type: '$metadata', isJson: true, data: { $acl: {} }, metadata: {} },
    ]);
    this.write('$stats-127.0.0.1:2113', [
      { id: randomUUID(), type: '$statsCollected', isJson: true, data: { 'proc-id': 1 }, metadata: {} },
    ]);
    if (options.foreignEvents ?? true) this.recordForeign('orders-7', 'OrderPlaced');
  }

  takePosition(): bigint {
    const position = this.nextPosition;
    this.nextPosition += 37n;
    return position;
  }

  /** An event of another application on the same server: JSON without our envelope, or binary. */
  recordForeign(stream: string, type: string, binary = false): StoredRecord {
    const [record] = this.write(stream, [
      {
        id: randomUUID(),
        type,
        isJson: !binary,
        data: binary ? new Uint8Array([1, 2, 3]) : { sku: 'A-1' },
        metadata: {},
      },
    ]);
    return record!;
  }

  /**
   * Appends events at the end of $all and of their stream (a tombstone at revision long.MaxValue, in $all
   * only), then tells the live subscriptions.
   */
  write(stream: string, drafts: readonly Draft[], options: { tombstone?: boolean } = {}): StoredRecord[] {
    const records = this.streams.get(stream) ?? [];
    this.streams.set(stream, records);
    const written = drafts.map((draft): StoredRecord => {
      const position = this.takePosition();
      const record: StoredRecord = {
        streamId: stream,
        id: draft.id,
        revision: options.tombstone ? DELETED_STREAM : BigInt(records.length),
        type: draft.type,
        isJson: draft.isJson,
        data: draft.data,
        metadata: draft.metadata,
        position: { commit: position, prepare: position },
        created: new Date(),
      };
      if (isMetastream(stream) && draft.isJson) {
        this.metadataRead.set(record, draft.serverMetadata ?? serverMetadataOf(draft.data));
      }
      if (!options.tombstone) records.push(record);
      this.all.push(record);
      return record;
    });
    for (const record of written) for (const listener of this.live) listener(record);
    return written;
  }

  recordsOf(stream: string): readonly StoredRecord[] {
    return this.streams.get(stream) ?? [];
  }

  /**
   * The stream's last revision as the server's index has it: -1 for none, long.MaxValue once tombstoned,
   * and for a metastream of a tombstoned stream too (IndexReader.cs l.842-845).
   */
  lastRevision(stream: string): bigint {
    if (this.tombstoned.has(stream)) return DELETED_STREAM;
    if (isMetastream(stream) && this.tombstoned.has(originalStreamOf(stream))) return DELETED_STREAM;
    return BigInt(this.recordsOf(stream).length - 1);
  }

  /** The metadata the server acts on: from the last event of `$$stream` (IndexReader.cs l.937-950). */
  metadataOf(stream: string): ServerMetadata {
    if (isMetastream(stream)) return METASTREAM_METADATA;
    const last = this.recordsOf(metastreamOf(stream)).at(-1);
    return (last && this.metadataRead.get(last)) ?? EMPTY_METADATA;
  }

  isSoftDeleted(stream: string): boolean {
    return this.metadataOf(stream).truncateBefore === DELETED_STREAM;
  }

  /**
   * The events a read of the stream returns (IndexReader.cs l.210-245, and from l.584 backwards):
   * StreamDeleted once tombstoned, StreamNotFound when it has none or is soft-deleted, else those from
   * max(`$tb`, last - `$maxCount` + 1).
   */
  readableRecords(stream: string): readonly StoredRecord[] {
    const last = this.lastRevision(stream);
    if (last === DELETED_STREAM) throw StreamDeletedError.fromStreamName(stream);
    const metadata = this.metadataOf(stream);
    if (last < 0n || metadata.truncateBefore === DELETED_STREAM) {
      throw new StreamNotFoundError(undefined, stream);
    }
    let first = 0n;
    if (metadata.maxCount !== undefined && last - metadata.maxCount + 1n > first) {
      first = last - metadata.maxCount + 1n;
    }
    if (metadata.truncateBefore !== undefined && metadata.truncateBefore > first)
      first = metadata.truncateBefore;
    return this.recordsOf(stream).filter((record) => record.revision >= first);
  }

  /**
   * Undeletes a soft-deleted stream (StorageWriterService.cs `SoftUndeleteStream`, `ModifyMetadata`
   * l.477-515): its last metadata, if it parses as a JSON object, written again with `$tb` = the first
   * revision of the recreated stream; other keys are kept.
   */
  softUndelete(stream: string, recreateFrom: bigint): void {
    const last = this.recordsOf(metastreamOf(stream)).at(-1);
    if (last === undefined) return;
    let meta: unknown;
    try {
      meta = last.isJson
        ? structuredClone(last.data)
        : JSON.parse(Buffer.from(last.data as Uint8Array).toString('utf8'));
    } catch {
      return;
    }
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return;
    this.write(metastreamOf(stream), [
      {
        id: randomUUID(),
        type: '$metadata',
        isJson: true,
        data: { ...meta, $tb: Number(recreateFrom) },
        metadata: undefined,
      },
    ]);
  }
}

/**
 * A filter as the client's streamNameFilter / eventTypeFilter / excludeSystemEvents build it (dist/utils/
 * filter.js), applied as the server's EventFilter does (src/KurrentDB.Core/Services/Storage/ReaderIndex/
 * EventFilter.cs l.136-182): prefixes by `StartsWith`, a regex by an unanchored match, on the stream name or
 * the event type.
 */
function passes(filter: Filter | undefined, record: StoredRecord): boolean {
  if (filter === undefined) return true;
  const subject = filter.filterOn === 'streamName' ? record.streamId : record.type;
  return 'prefixes' in filter
    ? filter.prefixes.some((prefix) => subject.startsWith(prefix))
    : new RegExp(filter.regex).test(subject);
}

function resolved(record: StoredRecord): StandInResolvedEvent {
  return { event: structuredClone(record), commitPosition: record.position.commit };
}

type CommitCheck =
  | { readonly kind: 'write' }
  | { readonly kind: 'idempotent'; readonly last: StoredRecord }
  | { readonly kind: 'wrong-expected-version' }
  | { readonly kind: 'stream-deleted' };

/**
 * What the server decides for an append, as its `IndexWriter.CheckCommit` does (kurrent-io/KurrentDB,
 * src/KurrentDB.Core/Services/Storage/ReaderIndex/IndexWriter.cs l.163-325, commit 44996ed0), for a stream
 * that is not tombstoned (the caller refuses those): the expected state against the stream's last
 * revision, then the event ids.
 * - `stream_exists` on a soft-deleted stream is a deleted stream; on one with no events, wrong unless the
 *   stream has metadata (it then exists implicitly).
 * - `any` / `stream_exists` (the weak check): the first id not in the stream is written again at the end;
 *   every id already there is an idempotent success; some there and some not is a wrong expected version.
 * - An exact revision or `no_stream` (-1): above the last revision, wrong; equal to it, written with no id
 *   check at all; below it (the strong check), the events after the expected revision must carry the batch's
 *   ids in order: all of them is an idempotent success; the first one not is a wrong expected version,
 *   except at `no_stream` on a soft-deleted stream, which is written (recreating it); a later one not is a
 *   wrong expected version.
 */
function commitCheck(
  records: readonly StoredRecord[],
  ids: readonly string[],
  state: AppendState,
  stream: { readonly softDeleted: boolean; readonly hasMetadata: boolean },
): CommitCheck {
  const last = BigInt(records.length - 1);
  if (state === 'stream_exists') {
    if (stream.softDeleted) return { kind: 'stream-deleted' };
    if (last < 0n && !stream.hasMetadata) return { kind: 'wrong-expected-version' };
  }
  if (state === 'any' || state === 'stream_exists') {
    const found = ids.map((id) => records.find((record) => record.id === id));
    if (found.length === 0 || found[0] === undefined) return { kind: 'write' };
    if (found.some((record) => record === undefined)) return { kind: 'wrong-expected-version' };
    return { kind: 'idempotent', last: found[found.length - 1]! };
  }
  const expected = state === 'no_stream' ? -1n : state;
  if (expected > last) return { kind: 'wrong-expected-version' };
  if (expected === last) return { kind: 'write' };
  const following = records.slice(Number(expected) + 1, Number(expected) + 1 + ids.length);
  if (
    ids.length > 0 &&
    following.length === ids.length &&
    following.every((record, i) => record.id === ids[i])
  ) {
    return { kind: 'idempotent', last: following[following.length - 1]! };
  }
  const firstMismatch = following[0]?.id !== ids[0];
  if (firstMismatch && state === 'no_stream' && stream.softDeleted) return { kind: 'write' };
  return { kind: 'wrong-expected-version' };
}

/** The number the server puts in a wrong-expected-version error for a delete (ExpectedVersion.cs). */
function expectedVersionNumber(state: DeleteState): bigint {
  if (state === 'any') return -2n;
  if (state === 'no_stream') return -1n;
  return state;
}

const networkHop = () => new Promise((resolve) => setTimeout(resolve, 1));

export class StandInClient {
  readonly subscriptions = new Set<StandInSubscription>();

  constructor(private readonly log: StandInLog) {}

  readStream(
    stream: string,
    options: {
      direction?: 'forwards' | 'backwards';
      fromRevision?: bigint | 'start' | 'end';
      maxCount?: number | bigint;
    } = {},
  ): AsyncIterable<StandInResolvedEvent> {
    const { direction = 'forwards', fromRevision = 'start', maxCount = Number.MAX_SAFE_INTEGER } = options;
    // The client's own check, made before any call to the server (dist/streams/readStream.js l.8-20).
    if (typeof fromRevision === 'bigint') {
      if (fromRevision < 0n) {
        throw new InvalidArgumentError(
          `fromRevision value must be a non-negative integer. Value Received: ${fromRevision}`,
        );
      }
      if (fromRevision > 0xffffffffffffffffn) {
        throw new InvalidArgumentError(
          `fromRevision value must be a non-negative integer, range from 0 to 18446744073709551615. Value Received: ${fromRevision}`,
        );
      }
    }
    const log = this.log;
    return (async function* () {
      await Promise.resolve();
      const records = log.readableRecords(stream);
      const backwards = direction === 'backwards';
      const last = log.lastRevision(stream);
      const from =
        fromRevision === 'start'
          ? 0n
          : fromRevision === 'end'
            ? backwards
              ? last
              : last + 1n
            : fromRevision;
      const selected = backwards
        ? records.filter((record) => record.revision <= from).reverse()
        : records.filter((record) => record.revision >= from);
      for (const record of selected.slice(0, Number(maxCount))) yield resolved(record);
    })();
  }

  readAll(
    options: {
      direction?: 'forwards' | 'backwards';
      fromPosition?: Position | 'start' | 'end';
      maxCount?: number | bigint;
      filter?: Filter;
    } = {},
  ): AsyncIterable<StandInResolvedEvent> {
    const {
      direction = 'forwards',
      fromPosition = 'start',
      maxCount = Number.MAX_SAFE_INTEGER,
      filter,
    } = options;
    const log = this.log;
    return (async function* () {
      await Promise.resolve();
      let selected: StoredRecord[];
      if (direction === 'backwards') {
        // The server reads back the records that end at or before the position (AllReader.cs l.245:
        // `RecordPostPosition <= pos`), so an event at the position itself is not among them.
        const before =
          fromPosition === 'end'
            ? log.all
            : fromPosition === 'start'
              ? []
              : log.all.filter((record) => record.position.commit < fromPosition.commit);
        selected = [...before].reverse();
      } else {
        // Forwards, the event at the position is the first read (AllReader.cs l.115: `>= pos`); from the end
        // there is nothing (StorageReaderWorker.All.cs l.121-124: the end is the writer's checkpoint).
        selected =
          fromPosition === 'start'
            ? log.all
            : fromPosition === 'end'
              ? []
              : log.all.filter((record) => record.position.commit >= fromPosition.commit);
      }
      selected = selected.filter((record) => passes(filter, record));
      for (const record of selected.slice(0, Number(maxCount))) yield resolved(record);
    })();
  }

  async appendToStream(
    stream: string,
    event: ProposedEvent | readonly ProposedEvent[],
    options: { streamState?: AppendState } = {},
  ): Promise<{ success: true; nextExpectedRevision: bigint; position: Position | undefined }> {
    const events: readonly ProposedEvent[] = Array.isArray(event) ? event : [event as ProposedEvent];
    // Another writer may come in between, as over a network.
    await networkHop();
    const log = this.log;
    const state = options.streamState ?? 'any';
    const current = log.lastRevision(stream);
    // A tombstoned stream takes no event, whatever the expected state (IndexWriter.cs l.171-180).
    if (current === DELETED_STREAM) throw StreamDeletedError.fromStreamName(stream);
    const softDeleted = log.isSoftDeleted(stream);
    // Writing to the metastream of a soft-deleted stream undeletes that stream (StorageWriterService.cs
    // l.327-328, 421-430).
    const undeletesOriginal = isMetastream(stream) && log.isSoftDeleted(originalStreamOf(stream));
    const outcome = commitCheck(
      log.recordsOf(stream),
      events.map((proposed) => proposed.id),
      state,
      { softDeleted, hasMetadata: log.lastRevision(metastreamOf(stream)) >= 0n },
    );
    if (outcome.kind === 'stream-deleted') throw StreamDeletedError.fromStreamName(stream);
    if (outcome.kind === 'wrong-expected-version') {
      throw new WrongExpectedVersionError(undefined, {
        streamName: stream,
        expected: state,
        current: current < 0n ? 'no_stream' : current,
      });
    }
    if (outcome.kind === 'idempotent') {
      // The server answers a batch it already holds with success: the revision of the original events, and
      // the position of the last of them, read back by revision; when that read finds nothing (the stream is
      // soft-deleted or truncated since), no position (IndexWriter.cs l.245-252, 303-311).
      const readable = (() => {
        try {
          return log.readableRecords(stream).includes(outcome.last);
        } catch {
          return false;
        }
      })();
      return {
        success: true,
        nextExpectedRevision: outcome.last.revision,
        position: readable ? { ...outcome.last.position } : undefined,
      };
    }
    const written = log.write(
      stream,
      events.map((proposed): Draft => {
        const binary = proposed.contentType === 'application/octet-stream';
        return {
          id: proposed.id,
          type: proposed.type,
          isJson: !binary,
          data: binary
            ? Uint8Array.from(proposed.data as Uint8Array)
            : (JSON.parse(JSON.stringify(proposed.data)) as unknown),
          metadata: metadataAsRead(proposed.metadata),
        };
      }),
    );
    if (softDeleted) log.softUndelete(stream, current + 1n);
    if (undeletesOriginal) {
      const original = originalStreamOf(stream);
      log.softUndelete(original, log.lastRevision(original) + 1n);
    }
    const last = written[written.length - 1]!;
    return { success: true, nextExpectedRevision: last.revision, position: { ...last.position } };
  }

  /**
   * Soft delete (StorageWriterService.cs `WriteDelete`, l.518-597): the expected revision is checked as for
   * an append of one new event; a stream that never existed (no events, no metadata) is a wrong expected
   * version; then `{"$tb": long.MaxValue}` is written to `$$stream`, replacing its metadata.
   */
  async deleteStream(
    stream: string,
    options: { expectedRevision?: DeleteState } = {},
  ): Promise<DeleteResult> {
    const expected = options.expectedRevision ?? 'any';
    await networkHop();
    this.checkDelete(stream, expected);
    const metastream = metastreamOf(stream);
    if (this.log.lastRevision(stream) < 0n && this.log.lastRevision(metastream) < 0n) {
      throw new WrongExpectedVersionError(undefined, {
        streamName: stream,
        expected: expectedVersionNumber(expected),
        current: -1n,
      });
    }
    const [record] = this.log.write(metastream, [
      {
        id: randomUUID(),
        type: '$metadata',
        isJson: true,
        data: JSON.parse(SOFT_DELETE_METADATA_JSON) as unknown,
        metadata: undefined,
        serverMetadata: { truncateBefore: DELETED_STREAM },
      },
    ]);
    return { position: { ...record!.position } };
  }

  /**
   * Hard delete (StorageWriterService.cs `WriteDelete`, l.547-564): the expected revision checked as for an
   * append of one new event, then a `$streamDeleted` event with no data in the stream itself, at revision
   * long.MaxValue. A stream that never existed can be tombstoned.
   */
  async tombstoneStream(
    stream: string,
    options: { expectedRevision?: DeleteState } = {},
  ): Promise<DeleteResult> {
    const expected = options.expectedRevision ?? 'any';
    await networkHop();
    this.checkDelete(stream, expected);
    const [record] = this.log.write(
      stream,
      [
        {
          id: randomUUID(),
          type: '$streamDeleted',
          isJson: false,
          data: new Uint8Array(),
          metadata: undefined,
        },
      ],
      { tombstone: true },
    );
    this.log.tombstoned.add(stream);
    return { position: { ...record!.position } };
  }

  /** The client's own getStreamMetadata (dist/streams/getStreamMetadata.js), run on this stand-in. */
  getStreamMetadata(stream: string, options?: GetStreamMetadataOptions): Promise<GetStreamMetadataResult> {
    return KurrentDBClient.prototype.getStreamMetadata.call(
      this as unknown as KurrentDBClient,
      stream,
      options,
    );
  }

  /**
   * The client's own setStreamMetadata (dist/streams/setStreamMetadata.js), run on this stand-in: a
   * `$metadata` JSON event appended to `$$stream`. Note that client 1.3.1 hands its options to
   * appendToStream, which reads `streamState`, so `expectedRevision` has no effect: it appends at `any`.
   */
  setStreamMetadata(
    stream: string,
    metadata: Parameters<KurrentDBClient['setStreamMetadata']>[1],
    options?: SetStreamMetadataOptions,
  ) {
    return KurrentDBClient.prototype.setStreamMetadata.call(
      this as unknown as KurrentDBClient,
      stream,
      metadata,
      options,
    );
  }

  subscribeToAll(
    options: {
      fromPosition?: Position | 'start' | 'end';
      filter?: Filter;
    } = {},
  ): StandInSubscription {
    const readable = new Readable({ objectMode: true, highWaterMark: 2, read() {} }) as StandInSubscription;
    const from = options.fromPosition ?? 'start';
    // A subscription from a position starts after it (the server's AllSubscription enumerator skips
    // `position <= checkpoint`; the client's subscribeToAll test "from position" expects the marker left out).
    const live = (record: StoredRecord): void => {
      if (passes(options.filter, record)) readable.push(resolved(record));
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
      for (const record of backlog) if (passes(options.filter, record)) readable.push(resolved(record));
      readable.emit('caughtUp', {});
      this.log.live.add(live);
    });
    const stop = () => {
      closed = true;
      this.log.live.delete(live);
    };
    // Leaving a `for await` loop destroys the stream: it stops listening too.
    readable.once('close', stop);
    readable.unsubscribe = async () => {
      stop();
      readable.push(null);
    };
    readable.sever = () => {
      stop();
      readable.destroy(new UnavailableError());
    };
    this.subscriptions.add(readable);
    return readable;
  }

  async dispose(): Promise<void> {}

  /** The commit check of a delete: that of an append of one new event (StorageWriterService.cs l.540-545). */
  private checkDelete(stream: string, expected: DeleteState): void {
    const current = this.log.lastRevision(stream);
    if (current === DELETED_STREAM) throw StreamDeletedError.fromStreamName(stream);
    const outcome = commitCheck(this.log.recordsOf(stream), [randomUUID()], expected, {
      softDeleted: this.log.isSoftDeleted(stream),
      hasMetadata: this.log.lastRevision(metastreamOf(stream)) >= 0n,
    });
    if (outcome.kind !== 'write') {
      // The server sends the raw numbers in the error's metadata (RpcExceptions.cs l.104-118) and the client
      // reads both back as bigints (CommandError.js l.200-209): -2 for any, -1 for no_stream or no stream.
      throw new WrongExpectedVersionError(undefined, {
        streamName: stream,
        expected: expectedVersionNumber(expected),
        current,
      });
    }
  }
}
