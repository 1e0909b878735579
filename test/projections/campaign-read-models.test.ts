// The campaign read models: following the log live gives what a rebuild from zero gives, applying an
// event twice changes nothing, and the statistics read from them are the figures worked out by hand in
// the scenario (test/reports/campaign-scenario.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../src/engine/projections/projection-runner.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { affiliationsProjection } from '../../src/features/affiliations/index.js';
import {
  CAMPAIGN_NAME_MAPPINGS_COLLECTION,
  CAMPAIGN_PROJECTIONS,
  CAMPAIGN_VERSIONS_COLLECTION,
  CAMPAIGNS_COLLECTION,
  evolveCampaignDocument,
  type CampaignDocument,
} from '../../src/features/planning/campaigns/index.js';
import { CampaignQueries } from '../../src/features/planning/campaigns/read-models/campaign-queries.js';
import { CampaignNameMappings } from '../../src/features/planning/campaigns/read-models/campaign-name-mappings.js';
import type { PersonalTexts } from '../../src/personal-data/personal-texts.js';
import {
  dumpCollection,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';
import {
  appendCampaignScenario,
  CAMPAIGN_FIGURES,
  G,
  MUNICIPALITY_FIGURES,
  OLD_NAME,
  R,
  Z,
} from '../reports/campaign-scenario.js';

const COLLECTIONS = [CAMPAIGNS_COLLECTION, CAMPAIGN_NAME_MAPPINGS_COLLECTION, CAMPAIGN_VERSIONS_COLLECTION];
const PROJECTIONS = [...CAMPAIGN_PROJECTIONS, affiliationsProjection];

/** The scenario's texts are in clear (no vault here): revealing gives them as they are. */
const inClear = { reveal: async <Value>(value: Value) => value } as unknown as PersonalTexts;

let dataDir: string;
let eventStore: SqliteEventStore;
let live: TemporaryReadModels;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-campaigns-'));
  const clock = { now: new Date('2026-02-02T15:00:00.000Z') };
  eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir), clock: () => clock.now });
  live = await temporaryReadModels();
  // Followed live while the log is written, as the application does.
  const runner = new ProjectionRunner(eventStore, live.store, PROJECTIONS, { batchSize: 3 });
  await runner.start();
  try {
    await appendCampaignScenario(eventStore, clock);
    await runner.waitForPosition((await eventStore.headPosition())!, 10_000);
  } finally {
    await runner.stop();
  }
});

afterAll(async () => {
  await live.cleanup();
  await eventStore.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('a rebuild from zero gives the same campaigns, mapped names and versions as following the log live', async () => {
  const rebuilt = await temporaryReadModels();
  try {
    const results = await rebuildProjections(eventStore, rebuilt.store, CAMPAIGN_PROJECTIONS, {
      batchSize: 4,
    });
    expect(results.map(({ projection, deadLetters }) => ({ projection, deadLetters }))).toEqual([
      { projection: 'campaigns', deadLetters: 0 },
      { projection: 'campaignVersions', deadLetters: 0 },
    ]);
    for (const collection of COLLECTIONS) {
      const liveDocuments = await dumpCollection(live.store, collection);
      expect(liveDocuments.length).toBeGreaterThan(0);
      expect(await dumpCollection(rebuilt.store, collection)).toEqual(liveDocuments);
    }
  } finally {
    await rebuilt.cleanup();
  }
});

it('applying every event again changes nothing', async () => {
  const before = await Promise.all(COLLECTIONS.map((collection) => dumpCollection(live.store, collection)));
  const events = await eventStore.readAll(null, 1_000);
  await live.store.transaction(async (tx) => {
    for (const event of events)
      for (const projection of CAMPAIGN_PROJECTIONS) await projection.apply(event, tx);
  });
  const after = await Promise.all(COLLECTIONS.map((collection) => dumpCollection(live.store, collection)));
  expect(after).toEqual(before);
});

it('a campaign document holds its plan and its last result, remembering the revision it applied', async () => {
  const zipaquira = await live.store.get<CampaignDocument>(CAMPAIGNS_COLLECTION, Z);
  expect(zipaquira).toMatchObject({
    kind: 'FAIR',
    name: 'Feria de servicios Zipaquirá',
    municipalityCode: '25899',
    startDate: '2026-04-10',
    endDate: '2026-04-12',
    year: 2026,
    budget: 4_500_000,
    status: 'RESULT_RECORDED',
    attendance: 300,
    actualCost: 4_000_000,
    resultRecordedOn: '2026-04-13',
    plannedBy: 'user-coordinator',
    revision: 2,
  });
  const rural = await live.store.get<CampaignDocument>(CAMPAIGNS_COLLECTION, R);
  expect(rural).toMatchObject({ status: 'PLANNED', actualCost: null, attendance: null, revision: 0 });
  const mappings = await dumpCollection(live.store, CAMPAIGN_NAME_MAPPINGS_COLLECTION);
  expect(mappings).toEqual([expect.objectContaining({ id: `${Z}:2`, campaignId: Z, legacyName: OLD_NAME })]);
});

it('keeps a version per event, each with the names mapped by then', async () => {
  const versions = await dumpCollection(live.store, CAMPAIGN_VERSIONS_COLLECTION);
  const zipaquira = versions.filter((version) => version['entityId'] === Z);
  expect(
    zipaquira.map((version) => [
      version['entityRevision'],
      version['mappedNames'],
      version['validTo'] === null,
    ]),
  ).toEqual([
    [0, [], false],
    [1, [], false],
    [2, [OLD_NAME], true],
  ]);
});

it('ignores events of a campaign whose planning it never saw', async () => {
  const [, second] = (await eventStore.readStream(`campaign-${Z}`)).slice(0, 2);
  expect(evolveCampaignDocument(null, second!)).toBeNull();
});

describe('the statistics, as worked out by hand', () => {
  const queries = () => new CampaignQueries(live.store, new CampaignNameMappings(live.store, inClear));

  it('count applications and approvals per campaign (the old name mapped), the cost per affiliation', async () => {
    const { campaigns } = await queries().statistics({ year: 2026 });
    expect(Object.fromEntries(campaigns.map((campaign) => [campaign.id, campaign.figures]))).toEqual({
      [Z]: { campaignId: Z, ...CAMPAIGN_FIGURES[Z] },
      [G]: { campaignId: G, ...CAMPAIGN_FIGURES[G] },
      [R]: { campaignId: R, ...CAMPAIGN_FIGURES[R] },
    });
  });

  it('add them up by municipality', async () => {
    expect((await queries().statistics({ year: 2026 })).byMunicipality).toEqual(MUNICIPALITY_FIGURES);
  });

  it('filter the plan by year, municipality and kind', async () => {
    expect((await queries().list({ year: 2027 })).map((campaign) => campaign.id)).toEqual([]);
    expect((await queries().list({ municipalityCode: '25899' })).map((campaign) => campaign.id)).toEqual([
      Z,
      R,
    ]);
    expect((await queries().list({ kind: 'VISIT' })).map((campaign) => campaign.id)).toEqual([G]);
  });

  it('list the old names with their applications and the campaign they are mapped to', async () => {
    expect(await queries().legacyNames()).toEqual([{ name: OLD_NAME, applications: 1, campaignId: Z }]);
  });
});
