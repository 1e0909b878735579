// The ReadModelStore port: document collections the projections write and the queries read, plus the
// projection checkpoints, so both change in one transaction. Adapters: sqlite/ (default) and mongodb/.
import type { GlobalPosition } from '../eventstore/event-store.js';

/** A read-model document: plain JSON with a string id. */
export interface ReadModelDocument {
  readonly id: string;
  readonly [field: string]: unknown;
}

/** A scalar a filter compares with. Conditions apply to scalar fields; arrays are not searched. */
export type FilterValue = string | number | boolean | null;

/**
 * A condition on one field (dotted paths reach into nested objects). Field names must match
 * FIELD_NAME_PATTERN: adapters build queries from them and refuse anything else.
 * Missing fields behave as null, as in MongoDB: `$ne`/`$nin` match them, range operators do not.
 */
export type FieldCondition =
  | FilterValue
  | {
      readonly $eq?: FilterValue;
      readonly $ne?: FilterValue;
      readonly $in?: readonly (string | number)[];
      readonly $nin?: readonly (string | number)[];
      readonly $gt?: string | number;
      readonly $gte?: string | number;
      readonly $lt?: string | number;
      readonly $lte?: string | number;
      /**
       * Case- and accent-insensitive substring match. Adapters that cannot fold text at query time
       * (MongoDB) may require the field to hold text already folded with foldForSearch, as the
       * projections' `searchText` fields do.
       */
      readonly $contains?: string;
    };

export interface Filter {
  readonly [field: string]: FieldCondition | readonly Filter[] | undefined;
  /** Any of the sub-filters matches (none given: nothing matches). */
  readonly $or?: readonly Filter[];
  /** Every sub-filter matches (none given: everything matches). */
  readonly $and?: readonly Filter[];
}

/** Field names usable in filters, sorts and indexes: identifiers joined by dots. */
export const FIELD_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** The fields of an index declaration: one field, or several joined by '+'. */
export function indexFieldsOf(index: string): string[] {
  return index.split('+');
}

/** Collection and projection names: one identifier, so every adapter can use it as a table name. */
export const COLLECTION_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface SortKey {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
  /**
   * The caller vouches that no two documents share this field's value, so the keys up to it already
   * order every document and the store adds no id to break ties: an index ending in this field then
   * answers the whole sort. Documents that do share it come in an order the store chooses.
   */
  readonly unique?: boolean;
}

export interface FindOptions {
  /** Ties (and an empty sort) are broken by id, so pages are stable; no tie is left after a unique key. */
  readonly sort?: readonly SortKey[];
  readonly limit?: number;
  readonly skip?: number;
}

/** Reads. Outside a transaction, readers only ever see committed data. */
export interface ReadModelReader {
  get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | null>;
  find<T extends ReadModelDocument>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]>;
  count(collection: string, filter: Filter): Promise<number>;
  /** Position of the last event the projection applied, or null before its first. */
  getCheckpoint(projection: string): Promise<GlobalPosition | null>;
}

/** Writes inside one transaction, together with the projection's checkpoint; reads see its own writes. */
export interface ReadModelTransaction extends ReadModelReader {
  put(collection: string, document: ReadModelDocument): Promise<void>;
  delete(collection: string, id: string): Promise<void>;
  setCheckpoint(projection: string, position: GlobalPosition): Promise<void>;
}

/** One collection replacing another in swapCollections. */
export interface CollectionSwap {
  readonly source: string;
  readonly target: string;
}

export interface ReadModelStore extends ReadModelReader {
  /**
   * Runs `work` in one transaction: all its writes and the checkpoint commit together or not at all.
   * Transactions run one at a time; do not start one from inside another's `work`.
   */
  transaction<T>(work: (tx: ReadModelTransaction) => Promise<T>): Promise<T>;
  /**
   * Declares the fields queries filter and sort on, so adapters can index them (idempotent). A compound
   * index names its fields joined by '+', most selective equality first (e.g. 'status+dueDate').
   */
  ensureIndexes(collection: string, fields: readonly string[]): Promise<void>;
  /**
   * Declares fields queried with $contains, so adapters can answer from a full-text (substring) index
   * instead of reading every document (idempotent). Results are the same with or without it.
   */
  ensureTextIndexes(collection: string, fields: readonly string[]): Promise<void>;
  /** Drops a collection's documents (used by rebuilds to discard a half-built target). */
  dropCollection(collection: string): Promise<void>;
  /**
   * Atomically, as readers see it: every target now holds exactly its source's documents (the source
   * is gone, the target keeps its declared indexes) and the projection's checkpoint is `position`.
   * A rebuild ends with it, so readers never see a half-built read model.
   */
  swapCollections(
    swaps: readonly CollectionSwap[],
    checkpoint: { readonly projection: string; readonly position: GlobalPosition | null },
  ): Promise<void>;
  close(): Promise<void>;
}

export const READ_MODEL_STORE = Symbol('ReadModelStore');
