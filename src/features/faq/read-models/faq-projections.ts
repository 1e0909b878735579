// The read models of the FAQ / case log: the entries, and the daily PQRS subjects that show which
// questions deserve an entry.
import { faqEntriesProjection } from './faq-entries-projection.js';
import { pqrsSubjectsProjection } from './pqrs-subjects-projection.js';
import type { Projection } from '../../../engine/projections/projection.js';

export const FAQ_PROJECTIONS: readonly Projection[] = [faqEntriesProjection, pqrsSubjectsProjection];
