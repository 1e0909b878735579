// End to end over HTTP: the risk map of Planeación — a risk registered with its inherent rating, controls
// added (the residual follows the guide control by control), quarterly monitoring, a materialisation
// linked to a PQRS case, an improvement action and an indicator — through GraphQL only, role by role.
import { bogotaDateOf } from '../../src/domain/shared/time.js';
import { quarterOf } from '../../src/domain/risk/quarters.js';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RATING = 'probability probabilityPercent impact impactPercent zone';
const RISK = `id name cause consequence method revision registeredAt lastMonitoredQuarter
  inherent { ${RATING} } residual { ${RATING} }
  controls { id description responsibleId responsible { username } type implementation documentation frequency evidence periodicity
    evidenceDescription axis weight residualAfter { ${RATING} } }
  monitorings { quarter controlsEffective observations evidence materializations monitoredById residual { zone } }
  materializations { id occurredOn quarter description links { kind reference } recordedById }`;

const REGISTER = `mutation ($input: RegisterRiskInput!) { registerRisk(input: $input) { ${RISK} } }`;
const ADD_CONTROL = `mutation ($riskId: ID!, $rev: Int, $input: AddRiskControlInput!) {
  addRiskControl(riskId: $riskId, expectedRevision: $rev, input: $input) { ${RISK} } }`;
const MONITOR = `mutation ($riskId: ID!, $input: RecordRiskMonitoringInput!) {
  recordRiskMonitoring(riskId: $riskId, input: $input) { ${RISK} } }`;
const MATERIALIZE = `mutation ($riskId: ID!, $input: RecordRiskMaterializationInput!) {
  recordRiskMaterialization(riskId: $riskId, input: $input) { ${RISK} } }`;
const MAP = `query ($asOf: DateTime) { riskMap(asOf: $asOf) { methodNote risks { ${RISK} }
  inherentHeatMap { probability impact zone count riskIds } residualHeatMap { probability impact zone count riskIds } } }`;
const HISTORY = `query ($r: String!) { caseHistory(radicado: $r) { events { type data } } }`;

const today = bogotaDateOf(new Date().toISOString());
const thisQuarter = quarterOf(today);

describe('the risk map, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: { id: string; token: string };
  let agent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let radicado: string;
  let actionId: string;
  let riskId: string;

  const preventiveManual = (overrides: Record<string, unknown> = {}) => ({
    description: 'Revisión semanal de los casos por vencer en la bandeja.',
    responsibleId: coordinator.id,
    type: 'PREVENTIVE',
    implementation: 'MANUAL',
    documentation: 'DOCUMENTED',
    frequency: 'CONTINUOUS',
    evidence: 'RECORDED',
    periodicity: 'WEEKLY',
    evidenceDescription: 'Acta semanal de revisión de la bandeja.',
    ...overrides,
  });

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.riesgos', ['COORDINATOR']);
    agent = await ventanilla.userWithRoles(admin, 'agente.riesgos', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.riesgos', ['AUDITOR']);
    const received = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'CLAIM',
          channel: 'EMAIL',
          subject: 'Respuesta tardía',
          description: 'Mi reclamo lleva más de un mes sin respuesta.',
          petitioner: { name: 'Marta Ríos', documentType: 'CC', documentNumber: '52111333' },
        },
      },
      coordinator.token,
    );
    radicado = received.receivePqrs.radicado;
    const formulated = await ventanilla.ok(
      `mutation ($input: FormulateImprovementActionInput!) { formulateImprovementAction(input: $input) { id } }`,
      {
        input: {
          source: { kind: 'PQRS', reference: radicado },
          problem: 'Reclamos respondidos tarde.',
          rootCause: 'No hay alerta de vencimiento.',
          action: 'Activar el resumen diario de casos por vencer.',
          responsibleId: agent.id,
          dueDate: today,
        },
      },
      coordinator.token,
    );
    actionId = formulated.formulateImprovementAction.id;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('a coordinator registers a risk; its inherent rating is where probability and impact cross', async () => {
    const { registerRisk } = await ventanilla.ok(
      REGISTER,
      {
        input: {
          name: 'Respuesta de PQRS fuera de término',
          cause: 'Volumen de casos superior a la capacidad del equipo.',
          consequence: 'Sanciones y pérdida de confianza de los afiliados.',
          probability: 'MEDIUM',
          impact: 'MAJOR',
        },
      },
      coordinator.token,
    );
    riskId = registerRisk.id;
    expect(registerRisk).toMatchObject({
      name: 'Respuesta de PQRS fuera de término',
      cause: 'Volumen de casos superior a la capacidad del equipo.',
      method: 'DAFP_V7_2025',
      revision: 0,
      inherent: {
        probability: 'MEDIUM',
        probabilityPercent: 60,
        impact: 'MAJOR',
        impactPercent: 80,
        zone: 'HIGH',
      },
      residual: { zone: 'HIGH' },
      controls: [],
      lastMonitoredQuarter: null,
    });
  });

  it.each([
    ['an agent', () => agent.token],
    ['an auditor', () => auditor.token],
  ])('%s may not register risks', async (_name, token) => {
    const refused = await ventanilla.graphql(
      REGISTER,
      { input: { name: 'x', cause: 'y', consequence: 'z', probability: 'LOW', impact: 'MINOR' } },
      token(),
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a blank name is refused naming the field in Spanish, and nothing is written', async () => {
    const refused = await ventanilla.graphql(
      REGISTER,
      { input: { name: '', cause: 'y', consequence: 'z', probability: 'LOW', impact: 'MINOR' } },
      coordinator.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const { riskMap } = await ventanilla.ok(MAP, {}, coordinator.token);
    expect(riskMap.risks).toHaveLength(1);
  });

  it('controls lower the residual one after another (the guide: 60 % → 36 % → 25,2 %)', async () => {
    const first = await ventanilla.ok(
      ADD_CONTROL,
      { riskId, rev: 0, input: preventiveManual() },
      coordinator.token,
    );
    expect(first.addRiskControl).toMatchObject({
      revision: 1,
      residual: { probability: 'LOW', probabilityPercent: 36, impact: 'MAJOR', zone: 'HIGH' },
      controls: [
        {
          description: 'Revisión semanal de los casos por vencer en la bandeja.',
          responsibleId: coordinator.id,
          responsible: { username: 'coordinadora.riesgos' },
          periodicity: 'WEEKLY',
          evidenceDescription: 'Acta semanal de revisión de la bandeja.',
          axis: 'PROBABILITY',
          weight: 40,
        },
      ],
    });
    const second = await ventanilla.ok(
      ADD_CONTROL,
      {
        riskId,
        input: preventiveManual({ type: 'DETECTIVE', description: 'Informe mensual de oportunidad.' }),
      },
      admin,
    );
    expect(second.addRiskControl.residual).toEqual({
      probability: 'LOW',
      probabilityPercent: 25.2,
      impact: 'MAJOR',
      impactPercent: 80,
      zone: 'HIGH',
    });
    const third = await ventanilla.ok(
      ADD_CONTROL,
      {
        riskId,
        input: preventiveManual({
          type: 'CORRECTIVE',
          implementation: 'AUTOMATIC',
          description: 'Respuesta prioritaria de los casos vencidos.',
          periodicity: 'EACH_TIME',
        }),
      },
      coordinator.token,
    );
    // 80 % − 80 % × 35 % = 52 %: Moderado; Baja × Moderado is Moderado.
    expect(third.addRiskControl.residual).toEqual({
      probability: 'LOW',
      probabilityPercent: 25.2,
      impact: 'MODERATE',
      impactPercent: 52,
      zone: 'MODERATE',
    });
  });

  it('a stale expectedRevision is a concurrency conflict', async () => {
    const stale = await ventanilla.graphql(
      ADD_CONTROL,
      { riskId, rev: 0, input: preventiveManual() },
      coordinator.token,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
  });

  it('a control owner who does not exist is refused at the field', async () => {
    const refused = await ventanilla.graphql(
      ADD_CONTROL,
      { riskId, input: preventiveManual({ responsibleId: 'nadie' }) },
      coordinator.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responsibleId' });
  });

  it('an agent may not add controls', async () => {
    const refused = await ventanilla.graphql(ADD_CONTROL, { riskId, input: preventiveManual() }, agent.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('an agent records a materialisation shown by a PQRS case, an improvement action and an indicator', async () => {
    const { recordRiskMaterialization } = await ventanilla.ok(
      MATERIALIZE,
      {
        riskId,
        input: {
          occurredOn: today,
          description: 'El reclamo se respondió después del vencimiento.',
          links: [
            { kind: 'PQRS', reference: radicado },
            { kind: 'IMPROVEMENT_ACTION', reference: actionId },
            { kind: 'INDICATOR', reference: 'PQRS_ANSWERED_LATE' },
          ],
        },
      },
      agent.token,
    );
    expect(recordRiskMaterialization.materializations).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        occurredOn: today,
        quarter: thisQuarter,
        description: 'El reclamo se respondió después del vencimiento.',
        links: [
          { kind: 'PQRS', reference: radicado },
          { kind: 'IMPROVEMENT_ACTION', reference: actionId },
          { kind: 'INDICATOR', reference: 'PQRS_ANSWERED_LATE' },
        ],
        recordedById: agent.id,
      },
    ]);
  });

  it.each([
    [{ kind: 'PQRS', reference: 'PQRS-2020-999999' }, 'No existe un caso PQRS'],
    [
      { kind: 'IMPROVEMENT_ACTION', reference: '00000000-0000-4000-8000-000000000000' },
      'No existe una acción de mejora',
    ],
  ])('a link to something not in the log (%j) is refused at its field', async (link, message) => {
    const refused = await ventanilla.graphql(
      MATERIALIZE,
      { riskId, input: { occurredOn: today, description: 'x', links: [link] } },
      coordinator.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'links.0.reference',
    });
    expect(refused.errors?.[0]?.message).toContain(message);
  });

  it('an unknown indicator is refused by the domain rule', async () => {
    const refused = await ventanilla.graphql(
      MATERIALIZE,
      {
        riskId,
        input: { occurredOn: today, description: 'x', links: [{ kind: 'INDICATOR', reference: 'NADA' }] },
      },
      coordinator.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ rule: 'INVALID_INDICATOR' });
  });

  it('an auditor may not record a materialisation', async () => {
    const refused = await ventanilla.graphql(
      MATERIALIZE,
      {
        riskId,
        input: { occurredOn: today, description: 'x', links: [{ kind: 'PQRS', reference: radicado }] },
      },
      auditor.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a coordinator monitors the quarter once; a second monitoring of it is refused', async () => {
    const { recordRiskMonitoring } = await ventanilla.ok(
      MONITOR,
      {
        riskId,
        input: {
          quarter: thisQuarter,
          controlsEffective: false,
          observations: 'Un reclamo se respondió tarde pese a la revisión semanal.',
          evidence: 'Actas de revisión e informe de oportunidad.',
        },
      },
      coordinator.token,
    );
    expect(recordRiskMonitoring).toMatchObject({
      lastMonitoredQuarter: thisQuarter,
      monitorings: [
        {
          quarter: thisQuarter,
          controlsEffective: false,
          observations: 'Un reclamo se respondió tarde pese a la revisión semanal.',
          materializations: 1,
          monitoredById: coordinator.id,
          residual: { zone: 'MODERATE' },
        },
      ],
    });
    const again = await ventanilla.graphql(
      MONITOR,
      { riskId, input: { quarter: thisQuarter, controlsEffective: true, observations: 'x', evidence: 'y' } },
      admin,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      rule: 'MONITORING_ALREADY_RECORDED',
      field: 'quarter',
    });
  });

  it('a malformed quarter is refused before the domain, naming the field', async () => {
    const refused = await ventanilla.graphql(
      MONITOR,
      { riskId, input: { quarter: '2026-Q1', controlsEffective: true, observations: 'x', evidence: 'y' } },
      coordinator.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quarter' });
  });

  it('an agent may not monitor', async () => {
    const refused = await ventanilla.graphql(
      MONITOR,
      { riskId, input: { quarter: thisQuarter, controlsEffective: true, observations: 'x', evidence: 'y' } },
      agent.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('any role reads the map: the heat maps hold each risk once, in its inherent and its residual cell', async () => {
    const { riskMap } = await ventanilla.ok(MAP, {}, auditor.token);
    expect(riskMap.methodNote).toContain('versión 7');
    expect(riskMap.risks.map((risk: { id: string }) => risk.id)).toEqual([riskId]);
    expect(riskMap.inherentHeatMap).toHaveLength(25);
    expect(riskMap.inherentHeatMap.filter((cell: { count: number }) => cell.count > 0)).toEqual([
      { probability: 'MEDIUM', impact: 'MAJOR', zone: 'HIGH', count: 1, riskIds: [riskId] },
    ]);
    expect(riskMap.residualHeatMap.filter((cell: { count: number }) => cell.count > 0)).toEqual([
      { probability: 'LOW', impact: 'MODERATE', zone: 'MODERATE', count: 1, riskIds: [riskId] },
    ]);
    expect(riskMap.inherentHeatMap[0]).toMatchObject({ probability: 'VERY_HIGH', impact: 'SLIGHT' });
  });

  it('reads the map as it stood at an earlier instant', async () => {
    const { riskMap: before } = await ventanilla.ok(MAP, { asOf: '2000-01-01T00:00:00.000Z' }, auditor.token);
    expect(before.risks).toEqual([]);
    const { riskMap: now } = await ventanilla.ok(MAP, { asOf: new Date().toISOString() }, auditor.token);
    expect(now.risks[0]).toMatchObject({
      id: riskId,
      residual: { zone: 'MODERATE' },
      lastMonitoredQuarter: thisQuarter,
    });
  });

  it('issues the Mapa de riesgos del proceso with the texts in clear and the residual of the map', async () => {
    const year = today.slice(0, 4);
    const { report } = await ventanilla.ok(
      `mutation ($from: Date!, $to: Date!) {
        report(kind: RISK_MAP, from: $from, to: $to, format: CSV) { kind fileName downloadUrl } }`,
      { from: `${year}-01-01`, to: `${year}-12-31` },
      auditor.token,
    );
    expect(report).toMatchObject({ kind: 'RISK_MAP', fileName: expect.stringMatching(/^mapa-riesgos_/) });
    const response = await fetch(ventanilla.url.replace(/\/graphql$/, report.downloadUrl), {
      headers: { authorization: `Bearer ${auditor.token}` },
    });
    const csv = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(csv).toContain('Mapa de riesgos del proceso');
    expect(csv).toContain('Respuesta de PQRS fuera de término');
    expect(csv).toContain('El reclamo se respondió después del vencimiento.');
    expect(csv).toContain('25,2');
  });

  it("the PQRS case's history is left alone by the risk that points at it", async () => {
    const { caseHistory } = await ventanilla.ok(HISTORY, { r: radicado }, auditor.token);
    expect(caseHistory.events.map((event: { type: string }) => event.type)).not.toContain('RiskMaterialized');
  });

  it('none of the risk texts reaches the log in clear: its events carry vault references', async () => {
    const log = await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`risk-${riskId}`);
    expect(log.map((event) => event.type)).toEqual([
      'RiskRegistered',
      'RiskControlAdded',
      'RiskControlAdded',
      'RiskControlAdded',
      'RiskMaterialized',
      'RiskMonitored',
    ]);
    const stored = JSON.stringify(log.map((event) => event.data));
    for (const text of [
      'fuera de término',
      'capacidad del equipo',
      'Revisión semanal',
      'Acta semanal',
      'después del vencimiento',
      'pese a la revisión',
      'informe de oportunidad',
    ]) {
      expect(stored).not.toContain(text);
    }
    expect(log[0]!.data).toMatchObject({ textOwnerId: expect.any(String) });
  });

  it('a command on a risk that does not exist answers not found', async () => {
    const missing = await ventanilla.graphql(
      ADD_CONTROL,
      { riskId: '00000000-0000-4000-8000-000000000999', input: preventiveManual() },
      coordinator.token,
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
