// Builders shared by the training-plan specs: actors, a fixed Bogotá clock, the 2026 plan and past events.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { activeStaffMember } from '../shared/staff-spec-fixtures.js';
import { canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import type {
  AcceptTrainingNeed,
  DismissTrainingNeed,
  RecordTrainingAttendance,
  ScheduleTraining,
  TrainingCommand,
} from './commands.js';
import { trainingDecider } from './decide.js';
import type {
  ImprovementActionBasis,
  PqrsSubjectBasis,
  TrainingAttendanceRecorded,
  TrainingEvent,
  TrainingNeedAccepted,
  TrainingNeedDismissed,
  TrainingScheduled,
} from './events.js';
import type { TrainingPlanState } from './state.js';

export const calendar = createBusinessCalendar();

export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
export const agent: Actor = { id: 'user-agent', role: 'AGENT' };
export const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };

export function at(date: CalendarDate, time = '10:00'): Instant {
  return canonicalInstant(`${date}T${time}:00-05:00`);
}

export function on(date: CalendarDate, actor: Actor = coordinator, time = '10:00'): DecisionContext {
  return { now: at(date, time), actor, calendar };
}

export const given = deciderSpecification<TrainingCommand, TrainingEvent, TrainingPlanState>(trainingDecider);

export const subjectBasis: PqrsSubjectBasis = {
  kind: 'PQRS_SUBJECT',
  reference: '3f2a9c1b7d4e8a60',
  label: 'Certificado de afiliación',
  receivedCount: 14,
  firstReceivedOn: '2026-01-12',
  lastReceivedOn: '2026-03-20',
};
export const SUBJECT_NEED = 'PQRS_SUBJECT:3f2a9c1b7d4e8a60';

export const actionBasis: ImprovementActionBasis = {
  kind: 'IMPROVEMENT_ACTION',
  reference: '00000000-0000-4000-8000-000000000042',
  label: 'Respuestas sin el fundamento legal',
  actionStatus: 'OPEN',
  formulatedOn: '2026-02-10',
  dueDate: '2026-04-30',
};
export const ACTION_NEED = 'IMPROVEMENT_ACTION:00000000-0000-4000-8000-000000000042';

export function accept(overrides: Partial<AcceptTrainingNeed['data']> = {}): AcceptTrainingNeed {
  return {
    type: 'AcceptTrainingNeed',
    data: { year: 2026, needKey: SUBJECT_NEED, basis: subjectBasis, textOwnerId: 'plan-owner', ...overrides },
  };
}

export function accepted(overrides: Partial<TrainingNeedAccepted['data']> = {}): TrainingNeedAccepted {
  return {
    type: 'TrainingNeedAccepted',
    data: {
      year: 2026,
      needKey: SUBJECT_NEED,
      basis: subjectBasis,
      acceptedAt: at('2026-03-23'),
      acceptedOn: '2026-03-23',
      textOwnerId: 'plan-owner',
      ...overrides,
    },
  };
}

export function dismiss(overrides: Partial<DismissTrainingNeed['data']> = {}): DismissTrainingNeed {
  return {
    type: 'DismissTrainingNeed',
    data: {
      year: 2026,
      needKey: ACTION_NEED,
      basis: actionBasis,
      reason: 'Se corrige con un cambio de plantilla, no con capacitación.',
      textOwnerId: 'plan-owner',
      ...overrides,
    },
  };
}

export function dismissed(overrides: Partial<TrainingNeedDismissed['data']> = {}): TrainingNeedDismissed {
  return {
    type: 'TrainingNeedDismissed',
    data: {
      year: 2026,
      needKey: ACTION_NEED,
      basis: actionBasis,
      reason: 'Se corrige con un cambio de plantilla, no con capacitación.',
      dismissedAt: at('2026-03-23'),
      dismissedOn: '2026-03-23',
      textOwnerId: 'plan-owner',
      ...overrides,
    },
  };
}

export const SESSION = '00000000-0000-4000-8000-00000000a001';
export const ana = activeStaffMember('user-ana');
export const beto = activeStaffMember('user-beto', ['COORDINATOR']);

export function schedule(overrides: Partial<ScheduleTraining['data']> = {}): ScheduleTraining {
  return {
    type: 'ScheduleTraining',
    data: {
      year: 2026,
      sessionId: SESSION,
      topic: 'Expedición de certificados de afiliación',
      date: '2026-04-15',
      trainer: 'Marta Ruiz (Talento Humano)',
      attendees: [ana, beto],
      needKeys: [SUBJECT_NEED],
      passingScore: 70,
      textOwnerId: 'plan-owner',
      ...overrides,
    },
  };
}

export function scheduled(overrides: Partial<TrainingScheduled['data']> = {}): TrainingScheduled {
  return {
    type: 'TrainingScheduled',
    data: {
      year: 2026,
      sessionId: SESSION,
      topic: 'Expedición de certificados de afiliación',
      date: '2026-04-15',
      trainer: 'Marta Ruiz (Talento Humano)',
      attendeeIds: ['user-ana', 'user-beto'],
      needKeys: [SUBJECT_NEED],
      passingScore: 70,
      scheduledAt: at('2026-03-24'),
      textOwnerId: 'plan-owner',
      ...overrides,
    },
  };
}

export function recordAttendance(
  attendance: RecordTrainingAttendance['data']['attendance'] = [
    { userId: 'user-ana', attended: true, score: 85 },
    { userId: 'user-beto', attended: true, score: 60 },
  ],
): RecordTrainingAttendance {
  return { type: 'RecordTrainingAttendance', data: { sessionId: SESSION, attendance } };
}

export function attendanceRecorded(
  overrides: Partial<TrainingAttendanceRecorded['data']> = {},
): TrainingAttendanceRecorded {
  return {
    type: 'TrainingAttendanceRecorded',
    data: {
      sessionId: SESSION,
      attendance: [
        { userId: 'user-ana', attended: true, score: 85, approved: true },
        { userId: 'user-beto', attended: true, score: 60, approved: false },
      ],
      passingScore: 70,
      recordedAt: at('2026-04-15', '16:00'),
      recordedOn: '2026-04-15',
      ...overrides,
    },
  };
}
