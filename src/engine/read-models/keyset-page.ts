// Keyset paging over a read-model collection, newest first unless the order says otherwise: the one
// place lists build their cursors, page filters and counts, so every connection pages the same way.
import type { Filter, ReadModelDocument, ReadModelReader } from './read-model-store.js';
import { BadUserInput } from '../application-errors.js';

/** How a list is ordered: by `sortField`, ties broken by `tieField`, both in `direction` (default desc). */
export interface KeysetOrder {
  readonly sortField: string;
  readonly tieField: string;
  readonly direction?: 'asc' | 'desc';
}

export interface KeysetPageRequest extends KeysetOrder {
  readonly first: number;
  /** The cursor of the last node already seen, or null for the first page. */
  readonly after: string | null;
  /** How to count the filter's documents when the caller knows a cheaper way than counting it; it must agree. */
  readonly totalCount?: () => Promise<number>;
}

export interface KeysetPage<T> {
  readonly nodes: T[];
  /** Every document matching the filter, whatever the cursor. */
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/**
 * One page of `collection` after the cursor. The tie field makes the order total, so the cursor is a
 * stable position even while new documents arrive. A cursor that does not decode is the client's error.
 */
export async function findKeysetPage<T extends ReadModelDocument>(
  reader: ReadModelReader,
  collection: string,
  filter: Filter,
  request: KeysetPageRequest,
): Promise<KeysetPage<T>> {
  const { sortField, tieField, first, after } = request;
  const direction = directionOf(request);
  // Past the cursor is below it in a descending order and above it in an ascending one.
  const beyond = direction === 'desc' ? '$lt' : '$gt';
  const cursor = after === null ? null : decodeKeysetCursor(after, request);
  const page: Filter = cursor
    ? {
        $and: [
          filter,
          {
            $or: [
              { [sortField]: { [beyond]: cursor.sortValue } },
              { [sortField]: cursor.sortValue, [tieField]: { [beyond]: cursor.tieValue } },
            ],
          },
        ],
      }
    : filter;
  const [documents, totalCount] = await Promise.all([
    reader.find<T>(collection, page, {
      // The tie field is unique (it is what makes the cursor a position): no id after it.
      sort: [
        { field: sortField, direction },
        { field: tieField, direction, unique: true },
      ],
      limit: first + 1,
    }),
    request.totalCount ? request.totalCount() : reader.count(collection, filter),
  ]);
  const nodes = documents.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    hasNextPage: documents.length > first,
    endCursor: last ? keysetCursorOf(last, request) : null,
  };
}

function directionOf(order: KeysetOrder): 'asc' | 'desc' {
  return order.direction ?? 'desc';
}

/**
 * The opaque cursor of a node: base64url JSON of its sort and tie fields, plus the direction when it is
 * ascending (descending cursors keep their original shape). Naming fields and direction lets a cursor
 * taken under one order be refused under another instead of silently paging from the wrong place.
 */
export function keysetCursorOf(node: { readonly [field: string]: unknown }, order: KeysetOrder): string {
  const position = { [order.sortField]: node[order.sortField], [order.tieField]: node[order.tieField] };
  return Buffer.from(
    JSON.stringify(directionOf(order) === 'asc' ? { ...position, $direction: 'asc' } : position),
  ).toString('base64url');
}

function decodeKeysetCursor(cursor: string, order: KeysetOrder): { sortValue: string; tieValue: string } {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const sortValue = parsed[order.sortField];
    const tieValue = parsed[order.tieField];
    const sameDirection = (parsed['$direction'] ?? 'desc') === directionOf(order);
    if (typeof sortValue === 'string' && typeof tieValue === 'string' && sameDirection)
      return { sortValue, tieValue };
  } catch {
    // fall through to the error below
  }
  throw new BadUserInput('after', 'El cursor de paginación no es válido.');
}
