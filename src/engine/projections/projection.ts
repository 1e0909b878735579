// What a projection is: a named, versioned function from the events of some stream categories to
// read-model documents. The runner (projection-runner.ts) and rebuilds (rebuild.ts) drive it; the
// projection only maps facts to documents.
import type { GlobalPosition, RecordedEvent } from '../eventstore/event-store.js';
import {
  COLLECTION_NAME_PATTERN,
  FIELD_NAME_PATTERN,
  indexFieldsOf,
  type ReadModelDocument,
  type ReadModelTransaction,
} from '../read-models/read-model-store.js';

export interface Projection {
  /** Also its checkpoint's name. An identifier (COLLECTION_NAME_PATTERN). */
  readonly name: string;
  /** Bumped when the documents' shape or meaning changes; rebuild targets carry it. */
  readonly version: number;
  /** Stream category prefixes it reads, e.g. ['pqrs-']; other events only move its checkpoint. */
  readonly categories: readonly string[];
  /** Every collection it writes: a rebuild builds and swaps exactly these. */
  readonly collections: readonly string[];
  /** Fields to index, per collection. */
  readonly indexes?: Readonly<Record<string, readonly string[]>>;
  /** Per collection, the fields searched with $contains (see ReadModelStore.ensureTextIndexes). */
  readonly textIndexes?: Readonly<Record<string, readonly string[]>>;
  /**
   * Applies one event inside the batch's transaction. Must be idempotent: each document remembers the
   * last event it applied (lastPosition, or its stream revision) and skips older-or-equal ones.
   */
  apply(event: RecordedEvent, tx: ReadModelTransaction): Promise<void>;
}

/** An event a projection could not apply after every attempt: kept with the error, then skipped. */
export interface DeadLetter extends ReadModelDocument {
  readonly projection: string;
  readonly position: GlobalPosition;
  readonly eventId: string;
  readonly stream: string;
  readonly revision: number;
  readonly eventType: string;
  readonly error: string;
  readonly attempts: number;
  readonly failedAt: string;
}

/**
 * Where a projection's dead letters live: a collection of its own, so a rebuild rebuilds and swaps
 * them with its documents (an event that now applies leaves the list).
 */
export function deadLetterCollectionOf(projectionName: string): string {
  return `${projectionName}__dead_letters`;
}

export function readsEvent(projection: Projection, event: RecordedEvent): boolean {
  return projection.categories.some((category) => event.stream.startsWith(category));
}

/** A document that already reflects this event (or a later one): applying it again must change nothing. */
export function alreadyApplied(
  document: { readonly lastPosition?: unknown } | null,
  event: Pick<RecordedEvent, 'position'>,
): boolean {
  return (
    document !== null && typeof document.lastPosition === 'number' && event.position <= document.lastPosition
  );
}

export function assertValidProjection(projection: Projection): void {
  const problems: string[] = [];
  if (!COLLECTION_NAME_PATTERN.test(projection.name))
    problems.push(`name "${projection.name}" is not an identifier`);
  if (!Number.isInteger(projection.version) || projection.version < 1)
    problems.push('version must be a positive integer');
  if (projection.categories.length === 0) problems.push('it reads no stream category');
  for (const collection of projection.collections) {
    if (!COLLECTION_NAME_PATTERN.test(collection))
      problems.push(`collection "${collection}" is not an identifier`);
    if (collection.includes('__'))
      problems.push(`collection "${collection}" uses "__", kept for rebuild targets`);
  }
  for (const [collection, fields] of Object.entries(projection.indexes ?? {})) {
    if (!projection.collections.includes(collection))
      problems.push(`indexes name undeclared collection "${collection}"`);
    for (const index of fields)
      if (!indexFieldsOf(index).every((field) => FIELD_NAME_PATTERN.test(field)))
        problems.push(`index "${index}" is invalid`);
  }
  for (const [collection, fields] of Object.entries(projection.textIndexes ?? {})) {
    if (!projection.collections.includes(collection))
      problems.push(`textIndexes name undeclared collection "${collection}"`);
    for (const field of fields)
      if (!FIELD_NAME_PATTERN.test(field)) problems.push(`text index field "${field}" is invalid`);
  }
  if (problems.length > 0) throw new Error(`Projection ${projection.name}: ${problems.join('; ')}`);
}
