// The last events of a stream without reading it whole: a counter's stream (the year's radicados) grows
// all year, and start-up needs only its tail. Revisions are contiguous from 0, so whether a revision
// exists is one single-event read, and the last one is found by doubling then halving: about
// 2·log2(n) reads of one event each.
import type { EventStore, RecordedEvent } from './event-store.js';

/** The stream's last `count` events, oldest first; none for a stream that does not exist. */
export async function readStreamTail(
  store: EventStore,
  stream: string,
  count: number,
): Promise<RecordedEvent[]> {
  const last = await lastRevisionOf(store, stream);
  if (last === null) return [];
  return store.readStream(stream, { fromRevision: Math.max(0, last - count + 1), maxCount: count });
}

/** The stream's last revision, or null when it has no events. */
export async function lastRevisionOf(store: EventStore, stream: string): Promise<number | null> {
  const exists = async (revision: number) =>
    (await store.readStream(stream, { fromRevision: revision, maxCount: 1 })).length > 0;
  if (!(await exists(0))) return null;
  // exists(low) holds and exists(high) does not, throughout.
  let low = 0;
  let high = 1;
  while (await exists(high)) {
    low = high;
    high *= 2;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await exists(middle)) low = middle;
    else high = middle;
  }
  return low;
}
