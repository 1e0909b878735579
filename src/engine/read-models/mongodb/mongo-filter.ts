// Translates the port's Filter, SortKey and index declarations into MongoDB queries, sort specs and index
// keys. Pure: the semantics are proved against the SQLite adapter with mingo, without a server. Only
// validated field names ever become keys; values stay values (a needle becomes an escaped regex).
import { foldForSearch } from '../search-text.js';
import {
  FIELD_NAME_PATTERN,
  indexFieldsOf,
  type FieldCondition,
  type Filter,
  type SortKey,
} from '../read-model-store.js';

/** A MongoDB query document, as the driver's `find`/`countDocuments` take it. */
export type MongoQuery = { readonly [key: string]: unknown };
/** A MongoDB sort or index key spec; insertion order is the key order. */
export type MongoKeySpec = Record<string, 1 | -1>;

export class InvalidReadModelQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidReadModelQueryError';
  }
}

/** MongoDB keeps a document's id in `_id`; the port calls it `id`. */
export const ID_FIELD = '_id';

/** The MongoDB path of a port field: validated, with `id` mapped to `_id`. */
export function mongoFieldOf(field: string): string {
  if (typeof field !== 'string' || !FIELD_NAME_PATTERN.test(field))
    throw new InvalidReadModelQueryError(`Invalid read-model field name: ${String(field)}`);
  // `_id` holds the port's `id`; letting a filter name it would reach the id under another name.
  if (field === ID_FIELD) throw new InvalidReadModelQueryError(`Invalid read-model field name: ${field}`);
  return field === 'id' ? ID_FIELD : field;
}

/** Matches no document: MongoDB refuses an empty $or, and `$in: []` on the id is what "none" means. */
const MATCH_NOTHING: MongoQuery = { [ID_FIELD]: { $in: [] } };
const MATCH_EVERYTHING: MongoQuery = {};

export function mongoQueryOf(filter: Filter): MongoQuery {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter))
    throw new InvalidReadModelQueryError('A filter must be an object');
  const parts: MongoQuery[] = [];
  for (const [key, condition] of Object.entries(filter)) {
    if (condition === undefined) continue;
    if (key === '$or' || key === '$and') {
      parts.push(combination(key, condition));
    } else if (key.startsWith('$')) {
      throw new InvalidReadModelQueryError(`Unsupported filter operator at top level: ${key}`);
    } else {
      const part = fieldCondition(key, condition as FieldCondition);
      if (part !== null) parts.push(part);
    }
  }
  return allOf(parts);
}

function combination(operator: '$or' | '$and', subFilters: unknown): MongoQuery {
  if (!Array.isArray(subFilters)) throw new InvalidReadModelQueryError(`${operator} takes a list of filters`);
  const parts = (subFilters as Filter[]).map(mongoQueryOf);
  if (operator === '$and') return allOf(parts);
  if (parts.length === 0) return MATCH_NOTHING;
  return parts.length === 1 ? parts[0] : { $or: parts };
}

function allOf(parts: readonly MongoQuery[]): MongoQuery {
  const meaningful = parts.filter((part) => Object.keys(part).length > 0);
  if (meaningful.length === 0) return MATCH_EVERYTHING;
  return meaningful.length === 1 ? meaningful[0] : { $and: meaningful };
}

/** The condition on one field, or null when it constrains nothing (an operator object with no operators). */
function fieldCondition(field: string, condition: FieldCondition): MongoQuery | null {
  const path = mongoFieldOf(field);
  // $eq spelled out, so a value can never be read as an operator document.
  if (condition === null || typeof condition !== 'object') return { [path]: { $eq: scalar(condition) } };
  if (Array.isArray(condition)) throw new InvalidReadModelQueryError('A field condition cannot be a list');
  const operators: Record<string, unknown> = {};
  for (const [operator, operand] of Object.entries(condition)) {
    if (operand === undefined) continue;
    Object.assign(operators, operatorCondition(operator, operand));
  }
  return Object.keys(operators).length === 0 ? null : { [path]: operators };
}

function operatorCondition(operator: string, operand: unknown): Record<string, unknown> {
  switch (operator) {
    case '$eq':
    case '$ne':
      // MongoDB's own semantics are the port's: $ne (and $nin) match a missing field, null matches it.
      return { [operator]: scalar(operand) };
    case '$in':
    case '$nin':
      return { [operator]: list(operator, operand) };
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      return { [operator]: rangeBound(operator, operand) };
    case '$contains':
      if (typeof operand !== 'string') throw new InvalidReadModelQueryError('$contains takes a string');
      return containsCondition(operand);
    default:
      throw new InvalidReadModelQueryError(`Unsupported filter operator: ${operator}`);
  }
}

/**
 * A case-insensitive regex over the folded needle. MongoDB cannot fold accents at query time, so the
 * field must hold text folded with foldForSearch (the projections' `searchText` fields do); then the
 * answers are SQLite's, which folds both sides.
 */
export function containsCondition(needle: string): { $regex: string; $options: string } {
  return { $regex: escapeRegex(foldForSearch(needle)), $options: 'i' };
}

/** The needle as a literal: every regex metacharacter escaped, and NUL (which MongoDB refuses) as \x00. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('\0', '\\x00');
}

function scalar(value: unknown): string | number | boolean | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new InvalidReadModelQueryError(`Unsupported filter value: ${JSON.stringify(value)}`);
}

function list(operator: string, value: unknown): (string | number | boolean)[] {
  if (!Array.isArray(value)) throw new InvalidReadModelQueryError(`${operator} takes a list`);
  return value.map((item: unknown) => {
    const checked = scalar(item);
    // SQLite cannot put NULL in an IN list; refusing it here keeps both adapters answering alike.
    if (checked === null) throw new InvalidReadModelQueryError(`Unsupported filter value: null`);
    return checked;
  });
}

function rangeBound(operator: string, value: unknown): string | number {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new InvalidReadModelQueryError(`${operator} takes a string or a number`);
}

/** The sort spec, with the id breaking ties so paging with limit/skip is stable. */
export function mongoSortOf(sort: readonly SortKey[] = []): MongoKeySpec {
  const spec: MongoKeySpec = {};
  for (const { field, direction, unique } of sort) {
    if (direction !== 'asc' && direction !== 'desc') {
      throw new InvalidReadModelQueryError(`Invalid sort direction for ${field}: ${String(direction)}`);
    }
    const path = mongoFieldOf(field);
    // A repeated key changes nothing in SQL's ORDER BY; in an object it would overwrite the direction.
    if (!(path in spec)) spec[path] = direction === 'asc' ? 1 : -1;
    // Nothing is left to break: keys after a unique one change no order, as in SQL.
    if (unique) return spec;
  }
  if (!(ID_FIELD in spec)) spec[ID_FIELD] = 1;
  return spec;
}

/**
 * The key spec of a declared index ('status' or compound 'status+dueDate'), or null for the id alone,
 * which MongoDB always indexes.
 */
export function mongoIndexKeysOf(declaration: string): MongoKeySpec | null {
  const paths = indexFieldsOf(declaration).map(mongoFieldOf);
  if (paths.length === 1 && paths[0] === ID_FIELD) return null;
  const keys: MongoKeySpec = {};
  for (const path of paths) {
    if (path in keys) throw new InvalidReadModelQueryError(`Index ${declaration} names a field twice`);
    keys[path] = 1;
  }
  return keys;
}
