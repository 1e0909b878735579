// The management-review read models: what each event does to a review's document, that applying an
// event twice changes nothing, that the versions give the review as it stood at any instant, and — over a
// real app — that rebuilding both from zero gives the read models the live runner built.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  managementReviewStreamOf,
  type ManagementReviewEvent,
} from '../../src/domain/management-review/index.js';
import {
  closed,
  decisionRecorded,
  opened,
} from '../../src/domain/management-review/management-review-spec-fixtures.js';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { findAsOf } from '../../src/engine/projections/versioned-projection.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import {
  evolveManagementReview,
  MANAGEMENT_REVIEW_PROJECTIONS,
  MANAGEMENT_REVIEW_VERSIONS_COLLECTION,
  MANAGEMENT_REVIEWS_COLLECTION,
  type ManagementReviewDocument,
} from '../../src/features/planning/management-review/read-models/management-reviews-projection.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import {
  dumpCollection,
  dumpProjections,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';

const REVIEW_A = '7f1c2d3e-0000-4000-9000-00000000000a';
const REVIEW_B = '7f1c2d3e-0000-4000-9000-00000000000b';

function recorded(
  reviewId: string,
  revision: number,
  position: number,
  event: ManagementReviewEvent,
): RecordedEvent {
  return {
    id: `${reviewId}-${revision}`,
    stream: managementReviewStreamOf(reviewId),
    revision,
    position,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {
      actorId: 'coordinator-1',
      actorRole: 'COORDINATOR',
      occurredAt: '2026-07-15T15:00:00.000Z',
      recordedAt: `2026-07-15T15:00:${String(position % 60).padStart(2, '0')}.000Z`,
      correlationId: `correlation-${reviewId}`,
      causationId: `command-${reviewId}-${revision}`,
      previousHash: '',
      hash: '',
    },
  };
}

/** A review's life: opened, two decisions (the second naming an action), closed; positions 10 apart. */
function lifeOf(reviewId: string, firstPosition: number): RecordedEvent[] {
  const events: ManagementReviewEvent[] = [
    opened(reviewId, { title: 'text:title' }),
    decisionRecorded(1, { description: 'text:d1' }),
    decisionRecorded(2, { description: 'text:d2', improvementActionId: 'action-1' }),
    closed(2, { conclusions: 'text:conclusions' }),
  ];
  return events.map((event, revision) => recorded(reviewId, revision, firstPosition + 10 * revision, event));
}

const allEvents = () =>
  [...lifeOf(REVIEW_A, 1), ...lifeOf(REVIEW_B, 5)].sort((left, right) => left.position - right.position);

let readModels: TemporaryReadModels;
beforeEach(async () => {
  readModels = await temporaryReadModels();
});
afterEach(async () => {
  await readModels.cleanup();
});

async function applyAll(events: readonly RecordedEvent[]): Promise<void> {
  await readModels.store.transaction(async (tx) => {
    for (const event of events) {
      for (const projection of MANAGEMENT_REVIEW_PROJECTIONS) await projection.apply(event, tx);
    }
  });
}

describe('the managementReviews read model', () => {
  it('follows a review from opening to its approved minutes, texts as references', () => {
    const last = lifeOf(REVIEW_A, 1).reduce<ManagementReviewDocument | null>(evolveManagementReview, null)!;
    expect(last).toMatchObject({
      id: REVIEW_A,
      title: 'text:title',
      meetingDate: '2026-07-15',
      year: 2026,
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      status: 'CLOSED',
      openedBy: 'coordinator-1',
      conclusions: 'text:conclusions',
      closedOn: '2026-07-16',
      closedBy: 'coordinator-1',
      revision: 3,
      lastPosition: 31,
    });
    expect(
      last.decisions.map((decision) => [decision.number, decision.description, decision.improvementActionId]),
    ).toEqual([
      [1, 'text:d1', null],
      [2, 'text:d2', 'action-1'],
    ]);
    expect(last.inputs.pqrs.received).toBe(120);
  });

  it('makes nothing of a decision whose opening it never saw', () => {
    expect(evolveManagementReview(null, lifeOf(REVIEW_A, 1)[1]!)).toBeNull();
  });

  it('applying every event twice changes nothing', async () => {
    await applyAll(allEvents());
    const once = await dumpCollection(readModels.store, MANAGEMENT_REVIEWS_COLLECTION);
    const versionsOnce = await dumpCollection(readModels.store, MANAGEMENT_REVIEW_VERSIONS_COLLECTION);
    await applyAll(allEvents());
    expect(await dumpCollection(readModels.store, MANAGEMENT_REVIEWS_COLLECTION)).toEqual(once);
    expect(await dumpCollection(readModels.store, MANAGEMENT_REVIEW_VERSIONS_COLLECTION)).toEqual(
      versionsOnce,
    );
    expect(once).toHaveLength(2);
    expect(versionsOnce).toHaveLength(8);
  });

  it('gives each review as it stood at an instant: open with one decision, before the second', async () => {
    await applyAll(allEvents());
    // REVIEW_A's second event was recorded at :11, its third at :21.
    const [review] = await findAsOf<ManagementReviewDocument>(
      readModels.store,
      MANAGEMENT_REVIEW_VERSIONS_COLLECTION,
      '2026-07-15T15:00:12.000Z',
      { id: { $gte: REVIEW_A, $lt: REVIEW_B } },
    );
    expect(review).toMatchObject({ id: REVIEW_A, status: 'OPEN', conclusions: null });
    expect(review!.decisions).toHaveLength(1);
  });
});

describe('rebuilding the management-review read models from zero', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-reviews-rebuild-'));
    const ventanilla = await VentanillaHarness.start({}, dataDir);
    try {
      const admin = await ventanilla.login();
      const coordinator = await ventanilla.userWithRoles(admin, 'coordinador.revision', ['COORDINATOR']);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(new Date());
      for (const title of ['Primera revisión', 'Segunda revisión']) {
        const { openManagementReview } = await ventanilla.ok(
          `mutation ($input: OpenManagementReviewInput!) { openManagementReview(input: $input) { id } }`,
          {
            input: {
              title,
              meetingDate: today,
              period: { from: `${today.slice(0, 4)}-01-01`, to: today },
              attendeeIds: [coordinator.id],
            },
          },
          coordinator.token,
        );
        await ventanilla.ok(
          `mutation ($input: RecordReviewDecisionInput!) { recordReviewDecision(input: $input) { id } }`,
          {
            input: {
              reviewId: openManagementReview.id,
              kind: 'SYSTEM_CHANGE',
              description: 'Actualizar el procedimiento.',
              responsibleId: coordinator.id,
            },
          },
          coordinator.token,
        );
      }
      // Every projection has caught up before the app stops: a read waits for them.
      await ventanilla.ok(`query { managementReviews { id } }`, {}, coordinator.token);
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
    const rebuilt = await temporaryReadModels('ventanilla-reviews-rebuild-target-');
    try {
      const results = await rebuildProjections(eventStore, rebuilt.store, MANAGEMENT_REVIEW_PROJECTIONS);
      expect(results.map((result) => result.deadLetters)).toEqual([0, 0]);
      expect(await dumpProjections(rebuilt.store, MANAGEMENT_REVIEW_PROJECTIONS)).toEqual(
        await dumpProjections(live, MANAGEMENT_REVIEW_PROJECTIONS),
      );
      expect(await dumpCollection(live, MANAGEMENT_REVIEWS_COLLECTION)).toHaveLength(2);
      expect(await dumpCollection(live, MANAGEMENT_REVIEW_VERSIONS_COLLECTION)).toHaveLength(4);
    } finally {
      await rebuilt.cleanup();
      await live.close();
      await eventStore.close();
    }
  });
});
