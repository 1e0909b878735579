// The Spanish words of a FAQ entry's statuses, written once: the refusals, the GraphQL schema's
// descriptions and the staff web client read them from here, each wording with the reason it differs.
import type { FaqEntryStatus } from './state.js';

/** Feminine, as "la entrada": a created entry never shows NOT_CREATED. */
export const FAQ_ENTRY_STATUS_LABELS: Readonly<Record<Exclude<FaqEntryStatus, 'NOT_CREATED'>, string>> = {
  DRAFT: 'Borrador',
  PUBLISHED: 'Publicada',
  RETIRED: 'Retirada',
};

/** Inside a refusal, "esta entrada está …": lower case; a phrase where the label is a noun. */
export const FAQ_ENTRY_STATUS_IN_SENTENCES: Readonly<Record<FaqEntryStatus, string>> = {
  NOT_CREATED: 'sin crear',
  DRAFT: 'en borrador',
  PUBLISHED: 'publicada',
  RETIRED: 'retirada',
};
