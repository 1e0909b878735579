// The `faqEntries` read model: one document per FAQ entry (id = entry id) with its version in force,
// status, who changed it last and when. The search index (faq-search.ts) is built from its
// published documents; an entry's version history is replayed from the event store, not kept here.
import type { RecordedEvent } from '../../../engine/eventstore/event-store.js';
import {
  FAQ_ENTRY_STREAM_PREFIX,
  type FaqEntryEvent,
  type FaqEntryStatus,
} from '../../../domain/faq/index.js';
import type { Instant } from '../../../domain/shared/time.js';
import type { Projection } from '../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../engine/read-models/read-model-store.js';
import { foldForSearch } from '../../../engine/read-models/search-text.js';

export const FAQ_ENTRIES_COLLECTION = 'faqEntries';

/** The statuses a created entry shows. */
export type FaqEntryDocumentStatus = Exclude<FaqEntryStatus, 'NOT_CREATED'>;

export interface FaqEntryDocument extends ReadModelDocument {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  readonly category: string;
  /** The category folded (lower case, no accents): what the category filter compares. */
  readonly categoryKey: string;
  readonly tags: readonly string[];
  readonly linkedRadicados: readonly string[];
  readonly status: FaqEntryDocumentStatus;
  /** The content version in force. */
  readonly version: number;
  readonly createdAt: Instant;
  readonly createdBy: string;
  /** When the store recorded the last event applied, and who caused it (edit, publication, retirement). */
  readonly updatedAt: Instant;
  readonly updatedBy: string;
  /** The last publication, kept after retirement. */
  readonly publishedAt: Instant | null;
  readonly publishedBy: string | null;
  readonly retiredAt: Instant | null;
  readonly retiredReason: string | null;
  /** Stream revision of the last event applied: the idempotency guard. */
  readonly revision: number;
  /** Global position of the last event applied: the search index is rebuilt when the greatest moves. */
  readonly lastPosition: number;
  /** Question, category and tags folded, for the staff list's text filter. */
  readonly searchText: string;
}

export function categoryKeyOf(category: string): string {
  return foldForSearch(category.trim());
}

/** The entry after one of its events; null when the event cannot apply (no FaqEntryCreated seen). */
export function evolveFaqEntryDocument(
  current: FaqEntryDocument | null,
  recorded: RecordedEvent,
): FaqEntryDocument | null {
  const event = { type: recorded.type, data: recorded.data } as FaqEntryEvent;
  const marks = appliedMarks(recorded);
  switch (event.type) {
    case 'FaqEntryCreated': {
      const data = event.data;
      return withSearchText({
        id: entryIdOf(recorded.stream),
        question: data.question,
        answer: data.answer,
        category: data.category,
        categoryKey: categoryKeyOf(data.category),
        tags: data.tags,
        linkedRadicados: data.linkedRadicados,
        status: 'DRAFT',
        version: data.version,
        createdAt: recorded.metadata.recordedAt,
        createdBy: recorded.metadata.actorId,
        publishedAt: null,
        publishedBy: null,
        retiredAt: null,
        retiredReason: null,
        searchText: '',
        ...marks,
      });
    }
    case 'FaqEntryUpdated': {
      if (current === null) return null;
      const { changes, version } = event.data;
      return withSearchText({
        ...current,
        ...changes,
        ...(changes.category === undefined ? {} : { categoryKey: categoryKeyOf(changes.category) }),
        version,
        ...marks,
      });
    }
    case 'FaqEntryPublished':
      if (current === null) return null;
      return {
        ...current,
        status: 'PUBLISHED',
        publishedAt: event.data.publishedAt,
        publishedBy: recorded.metadata.actorId,
        retiredAt: null,
        retiredReason: null,
        ...marks,
      };
    case 'FaqEntryRetired':
      if (current === null) return null;
      return {
        ...current,
        status: 'RETIRED',
        retiredAt: event.data.retiredAt,
        retiredReason: event.data.reason,
        ...marks,
      };
    default: {
      // A type added to FaqEntryEvent must be handled above; at run time an unknown type changes nothing.
      const _exhaustive: never = event;
      void _exhaustive;
      return current;
    }
  }
}

function withSearchText(document: FaqEntryDocument): FaqEntryDocument {
  return {
    ...document,
    searchText: foldForSearch(`${document.question} ${document.category} ${document.tags.join(' ')}`),
  };
}

function appliedMarks(
  recorded: RecordedEvent,
): Pick<FaqEntryDocument, 'revision' | 'lastPosition' | 'updatedAt' | 'updatedBy'> {
  return {
    revision: recorded.revision,
    lastPosition: recorded.position,
    updatedAt: recorded.metadata.recordedAt,
    updatedBy: recorded.metadata.actorId,
  };
}

function entryIdOf(stream: string): string {
  return stream.slice(FAQ_ENTRY_STREAM_PREFIX.length);
}

export const faqEntriesProjection: Projection = {
  name: 'faqEntries',
  version: 1,
  categories: [FAQ_ENTRY_STREAM_PREFIX],
  collections: [FAQ_ENTRIES_COLLECTION],
  indexes: {
    [FAQ_ENTRIES_COLLECTION]: ['status', 'categoryKey', 'status+categoryKey', 'updatedAt', 'lastPosition'],
  },
  textIndexes: { [FAQ_ENTRIES_COLLECTION]: ['searchText'] },
  async apply(event, tx) {
    const entryId = entryIdOf(event.stream);
    const current = await tx.get<FaqEntryDocument>(FAQ_ENTRIES_COLLECTION, entryId);
    // Stream revisions only grow: an event at or below the document's revision is already in it.
    if (current !== null && event.revision <= current.revision) return;
    const next = evolveFaqEntryDocument(current, event);
    if (next !== null) await tx.put(FAQ_ENTRIES_COLLECTION, next);
  },
};
