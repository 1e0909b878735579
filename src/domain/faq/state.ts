// A FAQ entry as its events leave it: a union on `status` holding what the rules in decide.ts need.
// Draft → published → retired; a retired entry may be published again (see decide.ts).
import type { Instant } from '../shared/time.js';
import type { FaqEntryContent, FaqEntryEvent } from './events.js';

export const FAQ_ENTRY_STATUSES = ['NOT_CREATED', 'DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type FaqEntryStatus = (typeof FAQ_ENTRY_STATUSES)[number];

/** What every created entry knows, whatever its status. */
export interface FaqEntryRecord extends FaqEntryContent {
  readonly entryId: string;
  /** The content version in force: 1 at creation, one more per edit. */
  readonly version: number;
}

export interface NotCreatedEntry {
  readonly status: 'NOT_CREATED';
}

export interface DraftEntry extends FaqEntryRecord {
  readonly status: 'DRAFT';
}

export interface PublishedEntry extends FaqEntryRecord {
  readonly status: 'PUBLISHED';
  readonly publishedAt: Instant;
}

export interface RetiredEntry extends FaqEntryRecord {
  readonly status: 'RETIRED';
  readonly retiredAt: Instant;
  readonly retiredReason: string;
}

export type FaqEntryState = NotCreatedEntry | DraftEntry | PublishedEntry | RetiredEntry;
export type CreatedFaqEntry = Exclude<FaqEntryState, NotCreatedEntry>;

export const initialFaqEntryState: FaqEntryState = { status: 'NOT_CREATED' };

/** The common record of an entry, without the fields of its status. */
export function faqEntryRecordOf(state: FaqEntryRecord): FaqEntryRecord {
  return {
    entryId: state.entryId,
    question: state.question,
    answer: state.answer,
    category: state.category,
    tags: state.tags,
    linkedRadicados: state.linkedRadicados,
    version: state.version,
  };
}

/**
 * Folds one event into the entry. The event is a fact: nothing is validated and nothing thrown; an event
 * that cannot apply to the state (which decide never produces) leaves the state as it was.
 */
export function evolveFaqEntry(state: FaqEntryState, event: FaqEntryEvent): FaqEntryState {
  switch (event.type) {
    case 'FaqEntryCreated': {
      const data = event.data;
      return {
        status: 'DRAFT',
        entryId: data.entryId,
        question: data.question,
        answer: data.answer,
        category: data.category,
        tags: data.tags,
        linkedRadicados: data.linkedRadicados,
        version: data.version,
      };
    }
    case 'FaqEntryUpdated': {
      if (state.status === 'NOT_CREATED') return state;
      return { ...state, ...event.data.changes, version: event.data.version };
    }
    case 'FaqEntryPublished': {
      if (state.status === 'NOT_CREATED') return state;
      return { ...faqEntryRecordOf(state), status: 'PUBLISHED', publishedAt: event.data.publishedAt };
    }
    case 'FaqEntryRetired': {
      if (state.status === 'NOT_CREATED') return state;
      return {
        ...faqEntryRecordOf(state),
        status: 'RETIRED',
        retiredAt: event.data.retiredAt,
        retiredReason: event.data.reason,
      };
    }
    default: {
      // A type this code does not know yet (written by a newer version): the state stays as it was.
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
}
