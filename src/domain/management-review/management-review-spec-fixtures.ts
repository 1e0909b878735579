// Builders shared by the management-review specs: actors, a fixed Bogotá clock, fresh ids and past events.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import type {
  CloseManagementReview,
  ManagementReviewCommand,
  OpenManagementReview,
  RecordReviewDecision,
} from './commands.js';
import { managementReviewDecider } from './decide.js';
import type { ManagementReviewEvent, ReviewClosed, ReviewDecisionRecorded, ReviewOpened } from './events.js';
import type { ReviewInputs } from './inputs.js';
import type { ManagementReviewState } from './state.js';

export const calendar = createBusinessCalendar();

export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
export const agent: Actor = { id: 'user-agent', role: 'AGENT' };
export const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };

/** A Bogotá wall-clock time on a day, as the UTC instant events store. */
export function at(date: CalendarDate, time = '10:00'): Instant {
  return canonicalInstant(`${date}T${time}:00-05:00`);
}

/** The world on a Bogotá day at a given time, as seen by an actor. */
export function on(date: CalendarDate, actor: Actor = coordinator, time = '10:00'): DecisionContext {
  return { now: at(date, time), actor, calendar };
}

let lastId = 0;
/** An id no other test uses, so every test has its own stream. */
export function freshId(): string {
  lastId += 1;
  return `00000000-0000-4000-9000-${String(lastId).padStart(12, '0')}`;
}

export const given = deciderSpecification<
  ManagementReviewCommand,
  ManagementReviewEvent,
  ManagementReviewState
>(managementReviewDecider);

/** The figures of the first semester of 2026, read on Monday 13 July 2026 at 10:00. */
export const firstSemesterInputs: ReviewInputs = {
  assembledAt: at('2026-07-13'),
  period: { from: '2026-01-01', to: '2026-06-30' },
  pqrs: {
    received: 120,
    answered: 110,
    answeredOnTime: 99,
    answeredLate: 11,
    onTimeRate: 0.9,
    averageResponseBusinessDays: 8.4,
    byKind: [{ kind: 'PETITION', count: 70 }],
    open: 14,
    overdue: 2,
  },
  pqrsReport: null,
  satisfaction: { responses: 40, answered: 200, satisfied: 170, satisfactionIndex: 0.85 },
  improvementActions: {
    formulated: 6,
    closedEffective: 3,
    closedNotEffective: 1,
    effectivenessRate: 0.75,
    open: [
      {
        actionId: '00000000-0000-4000-8000-000000000001',
        sourceKind: 'PQRS',
        sourceReference: 'PQRS-2026-000042',
        dueDate: '2026-07-31',
        overdue: false,
      },
    ],
  },
  actionPlan: null,
  riskMonitoring: null,
};

/** Opening on Monday 13 July 2026 the review of the first semester, meeting on Wednesday 15 July. */
export function openReview(
  reviewId: string,
  overrides: Partial<OpenManagementReview['data']> = {},
): OpenManagementReview {
  return {
    type: 'OpenManagementReview',
    data: {
      reviewId,
      title: 'Revisión por la dirección, primer semestre 2026',
      meetingDate: '2026-07-15',
      period: { from: '2026-01-01', to: '2026-06-30' },
      attendeeIds: ['user-director', 'user-coordinator'],
      inputs: firstSemesterInputs,
      textOwnerId: 'owner-of-review',
      ...overrides,
    },
  };
}

export function opened(reviewId: string, overrides: Partial<ReviewOpened['data']> = {}): ReviewOpened {
  return {
    type: 'ReviewOpened',
    data: {
      reviewId,
      title: 'Revisión por la dirección, primer semestre 2026',
      meetingDate: '2026-07-15',
      period: { from: '2026-01-01', to: '2026-06-30' },
      attendeeIds: ['user-director', 'user-coordinator'],
      inputs: firstSemesterInputs,
      openedAt: at('2026-07-13'),
      textOwnerId: 'owner-of-review',
      ...overrides,
    },
  };
}

/** A decision taken at the meeting, with no action of its own unless one is named. */
export function recordDecision(overrides: Partial<RecordReviewDecision['data']> = {}): RecordReviewDecision {
  return {
    type: 'RecordReviewDecision',
    data: {
      kind: 'IMPROVEMENT_OPPORTUNITY',
      description: 'Reforzar la capacitación sobre términos de respuesta.',
      responsibleId: 'user-coordinator',
      dueDate: '2026-09-30',
      improvementActionId: null,
      ...overrides,
    },
  };
}

export function decisionRecorded(
  number: number,
  overrides: Partial<ReviewDecisionRecorded['data']> = {},
): ReviewDecisionRecorded {
  return {
    type: 'ReviewDecisionRecorded',
    data: {
      number,
      kind: 'IMPROVEMENT_OPPORTUNITY',
      description: 'Reforzar la capacitación sobre términos de respuesta.',
      responsibleId: 'user-coordinator',
      dueDate: '2026-09-30',
      improvementActionId: null,
      recordedAt: at('2026-07-15'),
      ...overrides,
    },
  };
}

export function closeReview(overrides: Partial<CloseManagementReview['data']> = {}): CloseManagementReview {
  return {
    type: 'CloseManagementReview',
    data: {
      conclusions: 'El sistema es conveniente, adecuado y eficaz.',
      pendingActionIds: [],
      ...overrides,
    },
  };
}

export function closed(decisions = 1, overrides: Partial<ReviewClosed['data']> = {}): ReviewClosed {
  return {
    type: 'ReviewClosed',
    data: {
      conclusions: 'El sistema es conveniente, adecuado y eficaz.',
      decisions,
      closedAt: at('2026-07-16'),
      closedOn: '2026-07-16',
      ...overrides,
    },
  };
}
