import { DEFAULT_AFFILIATION_CHECKLISTS } from '../domain/affiliation/checklists.js';
import { createBusinessCalendar } from '../domain/shared/business-calendar-factory.js';
import { bogotaDateOf } from '../domain/shared/time.js';
import type { DemoPlan, PlannedStep, PlanningSeedIds } from './demo-plan.js';
import { planDemoYear, type DemoPlanOptions } from './demo-scenario.js';
import { bogotaMinuteOf, OFFICE_LAST_MINUTE, OFFICE_OPENS_MINUTE } from './office-hours.js';
import { dealByShares, SeededRandom } from './seeded-random.js';

const calendar = createBusinessCalendar();
const options: DemoPlanOptions = {
  seed: '1',
  cases: 3000,
  until: '2026-06-30',
  calendar,
  affiliationChecklists: DEFAULT_AFFILIATION_CHECKLISTS,
};

function countBy<Key extends string>(
  steps: readonly PlannedStep[],
  keyOf: (step: PlannedStep) => Key | null,
) {
  const counts = new Map<Key, number>();
  for (const step of steps) {
    const key = keyOf(step);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Ids named after what they stand for, so a planning step's command can be built without an application. */
const NAMED_IDS: PlanningSeedIds = {
  staffId: (key) => `staff:${key}`,
  radicado: (caseIndex) => `case:${caseIndex}`,
  improvementAction: (actionIndex) => `action:${actionIndex}`,
  affiliation: (affiliationIndex) => `affiliation:${affiliationIndex}`,
  planningId: (key) => `planning:${key}`,
};

/** The plan as data: each planning step with the command it builds, not the function that builds it. */
function comparable(plan: DemoPlan) {
  return {
    ...plan,
    steps: plan.steps.map((step) =>
      step.command.type === 'RunPlanningCommand'
        ? {
            ...step,
            command: {
              type: step.command.type,
              aggregate: step.command.aggregate,
              built: step.command.build(NAMED_IDS),
            },
          }
        : step,
    ),
  };
}

describe('the demo year plan', () => {
  const plan = planDemoYear(options);

  it('is the same for the same seed and different for another', () => {
    expect(comparable(planDemoYear(options))).toEqual(comparable(plan));
    expect(comparable(planDemoYear({ ...options, seed: '2' })).steps).not.toEqual(comparable(plan).steps);
  });

  it('covers the year up to its last day, with the staff created before the first step', () => {
    expect(plan.from).toBe('2025-07-01');
    expect(plan.startsAt < plan.steps[0]!.at).toBe(true);
    const days = plan.steps.map((step) => bogotaDateOf(step.at));
    expect(days[0]! >= plan.from).toBe(true);
    expect(days.at(-1)! <= plan.until).toBe(true);
  });

  it('issues every command on a business day, in office hours, in time order', () => {
    const outside = plan.steps.filter((step) => {
      const minute = bogotaMinuteOf(step.at);
      return (
        !calendar.isBusinessDay(bogotaDateOf(step.at)) ||
        minute < OFFICE_OPENS_MINUTE ||
        minute > OFFICE_LAST_MINUTE
      );
    });
    expect(outside).toEqual([]);
    const instants = plan.steps.map((step) => step.at);
    expect(instants).toEqual([...instants].sort());
  });

  it('receives each case first, then works it step after step', () => {
    const bySubject = new Map<string, PlannedStep[]>();
    for (const step of plan.steps)
      bySubject.set(step.subject, [...(bySubject.get(step.subject) ?? []), step]);
    for (const [subject, steps] of bySubject) {
      if (subject.startsWith('pqrs:')) expect(steps[0]!.command.type).toBe('ReceivePqrs');
      const instants = steps.map((step) => step.at);
      expect(new Set(instants).size).toBe(instants.length);
    }
  });

  it('receives many petitions and requests for information, few denuncias, mostly by web and e-mail', () => {
    const receipts = plan.steps.filter((step) => step.command.type === 'ReceivePqrs');
    expect(receipts).toHaveLength(3000);
    const kinds = countBy(receipts, (step) =>
      step.command.type === 'ReceivePqrs' ? step.command.kind : null,
    );
    expect(kinds.get('PETITION')).toBe(990);
    expect(kinds.get('INFORMATION_REQUEST')).toBe(720);
    expect(kinds.get('DENUNCIATION')).toBe(90);
    const channels = countBy(receipts, (step) =>
      step.command.type === 'ReceivePqrs' ? step.command.channel : null,
    );
    const ranked = [...channels.entries()]
      .sort((left, right) => right[1] - left[1])
      .map(([channel]) => channel);
    expect(ranked.slice(0, 2)).toEqual(['WEB', 'EMAIL']);
  });

  it('sets the access decision on the answers to requests for information, and only there', () => {
    const answers = plan.steps.flatMap((step) => (step.command.type === 'AnswerPqrs' ? [step.command] : []));
    const kindOf = new Map(
      plan.steps.flatMap((step) =>
        step.command.type === 'ReceivePqrs' ? [[step.command.caseIndex, step.command.kind] as const] : [],
      ),
    );
    const decisions = answers.map((answer) => [kindOf.get(answer.caseIndex), answer.accessDecision] as const);
    expect(
      decisions.filter(([kind, decision]) => (kind === 'INFORMATION_REQUEST') !== (decision !== null)),
    ).toEqual([]);
    expect(new Set(decisions.map(([, decision]) => decision))).toEqual(
      new Set([null, 'GRANTED', 'PARTIALLY_GRANTED', 'DENIED']),
    );
  });
});

describe('dealByShares', () => {
  it('deals exact proportions, and at least one of each share when the count allows', () => {
    const dealt = dealByShares(
      new SeededRandom('x'),
      [
        ['A', 0.9],
        ['B', 0.07],
        ['C', 0.03],
      ],
      10,
    );
    expect(dealt).toHaveLength(10);
    expect(new Set(dealt)).toEqual(new Set(['A', 'B', 'C']));
    expect(dealt.filter((value) => value === 'A')).toHaveLength(8);
  });
});
