// The `trainingPlanVersions` read model: the year's whole plan (its decided needs and its sessions) as it
// stood after each of its events, with the recording interval in which each version was the current one
// (versioned-projection.ts), so the PIC report reads the plan as of its cut. It folds the plan with the
// live read models' own functions, so the report and the screens never disagree.
import { TRAINING_STREAM_PREFIX } from '../../../../domain/training/index.js';
import type { RecordedEvent } from '../../../../engine/eventstore/event-store.js';
import { versionedProjection } from '../../../../engine/projections/versioned-projection.js';
import type { ReadModelDocument } from '../../../../engine/read-models/read-model-store.js';
import { decidedNeedOf, type TrainingNeedDocument } from './training-needs-projection.js';
import { evolveTrainingSession, type TrainingSessionDocument } from './training-sessions-projection.js';

export const TRAINING_PLAN_VERSIONS_COLLECTION = 'trainingPlanVersions';

export interface TrainingPlanDocument extends ReadModelDocument {
  /** The year, as the stream names it. */
  readonly id: string;
  readonly year: number;
  /** In the order they were decided. */
  readonly needs: readonly TrainingNeedDocument[];
  /** In the order they were scheduled. */
  readonly sessions: readonly TrainingSessionDocument[];
}

export function evolveTrainingPlan(
  current: TrainingPlanDocument | null,
  recorded: RecordedEvent,
): TrainingPlanDocument {
  const year = recorded.stream.slice(TRAINING_STREAM_PREFIX.length);
  const plan = current ?? { id: year, year: Number(year), needs: [], sessions: [] };
  const need = decidedNeedOf(recorded);
  if (need !== null) {
    return { ...plan, needs: [...plan.needs.filter((each) => each.id !== need.id), need] };
  }
  const sessionId = (recorded.data as { sessionId?: string }).sessionId;
  const index = plan.sessions.findIndex((session) => session.id === sessionId);
  const session = evolveTrainingSession(index < 0 ? null : plan.sessions[index]!, recorded);
  if (session === null) return plan;
  return {
    ...plan,
    sessions:
      index < 0
        ? [...plan.sessions, session]
        : plan.sessions.map((each, at) => (at === index ? session : each)),
  };
}

export const trainingPlanVersionsProjection = versionedProjection<TrainingPlanDocument>({
  name: 'trainingPlanVersions',
  version: 1,
  categories: [TRAINING_STREAM_PREFIX],
  collection: TRAINING_PLAN_VERSIONS_COLLECTION,
  indexes: ['year'],
  entityIdOf: (stream) => stream.slice(TRAINING_STREAM_PREFIX.length),
  evolve: evolveTrainingPlan,
});
