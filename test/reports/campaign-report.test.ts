// Informe de campañas y medios against the small year worked by hand in campaign-scenario.ts: the plan of
// the period with its budget, actual cost, attendance, the requests each campaign brought (one by an old
// free-text name mapped to it) and the cost per affiliation, by campaign and by municipality, as of the
// end of the year; as of a cut before the name was mapped and before the second approval; and a period
// that holds only April's fair.
import { affiliationVersionsProjection } from '../../src/features/reports/read-models/report-source-projections.js';
import { CAMPAIGN_PROJECTIONS } from '../../src/features/planning/campaigns/index.js';
import { ReportSources, TEXTS_IN_CLEAR } from '../../src/features/reports/read-models/report-sources.js';
import type { ReportFigures, ReportTable } from '../../src/features/reports/report-document.js';
import { generateReport } from '../../src/features/reports/report-generator.js';
import { renderReport } from '../../src/features/reports/render/index.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { InMemoryEventStore } from '../projections/in-memory-event-store.js';
import {
  temporaryReadModels,
  type TemporaryReadModels,
} from '../projections/fixtures/read-model-fixtures.js';
import { appendCampaignScenario, OLD_NAME } from './campaign-scenario.js';

const PARAMETERS = { entityName: 'Corporación de prueba', officeName: 'Atención al Cliente', layout: 7 };
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

let readModels: TemporaryReadModels;
let sources: ReportSources;

beforeAll(async () => {
  const clock = { now: new Date('2026-02-02T15:00:00.000Z') };
  const eventStore = new InMemoryEventStore({ clock: () => clock.now });
  await appendCampaignScenario(eventStore, clock);
  readModels = await temporaryReadModels();
  await rebuildProjections(eventStore, readModels.store, [
    ...CAMPAIGN_PROJECTIONS,
    affiliationVersionsProjection,
  ]);
  sources = new ReportSources(readModels.store, TEXTS_IN_CLEAR);
});

afterAll(async () => {
  await readModels.cleanup();
});

const report = (asOf: string, period = YEAR) =>
  generateReport('CAMPAIGNS', period, asOf, PARAMETERS, sources);
const section = <Section>(document: { sections: readonly unknown[] }, title: string): Section =>
  document.sections.find((each) => (each as { title: string }).title === title) as Section;
const figuresOf = (document: { sections: readonly unknown[] }) =>
  Object.fromEntries(
    section<ReportFigures>(document, 'Resumen').items.map((item) => [item.label, item.value]),
  );

describe('as of the end of the year', () => {
  const END = '2026-12-31T23:59:59.000Z';

  it('lists the plan with budget, actual cost, requests, approvals and cost per affiliation, in pesos', async () => {
    const { document } = await report(END);
    expect(document).toMatchObject({ kind: 'CAMPAIGNS', title: 'Informe de campañas y medios' });
    const plan = section<ReportTable>(document, 'Plan de campañas y medios');
    expect(
      plan.rows.map((row) => [
        row['name'],
        row['kind'],
        row['municipality'],
        row['divipola'],
        row['budget'],
        row['actualCost'],
        row['attendance'],
        row['applications'],
        row['approved'],
        row['costPerAffiliation'],
      ]),
    ).toEqual([
      // 4.000.000 ÷ 2 approved (A1, A2; A3 in review; the old "Feria Zipaquirá" request counts, not approved).
      [
        'Feria de servicios Zipaquirá',
        'Feria',
        'Zipaquirá',
        '25899',
        '$ 4.500.000',
        '$ 4.000.000',
        300,
        4,
        2,
        '$ 2.000.000',
      ],
      [
        'Visita plaza de mercado Girardot',
        'Visita',
        'Girardot',
        '25307',
        '$ 1.000.000',
        '$ 900.000',
        85,
        1,
        1,
        '$ 900.000',
      ],
      // No result recorded: no actual cost, no cost per affiliation.
      ['Campaña rural Zipaquirá', 'Campaña', 'Zipaquirá', '25899', '$ 2.000.000', null, null, 1, 1, null],
    ]);
  });

  it('adds them up by municipality, the cost over the campaigns with a result', async () => {
    const { document } = await report(END);
    expect(section<ReportTable>(document, 'Por municipio').rows).toEqual([
      {
        municipality: 'Girardot',
        divipola: '25307',
        campaigns: 1,
        budget: '$ 1.000.000',
        actualCost: '$ 900.000',
        attendance: 85,
        applications: 1,
        approved: 1,
        costPerAffiliation: '$ 900.000',
      },
      {
        municipality: 'Zipaquirá',
        divipola: '25899',
        campaigns: 2,
        budget: '$ 6.500.000',
        actualCost: '$ 4.000.000',
        attendance: 300,
        applications: 5,
        approved: 3,
        // 4.000.000 over the 2 approvals of the fair, the one campaign there with a result.
        costPerAffiliation: '$ 2.000.000',
      },
    ]);
  });

  it('sums the year: 4.900.000 of actual cost over the 3 approvals of the campaigns with a result', async () => {
    const { document } = await report(END);
    expect(figuresOf(document)).toEqual({
      'Campañas del periodo': 3,
      'Campañas con resultado registrado': 2,
      'Presupuesto planeado': '$ 7.500.000',
      'Costo ejecutado': '$ 4.900.000',
      Asistencia: 385,
      'Solicitudes de afiliación': 6,
      'Afiliaciones aprobadas': 4,
      'Costo por afiliación (campañas con resultado)': '$ 1.633.333',
    });
    expect(section<ReportTable>(document, 'Nombres de campaña anteriores asociados').rows).toEqual([
      { legacyName: OLD_NAME, campaign: 'Feria de servicios Zipaquirá' },
    ]);
  });

  it('renders in every format, the same document giving the same bytes', async () => {
    const first = await report(END);
    const second = await report(END);
    expect(second.contentHash).toBe(first.contentHash);
    for (const format of ['CSV', 'XLSX', 'PDF'] as const) {
      const rendered = await renderReport(first.document, first.contentHash, format);
      expect(rendered.bytes.length).toBeGreaterThan(0);
    }
    const csv = (await renderReport(first.document, first.contentHash, 'CSV')).bytes.toString('utf8');
    expect(csv).toContain('$ 2.000.000');
  });
});

describe('as of 19 April, before the old name was mapped and before the second approval', () => {
  it("counts the fair's three requests by id and its one approval: 4.000.000 per affiliation", async () => {
    const { document } = await report('2026-04-19T23:59:59.000Z');
    const plan = section<ReportTable>(document, 'Plan de campañas y medios');
    expect(
      plan.rows.map((row) => [row['name'], row['applications'], row['approved'], row['costPerAffiliation']]),
    ).toEqual([
      ['Feria de servicios Zipaquirá', 3, 1, '$ 4.000.000'],
      ['Visita plaza de mercado Girardot', 0, 0, null],
      ['Campaña rural Zipaquirá', 0, 0, null],
    ]);
    expect(section<ReportTable>(document, 'Nombres de campaña anteriores asociados').rows).toEqual([]);
  });
});

describe('a period that holds only April', () => {
  it('lists the campaigns that start in it', async () => {
    const { document } = await report('2026-12-31T23:59:59.000Z', { from: '2026-04-01', to: '2026-04-30' });
    expect(
      section<ReportTable>(document, 'Plan de campañas y medios').rows.map((row) => row['name']),
    ).toEqual(['Feria de servicios Zipaquirá']);
  });
});
