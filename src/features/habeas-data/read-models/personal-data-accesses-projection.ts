// The `personalDataAccesses` read model: one document per person an access showed unmasked (a list page
// of 20 people is one PersonalDataViewed event and 20 documents here), so ADMIN and AUDITOR find who saw
// a person, or whom a staff member saw, without reading the log. Ids only: the people's data, and a
// reveal's reason, stay in the personal-data vault.
import {
  PERSONAL_DATA_ACCESS_STREAM_PREFIX,
  type AccessPurpose,
  type PersonalDataViewed,
  type PersonalFileDownloaded,
} from '../../../domain/personal-data-access/events.js';
import type { GlobalPosition, RecordedEvent } from '../../../engine/eventstore/event-store.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';

export const PERSONAL_DATA_ACCESSES_COLLECTION = 'personalDataAccesses';

export interface PersonalDataAccessDocument extends ReadModelDocument {
  /** `<position, fixed width>:<person's place in the event>`: text order is the log's order. */
  readonly id: string;
  readonly eventId: string;
  readonly position: GlobalPosition;
  readonly actorId: string;
  readonly actorRole: string;
  readonly recordedAt: string;
  readonly purpose: AccessPurpose;
  readonly personId: string;
  /** The version shown; null for a file download (a file is no version of the person's data). */
  readonly version: number | null;
  /** The file downloaded, for FILE_DOWNLOAD; absent otherwise. */
  readonly attachmentId?: string | null;
  /** The radicado or affiliation the person was shown on; null for a reveal outside a record. */
  readonly reference: string | null;
  /** A reveal's reason, in the vault; null for case work. */
  readonly reasonTextId: string | null;
}

/** Digits of Number.MAX_SAFE_INTEGER: every position fits, and text order equals number order. */
const POSITION_DIGITS = 16;

export function accessIdOf(position: GlobalPosition, index: number): string {
  return `${String(position).padStart(POSITION_DIGITS, '0')}:${String(index).padStart(4, '0')}`;
}

export function accessDocumentsOf(event: RecordedEvent): PersonalDataAccessDocument[] {
  if (event.type === 'PersonalFileDownloaded') {
    const { ownerId, attachmentId } = event.data as PersonalFileDownloaded['data'];
    return [
      {
        id: accessIdOf(event.position, 0),
        eventId: event.id,
        position: event.position,
        actorId: event.metadata.actorId,
        actorRole: event.metadata.actorRole,
        recordedAt: event.metadata.recordedAt,
        purpose: 'FILE_DOWNLOAD',
        personId: ownerId,
        version: null,
        attachmentId,
        reference: null,
        reasonTextId: null,
      },
    ];
  }
  if (event.type !== 'PersonalDataViewed') return [];
  const { purpose, people, reasonTextId } = event.data as PersonalDataViewed['data'];
  return people.map((person, index) => ({
    id: accessIdOf(event.position, index),
    eventId: event.id,
    position: event.position,
    actorId: event.metadata.actorId,
    actorRole: event.metadata.actorRole,
    recordedAt: event.metadata.recordedAt,
    purpose,
    personId: person.personId,
    version: person.version,
    reference: person.reference,
    reasonTextId,
  }));
}

export const personalDataAccessesProjection: Projection = {
  name: 'personalDataAccesses',
  // 2: staff downloads of files that are someone's personal data.
  version: 2,
  categories: [PERSONAL_DATA_ACCESS_STREAM_PREFIX],
  collections: [PERSONAL_DATA_ACCESSES_COLLECTION],
  indexes: { [PERSONAL_DATA_ACCESSES_COLLECTION]: ['personId+id', 'actorId+id', 'recordedAt+id'] },
  async apply(event, tx) {
    // Made of the event alone, keyed by its position: applying it again writes the very same documents.
    for (const document of accessDocumentsOf(event))
      await tx.put(PERSONAL_DATA_ACCESSES_COLLECTION, document);
  },
};

export const HABEAS_DATA_PROJECTIONS: readonly Projection[] = [personalDataAccessesProjection];
