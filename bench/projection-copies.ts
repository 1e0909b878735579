// Twice the read models: a copy of every application projection under another name, writing collections
// of their own, so the command measure can run again with double the projection work behind each event
// (issue 14, target 4: a command's cost must not grow with the number of read models).
import type { INestApplication } from '@nestjs/common';
import type { Projection } from '../src/engine/projections/projection.js';
import { ProjectionRunner } from '../src/engine/projections/projection-runner.js';
import type { ReadModelTransaction } from '../src/engine/read-models/read-model-store.js';
import { APPLICATION_PROJECTIONS } from '../src/features/read-models.js';

const COPY_SUFFIX = '_copy';

/** The same projection under `<name>_copy`, its collections renamed the same way (indexes too). */
export function copyOfProjection(projection: Projection): Projection {
  const rename = (collection: string): string =>
    projection.collections.includes(collection) ? `${collection}${COPY_SUFFIX}` : collection;
  const renameKeys = <T>(record: Readonly<Record<string, T>> | undefined) =>
    record &&
    Object.fromEntries(Object.entries(record).map(([collection, value]) => [rename(collection), value]));
  return {
    name: `${projection.name}${COPY_SUFFIX}`,
    version: projection.version,
    categories: projection.categories,
    collections: projection.collections.map(rename),
    indexes: renameKeys(projection.indexes),
    textIndexes: renameKeys(projection.textIndexes),
    // Every collection argument the projection passes (put, get, find, ...) goes to its copy; the collections
    // of other projections it reads stay as they are.
    apply: (event, tx) =>
      projection.apply(
        event,
        new Proxy(tx, {
          get(target, property, receiver) {
            const value: unknown = Reflect.get(target, property, receiver);
            if (typeof value !== 'function' || property === 'setCheckpoint') return value;
            return (first: unknown, ...rest: unknown[]) =>
              (value as (...args: unknown[]) => unknown).call(
                target,
                typeof first === 'string' ? rename(first) : first,
                ...rest,
              );
          },
        }) as ReadModelTransaction,
      ),
  };
}

/**
 * Runs `work` while the application's projection list holds a copy of each of its projections: an
 * application created inside `work` follows both. The list is the one InfrastructureModule hands to the
 * ProjectionRunner; the copies are taken out again afterwards, whatever happens.
 */
export async function withDoubledReadModels<T>(work: () => Promise<T>): Promise<T> {
  const projections = APPLICATION_PROJECTIONS as Projection[];
  const originals = projections.length;
  projections.push(...projections.map(copyOfProjection));
  try {
    return await work();
  } finally {
    projections.splice(originals);
  }
}

/** Fails the measure when the running application does not follow exactly these many projections. */
export async function assertProjectionCount(app: INestApplication, expected: number): Promise<void> {
  const following = (await app.get(ProjectionRunner).status()).length;
  if (following !== expected) {
    throw new Error(
      `The application follows ${following} projections, not the ${expected} the measure needs`,
    );
  }
}
