// The risk map's read models: what each event does to a risk's document, that applying an event twice
// changes nothing, the map as it stood at an instant (riskVersions) with the monitoring the management
// review reads, the heat map's cells, and — over a real app — that rebuilding both from zero gives the
// read models the live runner built.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { riskStreamOf, type RiskEvent } from '../../src/domain/risk/index.js';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import {
  evolveRisk,
  heatMapOf,
  RISK_PROJECTIONS,
  RISKS_COLLECTION,
  RiskQueries,
  RISK_VERSIONS_COLLECTION,
  type RiskDocument,
} from '../../src/features/planning/risks/index.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import {
  dumpCollection,
  dumpProjections,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';

const RISK_A = '5a1c2d3e-0000-4000-8000-00000000000a';
const RISK_B = '5a1c2d3e-0000-4000-8000-00000000000b';

const rating = (probability: string, pp: number, impact: string, ip: number, zone: string) =>
  ({ probability, probabilityPercent: pp, impact, impactPercent: ip, zone }) as never;

function recorded(
  riskId: string,
  revision: number,
  position: number,
  event: RiskEvent,
  day: string,
): RecordedEvent {
  return {
    id: `${riskId}-${revision}`,
    stream: riskStreamOf(riskId),
    revision,
    position,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      actorId: 'coordinator-1',
      actorRole: 'COORDINATOR',
      occurredAt: `${day}T15:00:00.000Z`,
      recordedAt: `${day}T15:00:${String(position % 60).padStart(2, '0')}.000Z`,
      correlationId: `correlation-${riskId}-${revision}`,
      causationId: `command-${riskId}-${revision}`,
      previousHash: '',
      hash: '',
    },
  };
}

/** Risk A: registered in February (Media × Mayor, Alto), one control in February, monitored for T1 in April. */
function lifeOfA(): RecordedEvent[] {
  return [
    recorded(
      RISK_A,
      0,
      10,
      {
        type: 'RiskRegistered',
        data: {
          riskId: RISK_A,
          name: 'text:a-name',
          cause: 'text:a-cause',
          consequence: 'text:a-consequence',
          method: 'DAFP_V7_2025',
          inherent: rating('MEDIUM', 60, 'MAJOR', 80, 'HIGH'),
          registeredAt: '2026-02-02T15:00:00.000Z',
          registeredOn: '2026-02-02',
          textOwnerId: 'owner-a',
        },
      },
      '2026-02-02',
    ),
    recorded(
      RISK_A,
      1,
      20,
      {
        type: 'RiskControlAdded',
        data: {
          controlId: 'control-a1',
          description: 'text:a-control',
          responsibleId: 'coordinator-1',
          type: 'CORRECTIVE',
          implementation: 'AUTOMATIC',
          documentation: 'DOCUMENTED',
          frequency: 'CONTINUOUS',
          evidence: 'RECORDED',
          periodicity: 'EACH_TIME',
          evidenceDescription: 'text:a-evidence',
          axis: 'IMPACT',
          weight: 35,
          residual: rating('MEDIUM', 60, 'MODERATE', 52, 'MODERATE'),
          addedAt: '2026-02-10T15:00:00.000Z',
          addedOn: '2026-02-10',
        },
      },
      '2026-02-10',
    ),
    recorded(
      RISK_A,
      2,
      40,
      {
        type: 'RiskMaterialized',
        data: {
          materializationId: 'm-a1',
          occurredOn: '2026-03-20',
          quarter: '2026-T1',
          description: 'text:a-materialization',
          links: [{ kind: 'INDICATOR', reference: 'PQRS_OVERDUE' }],
          recordedOn: '2026-03-21',
        },
      },
      '2026-03-21',
    ),
    recorded(
      RISK_A,
      3,
      50,
      {
        type: 'RiskMonitored',
        data: {
          quarter: '2026-T1',
          controlsEffective: false,
          observations: 'text:a-observations',
          evidence: 'text:a-monitoring-evidence',
          residual: rating('MEDIUM', 60, 'MODERATE', 52, 'MODERATE'),
          materializations: 1,
          monitoredAt: '2026-04-06T15:00:00.000Z',
          monitoredOn: '2026-04-06',
        },
      },
      '2026-04-06',
    ),
  ];
}

/** Risk B: registered in March (Baja × Leve, Bajo), nothing more. */
function lifeOfB(): RecordedEvent[] {
  return [
    recorded(
      RISK_B,
      0,
      30,
      {
        type: 'RiskRegistered',
        data: {
          riskId: RISK_B,
          name: 'text:b-name',
          cause: 'text:b-cause',
          consequence: 'text:b-consequence',
          method: 'DAFP_V7_2025',
          inherent: rating('LOW', 40, 'SLIGHT', 20, 'LOW'),
          registeredAt: '2026-03-02T15:00:00.000Z',
          registeredOn: '2026-03-02',
          textOwnerId: 'owner-b',
        },
      },
      '2026-03-02',
    ),
  ];
}

const allEvents = () => [...lifeOfA(), ...lifeOfB()].sort((left, right) => left.position - right.position);

async function applyAll(store: SqliteReadModelStore, events: readonly RecordedEvent[]): Promise<void> {
  await store.transaction(async (tx) => {
    for (const event of events) for (const projection of RISK_PROJECTIONS) await projection.apply(event, tx);
  });
}

let readModels: TemporaryReadModels;
beforeEach(async () => {
  readModels = await temporaryReadModels();
});
afterEach(async () => {
  await readModels.cleanup();
});

describe('the risks read model', () => {
  it('follows a risk from registration through a control, a materialisation and a monitoring', () => {
    const last = lifeOfA().reduce<RiskDocument | null>(evolveRisk, null)!;
    expect(last).toMatchObject({
      id: RISK_A,
      name: 'text:a-name',
      inherentZone: 'HIGH',
      residualZone: 'MODERATE',
      residual: { impact: 'MODERATE', impactPercent: 52 },
      registeredBy: 'coordinator-1',
      lastMonitoredQuarter: '2026-T1',
      revision: 3,
      lastPosition: 50,
    });
    expect(last.controls).toEqual([
      expect.objectContaining({ controlId: 'control-a1', weight: 35, addedBy: 'coordinator-1' }),
    ]);
    expect(last.monitorings).toEqual([
      expect.objectContaining({ quarter: '2026-T1', controlsEffective: false, monitoredBy: 'coordinator-1' }),
    ]);
    expect(last.materializations).toEqual([
      expect.objectContaining({ materializationId: 'm-a1', quarter: '2026-T1', recordedBy: 'coordinator-1' }),
    ]);
  });

  it('ignores events of a risk whose registration it never saw', () => {
    expect(evolveRisk(null, lifeOfA()[1]!)).toBeNull();
  });

  it('applying every event twice gives the same documents as applying them once', async () => {
    await applyAll(readModels.store, allEvents());
    const once = await Promise.all(
      RISK_PROJECTIONS.flatMap((projection) => projection.collections).map((collection) =>
        dumpCollection(readModels.store, collection),
      ),
    );
    await applyAll(readModels.store, allEvents());
    const twice = await Promise.all(
      RISK_PROJECTIONS.flatMap((projection) => projection.collections).map((collection) =>
        dumpCollection(readModels.store, collection),
      ),
    );
    expect(twice).toEqual(once);
    expect(once.map((documents) => documents.length)).toEqual([2, 5]);
  });
});

describe('the risk queries', () => {
  beforeEach(async () => {
    await applyAll(readModels.store, allEvents());
  });

  it('list the risks in the order registered', async () => {
    expect((await new RiskQueries(readModels.store).all()).map((risk) => risk.id)).toEqual([RISK_A, RISK_B]);
  });

  it('give the monitoring as it stood at an instant: before the monitoring, and after it', async () => {
    const queries = new RiskQueries(readModels.store);
    expect(await queries.monitoringAsOf('2026-02-01T00:00:00.000Z')).toEqual([]);
    expect(await queries.monitoringAsOf('2026-03-05T00:00:00.000Z')).toEqual([
      {
        riskId: RISK_A,
        name: 'text:a-name',
        inherentZone: 'HIGH',
        residualZone: 'MODERATE',
        lastMonitoringQuarter: null,
        lastMonitoringControlsEffective: null,
        materializations: [],
      },
      {
        riskId: RISK_B,
        name: 'text:b-name',
        inherentZone: 'LOW',
        residualZone: 'LOW',
        lastMonitoringQuarter: null,
        lastMonitoringControlsEffective: null,
        materializations: [],
      },
    ]);
    const [afterMonitoring] = await queries.monitoringAsOf('2026-12-31T00:00:00.000Z');
    expect(afterMonitoring).toMatchObject({
      riskId: RISK_A,
      lastMonitoringQuarter: '2026-T1',
      lastMonitoringControlsEffective: false,
      materializations: [expect.objectContaining({ materializationId: 'm-a1' })],
    });
  });

  it('count each risk in the heat-map cell of its inherent and of its residual rating', async () => {
    const risks = await new RiskQueries(readModels.store).all();
    const occupied = (rating: 'INHERENT' | 'RESIDUAL') =>
      heatMapOf(risks, rating)
        .filter((cell) => cell.count > 0)
        .map((cell) => [cell.probability, cell.impact, cell.zone, cell.count]);
    expect(heatMapOf(risks, 'INHERENT')).toHaveLength(25);
    expect(occupied('INHERENT')).toEqual([
      ['MEDIUM', 'MAJOR', 'HIGH', 1],
      ['LOW', 'SLIGHT', 'LOW', 1],
    ]);
    expect(occupied('RESIDUAL')).toEqual([
      ['MEDIUM', 'MODERATE', 'MODERATE', 1],
      ['LOW', 'SLIGHT', 'LOW', 1],
    ]);
  });
});

describe('rebuilding the risk read models from zero', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-risks-rebuild-'));
    const ventanilla = await VentanillaHarness.start({}, dataDir);
    try {
      const admin = await ventanilla.login();
      const coordinator = await ventanilla.userWithRoles(admin, 'coordinador.rebuild', ['COORDINATOR']);
      const { receivePqrs } = await ventanilla.ok(
        `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
        {
          input: {
            kind: 'COMPLAINT',
            channel: 'WEB',
            subject: 'Demora',
            description: 'Demora en la respuesta.',
            petitioner: { name: 'Ana Ruiz', documentType: 'CC', documentNumber: '1020304' },
          },
        },
        admin,
      );
      for (const [n, probability] of (['HIGH', 'LOW'] as const).entries()) {
        const { registerRisk } = await ventanilla.ok(
          `mutation ($input: RegisterRiskInput!) { registerRisk(input: $input) { id } }`,
          {
            input: {
              name: `Riesgo ${n}`,
              cause: 'Causa',
              consequence: 'Consecuencia',
              probability,
              impact: 'MODERATE',
            },
          },
          coordinator.token,
        );
        const riskId = registerRisk.id;
        await ventanilla.ok(
          `mutation ($riskId: ID!, $input: AddRiskControlInput!) { addRiskControl(riskId: $riskId, input: $input) { id } }`,
          {
            riskId,
            input: {
              description: 'Control',
              responsibleId: coordinator.id,
              type: 'PREVENTIVE',
              implementation: 'AUTOMATIC',
              documentation: 'DOCUMENTED',
              frequency: 'CONTINUOUS',
              evidence: 'RECORDED',
              periodicity: 'DAILY',
              evidenceDescription: 'Bitácora',
            },
          },
          coordinator.token,
        );
        if (n === 0) {
          await ventanilla.ok(
            `mutation ($riskId: ID!, $input: RecordRiskMaterializationInput!) { recordRiskMaterialization(riskId: $riskId, input: $input) { id } }`,
            {
              riskId,
              input: {
                occurredOn: '2020-01-01',
                description: 'Se materializó.',
                links: [{ kind: 'PQRS', reference: receivePqrs.radicado }],
              },
            },
            coordinator.token,
          );
        }
      }
    } finally {
      await ventanilla.stop();
    }
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives read models equal to the live ones', async () => {
    const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
    const live = await SqliteReadModelStore.open({ dataDir });
    const rebuilt = await temporaryReadModels('ventanilla-risks-rebuild-target-');
    try {
      const results = await rebuildProjections(eventStore, rebuilt.store, RISK_PROJECTIONS);
      expect(results.map((result) => result.deadLetters)).toEqual([0, 0]);
      expect(await dumpProjections(rebuilt.store, RISK_PROJECTIONS)).toEqual(
        await dumpProjections(live, RISK_PROJECTIONS),
      );
      expect(await dumpCollection(live, RISKS_COLLECTION)).toHaveLength(2);
      // Two registrations, two controls and a materialisation: five versions.
      expect(await dumpCollection(live, RISK_VERSIONS_COLLECTION)).toHaveLength(5);
    } finally {
      await rebuilt.cleanup();
      await live.close();
      await eventStore.close();
    }
  });
});
