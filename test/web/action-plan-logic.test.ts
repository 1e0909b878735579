// The action plan screen's rules before anything is sent: who is offered each step, how a weight typed in
// es-CO reads, what a new activity lacks, and how percentages and the years read.
import {
  activityDraftProblems,
  draftFieldOf,
  EMPTY_ACTIVITY_DRAFT,
  mayPlan,
  mayReport,
  mayReview,
  percentText,
  weightOf,
  yearOptions,
} from '../../web/src/pages/planning/action-plan/action-plan-logic.js';

describe('who is offered each step', () => {
  it('plans: coordinators and administrators', () => {
    expect(mayPlan(['COORDINATOR'])).toBe(true);
    expect(mayPlan(['ADMIN'])).toBe(true);
    expect(mayPlan(['AGENT'])).toBe(false);
    expect(mayPlan(['AUDITOR'])).toBe(false);
  });

  it('reports progress: a planner, or the agent responsible for the activity', () => {
    expect(mayReport(['AGENT'], 'agent-1', 'agent-1')).toBe(true);
    expect(mayReport(['AGENT'], 'agent-2', 'agent-1')).toBe(false);
    expect(mayReport(['COORDINATOR'], 'c-1', 'agent-1')).toBe(true);
    expect(mayReport(['AUDITOR'], 'a-1', 'a-1')).toBe(false);
  });

  it('reviews a report: a planner who did not file it', () => {
    expect(mayReview(['COORDINATOR'], 'c-1', 'agent-1')).toBe(true);
    expect(mayReview(['COORDINATOR'], 'c-1', 'c-1')).toBe(false);
    expect(mayReview(['AGENT'], 'agent-2', 'agent-1')).toBe(false);
  });
});

describe('numbers and years', () => {
  it('reads a weight typed with a decimal comma, to two decimals', () => {
    expect(weightOf('12,5')).toBe(12.5);
    expect(weightOf(' 40 ')).toBe(40);
    expect(weightOf('12,345')).toBeNaN();
    expect(weightOf('doce')).toBeNaN();
  });

  it('prints percentages in es-CO', () => {
    expect(percentText(57.5)).toBe('57,5 %');
    expect(percentText(100)).toBe('100 %');
  });

  it('offers the years with a plan, this year and the next, newest first', () => {
    expect(yearOptions([2025, 2026], 2026)).toEqual([2027, 2026, 2025]);
  });
});

describe('a new activity', () => {
  const draft = {
    ...EMPTY_ACTIVITY_DRAFT,
    goalId: 'goal-1',
    description: 'Ferias de servicios',
    responsibleId: 'agent-1',
    startDate: '2026-04-01',
    endDate: '2026-11-30',
    weight: '15',
    indicator: 'Ferias realizadas',
    target: '8 ferias',
  };

  it('complete and within what is left of the plan, lacks nothing', () => {
    expect(activityDraftProblems(draft, 2026, 15)).toEqual({});
  });

  it('empty, says what each field needs', () => {
    expect(Object.keys(activityDraftProblems(EMPTY_ACTIVITY_DRAFT, 2026, 100)).sort()).toEqual([
      'description',
      'endDate',
      'goalId',
      'indicator',
      'responsibleId',
      'startDate',
      'target',
      'weight',
    ]);
  });

  it('past what is left of 100 %, says how much is left', () => {
    expect(activityDraftProblems(draft, 2026, 10).weight).toBe(
      'Los pesos del plan pasarían de 100 %: quedan 10 %.',
    );
  });

  it('outside the plan’s year or ending before it starts, is refused on the date', () => {
    expect(activityDraftProblems({ ...draft, startDate: '2025-12-01' }, 2026, 100).startDate).toBe(
      'Debe caer dentro de 2026.',
    );
    expect(activityDraftProblems({ ...draft, endDate: '2026-03-01' }, 2026, 100).endDate).toBe(
      'No puede ser anterior a la fecha de inicio.',
    );
  });

  it('maps the server’s field to the draft’s', () => {
    expect(draftFieldOf('input.weight')).toBe('weight');
    expect(draftFieldOf('responsibleId')).toBe('responsibleId');
    expect(draftFieldOf('attachmentIds')).toBeNull();
    expect(draftFieldOf(null)).toBeNull();
  });
});
