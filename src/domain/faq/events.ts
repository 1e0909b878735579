// The facts of a FAQ entry's life (preguntas frecuentes / bitácora de casos), stored in its stream
// `faq-entry-<id>`. Every edit is its own event with the fields it changed and the new version, so an
// auditor sees who changed an answer and when (the metadata carries who and when).
import type { DomainEvent } from '../shared/decider.js';
import type { Instant } from '../shared/time.js';

/** What an entry says: the part of it that is versioned. */
export interface FaqEntryContent {
  readonly question: string;
  readonly answer: string;
  /** Free text chosen by staff (e.g. "Afiliaciones"), trimmed. */
  readonly category: string;
  /** Lower case, trimmed, unique, sorted. */
  readonly tags: readonly string[];
  /** Radicados of the PQRS cases the entry comes from (the case log), unique, sorted. */
  readonly linkedRadicados: readonly string[];
}

export const FAQ_ENTRY_CONTENT_FIELDS = [
  'question',
  'answer',
  'category',
  'tags',
  'linkedRadicados',
] as const satisfies readonly (keyof FaqEntryContent)[];
export type FaqEntryContentField = (typeof FAQ_ENTRY_CONTENT_FIELDS)[number];

export type FaqEntryCreated = DomainEvent<
  'FaqEntryCreated',
  FaqEntryContent & {
    readonly entryId: string;
    /** Always 1: the first version. */
    readonly version: number;
  }
>;

export type FaqEntryUpdated = DomainEvent<
  'FaqEntryUpdated',
  {
    /** The version this edit makes: the previous one plus one. */
    readonly version: number;
    /** Only the fields that changed, with their new values. */
    readonly changes: Partial<FaqEntryContent>;
  }
>;

export type FaqEntryPublished = DomainEvent<
  'FaqEntryPublished',
  {
    /** The version made public. */
    readonly version: number;
    readonly publishedAt: Instant;
  }
>;

export type FaqEntryRetired = DomainEvent<
  'FaqEntryRetired',
  {
    /** The version in force when retired. */
    readonly version: number;
    readonly reason: string;
    readonly retiredAt: Instant;
  }
>;

export type FaqEntryEvent = FaqEntryCreated | FaqEntryUpdated | FaqEntryPublished | FaqEntryRetired;
export type FaqEntryEventType = FaqEntryEvent['type'];

/** Current schema version of each event type; bump it (and keep an upcaster) when a shape changes. */
export const FAQ_ENTRY_EVENT_SCHEMA_VERSIONS: Readonly<Record<FaqEntryEventType, number>> = {
  FaqEntryCreated: 1,
  FaqEntryUpdated: 1,
  FaqEntryPublished: 1,
  FaqEntryRetired: 1,
};

export const FAQ_ENTRY_STREAM_PREFIX = 'faq-entry-';
export const faqEntryStreamOf = (entryId: string): string => `${FAQ_ENTRY_STREAM_PREFIX}${entryId}`;
