// Measure 3: how fast the PQRS read models (the cases, and the PQRS indicator days) are rebuilt from the
// start of the log, with the exported rebuild functions of src/engine/projections/rebuild.ts on the
// embedded SQLite stores of a seeded directory.
import { eventStoreFile } from '../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { pqrsIndicatorDaysProjection } from '../src/features/indicators/read-models/pqrs-indicator-days.js';
import { casesProjection } from '../src/features/pqrs/read-models/cases-projection.js';
import { rebuildProjections } from '../src/engine/projections/rebuild.js';
import { SqliteReadModelStore } from '../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { median, perSecond } from './statistics.js';

/** The read models a PQRS case feeds first: the cases, and its figures on the dashboards. */
const PQRS_READ_MODELS = [casesProjection, pqrsIndicatorDaysProjection];

export interface ProjectionRebuildResult {
  /** Events in the log, each replayed once per projection. */
  readonly eventsInLog: number;
  /** Log events per second of wall time to rebuild all projections, one after the other. */
  readonly medianAllProjectionsEventsPerSecond: number;
  readonly medianWallMs: number;
  readonly perProjection: readonly { readonly projection: string; readonly medianEventsPerSecond: number }[];
  readonly runs: number;
}

export async function measureProjectionRebuild(
  dataDir: string,
  runs: number,
  onRun?: (run: number, wallMs: number) => void,
): Promise<ProjectionRebuildResult> {
  const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  const readModels = await SqliteReadModelStore.open({ dataDir });
  try {
    const wallTimesMs: number[] = [];
    const rates = new Map<string, number[]>();
    let eventsInLog = 0;
    for (let run = 1; run <= runs; run++) {
      const startedAt = performance.now();
      const results = await rebuildProjections(eventStore, readModels, PQRS_READ_MODELS);
      const wallMs = performance.now() - startedAt;
      wallTimesMs.push(wallMs);
      for (const result of results) {
        if (result.deadLetters > 0)
          throw new Error(`${result.projection}: ${result.deadLetters} events dead-lettered`);
        rates.set(result.projection, [
          ...(rates.get(result.projection) ?? []),
          perSecond(result.eventsRead, result.durationMs),
        ]);
        eventsInLog = result.eventsRead;
      }
      onRun?.(run, wallMs);
    }
    const medianWallMs = median(wallTimesMs);
    return {
      eventsInLog,
      medianAllProjectionsEventsPerSecond: perSecond(eventsInLog, medianWallMs),
      medianWallMs,
      perProjection: [...rates].map(([projection, projectionRates]) => ({
        projection,
        medianEventsPerSecond: median(projectionRates),
      })),
      runs,
    };
  } finally {
    await readModels.close();
    await eventStore.close();
  }
}
