// Spanish-aware terms for the FAQ search and for grouping PQRS subjects: text folded as foldForSearch
// does (lower case, no accents), split on anything that is not a letter or a digit, and common Spanish
// words that carry no meaning of their own dropped.
import { foldForSearch } from '../../../engine/read-models/search-text.js';

/** Written folded (no accents), since terms are compared after folding. */
export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a al algo algun alguna algunas alguno algunos ante antes como con contra cual cuales cuando cuanto de
  del desde donde durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estan
  estas este esto estos fue fueron ha han hasta hay he la las le les lo los mas me mi mis muy ni no nos
  o os otra otras otro otros para pero poco por porque puede pueden puedo que quien quienes se sea ser
  si sin sobre son su sus tambien te tiene tienen ti tu tus u un una unas uno unos usted ustedes y ya yo`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}]+/u;
// eslint-disable-next-line no-control-regex -- every ASCII code but the capitals A–Z
const FOLDED_ASCII = /^[\u0000-\u0040\u005B-\u007F]*$/;
/** Subject keys are ids of read-model documents: long free-text subjects are cut here. */
const SUBJECT_KEY_MAX_LENGTH = 160;

/** Splits text into words; folding first keeps decomposed accents from splitting a word in two. */
export function tokenizeSpanish(text: string): string[] {
  return foldForSearch(text)
    .split(NOT_A_WORD_CHARACTER)
    .filter((word) => word !== '');
}

/** One word as the index and the queries keep it: folded, or null when it is a stop word. */
export function spanishSearchTerm(term: string): string | null {
  // ASCII without capitals is folded already (NFD, dropping marks and lower-casing leave it as it is):
  // tokenizeSpanish's words nearly always are, and folding them again was most of what subjects cost.
  const folded = FOLDED_ASCII.test(term) ? term : foldForSearch(term);
  return folded === '' || SPANISH_STOP_WORDS.has(folded) ? null : folded;
}

/** The meaningful words of a text, in order, each once. */
export function meaningfulTermsOf(text: string): string[] {
  const terms = tokenizeSpanish(text)
    .map(spanishSearchTerm)
    .filter((term): term is string => term !== null);
  return [...new Set(terms)];
}

/**
 * What two subjects share when staff wrote the same request in slightly different words: "Certificado
 * de Afiliación." and "certificado afiliacion" both give "certificado afiliacion".
 */
export function subjectKeyOf(subject: string): string {
  const terms = tokenizeSpanish(subject)
    .map(spanishSearchTerm)
    .filter((term): term is string => term !== null);
  const key = (terms.length > 0 ? terms : tokenizeSpanish(subject)).join(' ');
  return key.slice(0, SUBJECT_KEY_MAX_LENGTH).trim();
}
