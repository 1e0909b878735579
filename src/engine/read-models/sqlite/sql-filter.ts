// Translates the port's Filter and SortKey into SQL over json_extract of the stored document. Values
// always travel as bound parameters; only validated field names ever become SQL text.
import { foldForSearch } from '../search-text.js';
import {
  COLLECTION_NAME_PATTERN,
  FIELD_NAME_PATTERN,
  type FieldCondition,
  type Filter,
  type FilterValue,
  type SortKey,
} from '../read-model-store.js';

export type SqlParameter = string | number;

export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly SqlParameter[];
  /**
   * Set when the fragment is one match in a full-text table and nothing else: a whole filter that is
   * only this counts its documents in the full-text table, without reading the collection.
   */
  readonly textMatch?: TextMatch;
}

/** A match in a full-text table: its name and the quoted phrase. */
export interface TextMatch {
  readonly index: string;
  readonly phrase: string;
}

/** The SQL function both connections register: foldForSearch, so $contains ignores case and accents. */
export const FOLD_FUNCTION_NAME = 'ventanilla_fold';

export class InvalidReadModelQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidReadModelQueryError';
  }
}

export function assertFieldName(field: string): void {
  if (!FIELD_NAME_PATTERN.test(field))
    throw new InvalidReadModelQueryError(`Invalid read-model field name: ${field}`);
}

export function assertCollectionName(collection: string): void {
  if (!COLLECTION_NAME_PATTERN.test(collection)) {
    throw new InvalidReadModelQueryError(`Invalid read-model collection name: ${collection}`);
  }
}

/** The table holding a collection; the prefix keeps collections apart from the store's own tables. */
export function tableOf(collection: string): string {
  assertCollectionName(collection);
  return `"rm_${collection}"`;
}

/**
 * The SQL expression reading a field. It must be spelled exactly like this both in queries and in
 * CREATE INDEX, or SQLite will not use the expression index.
 */
export function fieldExpression(field: string): string {
  assertFieldName(field);
  // The id column is the primary key: comparing it directly uses that index.
  return field === 'id' ? 'id' : `json_extract(doc, '$.${field}')`;
}

const ALWAYS = '1';
const NEVER = '0';

/**
 * The full-text table that indexes a field of the queried collection, or null when none does; and
 * whether a phrase matches few enough rows that a query is best driven from its matches.
 */
export interface TextIndexes {
  readonly indexOf: (field: string) => string | null;
  readonly matchesFew: (match: TextMatch) => boolean;
}

const NO_TEXT_INDEXES: TextIndexes = { indexOf: () => null, matchesFew: () => true };
/** Trigram full-text indexes find substrings of at least three characters. */
const SHORTEST_INDEXED_NEEDLE = 3;

export function whereClause(filter: Filter, textIndexes: TextIndexes = NO_TEXT_INDEXES): SqlFragment {
  const parts: SqlFragment[] = [];
  for (const [key, condition] of Object.entries(filter)) {
    if (condition === undefined) continue;
    if (key === '$or' || key === '$and') {
      parts.push(combination(key, condition, textIndexes));
    } else if (key.startsWith('$')) {
      throw new InvalidReadModelQueryError(`Unsupported filter operator at top level: ${key}`);
    } else {
      parts.push(fieldCondition(key, condition as FieldCondition, textIndexes));
    }
  }
  return joinFragments(parts, 'AND', ALWAYS);
}

function combination(operator: '$or' | '$and', subFilters: unknown, textIndexes: TextIndexes): SqlFragment {
  if (!Array.isArray(subFilters)) throw new InvalidReadModelQueryError(`${operator} takes a list of filters`);
  const partsWith = (indexes: TextIndexes) =>
    (subFilters as Filter[]).map((subFilter) => whereClause(subFilter, indexes));
  if (operator === '$and') return joinFragments(partsWith(textIndexes), 'AND', ALWAYS);
  // SQLite answers an OR from indexes only when every branch can be looked up: a text match among other
  // branches is always written to drive from its matches. Alone (the others never true), it is a plain
  // condition, and may walk the order index instead.
  const driven = partsWith({ ...textIndexes, matchesFew: () => true });
  const alone = driven.filter((part) => part.sql !== NEVER).length <= 1;
  return joinFragments(alone ? partsWith(textIndexes) : driven, 'OR', NEVER);
}

function fieldCondition(field: string, condition: FieldCondition, textIndexes: TextIndexes): SqlFragment {
  const expression = fieldExpression(field);
  if (condition === null || typeof condition !== 'object') return equals(expression, condition);
  if (Array.isArray(condition)) throw new InvalidReadModelQueryError('A field condition cannot be a list');
  const parts: SqlFragment[] = [];
  for (const [operator, operand] of Object.entries(condition)) {
    if (operand === undefined) continue;
    parts.push(
      operator === '$contains' && typeof operand === 'string'
        ? containsCondition(expression, operand, textIndexes, field)
        : operatorCondition(expression, operator, operand),
    );
  }
  return joinFragments(parts, 'AND', ALWAYS);
}

function containsCondition(
  expression: string,
  needle: string,
  textIndexes: TextIndexes,
  field: string,
): SqlFragment {
  const folded = foldForSearch(needle);
  const index = textIndexes.indexOf(field);
  if (index === null || [...folded].length < SHORTEST_INDEXED_NEEDLE) {
    return { sql: `instr(${FOLD_FUNCTION_NAME}(${expression}), ?) > 0`, params: [folded] };
  }
  // The index holds the folded text; a quoted phrase of a trigram index matches any substring.
  const textMatch = { index, phrase: `"${folded.replaceAll('"', '""')}"` };
  // SQLite cannot tell how many rows a phrase matches, so it picks one plan for all: looking up each match
  // and sorting them (fast for a radicado's few, slow for a common word's thousands), or walking an order
  // index and testing each row against the matches (the reverse). The matches are counted up to a bound
  // first: few, and the rowids drive the query; many, and the unary + keeps SQLite from looking them up
  // one by one, so it walks the index the sort names and stops at the page's end.
  const rowid = textIndexes.matchesFew(textMatch) ? 'rowid' : '+rowid';
  return {
    sql: `${rowid} IN (SELECT rowid FROM ${index} WHERE ${index} MATCH ?)`,
    params: [textMatch.phrase],
    textMatch,
  };
}

function operatorCondition(expression: string, operator: string, operand: unknown): SqlFragment {
  switch (operator) {
    case '$eq':
      return equals(expression, operand);
    case '$ne':
      // IS NOT is true for a missing field too, as $ne is in MongoDB.
      return operand === null
        ? { sql: `${expression} IS NOT NULL`, params: [] }
        : { sql: `${expression} IS NOT ?`, params: [parameter(operand)] };
    case '$in': {
      const values = listParameter(operator, operand);
      if (values.length === 0) return { sql: NEVER, params: [] };
      return { sql: `${expression} IN (${placeholders(values.length)})`, params: values };
    }
    case '$nin': {
      const values = listParameter(operator, operand);
      if (values.length === 0) return { sql: ALWAYS, params: [] };
      return {
        sql: `(${expression} IS NULL OR ${expression} NOT IN (${placeholders(values.length)}))`,
        params: values,
      };
    }
    case '$gt':
      return { sql: `${expression} > ?`, params: [rangeParameter(operator, operand)] };
    case '$gte':
      return { sql: `${expression} >= ?`, params: [rangeParameter(operator, operand)] };
    case '$lt':
      return { sql: `${expression} < ?`, params: [rangeParameter(operator, operand)] };
    case '$lte':
      return { sql: `${expression} <= ?`, params: [rangeParameter(operator, operand)] };
    case '$contains':
      if (typeof operand !== 'string') throw new InvalidReadModelQueryError('$contains takes a string');
      return { sql: `instr(${FOLD_FUNCTION_NAME}(${expression}), ?) > 0`, params: [foldForSearch(operand)] };
    default:
      throw new InvalidReadModelQueryError(`Unsupported filter operator: ${operator}`);
  }
}

function equals(expression: string, value: unknown): SqlFragment {
  return value === null
    ? { sql: `${expression} IS NULL`, params: [] }
    : { sql: `${expression} = ?`, params: [parameter(value)] };
}

function parameter(value: unknown): SqlParameter {
  // json_extract gives JSON true/false back as 1/0.
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new InvalidReadModelQueryError(`Unsupported filter value: ${JSON.stringify(value)}`);
}

function rangeParameter(operator: string, value: unknown): SqlParameter {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new InvalidReadModelQueryError(`${operator} takes a string or a number`);
  }
  return parameter(value);
}

function listParameter(operator: string, value: unknown): SqlParameter[] {
  if (!Array.isArray(value)) throw new InvalidReadModelQueryError(`${operator} takes a list`);
  return value.map((item: FilterValue) => parameter(item));
}

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

function joinFragments(
  parts: readonly SqlFragment[],
  connective: 'AND' | 'OR',
  whenEmpty: string,
): SqlFragment {
  // A part that cannot change the result (false in an OR, true in an AND) is left out: "x OR 0" is x,
  // but SQLite does not see through it and would not use x's index (an empty $in is such a part).
  const neutral = connective === 'OR' ? NEVER : ALWAYS;
  const telling = parts.filter((part) => part.sql !== neutral);
  if (telling.length === 0) return { sql: whenEmpty, params: [] };
  if (telling.length === 1) return telling[0];
  return {
    sql: `(${telling.map((part) => part.sql).join(` ${connective} `)})`,
    params: telling.flatMap((part) => part.params),
  };
}

export function orderByClause(sort: readonly SortKey[] = []): string {
  const keys: string[] = [];
  for (const { field, direction, unique } of sort) {
    if (direction !== 'asc' && direction !== 'desc') {
      throw new InvalidReadModelQueryError(`Invalid sort direction for ${field}: ${String(direction)}`);
    }
    keys.push(`${fieldExpression(field)} ${direction === 'asc' ? 'ASC' : 'DESC'}`);
    // Keys after a unique one order nothing; leaving them (and the id) out lets an index that ends in
    // this field answer the sort without reading a document.
    if (unique || field === 'id') return keys.join(', ');
  }
  // The id breaks ties, so paging with limit/skip never shows a document twice or skips one.
  keys.push('id ASC');
  return keys.join(', ');
}
