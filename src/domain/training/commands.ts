// What coordinators ask of the year's training plan. The moment and the actor arrive in the DecisionContext;
// the look-ups fill in what the domain cannot know (the need's basis from the read models, the attendees'
// accounts).
import type { StaffMember } from '../shared/staff-member.js';
import type { CalendarDate } from '../shared/time.js';
import type { TrainingNeedBasis } from './events.js';

export type AcceptTrainingNeed = {
  readonly type: 'AcceptTrainingNeed';
  readonly data: {
    readonly year: number;
    /** The proposal staff chose; the basis the look-ups found for it must carry the same key. */
    readonly needKey: string;
    /** Null when the year's proposals hold no need with that key. */
    readonly basis: TrainingNeedBasis | null;
    /** Written by the command path when the plan's texts get a key of their own. */
    readonly textOwnerId?: string | null;
  };
};

export type DismissTrainingNeed = {
  readonly type: 'DismissTrainingNeed';
  readonly data: {
    readonly year: number;
    readonly needKey: string;
    readonly basis: TrainingNeedBasis | null;
    readonly reason: string;
    readonly textOwnerId?: string | null;
  };
};

export type ScheduleTraining = {
  readonly type: 'ScheduleTraining';
  readonly data: {
    readonly year: number;
    readonly sessionId: string;
    readonly topic: string;
    readonly date: CalendarDate;
    readonly trainer: string;
    /** Each attendee as the staff directory knows them. */
    readonly attendees: readonly StaffMember[];
    readonly needKeys: readonly string[];
    readonly passingScore: number;
    readonly textOwnerId?: string | null;
  };
};

export type RecordTrainingAttendance = {
  readonly type: 'RecordTrainingAttendance';
  readonly data: {
    readonly sessionId: string;
    readonly attendance: readonly {
      readonly userId: string;
      readonly attended: boolean;
      readonly score: number | null;
    }[];
  };
};

export type TrainingCommand =
  AcceptTrainingNeed | DismissTrainingNeed | ScheduleTraining | RecordTrainingAttendance;
