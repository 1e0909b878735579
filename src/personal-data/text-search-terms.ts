// What the vault's text search indexes and looks up: words folded (lower case, no accents) and split on
// anything but letters and digits; a word of three or more characters is indexed by each of its starts
// from 3 to 12 characters (so "gom" and "gomez" find "Gómez"), a shorter one as itself. The vault stores
// only keyed hashes of these tokens: readable by nobody without the master key, and deleted with the text.
// A person's name is indexed the same way, and their document number as one whole token.
import { foldForSearch } from '../engine/read-models/search-text.js';
import { normalizeDocumentNumber } from './personal-data-store.js';

/** The shortest start of a word the search finds it by. */
export const MIN_PREFIX_LENGTH = 3;
/** Starts longer than this are not indexed: a longer query word is matched on these, then checked. */
export const MAX_PREFIX_LENGTH = 12;
/** Words of a query beyond these are ignored: they would add little but cost. */
export const MAX_QUERY_WORDS = 8;

export function wordsOf(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Every token a text is indexed by. */
export function indexTokensOf(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length < MIN_PREFIX_LENGTH) {
      tokens.add(`=${word}`);
      continue;
    }
    const longest = Math.min(word.length, MAX_PREFIX_LENGTH);
    for (let length = MIN_PREFIX_LENGTH; length <= longest; length++) tokens.add(`^${word.slice(0, length)}`);
  }
  return tokens;
}

export interface QueryTokens {
  /** One token per query word: a text matches when it holds them all. */
  readonly tokens: readonly string[];
  /** The query's words longer than the indexed starts: a match must be checked against the text. */
  readonly wordsToCheck: readonly string[];
}

export function queryTokensOf(query: string): QueryTokens {
  const words = [...new Set(wordsOf(query))].slice(0, MAX_QUERY_WORDS);
  return {
    tokens: [
      ...new Set(
        words.map((word) =>
          word.length < MIN_PREFIX_LENGTH ? `=${word}` : `^${word.slice(0, MAX_PREFIX_LENGTH)}`,
        ),
      ),
    ],
    wordsToCheck: words.filter((word) => word.length > MAX_PREFIX_LENGTH),
  };
}

/** Whether the text holds each of these words as the start of one of its words. */
export function holdsWordStarts(text: string, words: readonly string[]): boolean {
  const textWords = wordsOf(text);
  return words.every((word) => textWords.some((textWord) => textWord.startsWith(word)));
}

/** The token of a person's document number (any type): the number as the identity index compares it. */
export function documentTokenOf(documentNumber: string): string | null {
  const number = normalizeDocumentNumber(documentNumber);
  return number === '' ? null : `#${number}`;
}

/** Every token a person's data are found by: the starts of their name's words and their document number. */
export function personTokensOf(data: {
  readonly name: string;
  readonly documentNumber: string;
}): Set<string> {
  const tokens = indexTokensOf(data.name);
  const document = documentTokenOf(data.documentNumber);
  if (document !== null) tokens.add(document);
  return tokens;
}

/**
 * The document token a query may be: only a query with a digit in it (names have none), read whole, so
 * "99.000.001-47" and "9900000147" are the same number and "990000" finds no one (no prefix of a number).
 */
export function documentQueryTokenOf(query: string): string | null {
  return /\p{N}/u.test(query) ? documentTokenOf(query.trim()) : null;
}
