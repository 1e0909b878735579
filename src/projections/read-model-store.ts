// The ReadModelStore port: document collections the projections write and the queries read, plus the
// projection checkpoints, so both change in one transaction. Adapters: sqlite/ (default), later mongodb/.
import type { GlobalPosition } from '../eventstore/event-store.js';

/** A read-model document: plain JSON with a string id. */
export interface ReadModelDocument {
  readonly id: string;
  readonly [field: string]: unknown;
}

/** A condition on one field (dotted paths reach into nested objects). */
export type FieldCondition =
  | string
  | number
  | boolean
  | null
  | {
      readonly $eq?: string | number | boolean | null;
      readonly $ne?: string | number | boolean | null;
      readonly $in?: readonly (string | number)[];
      readonly $nin?: readonly (string | number)[];
      readonly $gt?: string | number;
      readonly $gte?: string | number;
      readonly $lt?: string | number;
      readonly $lte?: string | number;
      /** Case- and accent-insensitive substring match. */
      readonly $contains?: string;
    };

export interface Filter {
  readonly [field: string]: FieldCondition | readonly Filter[] | undefined;
  /** Any of the sub-filters matches. */
  readonly $or?: readonly Filter[];
}

export interface SortKey {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

export interface FindOptions {
  readonly sort?: readonly SortKey[];
  readonly limit?: number;
  readonly skip?: number;
}

/** Reads; the query side only ever sees committed data. */
export interface ReadModelReader {
  get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | null>;
  find<T extends ReadModelDocument>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]>;
  count(collection: string, filter: Filter): Promise<number>;
}

/** Writes inside one transaction, together with the projection's checkpoint. */
export interface ReadModelTransaction extends ReadModelReader {
  put(collection: string, document: ReadModelDocument): Promise<void>;
  delete(collection: string, id: string): Promise<void>;
  setCheckpoint(projection: string, position: GlobalPosition): Promise<void>;
}

export interface ReadModelStore extends ReadModelReader {
  /** Runs `work` in one transaction: all its writes and the checkpoint commit together or not at all. */
  transaction<T>(work: (tx: ReadModelTransaction) => Promise<T>): Promise<T>;
  getCheckpoint(projection: string): Promise<GlobalPosition | null>;
  /** Declares the fields queries filter and sort on, so adapters can index them. */
  ensureIndexes(collection: string, fields: readonly string[]): Promise<void>;
  /** Drops a collection's documents (used by rebuilds before a swap). */
  dropCollection(collection: string): Promise<void>;
  /** Atomically replaces `target` by the documents of `source` and moves the checkpoint. */
  swapCollection(source: string, target: string): Promise<void>;
  close(): Promise<void>;
}

export const READ_MODEL_STORE = Symbol('ReadModelStore');
