// Rebuilding projections from the start of the log: one pass replays every event into versioned target
// collections (`<collection>__rebuild_v<version>`), then swaps each projection's in together with its checkpoint in
// one step, so readers see the old read model until the new one is complete. A live runner elsewhere
// notices the moved checkpoint and goes on from it.
import type { EventStore, GlobalPosition } from '../eventstore/event-store.js';
import {
  applyBatchToEach,
  silentProjectionLogger,
  type ProjectionBatch,
  type ProjectionLogger,
} from './projection-batch.js';
import { assertValidProjection, deadLetterCollectionOf, type Projection } from './projection.js';
import type { ReadModelStore } from '../read-models/read-model-store.js';

export interface RebuildOptions {
  /** Events read at a time and applied to every projection in one transaction. */
  readonly batchSize?: number;
  readonly maxAttempts?: number;
  readonly logger?: ProjectionLogger;
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildProgress {
  readonly projection: string;
  readonly position: GlobalPosition;
  readonly eventsRead: number;
}

export interface RebuildResult {
  readonly projection: string;
  /** The checkpoint swapped in: the last event replayed (null for an empty log). */
  readonly position: GlobalPosition | null;
  readonly eventsRead: number;
  readonly deadLetters: number;
  /**
   * Its share of the rebuild's time: what it spent applying, writing and swapping its own read model,
   * plus an even share of what all shared (reading the log, committing). The shares add up to the whole.
   */
  readonly durationMs: number;
}

const DEFAULT_REBUILD_BATCH_SIZE = 4_000;
const DEFAULT_MAX_ATTEMPTS = 3;

/** The collection a rebuild writes in place of `collection`; a leftover of a crashed rebuild is dropped first. */
export function rebuildTargetOf(collection: string, version: number): string {
  return `${collection}__rebuild_v${version}`;
}

export async function rebuildProjection(
  eventStore: Pick<EventStore, 'readAll'>,
  readModels: ReadModelStore,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const [result] = await rebuildProjections(eventStore, readModels, [projection], options);
  return result;
}

/**
 * Rebuilds the projections together, in one pass over the log: each batch is read (and its events
 * parsed) once and applied to every projection in one transaction (applyBatchToEach), into the rebuild
 * targets. Only when the whole log is in does each projection's swap bring its read model and
 * checkpoint live, so readers see the old read models until then.
 */
export async function rebuildProjections(
  eventStore: Pick<EventStore, 'readAll'>,
  readModels: ReadModelStore,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildResult[]> {
  projections.forEach(assertValidProjection);
  const names = projections.map((projection) => projection.name);
  if (new Set(names).size !== names.length) throw new Error(`Projections named twice: ${names.join(', ')}`);
  const startedAt = performance.now();
  const logger = options.logger ?? silentProjectionLogger;
  const batchSize = options.batchSize ?? DEFAULT_REBUILD_BATCH_SIZE;
  const batches: ProjectionBatch[] = projections.map((projection) => ({
    projection,
    target: {
      checkpoint: null,
      collectionName: (collection) => rebuildTargetOf(collection, projection.version),
    },
  }));
  const liveCollectionsOf = (projection: Projection): string[] => [
    ...projection.collections,
    deadLetterCollectionOf(projection.name),
  ];

  for (const { projection, target } of batches) {
    for (const collection of liveCollectionsOf(projection))
      await readModels.dropCollection(target.collectionName(collection));
    logger.log(`Rebuilding ${projection.name} v${projection.version} from the start of the log`);
  }

  // Time each projection spent on its own part; the shared reads and commits are split evenly at the end.
  const spentMs = projections.map(() => 0);
  const deadLetters = projections.map(() => 0);
  let position: GlobalPosition | null = null;
  let eventsRead = 0;
  for (;;) {
    const events = await eventStore.readAll(position, batchSize);
    if (events.length === 0) break;
    const outcomes = await applyBatchToEach(readModels, batches, events, {
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      logger,
      onSpent: (index, ms) => (spentMs[index] += ms),
    });
    position = events[events.length - 1].position;
    eventsRead += events.length;
    for (const [index, outcome] of outcomes.entries()) deadLetters[index] += outcome.deadLetters.length;
    if (options.onProgress)
      for (const { name } of projections) options.onProgress({ projection: name, position, eventsRead });
  }

  for (const [index, projection] of projections.entries()) {
    const swapStartedAt = performance.now();
    // Declared on the live collections, so the swap re-creates them on the rebuilt ones: an index is built
    // once on the filled table, never maintained row by row during the fill.
    for (const [collection, fields] of Object.entries(projection.indexes ?? {})) {
      await readModels.ensureIndexes(collection, fields);
    }
    for (const [collection, fields] of Object.entries(projection.textIndexes ?? {})) {
      await readModels.ensureTextIndexes(collection, fields);
    }
    await readModels.swapCollections(
      liveCollectionsOf(projection).map((collection) => ({
        source: batches[index].target.collectionName(collection),
        target: collection,
      })),
      { projection: projection.name, position },
    );
    spentMs[index] += performance.now() - swapStartedAt;
  }

  const sharedMs = Math.max(0, performance.now() - startedAt - spentMs.reduce((sum, ms) => sum + ms, 0));
  return projections.map((projection, index) => {
    const durationMs = spentMs[index] + sharedMs / projections.length;
    logger.log(
      `Rebuilt ${projection.name}: ${eventsRead} events up to ${String(position)} in ${Math.round(durationMs)} ms` +
        (deadLetters[index] > 0 ? `, ${deadLetters[index]} dead-lettered` : ''),
    );
    return { projection: projection.name, position, eventsRead, deadLetters: deadLetters[index], durationMs };
  });
}
