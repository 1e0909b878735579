// A small year of one action plan, worked by hand, for the read-model and report tests: the events come
// from the real decider, command by command, each recorded at its own Bogotá day (the store's clock), so
// the plan's versions stand as they did at each quarter's end.
//
// Plan 2026: one goal, three activities —
//   A  40 %  1 Feb – 30 Apr   50 % approved 3 Mar; 100 % approved 21 Apr
//   B  35 %  1 Mar – 30 Sep   20 % reported 31 Mar, approved 2 Apr (after Q1's end); 60 % rejected 16 Jun;
//                             50 % approved 22 Jun
//   C  25 %  1 Jul – 15 Dec   40 % approved 11 Aug
// Execution (Σ weight × approved progress / 100) at each quarter's end:
//   Q1 (31 Mar): A 40×50 % = 20            B 0 (approved in April)  C 0   → 20 %
//   Q2 (30 Jun): A 40×100 % = 40           B 35×50 % = 17,5          C 0   → 57,5 %
//   Q3 (30 Sep): 40 + 17,5 + C 25×40 % = 10                               → 67,5 %  (B ends that day: not yet overdue)
//   Q4 (31 Dec): 67,5 %, B and C overdue (ended below 100 %).
import { actionPlanDecider, type ActionPlanCommand } from '../../src/domain/action-plan/index.js';
import { createBusinessCalendar } from '../../src/domain/shared/business-calendar-factory.js';
import type { Actor } from '../../src/domain/shared/decider.js';
import { fold } from '../../src/domain/shared/decider.js';
import { isDomainError } from '../../src/domain/shared/domain-error.js';
import { ACTION_PLAN_EVENT_SCHEMA_VERSIONS, actionPlanStreamOf } from '../../src/domain/action-plan/index.js';
import type { ActionPlanEvent } from '../../src/domain/action-plan/index.js';
import type { EventStore } from '../../src/engine/eventstore/event-store.js';

export const SCENARIO_YEAR = 2026;
export const GOAL = '10000000-0000-4000-8000-000000000001';
export const A = '20000000-0000-4000-8000-00000000000a';
export const B = '20000000-0000-4000-8000-00000000000b';
export const C = '20000000-0000-4000-8000-00000000000c';

export const COORDINATOR: Actor = { id: 'user-coordinator', role: 'COORDINATOR' };
export const AGENT: Actor = { id: 'user-agent', role: 'AGENT' };

interface Step {
  readonly on: string;
  readonly actor: Actor;
  readonly command: ActionPlanCommand;
}

const activity = (
  activityId: string,
  description: string,
  weight: number,
  startDate: string,
  endDate: string,
): ActionPlanCommand => ({
  type: 'AddPlanActivity',
  data: {
    activityId,
    goalId: GOAL,
    description,
    responsibleId: AGENT.id,
    startDate,
    endDate,
    weight,
    indicator: `Indicador de ${description}`,
    target: '100 %',
  },
});
const report = (reportId: string, activityId: string, progressPercent: number): ActionPlanCommand => ({
  type: 'ReportActivityProgress',
  data: { reportId, activityId, progressPercent, note: `Avance de ${progressPercent} %`, evidence: 'Acta' },
});
const approve = (reportId: string): ActionPlanCommand => ({
  type: 'ApproveActivityProgress',
  data: { reportId },
});

export const SCENARIO_STEPS: readonly Step[] = [
  {
    on: '2026-01-15',
    actor: COORDINATOR,
    command: {
      type: 'CreateActionPlan',
      data: { year: SCENARIO_YEAR, title: 'Plan de acción 2026', textOwnerId: null },
    },
  },
  {
    on: '2026-01-15',
    actor: COORDINATOR,
    command: { type: 'AddPlanGoal', data: { goalId: GOAL, description: 'Atender a tiempo' } },
  },
  { on: '2026-01-15', actor: COORDINATOR, command: activity(A, 'Campañas', 40, '2026-02-01', '2026-04-30') },
  {
    on: '2026-01-16',
    actor: COORDINATOR,
    command: activity(B, 'Capacitación', 35, '2026-03-01', '2026-09-30'),
  },
  { on: '2026-01-16', actor: COORDINATOR, command: activity(C, 'Encuestas', 25, '2026-07-01', '2026-12-15') },
  { on: '2026-03-02', actor: AGENT, command: report('r-a1', A, 50) },
  { on: '2026-03-03', actor: COORDINATOR, command: approve('r-a1') },
  { on: '2026-03-31', actor: AGENT, command: report('r-b1', B, 20) },
  { on: '2026-04-02', actor: COORDINATOR, command: approve('r-b1') },
  { on: '2026-04-20', actor: AGENT, command: report('r-a2', A, 100) },
  { on: '2026-04-21', actor: COORDINATOR, command: approve('r-a2') },
  { on: '2026-06-15', actor: AGENT, command: report('r-b2', B, 60) },
  {
    on: '2026-06-16',
    actor: COORDINATOR,
    command: { type: 'RejectActivityProgress', data: { reportId: 'r-b2', reason: 'Sin listas' } },
  },
  { on: '2026-06-20', actor: AGENT, command: report('r-b3', B, 50) },
  { on: '2026-06-22', actor: COORDINATOR, command: approve('r-b3') },
  { on: '2026-08-10', actor: AGENT, command: report('r-c1', C, 40) },
  { on: '2026-08-11', actor: COORDINATOR, command: approve('r-c1') },
];

/** Expected figures at each quarter's end, worked out above. */
export const QUARTER_FIGURES = [
  {
    quarter: 1,
    asOf: '2026-03-31',
    executionPercent: 20,
    progress: { [A]: 50, [B]: 0, [C]: 0 },
    overdue: [],
  },
  {
    quarter: 2,
    asOf: '2026-06-30',
    executionPercent: 57.5,
    progress: { [A]: 100, [B]: 50, [C]: 0 },
    overdue: [],
  },
  {
    quarter: 3,
    asOf: '2026-09-30',
    executionPercent: 67.5,
    progress: { [A]: 100, [B]: 50, [C]: 40 },
    overdue: [],
  },
  {
    quarter: 4,
    asOf: '2026-12-31',
    executionPercent: 67.5,
    progress: { [A]: 100, [B]: 50, [C]: 40 },
    overdue: [B, C],
  },
] as const;

/**
 * Appends the scenario to a store whose clock reads `clock.now`: each step decided by the real decider at
 * 10:00 in Bogotá on its day and recorded then.
 */
export async function appendActionPlanScenario(store: EventStore, clock: { now: Date }): Promise<void> {
  const calendar = createBusinessCalendar();
  const stream = actionPlanStreamOf(SCENARIO_YEAR);
  const history: ActionPlanEvent[] = [];
  let step = 0;
  for (const { on, actor, command } of SCENARIO_STEPS) {
    const now = new Date(`${on}T15:00:00.000Z`).toISOString();
    clock.now = new Date(now);
    const decided = actionPlanDecider.decide(command, fold(actionPlanDecider, history), {
      now,
      actor,
      calendar,
    });
    if (isDomainError(decided)) throw new Error(`${command.type}: ${decided.code} ${decided.message}`);
    await store.append(
      stream,
      decided.map((event, index) => ({
        id: `scenario-${step}-${index}`,
        type: event.type,
        schemaVersion: ACTION_PLAN_EVENT_SCHEMA_VERSIONS[event.type],
        data: event.data,
        metadata: {
          actorId: actor.id,
          actorRole: actor.role,
          occurredAt: now,
          correlationId: `scenario-${step}`,
          causationId: `scenario-${step}`,
        },
      })),
      history.length === 0 ? 'no_stream' : history.length - 1,
    );
    history.push(...decided);
    step += 1;
  }
}
