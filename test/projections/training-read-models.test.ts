// The training plan's read models (`trainingNeeds`, `trainingSessions`, `trainingPlanVersions`): what each event leaves in them,
// that applying an event twice changes nothing, and that rebuilding them from the log gives the same
// documents as following it live.
import type { TrainingEvent } from '../../src/domain/training/events.js';
import { trainingStreamOf } from '../../src/domain/training/events.js';
import {
  ACTION_NEED,
  accepted,
  attendanceRecorded,
  dismissed,
  scheduled,
  SESSION,
  SUBJECT_NEED,
  subjectBasis,
} from '../../src/domain/training/training-spec-fixtures.js';
import type { RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import type { ReadModelStore } from '../../src/engine/read-models/read-model-store.js';
import { TRAINING_PROJECTIONS } from '../../src/features/planning/training/read-models/training-projections.js';
import {
  TRAINING_NEEDS_COLLECTION,
  trainingNeedIdOf,
} from '../../src/features/planning/training/read-models/training-needs-projection.js';
import { TRAINING_PLAN_VERSIONS_COLLECTION } from '../../src/features/planning/training/read-models/training-plan-versions-projection.js';
import { TRAINING_SESSIONS_COLLECTION } from '../../src/features/planning/training/read-models/training-sessions-projection.js';
import { InMemoryEventStore } from './in-memory-event-store.js';
import {
  dumpCollection,
  temporaryReadModels,
  type TemporaryReadModels,
} from './fixtures/read-model-fixtures.js';

const SESSION_2027 = '00000000-0000-4000-8000-00000000b001';

/** Two years' plans, interleaved with another stream's events (gaps in the positions). */
async function plansInTheLog(): Promise<InMemoryEventStore> {
  const store = new InMemoryEventStore({ positionStep: 3 });
  const plan2026: TrainingEvent[] = [
    accepted(),
    dismissed(),
    scheduled(),
    attendanceRecorded(),
    // A correction of the attendance: the later record stands.
    attendanceRecorded({
      attendance: [
        { userId: 'user-ana', attended: true, score: 85, approved: true },
        { userId: 'user-beto', attended: true, score: 72, approved: true },
      ],
      recordedOn: '2026-04-16',
    }),
  ];
  const plan2027: TrainingEvent[] = [
    accepted({ year: 2027, basis: { ...subjectBasis, lastReceivedOn: '2027-02-01' } }),
    scheduled({ year: 2027, sessionId: SESSION_2027, date: '2027-03-01', needKeys: [SUBJECT_NEED] }),
  ];
  let command = 0;
  const append = async (stream: string, event: TrainingEvent, revision: number | 'no_stream') => {
    command += 1;
    await store.append(
      stream,
      [
        {
          id: `event-${command}`,
          type: event.type,
          schemaVersion: 1,
          data: event.data,
          metadata: {
            actorId: 'user-coordinator',
            actorRole: 'COORDINATOR',
            occurredAt: '2026-03-23T15:00:00.000Z',
            correlationId: `correlation-${command}`,
            causationId: `command-${command}`,
          },
        },
      ],
      revision,
    );
  };
  for (let index = 0; index < Math.max(plan2026.length, plan2027.length); index++) {
    if (index < plan2026.length)
      await append(trainingStreamOf('2026'), plan2026[index]!, index === 0 ? 'no_stream' : index - 1);
    if (index < plan2027.length)
      await append(trainingStreamOf('2027'), plan2027[index]!, index === 0 ? 'no_stream' : index - 1);
  }
  return store;
}

async function followLive(store: ReadModelStore, events: readonly RecordedEvent[]): Promise<void> {
  for (const event of events) {
    await store.transaction(async (tx) => {
      for (const projection of TRAINING_PROJECTIONS) {
        if (projection.categories.some((category) => event.stream.startsWith(category))) {
          await projection.apply(event, tx);
        }
      }
    });
  }
}

let live: TemporaryReadModels;
let rebuilt: TemporaryReadModels;
beforeEach(async () => {
  live = await temporaryReadModels();
  rebuilt = await temporaryReadModels();
});
afterEach(async () => {
  await live.cleanup();
  await rebuilt.cleanup();
});

describe('the training read models', () => {
  it('keep each decided need with its basis, decision and who decided, by year', async () => {
    const log = await (await plansInTheLog()).readAll(null, 100);
    await followLive(live.store, log);
    const needs = await dumpCollection(live.store, TRAINING_NEEDS_COLLECTION);
    expect(needs.map((need) => [need['id'], need['status'], need['reason']])).toEqual([
      [trainingNeedIdOf(2026, ACTION_NEED), 'DISMISSED', dismissed().data.reason],
      [trainingNeedIdOf(2026, SUBJECT_NEED), 'ACCEPTED', null],
      [trainingNeedIdOf(2027, SUBJECT_NEED), 'ACCEPTED', null],
    ]);
    expect(needs[1]).toMatchObject({
      year: 2026,
      basis: accepted().data.basis,
      decidedOn: '2026-03-23',
      decidedBy: 'user-coordinator',
      decidedByRole: 'COORDINATOR',
    });
  });

  it('keep each session with the last attendance recorded', async () => {
    const log = await (await plansInTheLog()).readAll(null, 100);
    await followLive(live.store, log);
    const sessions = await dumpCollection(live.store, TRAINING_SESSIONS_COLLECTION);
    expect(sessions.map((session) => [session['id'], session['year'], session['date']])).toEqual([
      [SESSION, 2026, '2026-04-15'],
      [SESSION_2027, 2027, '2027-03-01'],
    ]);
    expect(sessions[0]).toMatchObject({
      attendeeIds: ['user-ana', 'user-beto'],
      needKeys: [SUBJECT_NEED],
      passingScore: 70,
      attendance: [
        { userId: 'user-ana', attended: true, score: 85, approved: true },
        { userId: 'user-beto', attended: true, score: 72, approved: true },
      ],
    });
    expect(sessions[1]).toMatchObject({ attendance: null, attendanceRecordedAt: null });
  });

  it('an event applied twice changes nothing', async () => {
    const log = await (await plansInTheLog()).readAll(null, 100);
    await followLive(live.store, log);
    const once = {
      needs: await dumpCollection(live.store, TRAINING_NEEDS_COLLECTION),
      sessions: await dumpCollection(live.store, TRAINING_SESSIONS_COLLECTION),
    };
    // Replaying the first attendance after its correction must not bring the old record back.
    await followLive(live.store, log);
    expect(await dumpCollection(live.store, TRAINING_NEEDS_COLLECTION)).toEqual(once.needs);
    expect(await dumpCollection(live.store, TRAINING_SESSIONS_COLLECTION)).toEqual(once.sessions);
  });

  it('rebuilt from the log equal what was followed live', async () => {
    const eventStore = await plansInTheLog();
    await followLive(live.store, await eventStore.readAll(null, 100));
    await rebuildProjections(eventStore, rebuilt.store, TRAINING_PROJECTIONS, { batchSize: 3 });
    for (const collection of [
      TRAINING_NEEDS_COLLECTION,
      TRAINING_SESSIONS_COLLECTION,
      TRAINING_PLAN_VERSIONS_COLLECTION,
    ]) {
      const followed = await dumpCollection(live.store, collection);
      expect(followed.length).toBeGreaterThan(1);
      expect(await dumpCollection(rebuilt.store, collection)).toEqual(followed);
    }
  });
});
