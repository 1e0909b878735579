// The demo seed fills the marketing and media plan: a campaign, fair, visit or dissemination action about
// every month of the year, planned ahead by the coordinator, its result recorded after it ends; a share of
// the year's affiliation requests come from the campaign under way (or just ended), linked by its id.
// Read back over GraphQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSeed, SEED_EXIT_CODE } from '../../src/cli/seed.js';
import { ADMIN, VentanillaHarness } from '../support/ventanilla-harness.js';

const UNTIL = '2026-11-30';
const SEEDED_AT = new Date('2026-12-01T13:00:00.000Z');

const STATISTICS = `{ campaignStatistics {
  byCampaign { campaign { id name kind municipality { code } startDate endDate budget actualCost attendance }
    figures { applications approved costPerAffiliation } }
  byMunicipality { municipality { name } campaigns applications approved }
} }`;

describe('the demo seed’s campaigns', () => {
  let dataDir: string;
  let ventanilla: VentanillaHarness;
  let admin: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-seed-campaigns-'));
    const env = {
      VENTANILLA_DATA_DIR: dataDir,
      VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
      LOG_LEVEL: 'error',
    };
    const err: string[] = [];
    const code = await runSeed(
      ['--demo', '--cases', '400', '--seed', '5', '--until', UNTIL],
      env,
      { out: () => undefined, err: (line) => err.push(line) },
      () => SEEDED_AT,
    );
    expect({ code, err: code === SEED_EXIT_CODE.seeded ? [] : err }).toEqual({
      code: SEED_EXIT_CODE.seeded,
      err: [],
    });
    ventanilla = await VentanillaHarness.start({}, dataDir, undefined, () => SEEDED_AT);
    admin = await ventanilla.login();
  }, 600_000);

  afterAll(async () => {
    await ventanilla?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('plans a year of campaigns of every kind, in Cundinamarca, each with its result once it ended', async () => {
    const { campaignStatistics } = await ventanilla.ok(STATISTICS, {}, admin);
    const campaigns = campaignStatistics.byCampaign.map((entry: any) => entry.campaign);
    expect(campaigns).toHaveLength(12);
    expect(new Set(campaigns.map((campaign: any) => campaign.kind))).toEqual(
      new Set(['CAMPAIGN', 'FAIR', 'VISIT', 'DISSEMINATION']),
    );
    for (const campaign of campaigns) {
      expect(campaign.municipality.code).toMatch(/^25\d{3}$/);
      expect(campaign.budget).toBeGreaterThan(0);
      // Ended before the last day: its result is in; the last one may still be running.
      if (campaign.endDate < UNTIL) expect(campaign.actualCost).toEqual(expect.any(Number));
    }
  });

  it('links affiliation requests to the campaigns, giving a cost per affiliation', async () => {
    const { campaignStatistics } = await ventanilla.ok(STATISTICS, {}, admin);
    const figures = campaignStatistics.byCampaign.map((entry: any) => entry.figures);
    const applications = figures.reduce((sum: number, figure: any) => sum + figure.applications, 0);
    expect(applications).toBeGreaterThan(5);
    expect(figures.some((figure: any) => figure.costPerAffiliation !== null)).toBe(true);
    const { affiliations } = await ventanilla.ok(
      `{ affiliations(first: 200) { nodes { campaignId plannedCampaignName } } }`,
      {},
      admin,
    );
    const linked = affiliations.nodes.filter((node: any) => node.campaignId !== null);
    expect(linked.length).toBe(applications);
    expect(linked.every((node: any) => typeof node.plannedCampaignName === 'string')).toBe(true);
    expect(
      campaignStatistics.byMunicipality.reduce((sum: number, row: any) => sum + row.applications, 0),
    ).toBe(applications);
  });
});
