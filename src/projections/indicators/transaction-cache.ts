// The documents an indicator projection has read or written in the transaction in flight, so the
// next event of the batch touching the same day (or case) neither reads nor parses it again. Safe
// because a transaction object lives for one transaction only (a retry gets a new one, and with it an
// empty cache) and only the projection that declares a collection writes to it.
import type { ReadModelDocument, ReadModelTransaction } from '../read-model-store.js';

const documentsByTransaction = new WeakMap<ReadModelTransaction, Map<string, ReadModelDocument | null>>();

function documentsOf(tx: ReadModelTransaction): Map<string, ReadModelDocument | null> {
  let documents = documentsByTransaction.get(tx);
  if (documents === undefined) {
    documents = new Map();
    documentsByTransaction.set(tx, documents);
  }
  return documents;
}

function keyOf(collection: string, id: string): string {
  return `${collection}\u0000${id}`;
}

/** tx.get, answered from this transaction's earlier reads and writes when it can. */
export async function getInTransaction<T extends ReadModelDocument>(
  tx: ReadModelTransaction,
  collection: string,
  id: string,
): Promise<T | null> {
  const documents = documentsOf(tx);
  const key = keyOf(collection, id);
  if (documents.has(key)) return documents.get(key) as T | null;
  const document = await tx.get<T>(collection, id);
  documents.set(key, document);
  return document;
}

/** tx.put, remembered for the rest of the transaction. The document must not be changed afterwards. */
export async function putInTransaction(
  tx: ReadModelTransaction,
  collection: string,
  document: ReadModelDocument,
): Promise<void> {
  await tx.put(collection, document);
  documentsOf(tx).set(keyOf(collection, document.id), document);
}
