// Builders shared by the action-plan specs: actors, a fixed Bogotá clock, fresh years and past events.
import { createBusinessCalendar } from '../shared/business-calendar-factory.js';
import type { Actor, DecisionContext } from '../shared/decider.js';
import { deciderSpecification } from '../shared/decider-spec.js';
import { canonicalInstant, type CalendarDate, type Instant } from '../shared/time.js';
import type { ActionPlanCommand, AddPlanActivity, ReportActivityProgress } from './commands.js';
import { actionPlanDecider } from './decide.js';
import type {
  ActionPlanCreated,
  ActionPlanEvent,
  ActivityProgressApproved,
  ActivityProgressReported,
  PlanActivityAdded,
  PlanGoalAdded,
} from './events.js';
import type { ActionPlanState } from './state.js';

export const calendar = createBusinessCalendar();

export const coordinator: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const otherCoordinator: Actor = { id: 'user-other-coordinator', role: 'COORDINATOR' };
export const admin: Actor = { id: 'user-admin', role: 'ADMIN' };
/** The agent responsible for the activities below. */
export const responsibleAgent: Actor = { id: 'user-agent', role: 'AGENT' };
export const otherAgent: Actor = { id: 'user-other-agent', role: 'AGENT' };
export const auditor: Actor = { id: 'user-auditor', role: 'AUDITOR' };

/** A Bogotá wall-clock time on a day, as the UTC instant events store. */
export function at(date: CalendarDate, time = '10:00'): Instant {
  return canonicalInstant(`${date}T${time}:00-05:00`);
}

/** The world on a Bogotá day at a given time, as seen by an actor. */
export function on(date: CalendarDate, actor: Actor = coordinator, time = '10:00'): DecisionContext {
  return { now: at(date, time), actor, calendar };
}

export const given = deciderSpecification<ActionPlanCommand, ActionPlanEvent, ActionPlanState>(
  actionPlanDecider,
);

export const YEAR = 2026;
export const GOAL = 'goal-1';
export const ACTIVITY = 'activity-1';
export const REPORT = 'report-1';

export function created(overrides: Partial<ActionPlanCreated['data']> = {}): ActionPlanCreated {
  return {
    type: 'ActionPlanCreated',
    data: {
      year: YEAR,
      title: 'Plan de acción de Atención al Cliente 2026',
      textOwnerId: 'plan-owner',
      createdAt: at('2026-01-15'),
      createdOn: '2026-01-15',
      ...overrides,
    },
  };
}

export function goalAdded(goalId = GOAL, description = 'Mejorar la oportunidad de respuesta'): PlanGoalAdded {
  return {
    type: 'PlanGoalAdded',
    data: { goalId, description, addedAt: at('2026-01-15'), addedOn: '2026-01-15' },
  };
}

/** Adding a campaign activity on 15 January: 1 February to 30 April, 40 % of the plan. */
export function addActivity(overrides: Partial<AddPlanActivity['data']> = {}): AddPlanActivity {
  return {
    type: 'AddPlanActivity',
    data: {
      activityId: ACTIVITY,
      goalId: GOAL,
      description: 'Campaña de socialización de derechos y deberes',
      responsibleId: responsibleAgent.id,
      startDate: '2026-02-01',
      endDate: '2026-04-30',
      weight: 40,
      indicator: 'Campañas realizadas',
      target: '4 campañas',
      ...overrides,
    },
  };
}

export function activityAdded(overrides: Partial<PlanActivityAdded['data']> = {}): PlanActivityAdded {
  const { activityId, goalId, description, responsibleId, startDate, endDate, weight, indicator, target } =
    addActivity().data;
  return {
    type: 'PlanActivityAdded',
    data: {
      activityId,
      goalId,
      description,
      responsibleId,
      startDate,
      endDate,
      weight,
      indicator,
      target,
      planWeightTotal: weight,
      addedAt: at('2026-01-15'),
      addedOn: '2026-01-15',
      ...overrides,
    },
  };
}

export function reportProgress(
  overrides: Partial<ReportActivityProgress['data']> = {},
): ReportActivityProgress {
  return {
    type: 'ReportActivityProgress',
    data: {
      reportId: REPORT,
      activityId: ACTIVITY,
      progressPercent: 50,
      note: 'Dos de las cuatro campañas realizadas.',
      evidence: 'Acta 07 de 2026',
      ...overrides,
    },
  };
}

export function progressReported(
  overrides: Partial<ActivityProgressReported['data']> = {},
): ActivityProgressReported {
  return {
    type: 'ActivityProgressReported',
    data: {
      reportId: REPORT,
      activityId: ACTIVITY,
      progressPercent: 50,
      note: 'Dos de las cuatro campañas realizadas.',
      evidence: 'Acta 07 de 2026',
      attachments: [],
      reportedBy: responsibleAgent.id,
      reportedAt: at('2026-03-02'),
      reportedOn: '2026-03-02',
      ...overrides,
    },
  };
}

export function progressApproved(
  overrides: Partial<ActivityProgressApproved['data']> = {},
): ActivityProgressApproved {
  return {
    type: 'ActivityProgressApproved',
    data: {
      reportId: REPORT,
      activityId: ACTIVITY,
      progressPercent: 50,
      approvedBy: coordinator.id,
      approvedAt: at('2026-03-03'),
      approvedOn: '2026-03-03',
      ...overrides,
    },
  };
}

/** A plan with one goal and the 40 % activity. */
export const planWithActivity = (): ActionPlanEvent[] => [created(), goalAdded(), activityAdded()];
