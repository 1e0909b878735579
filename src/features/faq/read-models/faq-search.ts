// Full-text search over the published FAQ entries with MiniSearch: Spanish-aware terms (folded as
// foldForSearch does, stop words dropped), prefix and fuzzy matching, the question weighing more than
// the answer. The index lives in memory and follows the `faqEntries` read model: each query first asks
// for the documents whose lastPosition passed the one the index has seen (an indexed query; positions
// only grow, so every applied FAQ event shows up) and updates just those entries. Building from scratch
// is not cheap enough per query: 500 entries with long answers take about 150-200 ms here, a search
// 5-15 ms (test/projections/faq-search.test.ts prints the measure).
import { Inject, Injectable } from '@nestjs/common';
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { KeyedMutex } from '../../../engine/commands/keyed-mutex.js';
import {
  categoryKeyOf,
  FAQ_ENTRIES_COLLECTION,
  faqEntriesProjection,
  type FaqEntryDocument,
} from './faq-entries-projection.js';
import { meaningfulTermsOf, spanishSearchTerm, tokenizeSpanish } from './faq-text.js';
import type { ReadModelReader } from '../../../engine/read-models/read-model-store.js';
import { readModelsProvider } from '../../../engine/commands/read-your-writes.js';
import { pqrsSubjectsProjection } from './pqrs-subjects-projection.js';
import { casesProjection } from '../../pqrs/index.js';

export interface FaqSearchHit {
  readonly entry: FaqEntryDocument;
  /** MiniSearch's BM25 score: only comparable within one answer. */
  readonly score: number;
  /** The indexed terms that matched (folded). */
  readonly matchedTerms: readonly string[];
}

interface IndexedEntry {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  readonly tags: string;
  readonly category: string;
}

interface LiveIndex {
  readonly index: MiniSearch<IndexedEntry>;
  /** The published entries, by id. */
  readonly entries: Map<string, FaqEntryDocument>;
  /** The greatest lastPosition of the read model's documents the index has seen. */
  lastPosition: number;
  /** How many documents the read model had: fewer later means it was rebuilt differently; start over. */
  documentCount: number;
}

/** The question says what the entry is about; tags and category were chosen for it; the answer is long. */
const FIELD_BOOSTS = { question: 3, tags: 2, category: 1.5, answer: 1 } as const;
/** Only the terms of the case's subject and description with this many characters or more go fuzzy. */
const FUZZY_FROM_LENGTH = 5;
const PREFIX_FROM_LENGTH = 3;
/** A PQRS description may be long: its first meaningful terms say enough to suggest entries. */
const MAX_DESCRIPTION_TERMS = 40;
const SUBJECT_TERM_BOOST = 2;
const LINKED_CASE_BOOST = 2;

const MATCHING: SearchOptions = {
  boost: FIELD_BOOSTS,
  combineWith: 'OR',
  prefix: (term) => term.length >= PREFIX_FROM_LENGTH,
  fuzzy: (term) => (term.length >= FUZZY_FROM_LENGTH ? 0.2 : false),
};

/**
 * What the FAQ queries and search read: the entries, the daily PQRS subjects, and the cases whose subject
 * the suggestions match.
 */
export const FAQ_READ_MODELS = Symbol('FaqReadModels');
export const faqReadModels = readModelsProvider(FAQ_READ_MODELS, [
  faqEntriesProjection,
  pqrsSubjectsProjection,
  casesProjection,
]);

@Injectable()
export class FaqSearch {
  private live: LiveIndex | null = null;
  /** One refresh at a time: two would add the same entry twice. */
  private readonly refreshing = new KeyedMutex();

  constructor(@Inject(FAQ_READ_MODELS) private readonly readModels: ReadModelReader) {}

  /** Published entries matching the text, best first; with no text, every published entry by question. */
  async search(
    text: string | null,
    options: { readonly category?: string | null; readonly first: number },
  ): Promise<FaqSearchHit[]> {
    const { index, entries } = await this.currentIndex();
    const categoryKey = options.category ? categoryKeyOf(options.category) : null;
    const inCategory = (entry: FaqEntryDocument | undefined): entry is FaqEntryDocument =>
      entry !== undefined && (categoryKey === null || entry.categoryKey === categoryKey);
    if (text === null || meaningfulTermsOf(text).length === 0) {
      return [...entries.values()]
        .filter(inCategory)
        .sort((left, right) => left.question.localeCompare(right.question, 'es'))
        .slice(0, options.first)
        .map((entry) => ({ entry, score: 0, matchedTerms: [] }));
    }
    const results = index.search(text, {
      ...MATCHING,
      filter: (result) => inCategory(entries.get(result.id as string)),
    });
    return this.hits(results, entries, options.first);
  }

  /**
   * Published entries like a PQRS case's subject and description, above the relevance threshold;
   * entries linked to the case weigh more.
   */
  async suggestionsFor(theCase: SuggestionCase, first: number): Promise<FaqSearchHit[]> {
    return suggestionsIn(await this.currentIndex(), theCase, first);
  }

  private hits(
    results: readonly SearchResult[],
    entries: ReadonlyMap<string, FaqEntryDocument>,
    first: number,
  ): FaqSearchHit[] {
    return hitsOf(results, entries, first);
  }

  /** The index of the published entries as the read model stands now. */
  private currentIndex(): Promise<LiveIndex> {
    return this.refreshing.run('faq-index', async () => {
      const documentCount = await this.readModels.count(FAQ_ENTRIES_COLLECTION, {});
      const live = this.live;
      if (live === null || documentCount < live.documentCount) {
        const documents = await this.readModels.find<FaqEntryDocument>(FAQ_ENTRIES_COLLECTION, {});
        this.live = {
          ...buildFaqIndex(documents.filter((document) => document.status === 'PUBLISHED')),
          lastPosition: greatestPosition(documents, 0),
          documentCount,
        };
        return this.live;
      }
      const changed = await this.readModels.find<FaqEntryDocument>(FAQ_ENTRIES_COLLECTION, {
        lastPosition: { $gt: live.lastPosition },
      });
      for (const document of changed) {
        if (live.entries.delete(document.id)) live.index.discard(document.id);
        if (document.status === 'PUBLISHED') {
          live.entries.set(document.id, document);
          live.index.add(indexedEntryOf(document));
        }
      }
      live.lastPosition = greatestPosition(changed, live.lastPosition);
      live.documentCount = documentCount;
      return live;
    });
  }
}

function hitsOf(
  results: readonly SearchResult[],
  entries: ReadonlyMap<string, FaqEntryDocument>,
  first: number,
): FaqSearchHit[] {
  return results.slice(0, first).flatMap((result) => {
    const entry = entries.get(result.id as string);
    return entry ? [{ entry, score: result.score, matchedTerms: result.terms }] : [];
  });
}

export interface SuggestionCase {
  /** Null for a text not filed yet (the subject a citizen is writing in the Ventanilla virtual). */
  readonly radicado: string | null;
  readonly subject: string;
  readonly description: string;
}

/**
 * How relevant an entry must be to be suggested for a case, in MiniSearch score per meaningful term of
 * the case's text: a raw BM25 score grows with the terms a long description brings, so it is divided by
 * them. On the demo FAQ and the demo cases (test/projections/faq-suggestion-threshold.test.ts), an entry
 * that answers the case scores 2.5 per term and more (a quota not paid: 18.8; a booking: 5.3), while one
 * that shares a single common word with it ("solicito", "sede", "respuesta", "beneficiarios" in a
 * mayor's letter) scores under 1.6: below 2, a suggestion is noise that teaches staff to ignore them.
 */
export const SUGGESTION_MIN_SCORE_PER_TERM = 2;

/** The suggestions for a case in this index: above the threshold, best first. Exported for tests. */
export function suggestionsIn(
  { index, entries }: { index: MiniSearch<IndexedEntry>; entries: ReadonlyMap<string, FaqEntryDocument> },
  theCase: SuggestionCase,
  first: number,
  minScorePerTerm = SUGGESTION_MIN_SCORE_PER_TERM,
): FaqSearchHit[] {
  const subjectTerms = meaningfulTermsOf(theCase.subject);
  const descriptionTerms = meaningfulTermsOf(theCase.description).slice(0, MAX_DESCRIPTION_TERMS);
  const terms = [...new Set([...subjectTerms, ...descriptionTerms])];
  if (terms.length === 0) return [];
  const fromSubject = new Set(subjectTerms);
  const results = index.search(terms.join(' '), {
    ...MATCHING,
    boostTerm: (term) => (fromSubject.has(term) ? SUBJECT_TERM_BOOST : 1),
    boostDocument: (id) =>
      theCase.radicado !== null && entries.get(id as string)?.linkedRadicados.includes(theCase.radicado)
        ? LINKED_CASE_BOOST
        : 1,
  });
  const relevant = results.filter((result) => result.score / terms.length >= minScorePerTerm);
  return hitsOf(relevant, entries, first);
}

function greatestPosition(documents: readonly FaqEntryDocument[], atLeast: number): number {
  return documents.reduce((greatest, document) => Math.max(greatest, document.lastPosition), atLeast);
}

function indexedEntryOf(entry: FaqEntryDocument): IndexedEntry {
  return {
    id: entry.id,
    question: entry.question,
    answer: entry.answer,
    tags: entry.tags.join(' '),
    category: entry.category,
  };
}

/** A MiniSearch index over these entries, and the entries by id. Exported for measuring and tests. */
export function buildFaqIndex(published: readonly FaqEntryDocument[]): {
  index: MiniSearch<IndexedEntry>;
  entries: Map<string, FaqEntryDocument>;
} {
  const index = new MiniSearch<IndexedEntry>({
    fields: ['question', 'answer', 'tags', 'category'],
    tokenize: tokenizeSpanish,
    processTerm: spanishSearchTerm,
  });
  index.addAll(published.map(indexedEntryOf));
  return { index, entries: new Map(published.map((entry) => [entry.id, entry])) };
}
