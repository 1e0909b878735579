// Rebuilding a projection from the start of the log: it replays every event into versioned target
// collections (`<collection>__rebuild_v<version>`), then swaps them in together with the checkpoint in
// one step, so readers see the old read model until the new one is complete. A live runner elsewhere
// notices the moved checkpoint and goes on from it.
import type { EventStore, GlobalPosition } from '../eventstore/event-store.js';
import { applyBatch, silentProjectionLogger, type ProjectionLogger } from './projection-batch.js';
import { assertValidProjection, deadLetterCollectionOf, type Projection } from './projection.js';
import type { ReadModelStore } from '../read-models/read-model-store.js';

export interface RebuildOptions {
  /** Events per transaction. */
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
  readonly durationMs: number;
}

const DEFAULT_REBUILD_BATCH_SIZE = 1_000;
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
  assertValidProjection(projection);
  const startedAt = performance.now();
  const logger = options.logger ?? silentProjectionLogger;
  const batchSize = options.batchSize ?? DEFAULT_REBUILD_BATCH_SIZE;
  const liveCollections = [...projection.collections, deadLetterCollectionOf(projection.name)];
  const targetOf = (collection: string): string => rebuildTargetOf(collection, projection.version);

  for (const collection of liveCollections) await readModels.dropCollection(targetOf(collection));
  logger.log(`Rebuilding ${projection.name} v${projection.version} from the start of the log`);

  let position: GlobalPosition | null = null;
  let eventsRead = 0;
  let deadLetters = 0;
  for (;;) {
    const events = await eventStore.readAll(position, batchSize);
    if (events.length === 0) break;
    const outcome = await applyBatch(
      readModels,
      projection,
      events,
      { checkpoint: null, collectionName: targetOf },
      { maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, logger },
    );
    position = outcome.checkpoint;
    eventsRead += events.length;
    deadLetters += outcome.deadLetters.length;
    options.onProgress?.({ projection: projection.name, position, eventsRead });
  }

  // Declared on the live collections, so the swap re-creates them on the rebuilt ones.
  for (const [collection, fields] of Object.entries(projection.indexes ?? {})) {
    await readModels.ensureIndexes(collection, fields);
  }
  for (const [collection, fields] of Object.entries(projection.textIndexes ?? {})) {
    await readModels.ensureTextIndexes(collection, fields);
  }
  await readModels.swapCollections(
    liveCollections.map((collection) => ({ source: targetOf(collection), target: collection })),
    { projection: projection.name, position },
  );
  const durationMs = performance.now() - startedAt;
  logger.log(
    `Rebuilt ${projection.name}: ${eventsRead} events up to ${String(position)} in ${Math.round(durationMs)} ms` +
      (deadLetters > 0 ? `, ${deadLetters} dead-lettered` : ''),
  );
  return { projection: projection.name, position, eventsRead, deadLetters, durationMs };
}

/** Rebuilds each projection in turn. */
export async function rebuildProjections(
  eventStore: Pick<EventStore, 'readAll'>,
  readModels: ReadModelStore,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildResult[]> {
  const results: RebuildResult[] = [];
  for (const projection of projections)
    results.push(await rebuildProjection(eventStore, readModels, projection, options));
  return results;
}
