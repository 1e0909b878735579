// The dashboards' indicators end to end over HTTP: cases, an affiliation, an improvement action and a
// survey entered through GraphQL, then read back as series by month and by day, and as one period for
// the reports (pqrsIndicators, improvementActionStatistics); who may read them, and the periods refused
// with the argument at fault.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const INDICATORS = `
  query Indicators($from: Date!, $to: Date!, $granularity: IndicatorGranularity) {
    indicators(from: $from, to: $to, granularity: $granularity) {
      from to granularity
      buckets {
        label from to
        pqrs {
          received { total byKind { key value } byChannel { key value } byDependency { key value } }
          answered { total }
          answeredOnTime { total }
          answeredLate { total }
          onTimeRate
          open { total byDependency { key value } byAssignee { key value } }
          overdue { total byKind { key value } byDependency { key value } }
          responseBusinessDays { count sum average max }
          responseBusinessDaysByKind { kind count average max }
          extensions { total }
          transfers { total }
          withdrawals { total }
          informationRequests { total }
        }
        affiliations {
          received { total byType { key value } byCampaign { key value } }
          approved { total }
          rejected { total }
          daysToDecision { total { count average } }
        }
        improvementActions {
          formulated { total bySource { key value } }
          effectivenessRate
          open { total }
          overdue { total }
        }
        satisfaction {
          responses
          overall { answered satisfied satisfactionIndex }
          byQuestion { instrumentId questionId answered satisfied satisfactionIndex }
          byEvaluation { key answered satisfactionIndex }
        }
      }
    }
  }`;

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado dueDate } }`;

/** Today in Bogotá (UTC-5 all year), as the server's clock sees it. */
function bogotaToday(): string {
  return new Date(Date.now() - 5 * 3600 * 1000).toISOString().slice(0, 10);
}

describe('the indicators query, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let agent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let instrumentId: string;
  let campaignId: string;
  const today = bogotaToday();

  const receive = async (n: number, kind: string, channel: string, receivedAt: string | null) => {
    const { receivePqrs } = await ventanilla.ok(
      RECEIVE,
      {
        input: {
          kind,
          channel,
          subject: `Caso de indicadores ${n}`,
          description: 'Solicitud de prueba de los indicadores.',
          petitioner: { name: `Persona ${n}`, documentType: 'CC', documentNumber: `7000${n}` },
          receivedAt,
          lateEntryReason: receivedAt === null ? null : 'Registro de prueba con fecha anterior.',
        },
      },
      admin,
    );
    return receivePqrs.radicado as string;
  };
  const answer = (radicado: string, answeredAt: string) =>
    ventanilla.ok(
      `mutation ($r: String!, $at: DateTime!) { answerPqrs(radicado: $r, answer: "Respuesta de fondo", answeredAt: $at, lateEntryReason: "Respuesta registrada después.") { answeredOnTime } }`,
      { r: radicado, at: answeredAt },
      admin,
    );

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    agent = await ventanilla.userWithRoles(admin, 'agente.indicadores', ['AGENT'], 'Atención al Cliente');
    auditor = await ventanilla.userWithRoles(admin, 'auditora.indicadores', ['AUDITOR']);

    // Received Friday 13 March 2026: due Wednesday 8 April (15 business days).
    const onTime = await receive(1, 'PETITION', 'EMAIL', '2026-03-13T10:00:00-05:00');
    await answer(onTime, '2026-04-08T10:00:00-05:00');
    const late = await receive(2, 'COMPLAINT', 'WEB', '2026-03-13T11:00:00-05:00');
    await answer(late, '2026-04-10T10:00:00-05:00');
    // Never answered: overdue from Thursday 9 April on.
    await receive(3, 'PETITION', 'IN_PERSON', '2026-03-13T12:00:00-05:00');
    // Received and assigned today.
    const current = await receive(4, 'CLAIM', 'PHONE', null);
    await ventanilla.ok(
      `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a, dependency: "Atención al Cliente") { status } }`,
      { r: current, a: agent.id },
      admin,
    );

    // The application comes from a fair of the plan, which the indicators count by its id.
    const { planCampaign } = await ventanilla.ok(
      `mutation ($input: PlanCampaignInput!) { planCampaign(input: $input) { id } }`,
      {
        input: {
          kind: 'FAIR',
          name: 'Feria Zipaquirá 2026',
          municipalityCode: '25899',
          startDate: '2026-03-01',
          endDate: '2026-03-02',
          channels: ['IN_PERSON'],
          budget: 1_000_000,
        },
      },
      admin,
    );
    campaignId = planCampaign.id;
    await ventanilla.ok(
      `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id } }`,
      {
        input: {
          affiliationType: 'INDEPENDENT',
          channel: 'IN_PERSON',
          campaignId,
          applicant: { name: 'Persona 9', documentType: 'CC', documentNumber: '70009' },
        },
      },
      admin,
    );
    await ventanilla.ok(
      `mutation ($input: FormulateImprovementActionInput!) { formulateImprovementAction(input: $input) { id } }`,
      {
        input: {
          source: { kind: 'PQRS', reference: late },
          problem: 'Respuestas fuera de término',
          rootCause: 'Reparto tardío de los casos',
          action: 'Repartir los casos el mismo día de la radicación',
          responsibleId: agent.id,
          dueDate: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10),
        },
      },
      admin,
    );
    const { createSurveyInstrument } = await ventanilla.ok(
      `mutation ($input: CreateSurveyInstrumentInput!) { createSurveyInstrument(input: $input) { id } }`,
      {
        input: {
          name: 'Encuesta de servicio',
          questions: [
            { text: '¿Cómo califica la atención?', kind: 'SCALE_1_5' },
            { text: '¿Le resolvieron su solicitud?', kind: 'YES_NO' },
          ],
        },
      },
      admin,
    );
    instrumentId = createSurveyInstrument.id;
    await ventanilla.ok(
      `mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { id } }`,
      {
        input: {
          instrumentId,
          channel: 'PHONE',
          answeredOn: '2026-04-15',
          answers: [
            { questionId: 'q1', score: 5 },
            { questionId: 'q2', yes: false },
          ],
        },
      },
      admin,
    );
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('rolls the days up by month: flows of each month, stocks at its end', async () => {
    const { indicators } = await ventanilla.ok(
      INDICATORS,
      { from: '2026-03-01', to: '2026-04-30', granularity: 'MONTH' },
      auditor.token,
    );
    expect(indicators).toMatchObject({ from: '2026-03-01', to: '2026-04-30', granularity: 'MONTH' });
    const [march, april] = indicators.buckets;
    expect([march.label, march.from, march.to]).toEqual(['2026-03', '2026-03-01', '2026-03-31']);
    expect(march.pqrs.received.total).toBe(3);
    expect(march.pqrs.received.byKind).toContainEqual({ key: 'PETITION', value: 2 });
    expect(march.pqrs.received.byKind).toContainEqual({ key: 'CLAIM', value: 0 });
    expect(march.pqrs.received.byChannel).toHaveLength(6);
    expect(march.pqrs.received.byDependency).toEqual([{ key: 'UNASSIGNED', value: 3 }]);
    expect(march.pqrs.open.total).toBe(3);
    expect(march.pqrs.overdue.total).toBe(0);
    expect(march.pqrs.onTimeRate).toBeNull();
    expect(march.pqrs.responseBusinessDays).toEqual({ count: 0, sum: 0, average: null, max: null });

    expect(april.label).toBe('2026-04');
    expect(april.pqrs).toMatchObject({
      received: { total: 0 },
      answered: { total: 2 },
      answeredOnTime: { total: 1 },
      answeredLate: { total: 1 },
      onTimeRate: 0.5,
      // 15 business days (on the due date) and 17 (two days late).
      responseBusinessDays: { count: 2, sum: 32, average: 16, max: 17 },
      open: { total: 1 },
      overdue: { total: 1, byDependency: [{ key: 'UNASSIGNED', value: 1 }] },
    });
    expect(april.pqrs.overdue.byKind).toContainEqual({ key: 'PETITION', value: 1 });
    expect(april.pqrs.responseBusinessDaysByKind).toContainEqual({
      kind: 'COMPLAINT',
      count: 1,
      average: 17,
      max: 17,
    });
    expect(april.satisfaction).toMatchObject({
      responses: 1,
      overall: { answered: 2, satisfied: 1, satisfactionIndex: 0.5 },
      byQuestion: [
        { instrumentId, questionId: 'q1', answered: 1, satisfied: 1, satisfactionIndex: 1 },
        { instrumentId, questionId: 'q2', answered: 1, satisfied: 0, satisfactionIndex: 0 },
      ],
    });
    expect(april.satisfaction.byEvaluation).toContainEqual({
      key: 'FIRST',
      answered: 2,
      satisfactionIndex: 0.5,
    });
  });

  it('shows today the cases still open under who has them, and what was received today', async () => {
    const { indicators } = await ventanilla.ok(
      INDICATORS,
      { from: today, to: today, granularity: 'DAY' },
      agent.token,
    );
    const [day] = indicators.buckets;
    expect(day.label).toBe(today);
    expect(day.pqrs.received.total).toBe(1);
    expect(day.pqrs.open.total).toBe(2);
    expect(day.pqrs.open.byDependency).toEqual([
      { key: 'Atención al Cliente', value: 1 },
      { key: 'UNASSIGNED', value: 1 },
    ]);
    expect(day.pqrs.open.byAssignee).toContainEqual({ key: agent.id, value: 1 });
    expect(day.pqrs.overdue.total).toBe(1);
    expect(day.affiliations.received).toMatchObject({
      total: 1,
      byCampaign: [{ key: campaignId, value: 1 }],
    });
    expect(day.affiliations.received.byType).toContainEqual({ key: 'INDEPENDENT', value: 1 });
    expect(day.affiliations.daysToDecision.total).toEqual({ count: 0, average: null });
    expect(day.improvementActions.formulated.total).toBe(1);
    expect(day.improvementActions.formulated.bySource).toContainEqual({ key: 'PQRS', value: 1 });
    expect(day.improvementActions).toMatchObject({
      effectivenessRate: null,
      open: { total: 1 },
      overdue: { total: 0 },
    });
  });

  it('groups by month unless told otherwise, labelling quarters, semesters and years in Spanish', async () => {
    const monthly = await ventanilla.ok(
      `{ indicators(from: "2026-01-15", to: "2026-03-10") { granularity buckets { label from to } } }`,
      {},
      auditor.token,
    );
    expect(monthly.indicators.granularity).toBe('MONTH');
    expect(monthly.indicators.buckets).toEqual([
      { label: '2026-01', from: '2026-01-15', to: '2026-01-31' },
      { label: '2026-02', from: '2026-02-01', to: '2026-02-28' },
      { label: '2026-03', from: '2026-03-01', to: '2026-03-10' },
    ]);
    const labels = async (granularity: string) => {
      const data = await ventanilla.ok(
        INDICATORS,
        { from: '2025-11-01', to: '2026-04-30', granularity },
        auditor.token,
      );
      return data.indicators.buckets.map((bucket: { label: string }) => bucket.label);
    };
    expect(await labels('QUARTER')).toEqual(['2025-T4', '2026-T1', '2026-T2']);
    expect(await labels('SEMESTER')).toEqual(['2025-S2', '2026-S1']);
    expect(await labels('YEAR')).toEqual(['2025', '2026']);
  });

  it('answers pqrsIndicators and improvementActionStatistics for one period of any length, with what is open today', async () => {
    const { pqrsIndicators, improvementActionStatistics } = await ventanilla.ok(
      `query ($from: Date!, $to: Date!) {
        pqrsIndicators(from: $from, to: $to) {
          from to received answered answeredOnTime answeredLate onTimeRate averageResponseBusinessDays
          open overdue byKind { kind count } byChannel { channel count }
        }
        improvementActionStatistics(from: $from, to: $to) {
          formulated bySourceKind { kind count } byResponsible { responsibleId responsible { username } count }
          closed effectivenessRate open overdue
        }
      }`,
      { from: '2000-01-01', to: '2099-12-31' },
      auditor.token,
    );
    expect(pqrsIndicators).toMatchObject({
      from: '2000-01-01',
      to: '2099-12-31',
      received: 4,
      answered: 2,
      answeredOnTime: 1,
      answeredLate: 1,
      onTimeRate: 0.5,
      // 15 business days (on its due date) and 17 (two days late).
      averageResponseBusinessDays: 16,
      // The one never answered, overdue since 9 April, and the one received today.
      open: 2,
      overdue: 1,
    });
    expect(pqrsIndicators.byKind.filter((row: { count: number }) => row.count > 0)).toEqual([
      { kind: 'PETITION', count: 2 },
      { kind: 'COMPLAINT', count: 1 },
      { kind: 'CLAIM', count: 1 },
    ]);
    expect(pqrsIndicators.byChannel).toHaveLength(6);
    expect(improvementActionStatistics).toMatchObject({
      formulated: 1,
      byResponsible: [{ responsibleId: agent.id, responsible: { username: 'agente.indicadores' }, count: 1 }],
      closed: 0,
      effectivenessRate: null,
      open: 1,
      overdue: 0,
    });
    expect(improvementActionStatistics.bySourceKind).toContainEqual({ kind: 'PQRS', count: 1 });
  });

  it.each(['pqrsIndicators', 'improvementActionStatistics'])(
    'refuses %s for a period that ends before it starts, naming `to`',
    async (query) => {
      const response = await ventanilla.graphql(
        `{ ${query}(from: "2026-04-01", to: "2026-03-01") { open } }`,
        {},
        auditor.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(response.errors?.[0]?.message).toBe('La fecha final del periodo es anterior a la inicial.');
    },
  );

  it('refuses a query without a session', async () => {
    const response = await ventanilla.graphql(INDICATORS, { from: '2026-03-01', to: '2026-03-31' });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a period that ends before it starts', { from: '2026-04-01', to: '2026-03-01' }, 'to', /anterior/],
    [
      'a period longer than ten years',
      { from: '2016-01-01', to: '2026-01-01' },
      'to',
      /10 años.*31\/12\/2025/,
    ],
    [
      'more than 400 days by day',
      { from: '2025-01-01', to: '2026-02-05', granularity: 'DAY' },
      'granularity',
      /400 días/,
    ],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_rule, variables, field, message) => {
    const response = await ventanilla.graphql(INDICATORS, variables, auditor.token);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.message).toMatch(message);
  });

  it('accepts exactly ten years, and 400 days by day', async () => {
    const tenYears = await ventanilla.ok(
      `{ indicators(from: "2016-01-01", to: "2025-12-31", granularity: YEAR) { buckets { label } } }`,
      {},
      auditor.token,
    );
    expect(tenYears.indicators.buckets).toHaveLength(10);
    const days = await ventanilla.ok(
      `{ indicators(from: "2025-01-01", to: "2026-02-04", granularity: DAY) { buckets { label } } }`,
      {},
      auditor.token,
    );
    expect(days.indicators.buckets).toHaveLength(400);
  });

  it('refuses a day that is not on the calendar', async () => {
    const response = await ventanilla.graphql(
      INDICATORS,
      { from: '2026-02-30', to: '2026-03-31' },
      auditor.token,
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
