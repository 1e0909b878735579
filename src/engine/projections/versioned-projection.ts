// Read models that remember every state an entity went through, each with the interval of recording time
// in which it was the current one. Reports read them "as of" an instant: the version valid then is the
// state built from exactly the events recorded up to it (the store's recordedAt never decreases along the
// log), so a report issued on 5 July for the first semester comes out the same in November, whatever was
// recorded in between, without replaying the log at request time.
import type { RecordedEvent } from '../eventstore/event-store.js';
import type { Projection } from './projection.js';
import type { Filter, ReadModelDocument, ReadModelReader } from '../read-models/read-model-store.js';

/** The fields a version document adds to the entity's own. */
export interface VersionFields {
  /** The entity's id (the version's own id is `<entityId>@<revision>`). */
  readonly entityId: string;
  /** Stream revision of the event that produced this version. */
  readonly entityRevision: number;
  /** recordedAt of that event: from this instant on, this was the entity's state. */
  readonly validFrom: string;
  /** recordedAt of the event that replaced it; null while it is the current state. */
  readonly validTo: string | null;
}

export type Versioned<Entity extends ReadModelDocument> = Omit<Entity, 'id'> &
  VersionFields & { readonly id: string };

export interface VersionedProjectionOptions<Entity extends ReadModelDocument> {
  readonly name: string;
  readonly version: number;
  readonly categories: readonly string[];
  readonly collection: string;
  /** Fields the as-of queries filter on (validFrom is always indexed). */
  readonly indexes: readonly string[];
  readonly entityIdOf: (stream: string) => string;
  /**
   * The entity after the event (a pure function, usually the live read model's own evolve); null when the
   * event makes no document (no creation seen). Every event of a stream that has a document must give one.
   */
  readonly evolve: (current: Entity | null, event: RecordedEvent) => Entity | null;
}

/** Revisions padded so a version's ids sort in revision order. */
export function versionIdOf(entityId: string, revision: number): string {
  return `${entityId}@${String(revision).padStart(9, '0')}`;
}

export function versionedProjection<Entity extends ReadModelDocument>(
  options: VersionedProjectionOptions<Entity>,
): Projection {
  const { collection } = options;
  return {
    name: options.name,
    version: options.version,
    categories: options.categories,
    collections: [collection],
    indexes: { [collection]: ['validFrom', ...options.indexes] },
    async apply(event, tx) {
      const entityId = options.entityIdOf(event.stream);
      const id = versionIdOf(entityId, event.revision);
      const previous =
        event.revision === 0
          ? null
          : await tx.get<Versioned<Entity>>(collection, versionIdOf(entityId, event.revision - 1));
      // One version per event: a closed previous version, or a first one already there, means this event
      // was applied already (one read instead of two on the rebuild's hot path).
      if (previous !== null ? previous.validTo !== null : (await tx.get(collection, id)) !== null) return;
      const next = options.evolve(previous === null ? null : entityOf(previous), event);
      if (next === null) return;
      const recordedAt = event.metadata.recordedAt;
      if (previous !== null) await tx.put(collection, { ...previous, validTo: recordedAt });
      await tx.put(collection, {
        ...next,
        id,
        entityId,
        entityRevision: event.revision,
        validFrom: recordedAt,
        validTo: null,
      });
    },
  };
}

/** The entity a version describes, as its live read model shows it. */
export function entityOf<Entity extends ReadModelDocument>(version: Versioned<Entity>): Entity {
  const { entityId, entityRevision: _revision, validFrom: _from, validTo: _to, ...fields } = version;
  return { ...fields, id: entityId } as unknown as Entity;
}

/** The versions that were current at `asOf`: at most one per entity. */
export function validAt(asOf: string): Filter {
  return { validFrom: { $lte: asOf }, $or: [{ validTo: null }, { validTo: { $gt: asOf } }] };
}

/** The entities matching `filter` as they stood at `asOf`. */
export async function findAsOf<Entity extends ReadModelDocument>(
  reader: ReadModelReader,
  collection: string,
  asOf: string,
  filter: Filter = {},
): Promise<Entity[]> {
  // Ids start with the entity id, so the default order (by id) is the entities' order.
  const versions = await reader.find<Versioned<Entity>>(collection, { $and: [filter, validAt(asOf)] });
  return versions.map((version) => entityOf(version));
}
