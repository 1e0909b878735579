// End to end over HTTP: a real app on a temporary SQLite directory, driven only through GraphQL.
import { jest } from '@jest/globals';
import Database from 'better-sqlite3';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StorageEngines } from '../../src/engine/storage-engines.js';
import { STORAGE_ENGINES } from '../../src/engine/tokens.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `
  mutation Receive($input: ReceivePqrsInput!) {
    receivePqrs(input: $input) {
      radicado kind channel status subject dueDate maxDueDate revision trafficLight receivedAt
      assignee { id username }
    }
  }`;

const PQRS = `
  query Case($radicado: String!) {
    pqrs(radicado: $radicado) {
      radicado kind channel status subject description receivedAt dueDate maxDueDate revision
      answeredAt answeredOnTime trafficLight assignee { id username } petitioner { name documentNumber email }
    }
  }`;

function petition(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'PETITION',
    channel: 'EMAIL',
    subject: 'Certificado de afiliación',
    description: 'Solicito copia del certificado de afiliación de mi empresa.',
    petitioner: {
      name: 'Ana Lucía Gómez Restrepo',
      documentType: 'CC',
      documentNumber: '52987654',
      email: 'ana.gomez@correo.example',
      phone: '3104567890',
      address: 'Calle 10 # 5-20, Zipaquirá',
    },
    // Friday 13 March 2026: Monday 23 March (San José) and Holy Thursday/Friday (2–3 April) are holidays.
    // Recorded later than the window, so with the reason (the scenario's dates are fixed).
    receivedAt: '2026-03-13T10:00:00-05:00',
    lateEntryReason: 'Correspondencia digitada después.',
    ...overrides,
  };
}

describe('the GraphQL gateway, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let agent: { id: string; token: string };
  let otherAgent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let coordinator: { id: string; token: string };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    agent = await ventanilla.userWithRoles(admin, 'agente.uno', ['AGENT'], 'Atención al Cliente');
    otherAgent = await ventanilla.userWithRoles(admin, 'agente.dos', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditora', ['AUDITOR']);
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora', ['COORDINATOR']);
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  describe('sessions and roles', () => {
    it('refuses a wrong password as UNAUTHENTICATED', async () => {
      const response = await ventanilla.graphql(
        'mutation { login(username: "admin", password: "no-es-la-clave") { token } }',
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('refuses a CSRF-unsafe GET as a bad request, not as an internal error', async () => {
      const response = await fetch(`${ventanilla.url}?query=%7B__typename%7D`);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(response.status).toBe(400);
      expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0]!.message).toMatch(/^Solicitud GraphQL inválida/);
    });

    it('refuses a query without a token as UNAUTHENTICATED', async () => {
      const response = await ventanilla.graphql('{ pqrsList(first: 5) { totalCount } }');
      expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('refuses a forged token as UNAUTHENTICATED', async () => {
      const response = await ventanilla.graphql('{ pqrsList(first: 5) { totalCount } }', {}, `${admin}x`);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('refuses a receipt by an auditor as FORBIDDEN', async () => {
      const response = await ventanilla.graphql(RECEIVE, { input: petition() }, auditor.token);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    });

    it('refuses user creation by a coordinator as FORBIDDEN', async () => {
      const response = await ventanilla.graphql(
        `mutation { createUser(input: { username: "x.y.z", password: "una-clave-larga", fullName: "X", roles: [AGENT] }) { id } }`,
        {},
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('a case from receipt to answer', () => {
    let radicado: string;

    beforeAll(async () => {
      // Recorded by the coordinator months after it arrived: late, with the reason.
      const data = await ventanilla.ok(RECEIVE, { input: petition() }, coordinator.token);
      radicado = data.receivePqrs.radicado;
    });

    it('gives a radicado and the due date of the legal term, skipping holidays', async () => {
      const { pqrs } = await ventanilla.ok(PQRS, { radicado }, auditor.token);
      expect(pqrs).toMatchObject({
        radicado: expect.stringMatching(/^PQRS-2026-\d{6}$/),
        kind: 'PETITION',
        channel: 'EMAIL',
        status: 'RECEIVED',
        receivedAt: '2026-03-13T15:00:00.000Z',
        dueDate: '2026-04-08',
        maxDueDate: '2026-04-29',
        // The receipt and its acknowledgment (filed by e-mail).
        revision: 1,
        answeredAt: null,
        trafficLight: 'OVERDUE',
        assignee: null,
        // An auditor sees the petitioner masked (test/e2e/personal-data-access.test.ts has every role).
        petitioner: { name: 'A. L. G. R.', documentNumber: '•••654', email: 'a•••@•••.example' },
      });
    });

    it('assigns a case received today to an agent', async () => {
      const today = await ventanilla.ok(RECEIVE, { input: petition({ receivedAt: null }) }, agent.token);
      const assigned = await ventanilla.ok(
        `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status revision assignee { id username } } }`,
        { r: today.receivePqrs.radicado, a: agent.id },
        coordinator.token,
      );
      expect(assigned.assignPqrs).toEqual({
        status: 'ASSIGNED',
        revision: 2,
        assignee: { id: agent.id, username: 'agente.uno' },
      });
    });

    it('answers on time, recorded late with the reason, and shows it in the list, history and indicators', async () => {
      // Sent on 1 April and recorded now: a coordinator records it, with the reason. The case is not
      // assigned first: an assignment recorded today would be a later fact than the answer.
      const answered = await ventanilla.ok(
        `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se adjunta el certificado.", answeredAt: "2026-04-01T16:00:00-05:00", lateEntryReason: "El oficio se registró después de enviarlo.", expectedRevision: 1) { status answeredOnTime answeredAt trafficLight revision lateEntries { fact recordedOn reason } } }`,
        { r: radicado },
        coordinator.token,
      );
      expect(answered.answerPqrs).toMatchObject({
        status: 'ANSWERED',
        answeredOnTime: true,
        answeredAt: '2026-04-01T21:00:00.000Z',
        trafficLight: null,
        // The answer and its notice.
        revision: 3,
      });
      expect(answered.answerPqrs.lateEntries.map((entry: { fact: string }) => entry.fact)).toEqual([
        'RECEIVED',
        'ANSWERED',
      ]);

      const list = await ventanilla.ok(
        `query ($r: String!) { pqrsList(filter: { text: $r, status: ANSWERED }, first: 10) { totalCount nodes { radicado } } }`,
        { r: radicado },
        auditor.token,
      );
      expect(list.pqrsList).toEqual({ totalCount: 1, nodes: [{ radicado }] });

      const history = await ventanilla.ok(
        `query ($r: String!) { caseHistory(radicado: $r) { events { type revision occurredAt recordedAt actor { id username role } data } state } }`,
        { r: radicado },
        auditor.token,
      );
      const all = history.caseHistory.events;
      expect(all.map((event: { type: string }) => event.type)).toEqual([
        'Received',
        'NotificationRequested',
        'Answered',
        'NotificationRequested',
      ]);
      const events = all.filter((event: { type: string }) => event.type !== 'NotificationRequested');
      expect(events[0].actor).toEqual({ id: coordinator.id, username: 'coordinadora', role: 'COORDINATOR' });
      expect(events[0].occurredAt).toBe('2026-03-13T15:00:00.000Z');
      expect(events[1].occurredAt).toBe('2026-04-01T21:00:00.000Z');
      expect(history.caseHistory.state).toMatchObject({ status: 'ANSWERED' });

      const asOfReceipt = await ventanilla.ok(
        `query ($r: String!, $at: DateTime!) { caseHistory(radicado: $r, asOf: $at) { events { type } state } }`,
        { r: radicado, at: events[0].recordedAt },
        auditor.token,
      );
      expect(asOfReceipt.caseHistory.events.map((event: { type: string }) => event.type)).toEqual([
        'Received',
        'NotificationRequested',
      ]);
      expect(asOfReceipt.caseHistory.state).toMatchObject({ status: 'RECEIVED' });

      const indicators = await ventanilla.ok(
        `{ pqrsIndicators(from: "2026-03-01", to: "2026-04-30") { open overdue received answered answeredOnTime answeredLate onTimeRate averageResponseBusinessDays byKind { kind count } byChannel { channel count } } }`,
        {},
        auditor.token,
      );
      // Open and overdue are counted today, over every case of the suite: overdue ones are open ones.
      expect(indicators.pqrsIndicators.overdue).toBeLessThanOrEqual(indicators.pqrsIndicators.open);
      expect(indicators.pqrsIndicators).toMatchObject({
        received: 1,
        answered: 1,
        answeredOnTime: 1,
        answeredLate: 0,
        onTimeRate: 1,
        averageResponseBusinessDays: 12,
      });
      // Every kind and channel is listed, with zeros, so a report's table always has all its rows.
      expect(indicators.pqrsIndicators.byKind).toHaveLength(10);
      expect(indicators.pqrsIndicators.byKind).toContainEqual({ kind: 'PETITION', count: 1 });
      expect(indicators.pqrsIndicators.byKind).toContainEqual({ kind: 'CLAIM', count: 0 });
      expect(indicators.pqrsIndicators.byChannel).toHaveLength(6);
      expect(indicators.pqrsIndicators.byChannel).toContainEqual({ channel: 'EMAIL', count: 1 });
    });

    it('refuses answering again with the rule that forbids it', async () => {
      const response = await ventanilla.graphql(
        `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Otra vez") { status } }`,
        { r: radicado },
        agent.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'CASE_ALREADY_ANSWERED',
      });
    });
  });

  describe('every case mutation', () => {
    const CASE = 'status dueDate maxDueDate revision trafficLight transferredTo';

    it('stops the clock on an information request, restarts it, extends, answers and closes', async () => {
      const { receivePqrs } = await ventanilla.ok(
        RECEIVE,
        { input: petition({ receivedAt: null }) },
        agent.token,
      );
      const r = receivePqrs.radicado;
      const requested = await ventanilla.ok(
        `mutation ($r: String!) { requestPqrsInformation(radicado: $r, note: "Adjunte copia del documento") { ${CASE} } }`,
        { r },
        coordinator.token,
      );
      expect(requested.requestPqrsInformation).toMatchObject({
        status: 'AWAITING_INFORMATION',
        trafficLight: null,
      });

      const provided = await ventanilla.ok(
        `mutation ($r: String!, $at: DateTime!) { providePqrsInformation(radicado: $r, providedAt: $at, note: "Llegó la copia") { ${CASE} } }`,
        { r, at: new Date().toISOString() },
        coordinator.token,
      );
      expect(provided.providePqrsInformation.status).toBe('RECEIVED');
      expect(provided.providePqrsInformation.dueDate >= receivePqrs.dueDate).toBe(true);

      const extended = await ventanilla.ok(
        `mutation ($r: String!, $d: Date!) { extendPqrsDeadline(radicado: $r, newDueDate: $d, reason: "Requiere concepto jurídico") { ${CASE} } }`,
        { r, d: provided.providePqrsInformation.maxDueDate },
        coordinator.token,
      );
      expect(extended.extendPqrsDeadline.dueDate).toBe(provided.providePqrsInformation.maxDueDate);

      // One extension per case (art. 14, par.): a second one is refused for that, whatever its date.
      const again = await ventanilla.graphql(
        `mutation ($r: String!) { extendPqrsDeadline(radicado: $r, newDueDate: "2099-01-05", reason: "Otra vez") { dueDate } }`,
        { r },
        coordinator.token,
      );
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'EXTENSION_ALREADY_GRANTED',
      });

      const answered = await ventanilla.ok(
        `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Respuesta de fondo") { status answeredOnTime } }`,
        { r },
        coordinator.token,
      );
      expect(answered.answerPqrs).toEqual({ status: 'ANSWERED', answeredOnTime: true });
      const closed = await ventanilla.ok(
        `mutation ($r: String!) { closePqrs(radicado: $r) { ${CASE} } }`,
        { r },
        coordinator.token,
      );
      expect(closed.closePqrs.status).toBe('CLOSED');

      const history = await ventanilla.ok(
        `query ($r: String!) { caseHistory(radicado: $r) { events { type } } }`,
        { r },
        auditor.token,
      );
      // Each fact the law says must be told comes with its notice.
      expect(history.caseHistory.events.map((event: { type: string }) => event.type)).toEqual([
        'Received',
        'NotificationRequested',
        'InformationRequested',
        'NotificationRequested',
        'InformationProvided',
        'DeadlineExtended',
        'NotificationRequested',
        'Answered',
        'NotificationRequested',
        'Closed',
      ]);
    });

    it('transfers a case to the competent entity, ending it', async () => {
      const { receivePqrs } = await ventanilla.ok(
        RECEIVE,
        { input: petition({ receivedAt: null }) },
        agent.token,
      );
      const transferred = await ventanilla.ok(
        `mutation ($r: String!) { transferPqrs(radicado: $r, entity: "Superintendencia de Salud", reason: "Falta de competencia") { ${CASE} } }`,
        { r: receivePqrs.radicado },
        coordinator.token,
      );
      expect(transferred.transferPqrs).toMatchObject({
        status: 'TRANSFERRED',
        transferredTo: 'Superintendencia de Salud',
        trafficLight: null,
      });
    });

    it('records an express withdrawal', async () => {
      const { receivePqrs } = await ventanilla.ok(
        RECEIVE,
        { input: petition({ receivedAt: null }) },
        agent.token,
      );
      const withdrawn = await ventanilla.ok(
        `mutation ($r: String!) { withdrawPqrs(radicado: $r, reason: "El peticionario desiste por escrito") { ${CASE} } }`,
        { r: receivePqrs.radicado },
        coordinator.token,
      );
      expect(withdrawn.withdrawPqrs.status).toBe('WITHDRAWN');
    });
  });

  describe('rules and conflicts', () => {
    it('lets an agent answer only the cases assigned to them', async () => {
      const { receivePqrs } = await ventanilla.ok(
        RECEIVE,
        { input: petition({ receivedAt: null }) },
        agent.token,
      );
      await ventanilla.ok(
        `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
        { r: receivePqrs.radicado, a: agent.id },
        admin,
      );
      const response = await ventanilla.graphql(
        `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Respuesta") { status } }`,
        { r: receivePqrs.radicado },
        otherAgent.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        rule: 'NOT_ASSIGNED_TO_ACTOR',
      });
    });

    it('refuses an extension after the due date as a BUSINESS_RULE naming it', async () => {
      const { receivePqrs } = await ventanilla.ok(RECEIVE, { input: petition() }, coordinator.token);
      const response = await ventanilla.graphql(
        `mutation ($r: String!) { extendPqrsDeadline(radicado: $r, newDueDate: "2026-05-05", reason: "Volumen") { dueDate } }`,
        { r: receivePqrs.radicado },
        coordinator.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'EXTENSION_AFTER_DUE_DATE',
      });
    });

    it('answers a stale expectedRevision with CONCURRENCY_CONFLICT and writes nothing', async () => {
      const { receivePqrs } = await ventanilla.ok(
        RECEIVE,
        { input: petition({ receivedAt: null }) },
        agent.token,
      );
      const stale = await ventanilla.graphql(
        `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a, expectedRevision: 3) { status } }`,
        { r: receivePqrs.radicado, a: agent.id },
        coordinator.token,
      );
      expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONCURRENCY_CONFLICT');
      const { pqrs } = await ventanilla.ok(PQRS, { radicado: receivePqrs.radicado }, auditor.token);
      expect(pqrs).toMatchObject({ status: 'RECEIVED', revision: 1 });
    });

    it('answers NOT_FOUND for an unknown radicado', async () => {
      const response = await ventanilla.graphql(PQRS, { radicado: 'PQRS-2026-999999' }, auditor.token);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });
  });

  describe('bad input', () => {
    it.each([
      ['an empty subject', petition({ subject: '' }), 'input.subject'],
      ['an unknown kind', petition({ kind: 'QUEJITA' }), 'input.kind'],
      [
        'a malformed email',
        petition({ petitioner: { ...petition().petitioner, email: 'no-es-correo' } }),
        'input.petitioner.email',
      ],
      ['a receipt date without zone', petition({ receivedAt: '2026-03-13 10:00' }), 'input.receivedAt'],
      ['a receipt date in the future', petition({ receivedAt: '2099-01-01T10:00:00Z' }), 'receivedAt'],
    ])('answers %s with BAD_USER_INPUT or the rule, naming the field', async (_label, input, field) => {
      const response = await ventanilla.graphql(RECEIVE, { input }, agent.token);
      expect(response.data ?? null).toBeNull();
      const extensions = response.errors?.[0]?.extensions;
      expect(['BAD_USER_INPUT', 'BUSINESS_RULE']).toContain(extensions?.['code']);
      expect(extensions?.['field']).toBe(field);
      expect(response.errors?.[0]?.message).not.toMatch(/internal/i);
    });

    it('answers a malformed radicado with BAD_USER_INPUT naming it', async () => {
      const response = await ventanilla.graphql(PQRS, { radicado: 'PQRS-26-1' }, auditor.token);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radicado' });
    });
  });

  describe('radicados', () => {
    it('gives 100 concurrent receipts 100 distinct consecutive radicados', async () => {
      const before = await ventanilla.ok('{ pqrsList(first: 1) { totalCount } }', {}, auditor.token);
      const responses = await Promise.all(
        Array.from({ length: 100 }, (_, index) =>
          ventanilla.graphql(
            RECEIVE,
            { input: petition({ receivedAt: null, subject: `Concurrente ${index}` }) },
            agent.token,
          ),
        ),
      );
      expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
      const consecutives = responses
        .map((response) => (response.data as { receivePqrs: { radicado: string } }).receivePqrs.radicado)
        .map((radicado) => {
          expect(radicado).toMatch(/^PQRS-\d{4}-\d{6}$/);
          return Number(radicado.slice(-6));
        })
        .sort((a, b) => a - b);
      // No other receipt runs meanwhile: one unbroken run of 100 numbers of this year's counter.
      expect(consecutives).toEqual(Array.from({ length: 100 }, (_, index) => consecutives[0]! + index));
      const after = await ventanilla.ok('{ pqrsList(first: 1) { totalCount } }', {}, auditor.token);
      expect(after.pqrsList.totalCount).toBe(before.pqrsList.totalCount + 100);
    });

    it('pages the list with a cursor, newest first, without repeating or skipping a case', async () => {
      const PAGE = `query ($after: String) {
        pqrsList(filter: { text: "Concurrente" }, first: 30, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { radicado } }
        }
      }`;
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const { pqrsList }: any = await ventanilla.ok(PAGE, { after }, auditor.token);
        expect(pqrsList.totalCount).toBe(100);
        seen.push(...pqrsList.edges.map((edge: any) => edge.node.radicado));
        after = pqrsList.pageInfo.hasNextPage ? pqrsList.pageInfo.endCursor : null;
        pages += 1;
      } while (after !== null);
      expect(pages).toBe(4);
      expect(new Set(seen).size).toBe(100);
      expect(seen).toEqual([...seen].sort().reverse());
    });

    it('refuses a forged cursor as BAD_USER_INPUT naming it', async () => {
      const response = await ventanilla.graphql(
        '{ pqrsList(first: 5, after: "nada") { totalCount } }',
        {},
        auditor.token,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('receives one case for the same idempotencyKey sent twice', async () => {
      const input = petition({ idempotencyKey: 'correo-2026-03-13-0001', subject: 'Idempotente' });
      const [first, second] = await Promise.all([
        ventanilla.ok(RECEIVE, { input }, coordinator.token),
        ventanilla.ok(RECEIVE, { input }, coordinator.token),
      ]);
      const third = await ventanilla.ok(RECEIVE, { input }, coordinator.token);
      expect(second.receivePqrs.radicado).toBe(first.receivePqrs.radicado);
      expect(third.receivePqrs.radicado).toBe(first.receivePqrs.radicado);
      const list = await ventanilla.ok(
        '{ pqrsList(filter: { text: "idempotente" }, first: 10) { totalCount } }',
        {},
        auditor.token,
      );
      expect(list.pqrsList.totalCount).toBe(1);
    });
  });

  describe('health', () => {
    const healthUrl = (path: string) => ventanilla.url.replace(/\/graphql$/, path);

    it('is ready when both engines answer and the projections follow the log, with their lag', async () => {
      for (const path of ['/health', '/health/ready']) {
        const response = await fetch(healthUrl(path), { headers: { authorization: `Bearer ${admin}` } });
        const health = (await response.json()) as {
          status: string;
          details: {
            eventStore: { status: string; engine: string };
            readModels: { status: string; engine: string };
            projections: {
              status: string;
              maxLag: number;
              projections: { projection: string; lag: number }[];
            };
          };
        };
        expect(response.status).toBe(200);
        expect(health.status).toBe('ok');
        expect(health.details.eventStore).toMatchObject({ status: 'up', engine: 'SQLite' });
        // The engine is named, but not where it lives, even to an administrator.
        expect(JSON.stringify(health)).not.toContain(ventanilla.config.dataDir);
        expect(health.details.readModels).toMatchObject({ status: 'up', engine: 'SQLite' });
        expect(health.details.projections.status).toBe('up');
        expect(health.details.projections.projections.map((projection) => projection.projection)).toEqual(
          expect.arrayContaining(['cases', 'indicatorPqrs']),
        );
      }
    });

    it("tells anyone else only the status of each check and the engines' names", async () => {
      const agent = await ventanilla.userWithRoles(admin, 'agente.salud', ['AGENT']);
      const headerSets: Record<string, string>[] = [
        {},
        { authorization: `Bearer ${agent.token}` },
        { authorization: 'Bearer roto' },
      ];
      for (const headers of headerSets) {
        const response = await fetch(healthUrl('/health/ready'), { headers });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({
          status: 'ok',
          info: {
            eventStore: { status: 'up', engine: 'SQLite' },
            readModels: { status: 'up', engine: 'SQLite' },
            attachments: { status: 'up', engine: 'Carpeta de datos' },
            projections: { status: 'up' },
          },
          error: {},
          details: {
            eventStore: { status: 'up', engine: 'SQLite' },
            readModels: { status: 'up', engine: 'SQLite' },
            attachments: { status: 'up', engine: 'Carpeta de datos' },
            projections: { status: 'up' },
          },
        });
      }
    });

    it('answers liveness without asking the engines', async () => {
      const response = await fetch(healthUrl('/health/live'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', details: { process: { status: 'up' } } });
    });

    it('is not ready (503) while an engine does not answer, and names it', async () => {
      const engines = ventanilla.app.get<StorageEngines>(STORAGE_ENGINES);
      const ping = jest
        .spyOn(engines.readModels.probe, 'ping')
        .mockRejectedValue(new Error('connection refused'));
      try {
        const response = await fetch(healthUrl('/health/ready'), {
          headers: { authorization: `Bearer ${admin}` },
        });
        const health = (await response.json()) as {
          status: string;
          error: Record<string, { status: string; message?: string }>;
        };
        expect(response.status).toBe(503);
        expect(health.status).toBe('error');
        expect(health.error.readModels).toMatchObject({ status: 'down', message: 'connection refused' });
        expect(health.error.eventStore).toBeUndefined();
        // Anyone else learns which check is down, not why.
        const publicResponse = await fetch(healthUrl('/health/ready'));
        expect(publicResponse.status).toBe(503);
        expect((await publicResponse.json()).error).toEqual({ readModels: { status: 'down' } });
        expect((await fetch(healthUrl('/health/live'))).status).toBe(200);
      } finally {
        ping.mockRestore();
      }
      expect((await fetch(healthUrl('/health/ready'))).status).toBe(200);
    });

    it('is not ready (503) while the attachment store cannot take a file, and names it', async () => {
      const folder = join(ventanilla.config.dataDir, 'attachments');
      const aside = `${folder}-aparte`;
      renameSync(folder, aside);
      try {
        const response = await fetch(healthUrl('/health/ready'));
        expect(response.status).toBe(503);
        expect((await response.json()).error).toEqual({ attachments: { status: 'down' } });
      } finally {
        renameSync(aside, folder);
      }
      expect((await fetch(healthUrl('/health/ready'))).status).toBe(200);
    });
  });

  describe('the audit trail', () => {
    // What the logs may hold is test/operations/logs-personal-data.test.ts's: it reads the server's own log
    // lines (JSON, every level) of a whole flow, which a spy on process.stderr no longer sees.
    it('keeps petitioners personal data out of the raw event log', () => {
      const db = new Database(join(ventanilla.config.dataDir, 'events.sqlite'), { readonly: true });
      const rows = db.prepare('SELECT type, data, metadata FROM events').all() as Record<string, string>[];
      db.close();
      const raw = rows.map((row) => `${row.type} ${row.data} ${row.metadata}`).join('\n');
      expect(raw).toContain('Received');
      for (const secret of [
        'Ana Lucía',
        'Gómez Restrepo',
        '52987654',
        'ana.gomez@correo.example',
        '3104567890',
        'Zipaquirá',
      ]) {
        expect(raw).not.toContain(secret);
      }
    });

    it('verifies the hash chains for an auditor and refuses an agent', async () => {
      const { verifyAuditTrail } = await ventanilla.ok(
        '{ verifyAuditTrail { ok streamsChecked eventsChecked firstMismatch { stream } } }',
        {},
        auditor.token,
      );
      expect(verifyAuditTrail.ok).toBe(true);
      expect(verifyAuditTrail.eventsChecked).toBeGreaterThan(100);
      expect(verifyAuditTrail.firstMismatch).toBeNull();
      const refused = await ventanilla.graphql('{ verifyAuditTrail { ok } }', {}, agent.token);
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });
});
