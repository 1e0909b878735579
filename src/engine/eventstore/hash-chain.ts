// The audit trail's hash chain: the canonical encoding of an event and its SHA-256. Every adapter stamps
// events with it at append, and verifyAuditTrail recomputes it, so both must share this one definition.
//
// Hash schemes, named by metadata.hashVersion (the log is append-only, so old events keep theirs):
//   1 (no hashVersion): type, schemaVersion, stream, revision, data and metadata but the hash.
//   2: the whole envelope — scheme 1 plus the event id and the scheme itself; the metadata then also holds
//      the event's sequence in the global log where the store knows it before committing (SQLite).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.js';
import type { EventMetadata } from './event-store.js';

/** The scheme every store seals new events with. */
export const CURRENT_HASH_VERSION = 2;
/** The schemes this program can recompute. */
export const KNOWN_HASH_VERSIONS: readonly number[] = [1, 2];

/** What the hash covers: everything that makes the event what it is, except the hash itself. */
export interface HashedEventContent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly stream: string;
  readonly revision: number;
  readonly data: unknown;
  readonly metadata: Omit<EventMetadata, 'hash'> | EventMetadata;
}

/** previousHash of the first event of a stream. */
export const GENESIS_HASH = '';

/** The scheme an event was sealed with (1 for events sealed before schemes were versioned). */
export function hashVersionOf(metadata: Partial<EventMetadata> | null | undefined): unknown {
  return metadata?.hashVersion ?? 1;
}

/**
 * SHA-256 (hex) of the event's canonical encoding under its own scheme, with metadata.hash left out;
 * null when the scheme is not one this program knows (an edited hashVersion is found as a mismatch).
 */
export function eventHash(event: HashedEventContent): string | null {
  const { hash: _ignored, ...metadataWithoutHash } = event.metadata as EventMetadata;
  const version = hashVersionOf(metadataWithoutHash);
  const envelope = {
    type: event.type,
    schemaVersion: event.schemaVersion,
    stream: event.stream,
    revision: event.revision,
    data: event.data,
    metadata: metadataWithoutHash,
  };
  let content: unknown;
  if (version === 1) content = envelope;
  else if (version === 2) content = { ...envelope, id: event.id };
  else return null;
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
 * recordedAt, the current hash scheme, the global sequence from `firstSequence` when the store knows it
 * (omitted otherwise), and each event's hash chained to the previous one. Hashes cover what will be read
 * back, so data and metadata go through the JSON round trip first.
 */
export function sealBatch(
  stream: string,
  events: readonly {
    readonly id: string;
    readonly type: string;
    readonly schemaVersion: number;
    readonly data: unknown;
    readonly metadata: Omit<
      EventMetadata,
      'recordedAt' | 'previousHash' | 'hash' | 'hashVersion' | 'sequence'
    >;
  }[],
  head: { readonly revision: number; readonly lastHash: string },
  recordedAt: string,
  firstSequence?: number,
): SealedEvent[] {
  let revision = head.revision;
  let previousHash = head.lastHash;
  return events.map((event, index) => {
    revision++;
    const data = JSON.parse(JSON.stringify(event.data ?? null)) as unknown;
    const metadataWithoutHash = JSON.parse(
      JSON.stringify({
        ...event.metadata,
        recordedAt,
        previousHash,
        hashVersion: CURRENT_HASH_VERSION,
        ...(firstSequence === undefined ? {} : { sequence: firstSequence + index }),
      }),
    ) as Omit<EventMetadata, 'hash'>;
    const hash = eventHash({
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      stream,
      revision,
      data,
      metadata: metadataWithoutHash,
    })!;
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
