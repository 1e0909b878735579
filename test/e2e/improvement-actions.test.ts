// End to end over HTTP: improvement actions (acciones de mejora) formulated from a PQRS case, followed
// up, checked for effectiveness and closed, and shown in the case's history, through GraphQL only.
import { addCalendarDays, bogotaDateOf } from '../../src/domain/shared/time.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const ACTION = `id status source { kind reference } problem rootCause action dueDate formulatedAt linkedActionId
  responsible { id username } progress { note evidence recordedOn recordedById }
  verifications { effective evidence verifiedOn verifiedById } closedAt closedEffective revision`;

const FORMULATE = `
  mutation Formulate($input: FormulateImprovementActionInput!) {
    formulateImprovementAction(input: $input) { ${ACTION} }
  }`;
const PROGRESS = `
  mutation Progress($id: ID!, $note: String!, $evidence: String!, $rev: Int) {
    recordActionProgress(id: $id, note: $note, evidence: $evidence, expectedRevision: $rev) { ${ACTION} }
  }`;
const VERIFY = `
  mutation Verify($id: ID!, $effective: Boolean!, $evidence: String!) {
    verifyActionEffectiveness(id: $id, effective: $effective, evidence: $evidence) { ${ACTION} }
  }`;
const CLOSE = `mutation Close($id: ID!) { closeImprovementAction(id: $id) { ${ACTION} } }`;
const HISTORY = `
  query History($r: String!, $at: DateTime) {
    caseHistory(radicado: $r, asOf: $at) { events { stream type revision recordedAt data } state }
  }`;

const today = bogotaDateOf(new Date().toISOString());
const inAMonth = addCalendarDays(today, 30);

describe('improvement actions, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: { id: string; token: string };
  let responsible: { id: string; token: string };
  let otherAgent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let radicado: string;

  const formulation = (overrides: Record<string, unknown> = {}) => ({
    source: { kind: 'PQRS', reference: radicado },
    problem: 'Los certificados de afiliación salen con datos desactualizados.',
    rootCause: 'La plantilla se diligencia a mano y no consulta la base de afiliados.',
    action: 'Generar el certificado desde la base de afiliados y retirar la plantilla manual.',
    responsibleId: responsible.id,
    dueDate: inAMonth,
    ...overrides,
  });

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.calidad', ['COORDINATOR']);
    responsible = await ventanilla.userWithRoles(admin, 'agente.responsable', ['AGENT']);
    otherAgent = await ventanilla.userWithRoles(admin, 'agente.otro', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.interno', ['AUDITOR']);
    const received = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'CLAIM',
          channel: 'EMAIL',
          subject: 'Certificado con datos errados',
          description: 'El certificado que me expidieron tiene mi dirección anterior.',
          petitioner: { name: 'Jorge Pérez', documentType: 'CC', documentNumber: '80111222' },
        },
      },
      coordinator.token,
    );
    radicado = received.receivePqrs.radicado;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  describe('an action formulated from a PQRS case, from formulation to closing', () => {
    let firstAction: string;
    let followUp: string;
    let receivedAt: string;
    let formulatedAt: string;

    it('is formulated open, with its responsible, and listed on the case', async () => {
      const { formulateImprovementAction: action } = await ventanilla.ok(
        FORMULATE,
        { input: formulation() },
        coordinator.token,
      );
      firstAction = action.id;
      expect(action).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        status: 'OPEN',
        source: { kind: 'PQRS', reference: radicado },
        dueDate: inAMonth,
        linkedActionId: null,
        responsible: { id: responsible.id, username: 'agente.responsable' },
        progress: [],
        verifications: [],
        closedAt: null,
        closedEffective: null,
        revision: 0,
      });

      const { pqrs } = await ventanilla.ok(
        `query ($r: String!) { pqrs(radicado: $r) { status improvementActions { id status } } }`,
        { r: radicado },
        auditor.token,
      );
      expect(pqrs).toEqual({ status: 'RECEIVED', improvementActions: [{ id: firstAction, status: 'OPEN' }] });
    });

    it("appears in the case's history, merged in recorded order, leaving the case's state alone", async () => {
      const { caseHistory } = await ventanilla.ok(HISTORY, { r: radicado }, auditor.token);
      // The receipt by e-mail comes with its acknowledgment, recorded in the same decision.
      expect(caseHistory.events.map((event: any) => [event.stream, event.type])).toEqual([
        [`pqrs-${radicado}`, 'Received'],
        [`pqrs-${radicado}`, 'NotificationRequested'],
        [`improvement-action-${firstAction}`, 'ActionFormulated'],
      ]);
      expect(caseHistory.events[1].data).toMatchObject({ kind: 'ACKNOWLEDGMENT', follows: 'Received' });
      expect(caseHistory.events[2].data).toMatchObject({
        actionId: firstAction,
        source: { reference: radicado },
      });
      expect(caseHistory.state).toMatchObject({ status: 'RECEIVED', radicado });
      receivedAt = caseHistory.events[0].recordedAt;
      formulatedAt = caseHistory.events[2].recordedAt;
    });

    it('its responsible agent records progress; another agent may not', async () => {
      const { recordActionProgress } = await ventanilla.ok(
        PROGRESS,
        { id: firstAction, note: 'Se ajustó la consulta a la base.', evidence: 'GD-2026-0153', rev: 0 },
        responsible.token,
      );
      expect(recordActionProgress).toMatchObject({
        status: 'OPEN',
        revision: 1,
        progress: [
          {
            note: 'Se ajustó la consulta a la base.',
            evidence: 'GD-2026-0153',
            recordedOn: today,
            recordedById: responsible.id,
          },
        ],
      });

      const refused = await ventanilla.graphql(
        PROGRESS,
        { id: firstAction, note: 'Intento', evidence: 'x' },
        otherAgent.token,
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        rule: 'NOT_ASSIGNED_TO_ACTOR',
      });
    });

    it('refuses a stale expectedRevision as a concurrency conflict', async () => {
      const stale = await ventanilla.graphql(
        PROGRESS,
        { id: firstAction, note: 'Otro avance', evidence: 'GD-2026-0154', rev: 0 },
        coordinator.token,
      );
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
    });

    it('refuses closing before any effectiveness check, naming the rule', async () => {
      const refused = await ventanilla.graphql(CLOSE, { id: firstAction }, coordinator.token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'CLOSE_WITHOUT_EFFECTIVENESS_CHECK',
      });
      expect(refused.data).toBeNull();
    });

    it('a non-effective check keeps it open, and a follow-up action is linked to it', async () => {
      const { verifyActionEffectiveness } = await ventanilla.ok(
        VERIFY,
        { id: firstAction, effective: false, evidence: 'Muestreo: 4 de 30 certificados con errores' },
        coordinator.token,
      );
      expect(verifyActionEffectiveness).toMatchObject({
        status: 'OPEN',
        verifications: [{ effective: false, verifiedOn: today, verifiedById: coordinator.id }],
      });

      const { formulateImprovementAction } = await ventanilla.ok(
        FORMULATE,
        {
          input: formulation({
            rootCause: 'La base de afiliados no se actualiza con las novedades de dirección.',
            action: 'Cargar las novedades de dirección a diario.',
            linkedActionId: firstAction,
          }),
        },
        coordinator.token,
      );
      followUp = formulateImprovementAction.id;
      expect(formulateImprovementAction).toMatchObject({ status: 'OPEN', linkedActionId: firstAction });
    });

    it('closes not effective after a non-effective check, and the follow-up closes effective', async () => {
      const closedFirst = await ventanilla.ok(CLOSE, { id: firstAction }, coordinator.token);
      expect(closedFirst.closeImprovementAction).toMatchObject({
        status: 'CLOSED_NOT_EFFECTIVE',
        closedEffective: false,
        closedAt: expect.any(String),
      });

      await ventanilla.ok(
        PROGRESS,
        { id: followUp, note: 'Carga diaria en marcha.', evidence: 'Acta 12' },
        responsible.token,
      );
      await ventanilla.ok(VERIFY, { id: followUp, effective: true, evidence: 'Muestreo: 0 de 30' }, admin);
      const closed = await ventanilla.ok(CLOSE, { id: followUp }, coordinator.token);
      expect(closed.closeImprovementAction).toMatchObject({
        status: 'CLOSED_EFFECTIVE',
        closedEffective: true,
      });

      const again = await ventanilla.ok(CLOSE, { id: followUp }, coordinator.token);
      expect(again.closeImprovementAction.revision).toBe(closed.closeImprovementAction.revision);

      const afterClosing = await ventanilla.graphql(
        PROGRESS,
        { id: followUp, note: 'Tarde', evidence: 'x' },
        coordinator.token,
      );
      expect(afterClosing.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'ACTION_CLOSED',
      });
    });

    it("shows every action's formulation and closing in the case's history, and only them", async () => {
      const { caseHistory } = await ventanilla.ok(HISTORY, { r: radicado }, auditor.token);
      expect(caseHistory.events.map((event: any) => [event.stream, event.type])).toEqual([
        [`pqrs-${radicado}`, 'Received'],
        [`pqrs-${radicado}`, 'NotificationRequested'],
        [`improvement-action-${firstAction}`, 'ActionFormulated'],
        [`improvement-action-${followUp}`, 'ActionFormulated'],
        [`improvement-action-${firstAction}`, 'ActionClosed'],
        [`improvement-action-${followUp}`, 'ActionClosed'],
      ]);
      expect(caseHistory.state).toMatchObject({ status: 'RECEIVED' });
    });

    it('with asOf, shows only what was recorded by then', async () => {
      const atReceipt = await ventanilla.ok(HISTORY, { r: radicado, at: receivedAt }, auditor.token);
      expect(atReceipt.caseHistory.events.map((event: any) => event.type)).toEqual([
        'Received',
        'NotificationRequested',
      ]);

      const atFormulation = await ventanilla.ok(HISTORY, { r: radicado, at: formulatedAt }, auditor.token);
      expect(atFormulation.caseHistory.events.map((event: any) => [event.stream, event.type])).toEqual([
        [`pqrs-${radicado}`, 'Received'],
        [`pqrs-${radicado}`, 'NotificationRequested'],
        [`improvement-action-${firstAction}`, 'ActionFormulated'],
      ]);
      expect(atFormulation.caseHistory.state).toMatchObject({ status: 'RECEIVED' });
    });

    it('lists, filters and counts the actions', async () => {
      const ofCase = await ventanilla.ok(
        `query ($r: String!) { improvementActions(filter: { sourceKind: PQRS, sourceReference: $r }, first: 1) {
            totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { id status } } }`,
        { r: radicado },
        auditor.token,
      );
      expect(ofCase.improvementActions).toMatchObject({
        totalCount: 2,
        pageInfo: { hasNextPage: true },
        nodes: [{ id: followUp, status: 'CLOSED_EFFECTIVE' }],
      });
      const next = await ventanilla.ok(
        `query ($r: String!, $after: String) { improvementActions(filter: { sourceReference: $r }, first: 5, after: $after) { totalCount nodes { id } } }`,
        { r: radicado, after: ofCase.improvementActions.pageInfo.endCursor },
        auditor.token,
      );
      expect(next.improvementActions).toEqual({ totalCount: 2, nodes: [{ id: firstAction }] });

      const notEffective = await ventanilla.ok(
        `query ($who: ID!) { improvementActions(filter: { status: CLOSED_NOT_EFFECTIVE, responsibleId: $who }) { totalCount nodes { id } } }`,
        { who: responsible.id },
        auditor.token,
      );
      expect(notEffective.improvementActions).toEqual({ totalCount: 1, nodes: [{ id: firstAction }] });

      const { improvementActionStatistics } = await ventanilla.ok(
        `query ($from: Date!, $to: Date!) { improvementActionStatistics(from: $from, to: $to) {
            formulated closed closedEffective closedNotEffective effectivenessRate open overdue
            bySourceKind { kind count } byResponsible { responsibleId responsible { username } count } } }`,
        { from: today, to: today },
        auditor.token,
      );
      expect(improvementActionStatistics).toMatchObject({
        formulated: 2,
        closed: 2,
        closedEffective: 1,
        closedNotEffective: 1,
        effectivenessRate: 0.5,
        open: 0,
        overdue: 0,
        bySourceKind: [
          { kind: 'PQRS', count: 2 },
          { kind: 'SURVEY', count: 0 },
          { kind: 'AUDIT', count: 0 },
          { kind: 'INDICATOR', count: 0 },
          { kind: 'MANAGEMENT_REVIEW', count: 0 },
        ],
        byResponsible: [
          { responsibleId: responsible.id, responsible: { username: 'agente.responsable' }, count: 2 },
        ],
      });
    });
  });

  describe('roles', () => {
    it('refuses a formulation by an auditor as FORBIDDEN', async () => {
      const response = await ventanilla.graphql(FORMULATE, { input: formulation() }, auditor.token);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    });

    it('refuses a formulation by an agent as FORBIDDEN', async () => {
      const response = await ventanilla.graphql(FORMULATE, { input: formulation() }, responsible.token);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('refuses an effectiveness check by the responsible agent as FORBIDDEN', async () => {
      const { formulateImprovementAction } = await ventanilla.ok(
        FORMULATE,
        { input: formulation({ source: { kind: 'SURVEY', reference: 'Encuesta de satisfacción 2026-T1' } }) },
        coordinator.token,
      );
      const response = await ventanilla.graphql(
        VERIFY,
        { id: formulateImprovementAction.id, effective: true, evidence: 'Yo mismo' },
        responsible.token,
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('bad input and business rules', () => {
    async function formulateError(overrides: Record<string, unknown>) {
      const response = await ventanilla.graphql(
        FORMULATE,
        { input: formulation(overrides) },
        coordinator.token,
      );
      expect(response.data ?? null).toBeNull();
      return response.errors?.[0]?.extensions;
    }

    it('a blank problem is BAD_USER_INPUT naming the field', async () => {
      expect(await formulateError({ problem: '' })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.problem',
      });
    });

    it('a radicado that does not exist is BAD_USER_INPUT naming source.reference', async () => {
      expect(await formulateError({ source: { kind: 'PQRS', reference: 'PQRS-2026-999999' } })).toMatchObject(
        {
          code: 'BAD_USER_INPUT',
          field: 'source.reference',
        },
      );
    });

    it('a PQRS reference that is not a radicado is BAD_USER_INPUT naming source.reference', async () => {
      expect(await formulateError({ source: { kind: 'PQRS', reference: 'la queja de ayer' } })).toMatchObject(
        {
          code: 'BAD_USER_INPUT',
          rule: 'INVALID_RADICADO',
          field: 'source.reference',
        },
      );
    });

    it('a responsible who does not exist is BAD_USER_INPUT naming responsibleId', async () => {
      expect(await formulateError({ responsibleId: 'no-existe' })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'responsibleId',
      });
    });

    it('a malformed due date is BAD_USER_INPUT naming the field', async () => {
      expect(await formulateError({ dueDate: '2026-02-30' })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.dueDate',
      });
    });

    it('a due date before today is refused by its rule', async () => {
      expect(await formulateError({ dueDate: addCalendarDays(today, -1) })).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'DUE_DATE_IN_PAST',
        field: 'dueDate',
      });
    });

    it('a follow-up of an action never checked is refused by its rule', async () => {
      const { formulateImprovementAction } = await ventanilla.ok(
        FORMULATE,
        { input: formulation({ source: { kind: 'INDICATOR', reference: 'Oportunidad de respuesta PQRS' } }) },
        coordinator.token,
      );
      expect(await formulateError({ linkedActionId: formulateImprovementAction.id })).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'LINKED_ACTION_NOT_INEFFECTIVE',
      });
    });

    it('an action id that is not a UUID is BAD_USER_INPUT, and one that does not exist NOT_FOUND', async () => {
      const malformed = await ventanilla.graphql(CLOSE, { id: 'accion-1' }, coordinator.token);
      expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      const missing = await ventanilla.graphql(
        CLOSE,
        { id: '5a0c9f1e-7d2b-4c3a-9e8f-123456789abc' },
        coordinator.token,
      );
      expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const query = await ventanilla.graphql(
        `{ improvementAction(id: "5a0c9f1e-7d2b-4c3a-9e8f-123456789abc") { id } }`,
        {},
        auditor.token,
      );
      expect(query.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });

    it('progress without evidence is BAD_USER_INPUT naming the field', async () => {
      const { formulateImprovementAction } = await ventanilla.ok(
        FORMULATE,
        { input: formulation({ source: { kind: 'AUDIT', reference: 'Hallazgo 7, auditoría interna' } }) },
        coordinator.token,
      );
      const response = await ventanilla.graphql(
        PROGRESS,
        { id: formulateImprovementAction.id, note: 'Avance', evidence: ' ' },
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence' });
    });
  });
});
