// The plan, its goals and its activities: created once per year by a coordinator, weights never past 100 %.
import type { ActionPlanCommand } from './commands.js';
import {
  activityAdded,
  addActivity,
  admin,
  at,
  auditor,
  coordinator,
  created,
  given,
  goalAdded,
  GOAL,
  on,
  planWithActivity,
  responsibleAgent,
} from './action-plan-spec-fixtures.js';

const create = (year = 2026, title = '  Plan de acción de Atención al Cliente 2026 '): ActionPlanCommand => ({
  type: 'CreateActionPlan',
  data: { year, title, textOwnerId: 'plan-owner' },
});
const addGoal = (goalId = GOAL, description = 'Mejorar la oportunidad de respuesta'): ActionPlanCommand => ({
  type: 'AddPlanGoal',
  data: { goalId, description },
});

describe('when there is no plan for the year', () => {
  it('a coordinator creates it, with its title trimmed and its own key for texts', () => {
    given([]).when(create(), on('2026-01-15')).then([created()]);
  });

  it('an administrator creates it too', () => {
    given([])
      .when(create(2027, 'Plan 2027'), on('2026-12-01', admin, '08:30'))
      .then([
        created({
          year: 2027,
          title: 'Plan 2027',
          createdAt: at('2026-12-01', '08:30'),
          createdOn: '2026-12-01',
        }),
      ]);
  });

  it.each([
    ['an agent', responsibleAgent],
    ['an auditor', auditor],
  ])('%s may not create it', (_name, actor) => {
    given([]).when(create(), on('2026-01-15', actor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it.each([[1999], [2101], [2026.5]])('the year %s is refused', (year) => {
    given([]).when(create(year), on('2026-01-15')).thenRefuses('INVALID_YEAR', 'year');
  });

  it('a blank title is refused', () => {
    given([]).when(create(2026, '   '), on('2026-01-15')).thenRefuses('TITLE_REQUIRED', 'title');
  });

  it.each<[string, ActionPlanCommand]>([
    ['adding a goal', addGoal()],
    ['adding an activity', addActivity()],
    [
      'reporting progress',
      {
        type: 'ReportActivityProgress',
        data: { reportId: 'r', activityId: 'a', progressPercent: 10, note: 'n', evidence: 'e' },
      },
    ],
    ['approving progress', { type: 'ApproveActivityProgress', data: { reportId: 'r' } }],
    ['rejecting progress', { type: 'RejectActivityProgress', data: { reportId: 'r', reason: 'x' } }],
  ])('%s is refused: the plan does not exist', (_name, command) => {
    given([]).when(command, on('2026-01-15')).thenRefuses('ACTION_PLAN_NOT_FOUND');
  });
});

describe('when the plan exists', () => {
  it('a second plan for the same year is refused', () => {
    given([created()]).when(create(), on('2026-01-16')).thenRefuses('ACTION_PLAN_ALREADY_CREATED', 'year');
  });

  it('a coordinator adds a goal', () => {
    given([created()]).when(addGoal(), on('2026-01-15')).then([goalAdded()]);
  });

  it('an agent may not add a goal', () => {
    given([created()]).when(addGoal(), on('2026-01-15', responsibleAgent)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('the same goal twice is refused', () => {
    given([created(), goalAdded()])
      .when(addGoal(), on('2026-01-15'))
      .thenRefuses('GOAL_ALREADY_ADDED', 'goalId');
  });

  it('a goal without description is refused', () => {
    given([created()])
      .when(addGoal('goal-2', ' '), on('2026-01-15'))
      .thenRefuses('GOAL_DESCRIPTION_REQUIRED', 'description');
  });

  it('a goal without id is refused', () => {
    given([created()]).when(addGoal(' '), on('2026-01-15')).thenRefuses('GOAL_ID_REQUIRED', 'goalId');
  });
});

describe('when an activity is added', () => {
  const withGoal = () => [created(), goalAdded()];

  it('it is added under its goal, with the plan weight total it leaves', () => {
    given(withGoal()).when(addActivity(), on('2026-01-15')).then([activityAdded()]);
  });

  it('weights up to 100 % in all are accepted, to two decimals, the total exact', () => {
    given([...withGoal(), activityAdded({ activityId: 'a-1', weight: 33.33, planWeightTotal: 33.33 })])
      .when(addActivity({ activityId: 'a-2', weight: 66.67 }), on('2026-01-15'))
      .then([activityAdded({ activityId: 'a-2', weight: 66.67, planWeightTotal: 100 })]);
  });

  it('an activity that would take the weights past 100 % is refused, saying what is left', () => {
    const refusal = given(planWithActivity())
      .when(addActivity({ activityId: 'a-2', weight: 60.5 }), on('2026-01-15'))
      .thenRefuses('PLAN_WEIGHT_EXCEEDED', 'weight');
    expect(refusal.message).toContain('quedan 60 %');
  });

  it.each([[0], [-5], [100.5], [12.345], [Number.NaN]])('the weight %s is refused', (weight) => {
    given(withGoal()).when(addActivity({ weight }), on('2026-01-15')).thenRefuses('INVALID_WEIGHT', 'weight');
  });

  it('the same activity twice is refused', () => {
    given(planWithActivity())
      .when(addActivity({ weight: 10 }), on('2026-01-15'))
      .thenRefuses('ACTIVITY_ALREADY_ADDED', 'activityId');
  });

  it('an activity without id is refused', () => {
    given(withGoal())
      .when(addActivity({ activityId: '' }), on('2026-01-15'))
      .thenRefuses('ACTIVITY_ID_REQUIRED', 'activityId');
  });

  it('a goal that is not in the plan is refused', () => {
    given(withGoal())
      .when(addActivity({ goalId: 'goal-x' }), on('2026-01-15'))
      .thenRefuses('GOAL_NOT_FOUND', 'goalId');
  });

  it.each<[string, Parameters<typeof addActivity>[0], string, string]>([
    ['no description', { description: ' ' }, 'ACTIVITY_DESCRIPTION_REQUIRED', 'description'],
    ['no responsible', { responsibleId: '' }, 'RESPONSIBLE_REQUIRED', 'responsibleId'],
    ['a malformed start date', { startDate: '2026-02-30' }, 'INVALID_DATE', 'startDate'],
    ['a malformed end date', { endDate: '30/04/2026' }, 'INVALID_DATE', 'endDate'],
    ['a start before the year', { startDate: '2025-12-31' }, 'ACTIVITY_OUTSIDE_PLAN_YEAR', 'startDate'],
    ['an end after the year', { endDate: '2027-01-01' }, 'ACTIVITY_OUTSIDE_PLAN_YEAR', 'endDate'],
    ['an end before its start', { endDate: '2026-01-31' }, 'END_BEFORE_START', 'endDate'],
    ['no indicator', { indicator: '' }, 'INDICATOR_REQUIRED', 'indicator'],
    ['no target', { target: '  ' }, 'TARGET_REQUIRED', 'target'],
  ])('one with %s is refused', (_name, overrides, code, field) => {
    given(withGoal()).when(addActivity(overrides), on('2026-01-15')).thenRefuses(code, field);
  });

  it.each([
    ['an agent', responsibleAgent],
    ['an auditor', auditor],
  ])('%s may not add one', (_name, actor) => {
    given(withGoal()).when(addActivity(), on('2026-01-15', actor)).thenRefuses('ROLE_NOT_ALLOWED');
  });

  it('the state keeps the activity and the weights in hundredths', () => {
    const state = given(withGoal())
      .when(addActivity({ weight: 12.5 }), on('2026-01-15', coordinator))
      .then([activityAdded({ weight: 12.5, planWeightTotal: 12.5 })]);
    expect(state).toMatchObject({
      weightHundredths: 1250,
      activities: { 'activity-1': { weight: 12.5, approvedProgress: 0, pendingReportId: null } },
    });
  });
});
