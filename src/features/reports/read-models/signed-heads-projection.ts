// The `signedLogHeads` read model: one document per head of the log the installation signed, with the
// instant it was recorded, so every report prints the last head signed at or before its as-of instant —
// the same head whenever the report is regenerated as of that instant.
import { LOG_HEAD_STREAM, type LogHeadEvent } from '../../../domain/log-head/index.js';
import { printableLogHead } from '../../../engine/eventstore/log-chain.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';

export const SIGNED_HEADS_COLLECTION = 'signedLogHeads';

export interface SignedHeadDocument extends ReadModelDocument {
  /** The sequence, zero-padded: ids sort as the heads do. */
  readonly id: string;
  /** How many events of the log the head covers. */
  readonly sequence: number;
  readonly chainHash: string;
  readonly signature: string;
  readonly publicKey: string;
  readonly signedAt: string;
  /** When the head was recorded in the log: reports as of an instant print the last head up to it. */
  readonly recordedAt: string;
  /** As reports print it, and `npm run audit:verify -- --head` takes it. */
  readonly printable: string;
}

export const signedHeadsProjection: Projection = {
  name: 'signedLogHeads',
  version: 1,
  categories: [LOG_HEAD_STREAM],
  collections: [SIGNED_HEADS_COLLECTION],
  indexes: { [SIGNED_HEADS_COLLECTION]: ['recordedAt'] },
  async apply(recorded, tx) {
    const event = { type: recorded.type, data: recorded.data } as LogHeadEvent;
    if (event.type !== 'LogHeadSigned') return;
    const { sequence, chainHash, signature, publicKey, signedAt } = event.data;
    // One document per head, made of the event alone: applying it again writes the same document.
    await tx.put(SIGNED_HEADS_COLLECTION, {
      id: String(sequence).padStart(16, '0'),
      sequence,
      chainHash,
      signature,
      publicKey,
      signedAt,
      recordedAt: recorded.metadata.recordedAt,
      printable: printableLogHead({ sequence, chainHash, signature }),
    });
  },
};
