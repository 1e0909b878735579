// Measure 4 (issue 4): the rebuild of every indicator and report read model from about a million events,
// and the time to generate the semiannual Informe de PQRS over a semester of 100,000+ cases — the
// document alone (reading the versioned read models as of now and computing every figure), and each
// format rendered from it.
import { addCalendarMonths, addCalendarDays, bogotaDateOf } from '../src/domain/shared/time.js';
import { eventStoreFile } from '../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { APPLICATION_PROJECTIONS } from '../src/features/read-models.js';
import { rebuildProjections } from '../src/engine/projections/rebuild.js';
import { SqliteReadModelStore } from '../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { renderReport } from '../src/features/reports/render/index.js';
import { generateReport } from '../src/features/reports/report-generator.js';
import { CURRENT_REPORT_LAYOUT } from '../src/features/reports/builders/report-input.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../src/features/reports/read-models/report-sources.js';
import { median } from './statistics.js';

/** The read models staff screens list and search; every other projection feeds indicators or reports. */
const SCREEN_PROJECTIONS = new Set([
  'cases',
  'faqEntries',
  'pqrsSubjects',
  'affiliations',
  'improvementActions',
  'surveyInstruments',
  'surveyResponses',
]);
export const INDICATOR_AND_REPORT_PROJECTIONS = APPLICATION_PROJECTIONS.filter(
  (projection) => !SCREEN_PROJECTIONS.has(projection.name),
);

export interface ReportGenerationResult {
  readonly eventsInLog: number;
  readonly rebuildWallMs: number;
  readonly perProjection: readonly { readonly projection: string; readonly eventsPerSecond: number }[];
  readonly period: { readonly from: string; readonly to: string };
  readonly casesInPeriod: number;
  /** The report layout generated. */
  readonly layout: number;
  readonly medianDocumentMs: number;
  readonly medianRenderMs: Readonly<Record<'CSV' | 'XLSX' | 'PDF', number>>;
  readonly runs: number;
}

/** `rebuildFirst: false` when the read models were rebuilt already (the bench's rebuild-all measure). */
export async function measureReportGeneration(
  dataDir: string,
  runs: number,
  rebuildFirst = true,
  /** The layout issued today (CURRENT_REPORT_LAYOUT) lists every answer, one row per case; 1 does not. */
  layout: number = CURRENT_REPORT_LAYOUT,
): Promise<ReportGenerationResult> {
  const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  const readModels = await SqliteReadModelStore.open({ dataDir });
  try {
    const startedAt = performance.now();
    const results = rebuildFirst
      ? await rebuildProjections(eventStore, readModels, INDICATOR_AND_REPORT_PROJECTIONS)
      : [];
    const rebuildWallMs = performance.now() - startedAt;
    for (const result of results)
      if (result.deadLetters > 0) throw new Error(`${result.projection}: ${result.deadLetters} dead letters`);

    // The six whole months ending with the last complete month of the seeded year.
    const today = bogotaDateOf(new Date().toISOString());
    const firstOfMonth = `${today.slice(0, 7)}-01`;
    const period = { from: addCalendarMonths(firstOfMonth, -6), to: addCalendarDays(firstOfMonth, -1) };
    const asOf = new Date().toISOString();
    const sources = new ReportSources(readModels, TEXTS_IN_CLEAR);
    const parameters = { entityName: 'Entidad de prueba', officeName: 'Atención al Cliente', layout };
    const documentMs: number[] = [];
    const renderMs: Record<'CSV' | 'XLSX' | 'PDF', number[]> = { CSV: [], XLSX: [], PDF: [] };
    let casesInPeriod = 0;
    for (let run = 0; run < runs; run++) {
      const documentStartedAt = performance.now();
      const { document, contentHash } = await generateReport('PQRS', period, asOf, parameters, sources);
      documentMs.push(performance.now() - documentStartedAt);
      const summary = document.sections[0];
      if (summary?.type === 'figures') casesInPeriod = Number(summary.items[0]?.value ?? 0);
      for (const format of ['CSV', 'XLSX', 'PDF'] as const) {
        const renderStartedAt = performance.now();
        await renderReport(document, contentHash, format);
        renderMs[format].push(performance.now() - renderStartedAt);
      }
    }
    return {
      eventsInLog: results[0]?.eventsRead ?? 0,
      rebuildWallMs,
      perProjection: results.map((result) => ({
        projection: result.projection,
        eventsPerSecond: result.eventsRead / (result.durationMs / 1000),
      })),
      period,
      casesInPeriod,
      layout,
      medianDocumentMs: median(documentMs),
      medianRenderMs: { CSV: median(renderMs.CSV), XLSX: median(renderMs.XLSX), PDF: median(renderMs.PDF) },
      runs,
    };
  } finally {
    await readModels.close();
    await eventStore.close();
  }
}
