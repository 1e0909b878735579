// What it takes to compare the MongoDB adapter's answer to a query with the SQLite adapter's, without a
// MongoDB server: the query evaluated by mingo (a MongoDB query engine in JS) as the adapter sends it; the
// SQL ORDER BY and the MongoDB sort spec of a sort, key by key; and documents that make the comparison tell
// something — for each condition of a filter, values on both sides of its bound and on it, null, the field
// missing; for each sort, ties on every key — built around a document the rest of the filter matches, so
// changing one field decides whether it is found.
import { Query } from 'mingo';
import { mongoQueryOf, mongoSortOf } from '../../src/engine/read-models/mongodb/mongo-filter.js';
import type { StoredDocument } from '../../src/engine/read-models/mongodb/mongo-read-model-store.js';
import type {
  FieldCondition,
  Filter,
  FindOptions,
  ReadModelDocument,
  SortKey,
} from '../../src/engine/read-models/read-model-store.js';
import { foldForSearch } from '../../src/engine/read-models/search-text.js';
import { orderByClause } from '../../src/engine/read-models/sqlite/sql-filter.js';

/** The ids MongoDB would answer a find with, as MongoReadModelStore asks it (findQueryOf, findDocuments). */
export function mongoFind(
  documents: readonly StoredDocument[],
  filter: Filter,
  options: FindOptions = {},
): string[] {
  // The adapter answers limit 0 itself (MongoDB reads it as "no limit"); skip 0 and no limit are the defaults.
  if (options.limit === 0) return [];
  let cursor = new Query(mongoQueryOf(filter))
    .find<StoredDocument>([...documents])
    .sort(mongoSortOf(options.sort));
  if ((options.skip ?? 0) > 0) cursor = cursor.skip(options.skip!);
  if (options.limit !== undefined) cursor = cursor.limit(options.limit);
  return cursor.all().map((document) => document._id);
}

/** What countDocuments would answer. */
export function mongoCount(documents: readonly StoredDocument[], filter: Filter): number {
  return new Query(mongoQueryOf(filter)).find([...documents]).all().length;
}

export type SortKeyOrder = readonly (readonly [field: string, direction: 'asc' | 'desc'])[];

/**
 * The keys SQLite orders by (orderByClause) and those MongoDB sorts by (mongoSortOf), as port field names.
 * Keys after the id or a key the caller vouches unique order nothing: both lists stop there (SQLite's does
 * already, MongoDB's may go on).
 */
export function sortKeysOfBoth(sort: readonly SortKey[] | undefined): {
  sql: SortKeyOrder;
  mongo: SortKeyOrder;
} {
  const sql = orderByClause(sort)
    .split(/, (?=json_extract|id )/)
    .map((key): [string, 'asc' | 'desc'] => {
      const match = /^(?:json_extract\(doc, '\$\.([^']+)'\)|(id)) (ASC|DESC)$/.exec(key);
      if (match === null) throw new Error(`Unexpected ORDER BY key: ${key}`);
      return [match[1] ?? match[2]!, match[3] === 'ASC' ? 'asc' : 'desc'];
    });
  const unique = new Set((sort ?? []).filter((key) => key.unique).map((key) => key.field));
  const mongo: [string, 'asc' | 'desc'][] = [];
  for (const [path, direction] of Object.entries(mongoSortOf(sort))) {
    const field = path === '_id' ? 'id' : path;
    mongo.push([field, direction === 1 ? 'asc' : 'desc']);
    if (field === 'id' || unique.has(field)) break;
  }
  return { sql, mongo };
}

/** A filter with its values replaced by their types: queries that differ only in values share it. */
export function shapeOf(filter: unknown): unknown {
  if (Array.isArray(filter)) return filter.map(shapeOf);
  if (filter === null) return null;
  if (typeof filter === 'object') {
    return Object.fromEntries(
      Object.entries(filter as Record<string, unknown>).map(([key, value]) => [
        key,
        key === '$in' || key === '$nin' ? (value as unknown[]).map((item) => typeof item) : shapeOf(value),
      ]),
    );
  }
  return typeof filter;
}

type Operator = '$eq' | '$ne' | '$in' | '$nin' | '$gt' | '$gte' | '$lt' | '$lte' | '$contains';

/** One condition on one field. */
export interface Leaf {
  readonly field: string;
  readonly operator: Operator;
  readonly operand: unknown;
}

/** Stands for "the field is missing" among the values a variant gives a field. */
const MISSING = Symbol('missing');
type Value = unknown;

/**
 * The filter as conjunctions of conditions, one for each way of choosing a branch of every $or (at most
 * `limit`): a document meeting all the conditions of one of them matches the filter.
 */
export function conjunctionsOf(filter: Filter, limit = 16): Leaf[][] {
  let conjunctions: Leaf[][] = [[]];
  const combine = (alternatives: Leaf[][]): void => {
    conjunctions = conjunctions
      .flatMap((conjunction) => alternatives.map((alternative) => [...conjunction, ...alternative]))
      .slice(0, limit);
  };
  for (const [key, condition] of Object.entries(filter)) {
    if (condition === undefined) continue;
    if (key === '$and') for (const sub of condition as Filter[]) combine(conjunctionsOf(sub, limit));
    else if (key === '$or') combine((condition as Filter[]).flatMap((sub) => conjunctionsOf(sub, limit)));
    else combine([leavesOf(key, condition as FieldCondition)]);
  }
  return conjunctions;
}

function leavesOf(field: string, condition: FieldCondition): Leaf[] {
  if (condition === null || typeof condition !== 'object')
    return [{ field, operator: '$eq', operand: condition }];
  return Object.entries(condition)
    .filter(([, operand]) => operand !== undefined)
    .map(([operator, operand]) => ({ field, operator: operator as Operator, operand }));
}

/** The port's meaning of a condition for a scalar (missing reads as null), to build matching documents. */
export function meets(value: Value, { operator, operand }: Leaf): boolean {
  const actual = value === MISSING || value === undefined ? null : value;
  const equal = (expected: unknown) => (expected === null ? actual === null : actual === expected);
  const comparable = actual !== null && typeof actual === typeof operand;
  switch (operator) {
    case '$eq':
      return equal(operand);
    case '$ne':
      return !equal(operand);
    case '$in':
      return (operand as unknown[]).some((item) => actual !== null && actual === item);
    case '$nin':
      return !(operand as unknown[]).some((item) => actual !== null && actual === item);
    case '$gt':
      return comparable && (actual as string) > (operand as string);
    case '$gte':
      return comparable && (actual as string) >= (operand as string);
    case '$lt':
      return comparable && (actual as string) < (operand as string);
    case '$lte':
      return comparable && (actual as string) <= (operand as string);
    case '$contains':
      return typeof actual === 'string' && foldForSearch(actual).includes(foldForSearch(operand as string));
  }
}

/** The field's value, null when it is missing (as both adapters read a missing field). */
export function scalarAt(document: Readonly<Record<string, unknown>>, field: string): unknown {
  const value = valueAt(document, field);
  return value === MISSING ? null : value;
}

export function valueAt(document: Readonly<Record<string, unknown>>, field: string): Value {
  let current: unknown = document;
  for (const part of field.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return MISSING;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function withValue(document: Record<string, unknown>, field: string, value: Value): Record<string, unknown> {
  const copy = structuredClone(document);
  const parts = field.split('.');
  let current: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) current[part] = {};
    current = current[part] as Record<string, unknown>;
  }
  const last = parts.at(-1)!;
  if (value === MISSING) delete current[last];
  else current[last] = value;
  return copy;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const DIGITS = /^\d+$/;

/** A value just past `bound` on one side, of the same kind (a day, an instant, fixed-width digits, text). */
function beside(bound: unknown, side: 1 | -1): Value[] {
  if (typeof bound === 'number') return [bound + side, bound + side / 2];
  if (typeof bound !== 'string') return [];
  if (DAY.test(bound)) {
    const day = new Date(`${bound}T00:00:00.000Z`);
    day.setUTCDate(day.getUTCDate() + side);
    // A day compared with an instant of that day: a longer string, after the day in text order.
    return [day.toISOString().slice(0, 10), ...(side === 1 ? [`${bound}T12:00:00.000Z`] : [])];
  }
  if (INSTANT.test(bound)) return [new Date(Date.parse(bound) + side).toISOString()];
  if (DIGITS.test(bound)) {
    const next = BigInt(bound) + BigInt(side);
    return next < 0n ? [] : [next.toString().padStart(bound.length, '0')];
  }
  // Text: a longer string starting with it comes after it, its prefix before it.
  return side === 1 ? [`${bound} `, `${bound}~`] : bound === '' ? [] : [bound.slice(0, -1)];
}

/** Another value of the same kind that equals no value named. */
function other(value: unknown): Value {
  if (typeof value === 'number') return value + 1000;
  if (typeof value === 'boolean') return !value;
  return `${String(value)}-otro`;
}

/** Values that meet the condition, most telling first. */
function meetingValues(leaf: Leaf): Value[] {
  const { operator, operand } = leaf;
  switch (operator) {
    case '$eq':
      return [operand];
    case '$in':
      return [...(operand as unknown[])];
    case '$ne':
    case '$nin':
      return [other(Array.isArray(operand) ? (operand[0] ?? 'x') : operand), MISSING];
    case '$gt':
      return beside(operand, 1);
    case '$gte':
      return [operand, ...beside(operand, 1)];
    case '$lt':
      return beside(operand, -1);
    case '$lte':
      return [operand, ...beside(operand, -1)];
    case '$contains': {
      // Projections store searched fields folded (foldForSearch): MongoDB's regex cannot fold them.
      const needle = foldForSearch(operand as string);
      return [`radicado ${needle} asunto`, needle];
    }
  }
}

/** Values on both sides of the condition: those that meet it, and near misses, null and missing. */
function probingValues(leaf: Leaf): Value[] {
  const { operator, operand } = leaf;
  const values: Value[] = [...meetingValues(leaf), null, MISSING];
  const textVariants = (text: string) => [text.toUpperCase(), `${text} `, `${text}-otro`];
  switch (operator) {
    case '$eq':
    case '$ne':
      values.push(operand, ...(typeof operand === 'string' ? textVariants(operand) : [other(operand)]));
      break;
    case '$in':
    case '$nin': {
      const list = operand as unknown[];
      values.push(...list.slice(0, 3), ...list.slice(-1));
      if (typeof list[0] === 'string') values.push(...textVariants(list[0]));
      else if (list.length > 0) values.push(other(list[0]));
      break;
    }
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      values.push(operand, ...beside(operand, 1), ...beside(operand, -1));
      break;
    case '$contains': {
      const needle = foldForSearch(operand as string);
      // A near miss each side, and the needle cut short.
      values.push(needle.slice(1), needle.slice(0, -1), `${needle.slice(0, -1)}-${needle.slice(-1)}`);
      break;
    }
  }
  return values;
}

/** A value for `field` meeting every condition on it, trying the document's own first; null when none does. */
function meetingAll(current: Value, leaves: readonly Leaf[]): { value: Value } | null {
  const candidates = [current, ...leaves.flatMap(meetingValues)];
  for (const candidate of candidates) {
    if (leaves.every((leaf) => meets(candidate, leaf))) return { value: candidate };
  }
  return null;
}

export interface VariantRequest {
  readonly filter: Filter;
  /** The sorts the filter is asked with: ties for each. */
  readonly sorts: readonly (readonly SortKey[])[];
  /** Real documents of the collection: the variants are copies of one of them, changed field by field. */
  readonly documents: readonly ReadModelDocument[];
  /** A fresh id for each variant. */
  readonly nextId: () => string;
  /** How many of the filter's conjunctions get variants. */
  readonly conjunctions?: number;
}

/**
 * Documents that put the query to the test. For each way the filter can match (each choice of $or
 * branches), a document that matches it that way; then, for each condition, copies of it whose field takes
 * each probing value (on the bound, just past it each side, another value, another case, null, missing),
 * each of which matches or not by that condition alone (a condition on the id: copies with each probing id
 * no document has); then, for each sort key, copies that tie on the keys before it (and on all of them, so
 * the id decides). Fields a sort vouches unique are left to the caller.
 */
export function variantsFor(request: VariantRequest): Record<string, unknown>[] {
  const { filter, sorts, documents, nextId } = request;
  const variants: Record<string, unknown>[] = [];
  const add = (document: Record<string, unknown>) => variants.push({ ...document, id: nextId() });
  const conjunctions = conjunctionsOf(filter).slice(0, request.conjunctions ?? 4);
  const ids = new Set(documents.map((document) => document.id));
  for (const [index, conjunction] of conjunctions.entries()) {
    const byField = new Map<string, Leaf[]>();
    for (const leaf of conjunction) byField.set(leaf.field, [...(byField.get(leaf.field) ?? []), leaf]);
    // The document to change: a real one that already matches this way, else the first, else nothing.
    const template =
      documents.find((document) => conjunction.every((leaf) => meets(valueAt(document, leaf.field), leaf))) ??
      documents[0] ??
      {};
    let base: Record<string, unknown> = { ...template };
    for (const [field, leaves] of byField) {
      if (field === 'id') continue;
      const meeting = meetingAll(valueAt(base, field), leaves);
      if (meeting !== null) base = withValue(base, field, meeting.value);
    }
    add(base);
    for (const [field, leaves] of byField) {
      if (field === 'id') {
        // The id is the key: copies take the probing ids that no document has (the rest are real ones).
        for (const value of dedupe(leaves.flatMap(probingValues))) {
          if (typeof value === 'string' && value !== '' && !ids.has(value)) {
            ids.add(value);
            variants.push({ ...base, id: value });
          }
        }
        continue;
      }
      const values = leaves.flatMap(probingValues);
      for (const value of dedupe(values)) add(withValue(base, field, value));
      // A dotted path: its parent missing or null as well.
      if (field.includes('.')) {
        const parent = field.slice(0, field.lastIndexOf('.'));
        add(withValue(base, parent, MISSING));
        add(withValue(base, parent, null));
      }
    }
    // Ties around the first two ways of matching are enough to see how each order breaks them.
    if (index < 2) for (const sort of sorts) variants.push(...tiesFor(base, sort, documents, nextId));
  }
  return variants;
}

/**
 * Copies of `base` that tie with it on the sort's keys up to one and differ on that one (null, missing,
 * just before, just past); and pairs equal on the keys up to each, at base's value and at either end of the
 * collection's values (the top of a page in either direction), which the next key, at last the id, orders.
 */
function tiesFor(
  base: Record<string, unknown>,
  sort: readonly SortKey[],
  documents: readonly ReadModelDocument[],
  nextId: () => string,
): Record<string, unknown>[] {
  const ties: Record<string, unknown>[] = [];
  const copy = (field: string, value: Value) => ({ ...withValue(base, field, value), id: nextId() });
  const keys = sort.filter((key) => key.field !== 'id');
  for (const key of keys) {
    if (key.unique) break;
    const current = valueAt(base, key.field);
    for (const value of [null, MISSING, ...beside(current, 1), ...beside(current, -1)]) {
      ties.push(copy(key.field, value));
    }
    const values = documents
      .map((document) => valueAt(document, key.field))
      .filter((value) => value !== null && typeof value === typeof current && typeof value !== 'object')
      .sort((left, right) =>
        (left as string) < (right as string) ? -1 : (left as string) > (right as string) ? 1 : 0,
      );
    for (const value of dedupe([current, values[0], values.at(-1)])) {
      if (value !== undefined) ties.push(copy(key.field, value), copy(key.field, value));
    }
  }
  if (keys.length === 0) ties.push({ ...base, id: nextId() }, { ...base, id: nextId() });
  return ties;
}

function dedupe(values: readonly Value[]): Value[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value === MISSING ? 'missing' : JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
