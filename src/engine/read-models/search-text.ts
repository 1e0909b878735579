// Folding text for search: the one definition of "case- and accent-insensitive" that projections (when
// they store a searchText) and read-model adapters (when they match $contains) share.

/** Lower case without diacritics: "Petición ÑOÑA" → "peticion nona". */
export function foldForSearch(text: string): string {
  // NFD splits "ó" into "o" + a combining accent; dropping the marks leaves the base letters.
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
