// End to end over HTTP: a year's action plan (plan de acción) created, given goals and weighted activities,
// its progress reported with evidence and approved or rejected, and its execution weighted by activity,
// through GraphQL only, role by role. The application's clock is set, so "overdue" is tested by date.
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const PLAN = `year title asOf executionPercent weightTotal weightsBalanced overdueActivities pendingReports revision
  goals { id description weight execution activities { id } }
  activities { id goalId description startDate endDate weight indicator target approvedProgress
    weightedExecution overdue status pendingReportId responsible { id username }
    progressReports { id progressPercent note evidence attachments { id fileName sha256 } status
      reportedBy { id } reviewedBy { id } reviewedOn rejectionReason } }`;

const CREATE = `mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { ${PLAN} } }`;
const ADD_GOAL = `mutation ($year: Int!, $description: String!, $rev: Int) {
  addPlanGoal(year: $year, description: $description, expectedRevision: $rev) { ${PLAN} } }`;
const ADD_ACTIVITY = `mutation ($input: AddPlanActivityInput!, $rev: Int) {
  addPlanActivity(input: $input, expectedRevision: $rev) { ${PLAN} } }`;
const REPORT = `mutation ($year: Int!, $activityId: ID!, $progress: Int!, $note: String!, $evidence: String,
    $files: [ID!]) {
  reportActivityProgress(year: $year, activityId: $activityId, progressPercent: $progress, note: $note,
    evidence: $evidence, attachmentIds: $files) { ${PLAN} } }`;
const APPROVE = `mutation ($year: Int!, $id: ID!) {
  approveActivityProgress(year: $year, progressReportId: $id) { ${PLAN} } }`;
const REJECT = `mutation ($year: Int!, $id: ID!, $reason: String!) {
  rejectActivityProgress(year: $year, progressReportId: $id, reason: $reason) { ${PLAN} } }`;
const QUERY = `query ($year: Int!) { actionPlan(year: $year) { ${PLAN} } }`;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const YEAR = 2026;

describe('the action plan, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let now = new Date('2026-01-20T15:00:00.000Z');
  let admin: string;
  let coordinator: { id: string; token: string };
  let otherCoordinator: { id: string; token: string };
  let responsible: { id: string; token: string };
  let otherAgent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let goalId: string;
  let campaignId: string;
  let trainingId: string;

  const refusalOf = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await ventanilla.graphql(query, variables, token);
    expect(response.data).toBeNull();
    return response.errors?.[0]?.extensions;
  };
  const activity = (overrides: Record<string, unknown> = {}) => ({
    year: YEAR,
    goalId,
    description: 'Campaña de socialización de derechos y deberes de los afiliados',
    responsibleId: responsible.id,
    startDate: '2026-02-01',
    endDate: '2026-04-30',
    weight: 40,
    indicator: 'Campañas realizadas',
    target: '4 campañas',
    ...overrides,
  });
  const activityOf = (plan: any, id: string) => plan.activities.find((each: any) => each.id === id);

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, undefined, () => now);
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.planeacion', ['COORDINATOR']);
    otherCoordinator = await ventanilla.userWithRoles(admin, 'coordinador.calidad', ['COORDINATOR']);
    responsible = await ventanilla.userWithRoles(admin, 'agente.campanas', ['AGENT']);
    otherAgent = await ventanilla.userWithRoles(admin, 'agente.otro', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditora.interna', ['AUDITOR']);
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  describe('creating the plan', () => {
    it.each([
      ['an agent', () => responsible.token],
      ['an auditor', () => auditor.token],
    ])('%s may not create it', async (_name, token) => {
      expect(await refusalOf(CREATE, { input: { year: YEAR, title: 'Plan' } }, token())).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('a coordinator creates the year’s plan, empty and balanced at nothing', async () => {
      const { createActionPlan } = await ventanilla.ok(
        CREATE,
        { input: { year: YEAR, title: 'Plan de acción de Atención al Cliente 2026' } },
        coordinator.token,
      );
      expect(createActionPlan).toMatchObject({
        year: YEAR,
        title: 'Plan de acción de Atención al Cliente 2026',
        asOf: '2026-01-20',
        executionPercent: 0,
        weightTotal: 0,
        weightsBalanced: false,
        goals: [],
        activities: [],
        revision: 0,
      });
    });

    it('a second plan for the same year is refused by its rule', async () => {
      expect(await refusalOf(CREATE, { input: { year: YEAR, title: 'Otro' } }, admin)).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'ACTION_PLAN_ALREADY_CREATED',
      });
    });

    it('an administrator creates the next year’s; a year out of range is bad input', async () => {
      const { createActionPlan } = await ventanilla.ok(
        CREATE,
        { input: { year: 2027, title: 'Plan 2027' } },
        admin,
      );
      expect(createActionPlan).toMatchObject({ year: 2027, revision: 0 });
      expect(await refusalOf(CREATE, { input: { year: 1990, title: 'Viejo' } }, admin)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.year',
      });
      const { actionPlanYears } = await ventanilla.ok(`query { actionPlanYears }`, {}, auditor.token);
      expect(actionPlanYears).toEqual([2027, 2026]);
    });

    it('keeps its texts out of the log', async () => {
      const log = await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`action-plan-${YEAR}`);
      expect(log.map((event) => event.type)).toEqual(['ActionPlanCreated']);
      expect(JSON.stringify(log)).not.toContain('Atención al Cliente 2026');
    });
  });

  describe('goals and activities', () => {
    it('a coordinator adds a goal; an agent or an auditor may not', async () => {
      for (const token of [responsible.token, auditor.token]) {
        expect(await refusalOf(ADD_GOAL, { year: YEAR, description: 'Meta' }, token)).toMatchObject({
          code: 'FORBIDDEN',
        });
      }
      const { addPlanGoal } = await ventanilla.ok(
        ADD_GOAL,
        { year: YEAR, description: 'Acercar la Corporación a sus afiliados', rev: 0 },
        coordinator.token,
      );
      expect(addPlanGoal.goals).toEqual([
        {
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          description: 'Acercar la Corporación a sus afiliados',
          weight: 0,
          execution: 0,
          activities: [],
        },
      ]);
      goalId = addPlanGoal.goals[0].id;
    });

    it('a goal on a year without a plan is refused as not found', async () => {
      expect(await refusalOf(ADD_GOAL, { year: 2030, description: 'Meta' }, coordinator.token)).toMatchObject(
        { code: 'NOT_FOUND' },
      );
    });

    it('a responsible who is not an active account is refused on the field', async () => {
      expect(
        await refusalOf(
          ADD_ACTIVITY,
          { input: activity({ responsibleId: '00000000-0000-4000-8000-000000000999', weight: 1 }) },
          coordinator.token,
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responsibleId' });
    });

    it('a coordinator adds weighted activities with responsible, dates, indicator and target', async () => {
      const first = await ventanilla.ok(ADD_ACTIVITY, { input: activity() }, coordinator.token);
      campaignId = first.addPlanActivity.activities[0].id;
      const { addPlanActivity: plan } = await ventanilla.ok(
        ADD_ACTIVITY,
        {
          input: activity({
            description: 'Capacitación del equipo en el protocolo de atención',
            startDate: '2026-03-01',
            endDate: '2026-11-30',
            weight: 60,
            indicator: 'Funcionarios capacitados',
            target: '100 % del equipo',
          }),
        },
        admin,
      );
      trainingId = plan.activities[1].id;
      expect(plan).toMatchObject({ weightTotal: 100, weightsBalanced: true, executionPercent: 0 });
      expect(activityOf(plan, campaignId)).toMatchObject({
        goalId,
        description: 'Campaña de socialización de derechos y deberes de los afiliados',
        startDate: '2026-02-01',
        endDate: '2026-04-30',
        weight: 40,
        indicator: 'Campañas realizadas',
        target: '4 campañas',
        approvedProgress: 0,
        status: 'NOT_STARTED',
        overdue: false,
        responsible: { id: responsible.id, username: 'agente.campanas' },
        progressReports: [],
      });
      expect(plan.goals[0]).toMatchObject({
        weight: 100,
        activities: [{ id: campaignId }, { id: trainingId }],
      });
    });

    it('an activity past 100 % of the plan is refused, saying how much is left', async () => {
      const refusal = await ventanilla.graphql(ADD_ACTIVITY, { input: activity({ weight: 0.5 }) }, admin);
      expect(refusal.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'PLAN_WEIGHT_EXCEEDED',
      });
      expect(refusal.errors?.[0]?.message).toContain('quedan 0 %');
    });

    it('dates outside the plan’s year are refused by their rule', async () => {
      expect(
        await refusalOf(ADD_ACTIVITY, { input: activity({ endDate: '2027-01-15' }) }, coordinator.token),
      ).toMatchObject({ rule: 'ACTIVITY_OUTSIDE_PLAN_YEAR' });
    });

    it.each([
      ['an agent', () => responsible.token],
      ['an auditor', () => auditor.token],
    ])('%s may not add activities', async (_name, token) => {
      expect(await refusalOf(ADD_ACTIVITY, { input: activity() }, token())).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('refuses a stale expectedRevision as a concurrency conflict', async () => {
      expect(
        await refusalOf(ADD_GOAL, { year: YEAR, description: 'Otra meta', rev: 0 }, coordinator.token),
      ).toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
    });
  });

  describe('progress, approval and execution', () => {
    let firstReport: string;

    it('the responsible agent reports cumulative progress with an evidence file; it does not count yet', async () => {
      now = new Date('2026-03-02T15:00:00.000Z');
      const base = ventanilla.url.replace(/\/graphql$/, '');
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(PDF)]), 'acta campaña Fusagasugá.pdf');
      const uploaded = await fetch(`${base}/attachments`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${responsible.token}` },
      });
      expect(uploaded.status).toBe(201);
      const file = (await uploaded.json()) as { id: string };

      const { reportActivityProgress: plan } = await ventanilla.ok(
        REPORT,
        {
          year: YEAR,
          activityId: campaignId,
          progress: 50,
          note: 'Dos de las cuatro campañas realizadas.',
          files: [file.id],
        },
        responsible.token,
      );
      const campaign = activityOf(plan, campaignId);
      firstReport = campaign.pendingReportId;
      expect(campaign).toMatchObject({ approvedProgress: 0, status: 'NOT_STARTED' });
      expect(campaign.progressReports).toEqual([
        {
          id: firstReport,
          progressPercent: 50,
          note: 'Dos de las cuatro campañas realizadas.',
          evidence: '',
          attachments: [{ id: file.id, fileName: 'acta campaña Fusagasugá.pdf', sha256: expect.any(String) }],
          status: 'PENDING',
          reportedBy: { id: responsible.id },
          reviewedBy: null,
          reviewedOn: null,
          rejectionReason: null,
        },
      ]);
      expect(plan).toMatchObject({ executionPercent: 0, pendingReports: 1 });
      const log = await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`action-plan-${YEAR}`);
      expect(JSON.stringify(log)).not.toContain('Fusagasugá');
    });

    it('another agent may not report on an activity they do not answer for; an auditor may not report', async () => {
      const variables = { year: YEAR, activityId: trainingId, progress: 10, note: 'x', evidence: 'y' };
      expect(await refusalOf(REPORT, variables, otherAgent.token)).toMatchObject({
        code: 'FORBIDDEN',
        rule: 'NOT_ASSIGNED_TO_ACTOR',
      });
      expect(await refusalOf(REPORT, variables, auditor.token)).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('a second report while one is pending is refused by its rule', async () => {
      expect(
        await refusalOf(
          REPORT,
          { year: YEAR, activityId: campaignId, progress: 60, note: 'Más', evidence: 'Acta 8' },
          responsible.token,
        ),
      ).toMatchObject({ code: 'BUSINESS_RULE', rule: 'PROGRESS_REPORT_PENDING' });
    });

    it.each([
      ['an agent', () => responsible.token],
      ['an auditor', () => auditor.token],
    ])('%s may not approve', async (_name, token) => {
      expect(await refusalOf(APPROVE, { year: YEAR, id: firstReport }, token())).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('a coordinator approves it, and the plan counts 40 % × 50 = 20 points', async () => {
      now = new Date('2026-03-03T15:00:00.000Z');
      const { approveActivityProgress: plan } = await ventanilla.ok(
        APPROVE,
        { year: YEAR, id: firstReport },
        coordinator.token,
      );
      expect(activityOf(plan, campaignId)).toMatchObject({
        approvedProgress: 50,
        weightedExecution: 20,
        status: 'IN_PROGRESS',
        pendingReportId: null,
      });
      expect(activityOf(plan, campaignId).progressReports[0]).toMatchObject({
        status: 'APPROVED',
        reviewedBy: { id: coordinator.id },
        reviewedOn: '2026-03-03',
      });
      expect(plan).toMatchObject({ executionPercent: 20, pendingReports: 0 });
      expect(plan.goals[0]).toMatchObject({ execution: 20 });
    });

    it('whoever reported progress may not approve it: another coordinator does', async () => {
      const { reportActivityProgress: reported } = await ventanilla.ok(
        REPORT,
        {
          year: YEAR,
          activityId: trainingId,
          progress: 25,
          note: 'Primer grupo capacitado.',
          evidence: 'Lista de asistencia 03-2026',
        },
        coordinator.token,
      );
      const reportId = activityOf(reported, trainingId).pendingReportId;
      expect(await refusalOf(APPROVE, { year: YEAR, id: reportId }, coordinator.token)).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'SELF_REVIEW_NOT_ALLOWED',
      });
      const { approveActivityProgress: plan } = await ventanilla.ok(
        APPROVE,
        { year: YEAR, id: reportId },
        otherCoordinator.token,
      );
      // 40 × 50 % + 60 × 25 % = 20 + 15.
      expect(plan.executionPercent).toBe(35);
    });

    it('a rejected report keeps the approved progress and tells why', async () => {
      const { reportActivityProgress: reported } = await ventanilla.ok(
        REPORT,
        { year: YEAR, activityId: campaignId, progress: 90, note: 'Casi todo.', evidence: 'Sin acta' },
        responsible.token,
      );
      const reportId = activityOf(reported, campaignId).pendingReportId;
      for (const token of [auditor.token, responsible.token]) {
        expect(await refusalOf(REJECT, { year: YEAR, id: reportId, reason: 'x' }, token)).toMatchObject({
          code: 'FORBIDDEN',
        });
      }
      const { rejectActivityProgress: plan } = await ventanilla.ok(
        REJECT,
        { year: YEAR, id: reportId, reason: 'La evidencia no muestra la tercera campaña.' },
        admin,
      );
      const campaign = activityOf(plan, campaignId);
      expect(campaign).toMatchObject({ approvedProgress: 50, pendingReportId: null });
      expect(campaign.progressReports[1]).toMatchObject({
        status: 'REJECTED',
        rejectionReason: 'La evidencia no muestra la tercera campaña.',
      });
      expect(plan.executionPercent).toBe(35);
    });

    it('progress below the approved is refused: it is cumulative', async () => {
      expect(
        await refusalOf(
          REPORT,
          { year: YEAR, activityId: campaignId, progress: 30, note: 'Menos', evidence: 'Acta' },
          responsible.token,
        ),
      ).toMatchObject({ code: 'BUSINESS_RULE', rule: 'PROGRESS_BELOW_APPROVED' });
    });

    it('past its end date without 100 % approved, an activity is overdue, for every reader', async () => {
      now = new Date('2026-05-04T15:00:00.000Z');
      const { actionPlan } = await ventanilla.ok(QUERY, { year: YEAR }, auditor.token);
      expect(actionPlan).toMatchObject({ asOf: '2026-05-04', overdueActivities: 1, executionPercent: 35 });
      expect(activityOf(actionPlan, campaignId)).toMatchObject({ overdue: true, status: 'OVERDUE' });
      expect(activityOf(actionPlan, trainingId)).toMatchObject({ overdue: false, status: 'IN_PROGRESS' });
    });

    it('completing it late clears the flag', async () => {
      const { reportActivityProgress: reported } = await ventanilla.ok(
        REPORT,
        { year: YEAR, activityId: campaignId, progress: 100, note: 'Cuatro campañas.', evidence: 'Acta 11' },
        responsible.token,
      );
      const { approveActivityProgress: plan } = await ventanilla.ok(
        APPROVE,
        { year: YEAR, id: activityOf(reported, campaignId).pendingReportId },
        coordinator.token,
      );
      expect(activityOf(plan, campaignId)).toMatchObject({ status: 'COMPLETED', overdue: false });
      // 40 × 100 % + 60 × 25 % = 55.
      expect(plan).toMatchObject({ executionPercent: 55, overdueActivities: 0 });
    });

    it('an agent and an auditor read the plan; a year without one reads null', async () => {
      const { actionPlan } = await ventanilla.ok(QUERY, { year: YEAR }, responsible.token);
      expect(actionPlan.year).toBe(YEAR);
      expect((await ventanilla.ok(QUERY, { year: 2031 }, auditor.token)).actionPlan).toBeNull();
    });
  });
});
