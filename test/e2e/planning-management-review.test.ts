// End to end over HTTP: a management review (revisión por la dirección) opened with its inputs as they
// stood, its decisions recorded — one formulating an improvement action with source MANAGEMENT_REVIEW —
// and its minutes approved, by role; and a decision whose action was left unformulated, finished later.
import { CommandBus } from '@nestjs/cqrs';
import { addCalendarDays, bogotaDateOf } from '../../src/domain/shared/time.js';
import { deterministicId } from '../../src/engine/commands/command-executor.js';
import { newInstanceId, RunCommand } from '../../src/engine/commands/run-command.js';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { managementReviewCase } from '../../src/features/planning/management-review/index.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const REVIEW = `id title meetingDate period { from to } attendeeIds status openedAt revision conclusions closedAt
  inputs { assembledAt period { from to }
    pqrs { received answered answeredOnTime answeredLate onTimeRate open overdue byKind { kind count } }
    pqrsReport { reportId contentHash }
    satisfaction { responses answered satisfied satisfactionIndex }
    improvementActions { formulated closedEffective closedNotEffective effectivenessRate
      open { actionId sourceKind sourceReference dueDate overdue } }
    actionPlan { year executionPercent weightsBalanced activities completed overdue { activityId } }
    riskMonitoring { byResidualZone { zone count }
      risks { riskId name residualZone lastMonitoringQuarter controlsEffective materializationsInPeriod } } }
  decisions { number reference kind description responsibleId dueDate improvementActionId actionFormulated }`;

const OPEN = `mutation ($input: OpenManagementReviewInput!) { openManagementReview(input: $input) { ${REVIEW} } }`;
const DECIDE = `mutation ($input: RecordReviewDecisionInput!) { recordReviewDecision(input: $input) { ${REVIEW} } }`;
const CLOSE = `mutation ($reviewId: ID!, $conclusions: String!) {
  closeManagementReview(reviewId: $reviewId, conclusions: $conclusions) { ${REVIEW} } }`;
const LIST = `query ($year: Int) { managementReviews(year: $year) { ${REVIEW} } }`;
const ACTION = `query ($id: ID!) { improvementAction(id: $id) { id status source { kind reference } problem dueDate
  responsible { id } } }`;
const FORMULATE = `mutation ($input: FormulateImprovementActionInput!) {
  formulateImprovementAction(input: $input) { id source { kind reference } } }`;

const today = bogotaDateOf(new Date().toISOString());
const year = Number(today.slice(0, 4));
const periodFrom = addCalendarDays(today, -60);
const inTwoMonths = addCalendarDays(today, 60);

describe('management reviews, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: { id: string; token: string };
  let director: { id: string; token: string };
  let agent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let openActionId: string;
  let riskId: string;

  const opening = (overrides: Record<string, unknown> = {}) => ({
    title: 'Revisión por la dirección del semestre',
    meetingDate: today,
    period: { from: periodFrom, to: today },
    attendeeIds: [director.id, coordinator.id],
    ...overrides,
  });
  const decision = (reviewId: string, overrides: Record<string, unknown> = {}) => ({
    reviewId,
    kind: 'IMPROVEMENT_OPPORTUNITY',
    description: 'Reforzar la capacitación sobre términos de respuesta.',
    responsibleId: coordinator.id,
    dueDate: inTwoMonths,
    ...overrides,
  });
  const errorOf = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await ventanilla.graphql(query, variables, token);
    expect(response.data ?? null).toBeNull();
    return response.errors?.[0]?.extensions;
  };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.calidad', ['COORDINATOR']);
    director = await ventanilla.userWithRoles(admin, 'director.general', ['ADMIN']);
    agent = await ventanilla.userWithRoles(admin, 'agente.revision', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.revision', ['AUDITOR']);
    // The figures the review finds: one claim received and one improvement action open.
    const received = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'CLAIM',
          channel: 'EMAIL',
          subject: 'Certificado con datos errados',
          description: 'El certificado tiene mi dirección anterior.',
          petitioner: { name: 'Jorge Pérez', documentType: 'CC', documentNumber: '80111222' },
        },
      },
      coordinator.token,
    );
    const formulated = await ventanilla.ok(
      FORMULATE,
      {
        input: {
          source: { kind: 'PQRS', reference: received.receivePqrs.radicado },
          problem: 'Certificados desactualizados.',
          rootCause: 'Plantilla manual.',
          action: 'Generar desde la base.',
          responsibleId: coordinator.id,
          dueDate: inTwoMonths,
        },
      },
      coordinator.token,
    );
    openActionId = formulated.formulateImprovementAction.id;
    // The year's action plan and a risk on the map, which the review reads through their own queries.
    await ventanilla.ok(
      `mutation ($input: CreateActionPlanInput!) { createActionPlan(input: $input) { year } }`,
      { input: { year, title: 'Plan de acción del año' } },
      coordinator.token,
    );
    const { registerRisk } = await ventanilla.ok(
      `mutation ($input: RegisterRiskInput!) { registerRisk(input: $input) { id } }`,
      {
        input: {
          name: 'Respuesta de PQRS fuera de término',
          cause: 'Volumen de casos superior a la capacidad del equipo.',
          consequence: 'Sanciones y pérdida de confianza.',
          probability: 'MEDIUM',
          impact: 'MAJOR',
        },
      },
      coordinator.token,
    );
    riskId = registerRisk.id;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  describe('a review from opening to its approved minutes', () => {
    let reviewId: string;
    let actionId: string;

    it('is opened by a coordinator with its inputs as they stand at the opening', async () => {
      const { openManagementReview: review } = await ventanilla.ok(
        OPEN,
        { input: opening() },
        coordinator.token,
      );
      reviewId = review.id;
      expect(review).toMatchObject({
        title: 'Revisión por la dirección del semestre',
        meetingDate: today,
        period: { from: periodFrom, to: today },
        attendeeIds: [director.id, coordinator.id],
        status: 'OPEN',
        decisions: [],
        conclusions: null,
        revision: 0,
      });
      expect(review.inputs).toMatchObject({
        period: { from: periodFrom, to: today },
        pqrs: { received: 1, answered: 0, open: 1 },
        pqrsReport: null,
        satisfaction: { responses: 0, satisfactionIndex: null },
        improvementActions: {
          formulated: 1,
          open: [{ actionId: openActionId, sourceKind: 'PQRS', dueDate: inTwoMonths, overdue: false }],
        },
      });
      expect(review.inputs.pqrs.byKind).toContainEqual({ kind: 'CLAIM', count: 1 });
      expect(review.inputs.actionPlan).toEqual({
        year,
        executionPercent: 0,
        weightsBalanced: false,
        activities: 0,
        completed: 0,
        overdue: [],
      });
      expect(review.inputs.riskMonitoring.risks).toEqual([
        {
          riskId,
          name: 'Respuesta de PQRS fuera de término',
          residualZone: expect.any(String),
          lastMonitoringQuarter: null,
          controlsEffective: null,
          materializationsInPeriod: 0,
        },
      ]);
      expect(
        review.inputs.riskMonitoring.byResidualZone.map((zone: { count: number }) => zone.count),
      ).toHaveLength(4);
      expect(Date.parse(review.inputs.assembledAt)).toBe(Date.parse(review.openedAt));
    });

    it('keeps the inputs the committee saw: a case received after the opening does not change them', async () => {
      await ventanilla.ok(
        `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
        {
          input: {
            kind: 'PETITION',
            channel: 'IN_PERSON',
            subject: 'Solicitud de certificado',
            description: 'Solicito un certificado.',
            petitioner: { name: 'Ana Gómez', documentType: 'CC', documentNumber: '52333444' },
          },
        },
        coordinator.token,
      );
      const { managementReviews } = await ventanilla.ok(LIST, { year }, auditor.token);
      expect(managementReviews.find((review: any) => review.id === reviewId).inputs.pqrs.received).toBe(1);
    });

    it('records a decision, numbered and referenced, and the title and texts never reach the log in clear', async () => {
      const { recordReviewDecision: review } = await ventanilla.ok(
        DECIDE,
        {
          input: decision(reviewId, {
            kind: 'RESOURCE_NEED',
            description: 'Un segundo puesto de radicación.',
          }),
        },
        coordinator.token,
      );
      expect(review.decisions).toEqual([
        {
          number: 1,
          reference: `${reviewId}/1`,
          kind: 'RESOURCE_NEED',
          description: 'Un segundo puesto de radicación.',
          responsibleId: coordinator.id,
          dueDate: inTwoMonths,
          improvementActionId: null,
          actionFormulated: null,
        },
      ]);
      const log = await ventanilla.app
        .get<EventStore>(EVENT_STORE)
        .readStream(`management-review-${reviewId}`);
      const stored = JSON.stringify(log.map((event) => event.data));
      expect(stored).not.toContain('Un segundo puesto');
      expect(stored).not.toContain('Revisión por la dirección del semestre');
      expect(log.map((event) => event.metadata)).toEqual(
        log.map(() =>
          expect.objectContaining({
            actorId: coordinator.id,
            actorRole: 'COORDINATOR',
            correlationId: expect.any(String),
            causationId: expect.any(String),
          }),
        ),
      );
    });

    it('a decision that formulates an improvement action formulates it with source MANAGEMENT_REVIEW', async () => {
      const { recordReviewDecision: review } = await ventanilla.ok(
        DECIDE,
        {
          input: decision(reviewId, {
            improvementAction: {
              problem: 'La oportunidad de respuesta bajó en el semestre.',
              rootCause: 'Un solo funcionario radica en las horas de mayor afluencia.',
              action: 'Redistribuir turnos de radicación.',
            },
          }),
        },
        director.token,
      );
      const second = review.decisions[1];
      expect(second).toMatchObject({ number: 2, actionFormulated: true });
      actionId = second.improvementActionId;
      const { improvementAction } = await ventanilla.ok(ACTION, { id: actionId }, auditor.token);
      expect(improvementAction).toEqual({
        id: actionId,
        status: 'OPEN',
        source: { kind: 'MANAGEMENT_REVIEW', reference: `${reviewId}/2` },
        problem: 'La oportunidad de respuesta bajó en el semestre.',
        dueDate: inTwoMonths,
        responsible: { id: coordinator.id },
      });
    });

    it('a second action for the same decision is refused', async () => {
      expect(
        await errorOf(
          FORMULATE,
          {
            input: {
              source: { kind: 'MANAGEMENT_REVIEW', reference: `${reviewId}/2` },
              problem: 'Otra',
              rootCause: 'Otra',
              action: 'Otra',
              responsibleId: coordinator.id,
              dueDate: inTwoMonths,
            },
          },
          coordinator.token,
        ),
      ).toMatchObject({ code: 'BUSINESS_RULE', rule: 'ACTION_ALREADY_FORMULATED' });
    });

    it('an action referring to a decision that formulates none, or to none at all, is refused', async () => {
      const formulateFrom = (reference: string) => ({
        input: {
          source: { kind: 'MANAGEMENT_REVIEW', reference },
          problem: 'P',
          rootCause: 'C',
          action: 'A',
          responsibleId: coordinator.id,
          dueDate: inTwoMonths,
        },
      });
      expect(await errorOf(FORMULATE, formulateFrom(`${reviewId}/1`), coordinator.token)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'source.reference',
      });
      expect(await errorOf(FORMULATE, formulateFrom(`${reviewId}/9`), coordinator.token)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'source.reference',
      });
      expect(
        await errorOf(FORMULATE, formulateFrom(`${deterministicId('ninguna')}/1`), coordinator.token),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source.reference' });
      expect(await errorOf(FORMULATE, formulateFrom('comité de julio'), coordinator.token)).toMatchObject({
        code: 'BAD_USER_INPUT',
        rule: 'INVALID_DECISION_REFERENCE',
        field: 'source.reference',
      });
    });

    it('the minutes are approved with the conclusions, which closes the review', async () => {
      const { closeManagementReview: review } = await ventanilla.ok(
        CLOSE,
        { reviewId, conclusions: 'El sistema es conveniente, adecuado y eficaz.' },
        coordinator.token,
      );
      expect(review).toMatchObject({
        status: 'CLOSED',
        conclusions: 'El sistema es conveniente, adecuado y eficaz.',
        closedAt: expect.any(String),
      });
      expect(await errorOf(DECIDE, { input: decision(reviewId) }, coordinator.token)).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'REVIEW_CLOSED',
      });
    });

    it('every role reads the reviews of the year', async () => {
      for (const token of [admin, coordinator.token, agent.token, auditor.token]) {
        const { managementReviews } = await ventanilla.ok(LIST, { year }, token);
        expect(managementReviews.map((review: any) => review.id)).toContain(reviewId);
      }
      const { managementReviews: otherYear } = await ventanilla.ok(LIST, { year: year - 5 }, auditor.token);
      expect(otherYear).toEqual([]);
    });
  });

  it('names the Informe de PQRS issued for the period before the opening, by its id and hash', async () => {
    const { report } = await ventanilla.ok(
      `mutation ($from: Date!, $to: Date!) { report(kind: PQRS, from: $from, to: $to, format: CSV) { id contentHash } }`,
      { from: periodFrom, to: today },
      coordinator.token,
    );
    const { openManagementReview: review } = await ventanilla.ok(
      OPEN,
      { input: opening() },
      coordinator.token,
    );
    expect(review.inputs.pqrsReport).toEqual({ reportId: report.id, contentHash: report.contentHash });
  });

  describe('refusals', () => {
    it.each([
      ['an agent', () => agent.token],
      ['an auditor', () => auditor.token],
    ])('%s may not open, decide or close', async (_who, token) => {
      expect(await errorOf(OPEN, { input: opening() }, token())).toMatchObject({ code: 'FORBIDDEN' });
      const { openManagementReview } = await ventanilla.ok(OPEN, { input: opening() }, coordinator.token);
      expect(await errorOf(DECIDE, { input: decision(openManagementReview.id) }, token())).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(
        await errorOf(CLOSE, { reviewId: openManagementReview.id, conclusions: 'x' }, token()),
      ).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('a meeting before today and a period past the meeting are refused by their rules', async () => {
      expect(
        await errorOf(
          OPEN,
          { input: opening({ meetingDate: addCalendarDays(today, -1) }) },
          coordinator.token,
        ),
      ).toMatchObject({ code: 'BUSINESS_RULE', rule: 'MEETING_DATE_IN_PAST', field: 'meetingDate' });
      expect(
        await errorOf(
          OPEN,
          { input: opening({ period: { from: periodFrom, to: addCalendarDays(today, 1) } }) },
          coordinator.token,
        ),
      ).toMatchObject({ code: 'BUSINESS_RULE', rule: 'PERIOD_AFTER_MEETING', field: 'period.to' });
    });

    it('bad input is BAD_USER_INPUT naming the field; an unknown attendee too', async () => {
      expect(await errorOf(OPEN, { input: opening({ title: '' }) }, coordinator.token)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.title',
      });
      expect(await errorOf(OPEN, { input: opening({ attendeeIds: [] }) }, coordinator.token)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.attendeeIds',
      });
      expect(
        await errorOf(OPEN, { input: opening({ attendeeIds: ['no-existe'] }) }, coordinator.token),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeIds' });
      expect(await errorOf(DECIDE, { input: decision('no-es-un-uuid') }, coordinator.token)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.reviewId',
      });
    });

    it('decisions before the meeting day, and minutes without decisions, are refused', async () => {
      const { openManagementReview: review } = await ventanilla.ok(
        OPEN,
        { input: opening({ meetingDate: addCalendarDays(today, 7) }) },
        coordinator.token,
      );
      expect(await errorOf(DECIDE, { input: decision(review.id) }, coordinator.token)).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'DECISION_BEFORE_MEETING',
      });
      const { openManagementReview: today_ } = await ventanilla.ok(
        OPEN,
        { input: opening() },
        coordinator.token,
      );
      expect(
        await errorOf(CLOSE, { reviewId: today_.id, conclusions: 'Conclusiones.' }, coordinator.token),
      ).toMatchObject({ code: 'BUSINESS_RULE', rule: 'REVIEW_WITHOUT_DECISIONS' });
    });

    it('a review that does not exist is NOT_FOUND', async () => {
      const missing = deterministicId('revision-que-no-existe');
      expect(
        await errorOf(
          `query ($id: ID!) { managementReview(reviewId: $id) { id } }`,
          { id: missing },
          auditor.token,
        ),
      ).toMatchObject({ code: 'NOT_FOUND' });
      expect(await errorOf(DECIDE, { input: decision(missing) }, coordinator.token)).toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });

  describe('a decision whose improvement action was left unformulated', () => {
    // The process stopped between recording the decision and formulating its action: the decision is in
    // the log, naming an action that is not. Run here on the command path, as the resolver's first step.
    async function recordDecisionOnly(reviewId: string, key: string | null) {
      const actionId = newInstanceId('reviewDecisionAction', key === null ? null : `${reviewId}/${key}`);
      await ventanilla.app.get(CommandBus).execute(
        new RunCommand(
          managementReviewCase,
          reviewId,
          {
            type: 'RecordReviewDecision',
            data: {
              kind: 'IMPROVEMENT_OPPORTUNITY',
              description: 'Revisar la plantilla de respuestas.',
              responsibleId: coordinator.id,
              dueDate: inTwoMonths,
              improvementActionId: actionId,
            },
          },
          { actor: { id: coordinator.id, role: 'COORDINATOR' } },
          key === null ? {} : { idempotencyKey: `${reviewId}/${key}` },
        ),
      );
      return actionId;
    }

    it('shows as pending, keeps the minutes from being approved, and formulating it from the decision finishes the pair', async () => {
      const { openManagementReview: review } = await ventanilla.ok(
        OPEN,
        { input: opening() },
        coordinator.token,
      );
      const actionId = await recordDecisionOnly(review.id, null);
      const [pending] = (await ventanilla.ok(LIST, { year }, coordinator.token)).managementReviews.filter(
        (listed: any) => listed.id === review.id,
      );
      expect(pending.decisions[0]).toMatchObject({ improvementActionId: actionId, actionFormulated: false });
      expect(
        await errorOf(CLOSE, { reviewId: review.id, conclusions: 'Conclusiones.' }, coordinator.token),
      ).toMatchObject({ code: 'BUSINESS_RULE', rule: 'DECISION_ACTION_PENDING' });

      const { formulateImprovementAction } = await ventanilla.ok(
        FORMULATE,
        {
          input: {
            source: { kind: 'MANAGEMENT_REVIEW', reference: `${review.id}/1` },
            problem: 'Respuestas con plantilla desactualizada.',
            rootCause: 'Nadie revisa la plantilla.',
            action: 'Revisión trimestral de la plantilla.',
            responsibleId: coordinator.id,
            dueDate: inTwoMonths,
          },
        },
        coordinator.token,
      );
      // The action is the one the decision named, whatever id the request would have given it.
      expect(formulateImprovementAction.id).toBe(actionId);
      const { closeManagementReview } = await ventanilla.ok(
        CLOSE,
        { reviewId: review.id, conclusions: 'Conclusiones.' },
        coordinator.token,
      );
      expect(closeManagementReview.status).toBe('CLOSED');
    });

    it('sending the same decision again with its idempotency key records nothing twice and formulates the action', async () => {
      const { openManagementReview: review } = await ventanilla.ok(
        OPEN,
        { input: opening() },
        coordinator.token,
      );
      const actionId = await recordDecisionOnly(review.id, 'decision-1');
      const { recordReviewDecision } = await ventanilla.ok(
        DECIDE,
        {
          input: decision(review.id, {
            description: 'Revisar la plantilla de respuestas.',
            idempotencyKey: 'decision-1',
            improvementAction: { problem: 'P', rootCause: 'C', action: 'A' },
          }),
        },
        coordinator.token,
      );
      expect(recordReviewDecision.decisions).toHaveLength(1);
      expect(recordReviewDecision.decisions[0]).toMatchObject({
        improvementActionId: actionId,
        actionFormulated: true,
      });
      const again = await ventanilla.ok(
        DECIDE,
        {
          input: decision(review.id, {
            idempotencyKey: 'decision-1',
            improvementAction: { problem: 'P', rootCause: 'C', action: 'A' },
          }),
        },
        coordinator.token,
      );
      expect(again.recordReviewDecision.decisions).toHaveLength(1);
    });
  });
});
