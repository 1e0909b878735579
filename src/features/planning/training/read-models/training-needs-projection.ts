// The `trainingNeeds` read model: one document per need a coordinator decided (id = `<year>|<needKey>`),
// with the basis as it stood when decided, the decision, who made it and when, and a dismissal's reason.
// Needs still only proposed are computed from the data by training-proposals.ts, never stored.
import {
  TRAINING_STREAM_PREFIX,
  upcastTrainingEvent,
  type TrainingNeedBasis,
} from '../../../../domain/training/index.js';
import type { ActorRole } from '../../../../domain/shared/decider.js';
import type { CalendarDate, Instant } from '../../../../domain/shared/time.js';
import type { RecordedEvent } from '../../../../engine/eventstore/event-store.js';
import type { Projection } from '../../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../../engine/read-models/read-model-store.js';

export const TRAINING_NEEDS_COLLECTION = 'trainingNeeds';

export type DecidedNeedStatus = 'ACCEPTED' | 'DISMISSED';

export interface TrainingNeedDocument extends ReadModelDocument {
  readonly id: string;
  readonly year: number;
  readonly needKey: string;
  readonly status: DecidedNeedStatus;
  readonly basis: TrainingNeedBasis;
  readonly decidedAt: Instant;
  readonly decidedOn: CalendarDate;
  readonly decidedBy: string;
  readonly decidedByRole: ActorRole;
  /** A dismissal's reason (a sealed text reference); null for an accepted need. */
  readonly reason: string | null;
  /** Revision of the plan's stream when this need was decided: the idempotency guard. */
  readonly revision: number;
  readonly lastPosition: number;
}

export function trainingNeedIdOf(year: number, needKey: string): string {
  return `${year}|${needKey}`;
}

/** The need a decision leaves; null for the plan's events that decide no need. */
export function decidedNeedOf(recorded: RecordedEvent): TrainingNeedDocument | null {
  const event = upcastTrainingEvent(recorded);
  const marks = {
    decidedBy: recorded.metadata.actorId,
    decidedByRole: recorded.metadata.actorRole as ActorRole,
    revision: recorded.revision,
    lastPosition: recorded.position,
  };
  switch (event.type) {
    case 'TrainingNeedAccepted':
      return {
        id: trainingNeedIdOf(event.data.year, event.data.needKey),
        year: event.data.year,
        needKey: event.data.needKey,
        status: 'ACCEPTED',
        basis: event.data.basis,
        decidedAt: event.data.acceptedAt,
        decidedOn: event.data.acceptedOn,
        reason: null,
        ...marks,
      };
    case 'TrainingNeedDismissed':
      return {
        id: trainingNeedIdOf(event.data.year, event.data.needKey),
        year: event.data.year,
        needKey: event.data.needKey,
        status: 'DISMISSED',
        basis: event.data.basis,
        decidedAt: event.data.dismissedAt,
        decidedOn: event.data.dismissedOn,
        reason: event.data.reason,
        ...marks,
      };
    case 'TrainingScheduled':
    case 'TrainingAttendanceRecorded':
      return null;
    default: {
      const unknownEvent: never = event;
      void unknownEvent;
      return null;
    }
  }
}

export const trainingNeedsProjection: Projection = {
  name: 'trainingNeeds',
  version: 1,
  categories: [TRAINING_STREAM_PREFIX],
  collections: [TRAINING_NEEDS_COLLECTION],
  indexes: { [TRAINING_NEEDS_COLLECTION]: ['year'] },
  async apply(event, tx) {
    const next = decidedNeedOf(event);
    if (next === null) return;
    const current = await tx.get<TrainingNeedDocument>(TRAINING_NEEDS_COLLECTION, next.id);
    // A need is decided once; an event at or below the document's revision is already in it.
    if (current !== null && event.revision <= current.revision) return;
    await tx.put(TRAINING_NEEDS_COLLECTION, next);
  },
};
