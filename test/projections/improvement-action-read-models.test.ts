// The improvementActions read model: what each event does to an action's document, that applying an
// event twice changes nothing, and the list's status filters (OVERDUE is computed from today). The
// statistics of a period come from the indicator read models (indicators-read-models.test.ts).
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import {
  improvementActionStreamOf,
  type ActionFormulated,
  type ImprovementActionEvent,
} from '../../src/domain/improvement-action/events.js';
import { ImprovementActionQueries } from '../../src/features/improvement-actions/read-models/improvement-action-queries.js';
import {
  evolveImprovementAction,
  IMPROVEMENT_ACTIONS_COLLECTION,
  improvementActionsProjection,
  type ImprovementActionDocument,
} from '../../src/features/improvement-actions/read-models/improvement-actions-projection.js';
import type { Projection } from '../../src/engine/projections/projection.js';
import type { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import {
  dumpCollection,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';

const ACTION_A = '7f1c2d3e-0000-4000-8000-00000000000a';
const ACTION_B = '7f1c2d3e-0000-4000-8000-00000000000b';
const ACTION_C = '7f1c2d3e-0000-4000-8000-00000000000c';

function recorded(
  actionId: string,
  revision: number,
  position: number,
  event: ImprovementActionEvent,
): RecordedEvent {
  return {
    id: `${actionId}-${revision}`,
    stream: improvementActionStreamOf(actionId),
    revision,
    position,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      actorId: revision === 1 ? 'agent-7' : 'coordinator-1',
      actorRole: revision === 1 ? 'AGENT' : 'COORDINATOR',
      occurredAt: '2026-03-16T15:00:00.000Z',
      recordedAt: `2026-03-16T15:00:${String(position % 60).padStart(2, '0')}.000Z`,
      correlationId: `correlation-${actionId}`,
      causationId: `command-${actionId}-${revision}`,
      previousHash: '',
      hash: '',
    },
  };
}

function formulated(actionId: string, overrides: Partial<ActionFormulated['data']> = {}): ActionFormulated {
  return {
    type: 'ActionFormulated',
    data: {
      actionId,
      source: { kind: 'PQRS', reference: 'PQRS-2026-000042' },
      problem: 'Certificados con datos desactualizados',
      rootCause: 'Plantilla manual',
      action: 'Generar desde la base de afiliados',
      responsibleId: 'agent-7',
      dueDate: '2026-04-30',
      formulatedAt: '2026-03-16T15:00:00.000Z',
      formulatedOn: '2026-03-16',
      linkedActionId: null,
      ...overrides,
    },
  };
}

/** One action's life to its closing, positions interleaved with other streams' (gaps of 10). */
function lifeOf(actionId: string, firstPosition: number, effective: boolean): RecordedEvent[] {
  let revision = 0;
  const next = (event: ImprovementActionEvent): RecordedEvent =>
    recorded(actionId, revision, firstPosition + 10 * revision++, event);
  return [
    next(formulated(actionId)),
    next({
      type: 'ProgressRecorded',
      data: {
        note: 'Plantilla nueva',
        evidence: 'GD-153',
        recordedAt: '2026-04-01T15:00:00.000Z',
        recordedOn: '2026-04-01',
        attachments: [],
      },
    }),
    next({
      type: 'EffectivenessVerified',
      data: {
        effective,
        evidence: 'Muestreo',
        verifiedAt: '2026-05-15T15:00:00.000Z',
        verifiedOn: '2026-05-15',
        attachments: [],
      },
    }),
    next({
      type: 'ActionClosed',
      data: {
        effective,
        verifiedOn: '2026-05-15',
        closedAt: '2026-05-18T15:00:00.000Z',
        closedOn: '2026-05-18',
        dueDate: '2026-04-30',
      },
    }),
  ];
}

async function applyAll(
  store: SqliteReadModelStore,
  projection: Projection,
  events: readonly RecordedEvent[],
): Promise<void> {
  await store.transaction(async (tx) => {
    for (const event of events) await projection.apply(event, tx);
  });
}

let readModels: TemporaryReadModels;
beforeEach(async () => {
  readModels = await temporaryReadModels();
});
afterEach(async () => {
  await readModels.cleanup();
});

describe('the improvementActions read model', () => {
  it('follows an action from formulation to closing', () => {
    const states = lifeOf(ACTION_A, 100, true).reduce<ImprovementActionDocument[]>(
      (history, event) => [...history, evolveImprovementAction(history.at(-1) ?? null, event)!],
      [],
    );
    expect(states.map((state) => state.status)).toEqual(['OPEN', 'OPEN', 'OPEN', 'CLOSED_EFFECTIVE']);
    expect(states.at(-1)).toEqual({
      id: ACTION_A,
      sourceKind: 'PQRS',
      sourceReference: 'PQRS-2026-000042',
      problem: 'Certificados con datos desactualizados',
      rootCause: 'Plantilla manual',
      action: 'Generar desde la base de afiliados',
      responsibleId: 'agent-7',
      dueDate: '2026-04-30',
      formulatedAt: '2026-03-16T15:00:00.000Z',
      formulatedOn: '2026-03-16',
      formulatedBy: 'coordinator-1',
      linkedActionId: null,
      status: 'CLOSED_EFFECTIVE',
      progress: [
        {
          note: 'Plantilla nueva',
          evidence: 'GD-153',
          recordedAt: '2026-04-01T15:00:00.000Z',
          recordedOn: '2026-04-01',
          recordedBy: 'agent-7',
          attachments: [],
        },
      ],
      verifications: [
        {
          effective: true,
          evidence: 'Muestreo',
          verifiedAt: '2026-05-15T15:00:00.000Z',
          verifiedOn: '2026-05-15',
          verifiedBy: 'coordinator-1',
          attachments: [],
        },
      ],
      lastVerificationEffective: true,
      closedAt: '2026-05-18T15:00:00.000Z',
      closedOn: '2026-05-18',
      revision: 3,
      lastPosition: 130,
      updatedAt: '2026-03-16T15:00:10.000Z',
    });
  });

  it('records a closing after a non-effective check as CLOSED_NOT_EFFECTIVE', () => {
    const last = lifeOf(ACTION_B, 1, false).reduce<ImprovementActionDocument | null>(
      evolveImprovementAction,
      null,
    );
    expect(last).toMatchObject({ status: 'CLOSED_NOT_EFFECTIVE', lastVerificationEffective: false });
  });

  it('ignores events of an action whose formulation it never saw', () => {
    expect(evolveImprovementAction(null, lifeOf(ACTION_A, 1, true)[1]!)).toBeNull();
  });

  it('applying every event twice gives the same documents as applying them once', async () => {
    const events = [...lifeOf(ACTION_A, 100, true), ...lifeOf(ACTION_B, 101, false)].sort(
      (left, right) => left.position - right.position,
    );
    await applyAll(readModels.store, improvementActionsProjection, events);
    const once = await dumpCollection(readModels.store, IMPROVEMENT_ACTIONS_COLLECTION);
    await applyAll(readModels.store, improvementActionsProjection, events);
    expect(await dumpCollection(readModels.store, IMPROVEMENT_ACTIONS_COLLECTION)).toEqual(once);
    expect(once).toHaveLength(2);
  });
});

describe('the improvement-action queries', () => {
  // Today, for the queries: Monday 4 May 2026 in Bogotá.
  const queries = () =>
    new ImprovementActionQueries(readModels.store, () => new Date('2026-05-04T15:00:00.000Z'));

  beforeEach(async () => {
    const events = [
      // A: closed effective on 18 May.
      ...lifeOf(ACTION_A, 100, true),
      // B: open, due 30 April: overdue on 4 May.
      recorded(ACTION_B, 0, 105, formulated(ACTION_B, { responsibleId: 'agent-8' })),
      // C: open from an audit, due 4 May: on time until the end of the day.
      recorded(
        ACTION_C,
        0,
        106,
        formulated(ACTION_C, {
          source: { kind: 'AUDIT', reference: 'Hallazgo 3' },
          dueDate: '2026-05-04',
          formulatedAt: '2026-04-20T15:00:00.000Z',
          formulatedOn: '2026-04-20',
          linkedActionId: ACTION_B,
        }),
      ),
    ].sort((left, right) => left.position - right.position);
    await applyAll(readModels.store, improvementActionsProjection, events);
  });

  it.each([
    ['OPEN', [ACTION_C]],
    ['OVERDUE', [ACTION_B]],
    ['CLOSED_EFFECTIVE', [ACTION_A]],
    ['CLOSED_NOT_EFFECTIVE', []],
  ] as const)('the %s filter lists the actions that show that status today', async (status, expected) => {
    const page = await queries().list({ status }, 10, null);
    expect(page.nodes.map((node) => node.id)).toEqual(expected);
    expect(page.nodes.every((node) => node.status === status)).toBe(true);
    expect(page.totalCount).toBe(expected.length);
  });

  it('filters by source and responsible, newest first', async () => {
    expect((await queries().list({ sourceKind: 'PQRS' }, 10, null)).nodes.map((node) => node.id)).toEqual([
      ACTION_B,
      ACTION_A,
    ]);
    expect(
      (await queries().list({ sourceKind: 'AUDIT', sourceReference: 'Hallazgo 3' }, 10, null)).totalCount,
    ).toBe(1);
    expect(
      (await queries().list({ responsibleId: 'agent-8' }, 10, null)).nodes.map((node) => node.id),
    ).toEqual([ACTION_B]);
  });

  it('pages with a cursor, keeping the total', async () => {
    const first = await queries().list({}, 2, null);
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
    const second = await queries().list({}, 2, first.endCursor);
    expect(second).toMatchObject({ totalCount: 3, hasNextPage: false });
    expect([...first.nodes, ...second.nodes].map((node) => node.id)).toEqual([ACTION_C, ACTION_B, ACTION_A]);
  });

  it("lists a PQRS case's actions by its radicado, oldest first", async () => {
    expect((await queries().ofSource('PQRS', 'PQRS-2026-000042')).map((node) => node.id)).toEqual([
      ACTION_A,
      ACTION_B,
    ]);
  });
});
