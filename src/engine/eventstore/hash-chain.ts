// The audit trail's hash chain: the canonical encoding of an event and its SHA-256. Every adapter stamps
// events with it at append, and verifyAuditTrail recomputes it, so both must share this one definition.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.js';
import type { EventMetadata } from './event-store.js';

/** What the hash covers: everything that makes the event what it is, except the hash itself. */
export interface HashedEventContent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly stream: string;
  readonly revision: number;
  readonly data: unknown;
  readonly metadata: Omit<EventMetadata, 'hash'> | EventMetadata;
}

/** previousHash of the first event of a stream. */
export const GENESIS_HASH = '';

/** SHA-256 (hex) of the event's canonical encoding, with metadata.hash left out. */
export function eventHash(event: HashedEventContent): string {
  const { hash: _ignored, ...metadataWithoutHash } = event.metadata as EventMetadata;
  const content = {
    type: event.type,
    schemaVersion: event.schemaVersion,
    stream: event.stream,
    revision: event.revision,
    data: event.data,
    metadata: metadataWithoutHash,
  };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/** An event as a store writes it: content as it will read back, metadata stamped and hashed. */
export interface SealedEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly revision: number;
  /** The data after the JSON round trip (undefined fields dropped, dates as strings). */
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/**
 * Stamps a batch for appending after the stream's current head: revisions from `head.revision + 1`,
 * recordedAt, and each event's hash chained to the previous one. Hashes cover what will be read back,
 * so data and metadata go through the JSON round trip first.
 */
export function sealBatch(
  stream: string,
  events: readonly {
    readonly id: string;
    readonly type: string;
    readonly schemaVersion: number;
    readonly data: unknown;
    readonly metadata: Omit<EventMetadata, 'recordedAt' | 'previousHash' | 'hash'>;
  }[],
  head: { readonly revision: number; readonly lastHash: string },
  recordedAt: string,
): SealedEvent[] {
  let revision = head.revision;
  let previousHash = head.lastHash;
  return events.map((event) => {
    revision++;
    const data = JSON.parse(JSON.stringify(event.data ?? null)) as unknown;
    const metadataWithoutHash = JSON.parse(
      JSON.stringify({ ...event.metadata, recordedAt, previousHash }),
    ) as Omit<EventMetadata, 'hash'>;
    const hash = eventHash({
      type: event.type,
      schemaVersion: event.schemaVersion,
      stream,
      revision,
      data,
      metadata: metadataWithoutHash,
    });
    previousHash = hash;
    return {
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      revision,
      data,
      metadata: { ...metadataWithoutHash, hash },
    };
  });
}
