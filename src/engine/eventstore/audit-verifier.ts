// Verifies the audit trail: re-walks every stream through the EventStore port, recomputes each event's
// hash and checks the chain and the revisions, and names the first event found altered.
import type { EventStore, GlobalPosition, RecordedEvent } from './event-store.js';
import { eventHash, GENESIS_HASH } from './hash-chain.js';

/**
 * HASH_MISMATCH: the event's content no longer gives its stored hash (it was edited).
 * CHAIN_BROKEN: its previousHash is not the hash of the event before it (one was replaced or re-hashed).
 * REVISION_GAP: its revision is not the next one (an event before it was deleted or renumbered).
 */
export type AuditMismatchReason = 'HASH_MISMATCH' | 'CHAIN_BROKEN' | 'REVISION_GAP';

export interface AuditMismatch {
  readonly stream: string;
  readonly revision: number;
  readonly position: GlobalPosition;
  readonly eventId: string;
  readonly type: string;
  readonly reason: AuditMismatchReason;
}

export interface AuditReport {
  readonly streamsChecked: number;
  readonly eventsChecked: number;
  readonly ok: boolean;
  /** The altered event earliest in the global log, when there is one. */
  readonly firstMismatch?: AuditMismatch;
}

export async function verifyAuditTrail(
  store: Pick<EventStore, 'streamNames' | 'readStream'>,
): Promise<AuditReport> {
  let streamsChecked = 0;
  let eventsChecked = 0;
  let firstMismatch: AuditMismatch | undefined;

  for await (const stream of store.streamNames()) {
    const events = await store.readStream(stream);
    streamsChecked++;
    eventsChecked += events.length;
    const mismatch = firstMismatchInStream(events);
    if (
      mismatch !== undefined &&
      (firstMismatch === undefined || mismatch.position < firstMismatch.position)
    ) {
      firstMismatch = mismatch;
    }
  }

  return firstMismatch === undefined
    ? { streamsChecked, eventsChecked, ok: true }
    : { streamsChecked, eventsChecked, ok: false, firstMismatch };
}

function firstMismatchInStream(events: readonly RecordedEvent[]): AuditMismatch | undefined {
  let expectedPreviousHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const reason = mismatchReason(event, index, expectedPreviousHash);
    if (reason !== undefined) {
      return {
        stream: event.stream,
        revision: event.revision,
        position: event.position,
        eventId: event.id,
        type: event.type,
        reason,
      };
    }
    // Chain to the stored hash, not a recomputed one: an edited event is reported once, not again at
    // every event after it.
    expectedPreviousHash = event.metadata.hash;
  }
  return undefined;
}

function mismatchReason(
  event: RecordedEvent,
  index: number,
  expectedPreviousHash: string,
): AuditMismatchReason | undefined {
  if (event.revision !== index) return 'REVISION_GAP';
  // Tampered metadata may be anything JSON allows, even null.
  const metadata = event.metadata as Partial<RecordedEvent['metadata']> | null;
  if (metadata?.previousHash !== expectedPreviousHash) return 'CHAIN_BROKEN';
  if (metadata.hash !== eventHash(event)) return 'HASH_MISMATCH';
  return undefined;
}
