// The Informe de ejecución del plan de acción against the small year worked by hand in
// action-plan-scenario.ts: the execution weighted by activity at each quarter's close, each activity's
// share at the period's close, and figures as the record stood at the as-of instant (an approval recorded
// later does not change a report issued before it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { ACTION_PLAN_PROJECTIONS } from '../../src/features/planning/action-plan/index.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import type { ReportFigures, ReportTable, ReportText } from '../../src/features/reports/report-document.js';
import { generateReport } from '../../src/features/reports/report-generator.js';
import { renderReport } from '../../src/features/reports/render/index.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { appendActionPlanScenario, QUARTER_FIGURES } from './action-plan-scenario.js';

const PARAMETERS = { entityName: 'Corporación de prueba', officeName: 'Atención al Cliente', layout: 7 };

let dataDir: string;
let eventStore: SqliteEventStore;
let readModels: TemporaryReadModels;
let sources: ReportSources;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-action-plan-report-'));
  const clock = { now: new Date('2026-01-15T15:00:00.000Z') };
  eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir), clock: () => clock.now });
  await appendActionPlanScenario(eventStore, clock);
  readModels = await temporaryReadModels();
  await rebuildProjections(eventStore, readModels.store, ACTION_PLAN_PROJECTIONS);
  sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
});

afterAll(async () => {
  await readModels.cleanup();
  await eventStore.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const report = (from: string, to: string, asOf: string) =>
  generateReport('ACTION_PLAN_EXECUTION', { from, to }, asOf, PARAMETERS, sources);
const section = <Section>(document: { sections: readonly unknown[] }, title: string): Section =>
  document.sections.find((each) => (each as { title: string }).title.includes(title)) as Section;

describe('the year, issued after it closed', () => {
  it('gives the execution at each quarter’s close as worked by hand', async () => {
    const { document } = await report('2026-01-01', '2026-12-31', '2027-01-10T15:00:00.000Z');
    expect(document).toMatchObject({
      kind: 'ACTION_PLAN_EXECUTION',
      title: 'Informe de ejecución del plan de acción',
    });
    const quarters = section<ReportTable>(document, 'ejecución por trimestre');
    expect(quarters.rows).toEqual(
      QUARTER_FIGURES.map((figures) => ({
        quarter: `T${figures.quarter} 2026`,
        cut: figures.asOf,
        execution: figures.executionPercent,
        completed: figures.quarter === 1 ? 0 : 1,
        overdue: figures.overdue.length,
      })),
    );
  });

  it('lists each activity’s weight, approved progress and share at the close, summing to the execution', async () => {
    const { document } = await report('2026-01-01', '2026-12-31', '2027-01-10T15:00:00.000Z');
    const activities = section<ReportTable>(document, 'ejecución por actividad al 31/12/2026');
    expect(
      activities.rows.map(({ activity, weight, progress, weighted, status }) => ({
        activity,
        weight,
        progress,
        weighted,
        status,
      })),
    ).toEqual([
      { activity: 'Campañas', weight: 40, progress: 100, weighted: 40, status: 'Cumplida' },
      { activity: 'Capacitación', weight: 35, progress: 50, weighted: 17.5, status: 'Vencida' },
      { activity: 'Encuestas', weight: 25, progress: 40, weighted: 10, status: 'Vencida' },
    ]);
    expect(activities.rows[0]).toMatchObject({ goal: 'Atender a tiempo', target: '100 %' });
    const headline = section<ReportFigures>(document, 'Plan de acción 2026: Plan de acción 2026');
    expect(Object.fromEntries(headline.items.map((item) => [item.label, item.value]))).toEqual({
      'Corte de las cifras': '2026-12-31',
      'Ejecución del plan (%)': 67.5,
      'Suma de los pesos asignados (%)': 100,
      'Pesos balanceados (suman 100 %)': true,
      Actividades: 3,
      'Actividades vencidas': 2,
    });
  });
});

describe('a quarter, as the record stood at the as-of instant', () => {
  it('the second quarter issued on 17 June counts what was approved by then: 40 + 35 × 20 % = 47', async () => {
    const { document } = await report('2026-04-01', '2026-06-30', '2026-06-17T20:00:00.000Z');
    expect(section<ReportTable>(document, 'ejecución por trimestre').rows).toEqual([
      { quarter: 'T2 2026', cut: '2026-06-17', execution: 47, completed: 1, overdue: 0 },
    ]);
  });

  it('issued after the approval of 22 June, the same quarter gives 57,5', async () => {
    const { document } = await report('2026-04-01', '2026-06-30', '2026-07-01T15:00:00.000Z');
    expect(section<ReportTable>(document, 'ejecución por trimestre').rows).toEqual([
      { quarter: 'T2 2026', cut: '2026-06-30', execution: 57.5, completed: 1, overdue: 0 },
    ]);
  });

  it('the first quarter issued on 1 April does not count the approval of 2 April', async () => {
    const { document } = await report('2026-01-01', '2026-03-31', '2026-04-01T15:00:00.000Z');
    const rows = section<ReportTable>(document, 'ejecución por actividad').rows;
    expect(rows.map((row) => row.progress)).toEqual([50, 0, 0]);
  });

  it('the same inputs give the same content hash, and it renders in PDF and XLSX', async () => {
    const first = await report('2026-01-01', '2026-12-31', '2027-01-10T15:00:00.000Z');
    const second = await report('2026-01-01', '2026-12-31', '2027-01-10T15:00:00.000Z');
    expect(second.contentHash).toBe(first.contentHash);
    const [pdf, xlsx] = await Promise.all([
      renderReport(first.document, first.contentHash, 'PDF'),
      renderReport(first.document, first.contentHash, 'XLSX'),
    ]);
    expect(pdf.bytes.length).toBeGreaterThan(1000);
    expect(xlsx.bytes.length).toBeGreaterThan(1000);
  });
});

describe('a year without a plan', () => {
  it('says so instead of figures', async () => {
    const { document } = await report('2025-10-01', '2025-12-31', '2027-01-10T15:00:00.000Z');
    expect(section<ReportText>(document, 'Plan de acción 2025').paragraphs).toEqual([
      'No se había creado el plan de acción 2025 a la fecha de corte.',
    ]);
  });
});
