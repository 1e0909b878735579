// The documents one attempt of a batch reads and writes, kept in memory until the batch commits: an event
// touching the same day or case as an earlier one of the batch neither reads nor parses it again, and each
// document is written once per batch however many events changed it. It lives for one attempt only: a
// failed attempt rolls back its transaction and drops this cache with it. Documents are values — the
// projections build new ones rather than change those they read — so they are kept as they are.
import type { ReadModelDocument, ReadModelTransaction } from '../read-models/read-model-store.js';

export interface WriteBackTransaction {
  readonly tx: ReadModelTransaction;
  /** Writes every document changed since the last flush, in the order they were first changed. */
  flush(): Promise<void>;
}

export function writeBackTransaction(underlying: ReadModelTransaction): WriteBackTransaction {
  /** Per collection, by id: the document as the batch sees it, null when it does not exist. */
  const known = new Map<string, Map<string, ReadModelDocument | null>>();
  /** Per collection, the ids written since the last flush. */
  const dirty = new Map<string, Set<string>>();

  const documentsOf = (collection: string): Map<string, ReadModelDocument | null> => {
    let documents = known.get(collection);
    if (documents === undefined) known.set(collection, (documents = new Map()));
    return documents;
  };
  const markDirty = (collection: string, id: string): void => {
    let ids = dirty.get(collection);
    if (ids === undefined) dirty.set(collection, (ids = new Set()));
    ids.add(id);
  };
  const flush = async (): Promise<void> => {
    for (const [collection, ids] of dirty) {
      const documents = documentsOf(collection);
      for (const id of ids) {
        const document = documents.get(id);
        if (document === null || document === undefined) await underlying.delete(collection, id);
        else await underlying.put(collection, document);
      }
    }
    dirty.clear();
  };

  const tx: ReadModelTransaction = {
    async get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | null> {
      const documents = documentsOf(collection);
      if (documents.has(id)) return documents.get(id) as T | null;
      const document = await underlying.get<T>(collection, id);
      documents.set(id, document);
      return document;
    },
    // Queries see the batch's writes: they go to the store, so the store must have them first.
    async find(collection, filter, options) {
      await flush();
      return underlying.find(collection, filter, options);
    },
    async count(collection, filter) {
      await flush();
      return underlying.count(collection, filter);
    },
    async put(collection, document) {
      documentsOf(collection).set(document.id, document);
      markDirty(collection, document.id);
    },
    async delete(collection, id) {
      documentsOf(collection).set(id, null);
      markDirty(collection, id);
    },
    getCheckpoint: (projection) => underlying.getCheckpoint(projection),
    setCheckpoint: (projection, position) => underlying.setCheckpoint(projection, position),
  };
  return { tx, flush };
}
