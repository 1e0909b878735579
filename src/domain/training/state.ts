// The year's training plan as its events leave it: the needs decided and the sessions scheduled.
import type { CalendarDate } from '../shared/time.js';
import type { AttendanceRecord, TrainingEvent, TrainingNeedBasis } from './events.js';

export interface DecidedNeed {
  readonly needKey: string;
  readonly decision: 'ACCEPTED' | 'DISMISSED';
  readonly basis: TrainingNeedBasis;
  readonly decidedOn: CalendarDate;
}

export interface ScheduledSession {
  readonly sessionId: string;
  readonly date: CalendarDate;
  readonly attendeeIds: readonly string[];
  readonly needKeys: readonly string[];
  readonly passingScore: number;
  /** The last attendance recorded; null until the first. */
  readonly attendance: readonly AttendanceRecord[] | null;
}

export interface TrainingPlanState {
  /** Null until the first event: the plan's year comes with it. */
  readonly year: number | null;
  readonly textOwnerId: string | null;
  readonly needs: Readonly<Record<string, DecidedNeed>>;
  readonly sessions: Readonly<Record<string, ScheduledSession>>;
}

export const initialTrainingPlanState: TrainingPlanState = {
  year: null,
  textOwnerId: null,
  needs: {},
  sessions: {},
};

/** Folds one event into the plan. Events are facts: nothing is validated and nothing thrown. */
export function evolve(state: TrainingPlanState, event: TrainingEvent): TrainingPlanState {
  switch (event.type) {
    case 'TrainingNeedAccepted':
    case 'TrainingNeedDismissed': {
      const data = event.data;
      const decidedOn =
        event.type === 'TrainingNeedAccepted' ? event.data.acceptedOn : event.data.dismissedOn;
      return {
        ...state,
        year: state.year ?? data.year,
        textOwnerId: state.textOwnerId ?? data.textOwnerId,
        needs: {
          ...state.needs,
          [data.needKey]: {
            needKey: data.needKey,
            decision: event.type === 'TrainingNeedAccepted' ? 'ACCEPTED' : 'DISMISSED',
            basis: data.basis,
            decidedOn,
          },
        },
      };
    }
    case 'TrainingScheduled': {
      const data = event.data;
      return {
        ...state,
        year: state.year ?? data.year,
        textOwnerId: state.textOwnerId ?? data.textOwnerId,
        sessions: {
          ...state.sessions,
          [data.sessionId]: {
            sessionId: data.sessionId,
            date: data.date,
            attendeeIds: data.attendeeIds,
            needKeys: data.needKeys,
            passingScore: data.passingScore,
            attendance: null,
          },
        },
      };
    }
    case 'TrainingAttendanceRecorded': {
      const session = state.sessions[event.data.sessionId];
      if (session === undefined) return state;
      return {
        ...state,
        sessions: {
          ...state.sessions,
          [session.sessionId]: { ...session, attendance: event.data.attendance },
        },
      };
    }
    default: {
      // A type this code does not know yet (written by a newer version): the state stays as it was.
      const unknownEvent: never = event;
      void unknownEvent;
      return state;
    }
  }
}
