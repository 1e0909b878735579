// The action plan's read models: following the log live gives what a rebuild from zero gives (the plans
// and their versions), applying an event twice changes nothing, and the execution as of each quarter's
// end, read from the versions, is the one worked out by hand in the scenario.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../src/engine/projections/projection-runner.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import {
  ACTION_PLAN_PROJECTIONS,
  ACTION_PLAN_VERSIONS_COLLECTION,
  ACTION_PLANS_COLLECTION,
  type ActionPlanDocument,
} from '../../src/features/planning/action-plan/read-models/action-plans-projection.js';
import { ActionPlanQueries } from '../../src/features/planning/action-plan/read-models/action-plan-queries.js';
import {
  dumpCollection,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';
import {
  A,
  appendActionPlanScenario,
  B,
  C,
  QUARTER_FIGURES,
  SCENARIO_STEPS,
  SCENARIO_YEAR,
} from '../reports/action-plan-scenario.js';

const COLLECTIONS = [ACTION_PLANS_COLLECTION, ACTION_PLAN_VERSIONS_COLLECTION];

let dataDir: string;
let eventStore: SqliteEventStore;
let head: number;
let live: TemporaryReadModels;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-action-plan-'));
  const clock = { now: new Date('2026-01-15T15:00:00.000Z') };
  eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir), clock: () => clock.now });
  live = await temporaryReadModels();
  // Followed live while the log is written, as the application does.
  const runner = new ProjectionRunner(eventStore, live.store, ACTION_PLAN_PROJECTIONS, { batchSize: 3 });
  await runner.start();
  try {
    await appendActionPlanScenario(eventStore, clock);
    head = (await eventStore.headPosition())!;
    await runner.waitForPosition(head, 10_000);
  } finally {
    await runner.stop();
  }
});

afterAll(async () => {
  await live.cleanup();
  await eventStore.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('a rebuild from zero gives the same plans and versions as following the log live', async () => {
  const rebuilt = await temporaryReadModels();
  try {
    const results = await rebuildProjections(eventStore, rebuilt.store, ACTION_PLAN_PROJECTIONS, {
      batchSize: 5,
    });
    expect(results.map(({ projection, deadLetters }) => ({ projection, deadLetters }))).toEqual([
      { projection: 'actionPlans', deadLetters: 0 },
      { projection: 'actionPlanVersions', deadLetters: 0 },
    ]);
    for (const collection of COLLECTIONS) {
      const liveDocuments = await dumpCollection(live.store, collection);
      expect(liveDocuments.length).toBeGreaterThan(0);
      expect(await dumpCollection(rebuilt.store, collection)).toEqual(liveDocuments);
    }
    // One version per event, the plan's one document for the year.
    expect(await dumpCollection(rebuilt.store, ACTION_PLAN_VERSIONS_COLLECTION)).toHaveLength(
      SCENARIO_STEPS.length,
    );
  } finally {
    await rebuilt.cleanup();
  }
});

it('applying every event again changes nothing', async () => {
  const before = await Promise.all(COLLECTIONS.map((collection) => dumpCollection(live.store, collection)));
  const events = await eventStore.readAll(null, 1_000);
  await live.store.transaction(async (tx) => {
    for (const event of events) {
      for (const projection of ACTION_PLAN_PROJECTIONS) await projection.apply(event, tx);
    }
  });
  const after = await Promise.all(COLLECTIONS.map((collection) => dumpCollection(live.store, collection)));
  expect(after).toEqual(before);
});

it('the plan document holds the goals, activities and every report with its review', async () => {
  const [plan] = (await dumpCollection(live.store, ACTION_PLANS_COLLECTION)) as ActionPlanDocument[];
  expect(plan).toMatchObject({
    id: String(SCENARIO_YEAR),
    year: SCENARIO_YEAR,
    weightTotal: 100,
    revision: SCENARIO_STEPS.length - 1,
  });
  expect(plan!.activities.map((activity) => [activity.activityId, activity.approvedProgress])).toEqual([
    [A, 100],
    [B, 50],
    [C, 40],
  ]);
  expect(plan!.progressReports.map((report) => [report.reportId, report.status, report.reviewedOn])).toEqual([
    ['r-a1', 'APPROVED', '2026-03-03'],
    ['r-b1', 'APPROVED', '2026-04-02'],
    ['r-a2', 'APPROVED', '2026-04-21'],
    ['r-b2', 'REJECTED', '2026-06-16'],
    ['r-b3', 'APPROVED', '2026-06-22'],
    ['r-c1', 'APPROVED', '2026-08-11'],
  ]);
});

describe('the execution as of a day (for the management review)', () => {
  const queries = (today: string) =>
    new ActionPlanQueries(live.store, () => new Date(`${today}T15:00:00.000Z`));

  it.each(QUARTER_FIGURES.map((figures) => [figures.quarter, figures] as const))(
    'at the end of quarter %s it is the figure worked by hand',
    async (_quarter, figures) => {
      const execution = await queries('2027-01-10').executionAsOf(SCENARIO_YEAR, figures.asOf);
      expect(execution).toMatchObject({
        year: SCENARIO_YEAR,
        asOf: figures.asOf,
        executionPercent: figures.executionPercent,
        weightTotal: 100,
        weightsBalanced: true,
      });
      expect(
        Object.fromEntries(execution!.activities.map((activity) => [activity.activityId, activity.progress])),
      ).toEqual(figures.progress);
      expect(execution!.overdueActivities.map((activity) => activity.activityId)).toEqual(figures.overdue);
    },
  );

  it('before the plan was created there is none; on its first day its activities had no progress', async () => {
    expect(await queries('2026-06-01').executionAsOf(SCENARIO_YEAR, '2026-01-14')).toBeNull();
    const firstDay = await queries('2026-06-01').executionAsOf(SCENARIO_YEAR, '2026-01-15');
    // C and B were added the next day.
    expect(firstDay).toMatchObject({ executionPercent: 0, weightTotal: 40, weightsBalanced: false });
  });

  it("today's plan flags the activities past their end below 100 %", async () => {
    const view = await queries('2026-10-01').get(SCENARIO_YEAR);
    expect(view!.execution).toMatchObject({ asOf: '2026-10-01', executionPercent: 67.5 });
    expect(view!.execution.overdueActivities.map((activity) => activity.activityId)).toEqual([B]);
    expect(await queries('2026-10-01').years()).toEqual([SCENARIO_YEAR]);
  });
});
