// The read side of the FAQ: entries from the `faqEntries` read model, search and suggestions over the
// published ones, frequent PQRS subjects from `pqrsSubjectsDaily`, and an entry's version history
// replayed from the event store (the one query that reads the log, so auditors see every edit).
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput, NotFound } from '../../../engine/application-errors.js';
import { findKeysetPage, keysetCursorOf, type KeysetOrder } from '../../../engine/read-models/keyset-page.js';
import {
  evolveFaqEntry,
  faqEntryStreamOf,
  initialFaqEntryState,
  type FaqEntryContentField,
  type FaqEntryEvent,
  type FaqEntryState,
} from '../../../domain/faq/index.js';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../../engine/eventstore/event-store.js';
import { CASES_COLLECTION, type CaseDocument } from '../../pqrs/index.js';
import {
  categoryKeyOf,
  FAQ_ENTRIES_COLLECTION,
  type FaqEntryDocument,
  type FaqEntryDocumentStatus,
} from './faq-entries-projection.js';
import { queryFrequentSubjects, type FrequentSubject } from './pqrs-subjects-projection.js';
import type { Filter, ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { FAQ_READ_MODELS, FaqSearch, type FaqSearchHit } from './faq-search.js';

export interface FaqEntriesFilter {
  readonly status?: FaqEntryDocumentStatus | null;
  readonly category?: string | null;
  /** Searched in question, category and tags (substring, case- and accent-insensitive). */
  readonly text?: string | null;
}

export interface FaqEntriesPage {
  readonly nodes: readonly FaqEntryDocument[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** One step of an entry's history: the event as recorded, and the entry as it left it. */
export interface FaqEntryHistoryStep {
  readonly event: RecordedEvent;
  readonly changedFields: readonly FaqEntryContentField[];
  readonly entry: Exclude<FaqEntryState, { status: 'NOT_CREATED' }>;
}

/** Most recently changed first; the id breaks ties, so the cursor is a stable keyset position. */
const FAQ_ENTRIES_ORDER: KeysetOrder = { sortField: 'updatedAt', tieField: 'id' };

/** A value with the texts it refers to revealed (the read models hold references to the vault). */
export type RevealTexts = <Value>(value: Value) => Promise<Value>;

@Injectable()
export class FaqQueries {
  constructor(
    @Inject(FAQ_READ_MODELS) private readonly readModels: ReadModelReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FaqSearch) private readonly searchIndex: FaqSearch,
  ) {}

  async getEntry(entryId: string): Promise<FaqEntryDocument> {
    const document = await this.readModels.get<FaqEntryDocument>(FAQ_ENTRIES_COLLECTION, entryId);
    if (!document) throw new NotFound(`No existe una entrada de preguntas frecuentes con id ${entryId}.`);
    return document;
  }

  async list(filter: FaqEntriesFilter, first: number, after: string | null): Promise<FaqEntriesPage> {
    const base = toFilter(filter);
    return findKeysetPage<FaqEntryDocument>(this.readModels, FAQ_ENTRIES_COLLECTION, base, {
      ...FAQ_ENTRIES_ORDER,
      first,
      after,
    });
  }

  search(text: string | null, category: string | null, first: number): Promise<FaqSearchHit[]> {
    return this.searchIndex.search(text, { category, first });
  }

  /** Entries like the case's subject and description; `revealTexts` gives the case with its texts. */
  async suggestions(radicado: string, first: number, revealTexts: RevealTexts): Promise<FaqSearchHit[]> {
    const theCase = await this.readModels.get<CaseDocument>(CASES_COLLECTION, radicado);
    if (!theCase) throw new NotFound(`No existe un caso con radicado ${radicado}.`);
    return this.searchIndex.suggestionsFor(await revealTexts(theCase), first);
  }

  /**
   * Entries like a subject a citizen is writing, by the same rule and threshold as a case's suggestions:
   * the text stands for the case's subject, with no description and no radicado yet.
   */
  suggestionsForText(text: string, first: number): Promise<FaqSearchHit[]> {
    return this.searchIndex.suggestionsFor({ radicado: null, subject: text, description: '' }, first);
  }

  async frequentSubjects(
    from: string,
    to: string,
    first: number,
    revealTexts: RevealTexts,
  ): Promise<FrequentSubject[]> {
    if (from > to) throw new BadUserInput('to', 'La fecha final del periodo es anterior a la inicial.');
    return queryFrequentSubjects(this.readModels, from, to, first, revealTexts);
  }

  async history(entryId: string): Promise<FaqEntryHistoryStep[]> {
    const events = await this.store.readStream(faqEntryStreamOf(entryId));
    if (events.length === 0) {
      throw new NotFound(`No existe una entrada de preguntas frecuentes con id ${entryId}.`);
    }
    const steps: FaqEntryHistoryStep[] = [];
    let state: FaqEntryState = initialFaqEntryState;
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as FaqEntryEvent;
      state = evolveFaqEntry(state, event);
      if (state.status === 'NOT_CREATED') continue;
      steps.push({ event: recorded, changedFields: changedFieldsOf(event), entry: state });
    }
    return steps;
  }
}

function changedFieldsOf(event: FaqEntryEvent): FaqEntryContentField[] {
  switch (event.type) {
    case 'FaqEntryCreated':
      return ['question', 'answer', 'category', 'tags', 'linkedRadicados'];
    case 'FaqEntryUpdated':
      return Object.keys(event.data.changes) as FaqEntryContentField[];
    case 'FaqEntryPublished':
    case 'FaqEntryRetired':
      return [];
    default: {
      const _exhaustive: never = event;
      void _exhaustive;
      return [];
    }
  }
}

function toFilter(filter: FaqEntriesFilter): Filter {
  const conditions: Record<string, Filter[string]> = {};
  if (filter.status) conditions['status'] = filter.status;
  if (filter.category) conditions['categoryKey'] = categoryKeyOf(filter.category);
  if (filter.text) conditions['searchText'] = { $contains: filter.text };
  return conditions as Filter;
}

export function encodeFaqCursor(entry: Pick<FaqEntryDocument, 'updatedAt' | 'id'>): string {
  return keysetCursorOf(entry, FAQ_ENTRIES_ORDER);
}
