// The `trainingSessions` read model: one document per scheduled session (id = session id) with its
// topic, date, trainer, attendees, the needs it answers and the last attendance recorded.
import {
  TRAINING_STREAM_PREFIX,
  upcastTrainingEvent,
  type AttendanceRecord,
} from '../../../../domain/training/index.js';
import type { CalendarDate, Instant } from '../../../../domain/shared/time.js';
import type { RecordedEvent } from '../../../../engine/eventstore/event-store.js';
import type { Projection } from '../../../../engine/projections/projection.js';
import type { ReadModelDocument } from '../../../../engine/read-models/read-model-store.js';

export const TRAINING_SESSIONS_COLLECTION = 'trainingSessions';

export interface TrainingSessionDocument extends ReadModelDocument {
  readonly id: string;
  readonly year: number;
  /** Sealed text references, revealed by the queries' readers. */
  readonly topic: string;
  readonly trainer: string;
  readonly date: CalendarDate;
  readonly attendeeIds: readonly string[];
  readonly needKeys: readonly string[];
  readonly passingScore: number;
  readonly scheduledAt: Instant;
  readonly scheduledBy: string;
  /** The last attendance recorded (a later record corrects an earlier one); null until the first. */
  readonly attendance: readonly AttendanceRecord[] | null;
  readonly attendanceRecordedAt: Instant | null;
  readonly attendanceRecordedBy: string | null;
  /** Revision of the plan's stream at the last event applied to this session: the idempotency guard. */
  readonly revision: number;
  readonly lastPosition: number;
}

/** The session after one of the plan's events; null when the event is not about a known session. */
export function evolveTrainingSession(
  current: TrainingSessionDocument | null,
  recorded: RecordedEvent,
): TrainingSessionDocument | null {
  const event = upcastTrainingEvent(recorded);
  const marks = { revision: recorded.revision, lastPosition: recorded.position };
  switch (event.type) {
    case 'TrainingScheduled': {
      const data = event.data;
      return {
        id: data.sessionId,
        year: data.year,
        topic: data.topic,
        trainer: data.trainer,
        date: data.date,
        attendeeIds: data.attendeeIds,
        needKeys: data.needKeys,
        passingScore: data.passingScore,
        scheduledAt: data.scheduledAt,
        scheduledBy: recorded.metadata.actorId,
        attendance: null,
        attendanceRecordedAt: null,
        attendanceRecordedBy: null,
        ...marks,
      };
    }
    case 'TrainingAttendanceRecorded':
      if (current === null) return null;
      return {
        ...current,
        attendance: event.data.attendance,
        attendanceRecordedAt: event.data.recordedAt,
        attendanceRecordedBy: recorded.metadata.actorId,
        ...marks,
      };
    case 'TrainingNeedAccepted':
    case 'TrainingNeedDismissed':
      return null;
    default: {
      const unknownEvent: never = event;
      void unknownEvent;
      return null;
    }
  }
}

/** The session an event of the plan is about, if any. */
function sessionIdOf(recorded: RecordedEvent): string | null {
  const data = recorded.data as { sessionId?: unknown };
  return (recorded.type === 'TrainingScheduled' || recorded.type === 'TrainingAttendanceRecorded') &&
    typeof data.sessionId === 'string'
    ? data.sessionId
    : null;
}

export const trainingSessionsProjection: Projection = {
  name: 'trainingSessions',
  version: 1,
  categories: [TRAINING_STREAM_PREFIX],
  collections: [TRAINING_SESSIONS_COLLECTION],
  indexes: { [TRAINING_SESSIONS_COLLECTION]: ['year+date'] },
  async apply(event, tx) {
    const sessionId = sessionIdOf(event);
    if (sessionId === null) return;
    const current = await tx.get<TrainingSessionDocument>(TRAINING_SESSIONS_COLLECTION, sessionId);
    if (current !== null && event.revision <= current.revision) return;
    const next = evolveTrainingSession(current, event);
    if (next !== null) await tx.put(TRAINING_SESSIONS_COLLECTION, next);
  },
};
