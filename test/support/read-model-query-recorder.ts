// Records every find and count the application asks of its ReadModelStore: the collection, the filter and
// the options exactly as the adapter receives them, and where in src the query was asked. A test wraps the
// store it hands the application (StorageEngines) with `store`, and the readers that read-your-writes gives
// the queries with `reader`: those first wait for their projections, so by the time the query reaches the
// store the code that asked for it has left the stack; the reader notes it on the way in.
import { AsyncLocalStorage } from 'node:async_hooks';
import { relative, sep } from 'node:path';
import type {
  Filter,
  FindOptions,
  ReadModelReader,
  ReadModelStore,
  ReadModelTransaction,
} from '../../src/engine/read-models/read-model-store.js';

/** A frame of a stack trace inside the repository's src/ (source-mapped: TypeScript lines). */
export interface SourceFrame {
  /** From the repository root, with forward slashes: 'src/features/…/x.ts'. */
  readonly file: string;
  readonly line: number;
}

export interface RecordedQuery {
  readonly method: 'find' | 'count';
  /** As the store got it: a rebuild's target or a dead-letter collection keeps its own name. */
  readonly collection: string;
  readonly filter: Filter;
  /** find's options; undefined for count, and for a find given none. */
  readonly options: FindOptions | undefined;
  /** Where it was asked, innermost first: the frames in src/ of the caller's stack. */
  readonly frames: readonly SourceFrame[];
}

const FRAME = /\(?(\/[^():]+\.ts):(\d+):\d+\)?$/;

export class ReadModelQueryRecorder {
  readonly queries: RecordedQuery[] = [];
  /** The caller's frames, set by a wrapped reader for the store below it. */
  private readonly callers = new AsyncLocalStorage<readonly SourceFrame[]>();

  constructor(private readonly root: string) {}

  /** The store, recording each find and count asked of it or of one of its transactions. */
  store(store: ReadModelStore): ReadModelStore {
    return {
      get: (collection, id) => store.get(collection, id),
      find: (collection, filter, options) => {
        this.record('find', collection, filter, options);
        return store.find(collection, filter, options);
      },
      count: (collection, filter) => {
        this.record('count', collection, filter, undefined);
        return store.count(collection, filter);
      },
      getCheckpoint: (projection) => store.getCheckpoint(projection),
      transaction: (work) => store.transaction((tx) => work(this.transaction(tx))),
      ensureIndexes: (collection, fields) => store.ensureIndexes(collection, fields),
      ensureTextIndexes: (collection, fields) => store.ensureTextIndexes(collection, fields),
      dropCollection: (collection) => store.dropCollection(collection),
      swapCollections: (swaps, checkpoint) => store.swapCollections(swaps, checkpoint),
      close: () => store.close(),
    };
  }

  /** A reader that notes who called it, so the store below records the query under its caller. */
  reader(reader: ReadModelReader): ReadModelReader {
    return {
      get: (collection, id) => reader.get(collection, id),
      find: (collection, filter, options) =>
        this.callers.run(this.framesHere(), () => reader.find(collection, filter, options)),
      count: (collection, filter) =>
        this.callers.run(this.framesHere(), () => reader.count(collection, filter)),
      getCheckpoint: (projection) => reader.getCheckpoint(projection),
    };
  }

  private transaction(tx: ReadModelTransaction): ReadModelTransaction {
    return {
      ...this.reader(tx),
      find: (collection, filter, options) => {
        this.record('find', collection, filter, options);
        return tx.find(collection, filter, options);
      },
      count: (collection, filter) => {
        this.record('count', collection, filter, undefined);
        return tx.count(collection, filter);
      },
      put: (collection, document) => tx.put(collection, document),
      delete: (collection, id) => tx.delete(collection, id),
      setCheckpoint: (projection, position) => tx.setCheckpoint(projection, position),
    };
  }

  private record(
    method: 'find' | 'count',
    collection: string,
    filter: Filter,
    options: FindOptions | undefined,
  ): void {
    // A copy: the caller may reuse its filter object, and the check replays it later.
    const copy = <T>(value: T): T => (value === undefined ? value : (structuredClone(value) as T));
    this.queries.push({
      method,
      collection,
      filter: copy(filter),
      options: copy(options),
      frames: [...(this.callers.getStore() ?? []), ...this.framesHere()],
    });
  }

  /** The src/ frames of the current stack (async frames included, as V8 keeps them). */
  private framesHere(): SourceFrame[] {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 60;
    const stack = new Error().stack ?? '';
    Error.stackTraceLimit = limit;
    const frames: SourceFrame[] = [];
    for (const line of stack.split('\n').slice(1)) {
      const match = FRAME.exec(line.trim());
      if (match === null) continue;
      const file = relative(this.root, match[1]).split(sep).join('/');
      if (file.startsWith('src/')) frames.push({ file, line: Number(match[2]) });
    }
    return frames;
  }
}
