// Measure 5: how long the FAQ search index (MiniSearch, in memory) takes to build over 500 published
// entries, the first time and warm, and one fuzzy search over it.
import type { FaqEntryDocument } from '../src/features/faq/read-models/faq-entries-projection.js';
import { buildFaqIndex } from '../src/features/faq/read-models/faq-search.js';
import { median } from './statistics.js';

export interface FaqIndexResult {
  readonly entries: number;
  readonly firstBuildMs: number;
  readonly medianWarmBuildMs: number;
  readonly medianSearchMs: number;
  readonly runs: number;
}

function publishedEntry(index: number): FaqEntryDocument {
  const at = '2026-03-02T15:00:00.000Z';
  return {
    id: `entry-${index}`,
    question: `¿Pregunta frecuente número ${index} sobre afiliación, certificados y cuotas moderadoras?`,
    answer: `Respuesta ${index}: `.concat(
      'texto de la respuesta con información de trámites y sedes. '.repeat(20),
    ),
    category: 'General',
    categoryKey: 'general',
    tags: [],
    linkedRadicados: [],
    status: 'PUBLISHED',
    version: 1,
    createdAt: at,
    createdBy: 'bench',
    updatedAt: at,
    updatedBy: 'bench',
    publishedAt: at,
    publishedBy: 'bench',
    retiredAt: null,
    retiredReason: null,
    revision: 1,
    lastPosition: index,
    searchText: '',
  };
}

export function measureFaqIndex(entries: number, runs: number): FaqIndexResult {
  const documents = Array.from({ length: entries }, (_, index) => publishedEntry(index));
  const builds: number[] = [];
  const searches: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    const { index } = buildFaqIndex(documents);
    const built = performance.now();
    index.search('certifcado afiliacion', { prefix: true, fuzzy: 0.2 });
    builds.push(built - started);
    searches.push(performance.now() - built);
  }
  return {
    entries,
    firstBuildMs: builds[0]!,
    medianWarmBuildMs: median(builds.slice(1)),
    medianSearchMs: median(searches.slice(1)),
    runs,
  };
}
