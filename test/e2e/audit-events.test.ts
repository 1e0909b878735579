// The event log searched over HTTP (auditEvents): by radicado or stream, actor, type within a category
// and recorded date, newest first with stable cursors; every event of every stream is there, without its
// data; only auditors and administrators may search; contradictory searches name the field.
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const EVENTS = `
  query ($filter: AuditEventsFilterInput, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor }
      nodes {
        id position stream category entityId radicado revision type schemaVersion
        actor { id username role }
        occurredAt recordedAt correlationId causationId
      }
    }
  }`;

const PETITIONER_NAME = 'Ana Lucía Gómez Restrepo';

interface AuditEventNode {
  id: string;
  position: number;
  stream: string;
  category: string;
  entityId: string;
  radicado: string | null;
  revision: number;
  type: string;
  actor: { id: string; username: string | null; role: string };
  recordedAt: string;
}

interface AuditEventPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string }[];
  nodes: AuditEventNode[];
}

describe('searching the event log over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: { id: string; token: string };
  let agent: { id: string; token: string };
  let auditor: { id: string; token: string };
  let answered: string;
  let assigned: string;
  let affiliationId: string;

  const search = async (
    filter: Record<string, unknown> | null,
    first = 50,
    after: string | null = null,
    token = auditor.token,
  ): Promise<AuditEventPage> => (await ventanilla.ok(EVENTS, { filter, first, after }, token)).auditEvents;

  /** Every page of a search, following the cursors. */
  const everyPage = async (filter: Record<string, unknown> | null, pageSize: number) => {
    const pages: AuditEventPage[] = [];
    let after: string | null = null;
    do {
      const page = await search(filter, pageSize, after);
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    return pages;
  };

  const receive = async (subject: string) => {
    const { receivePqrs } = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'WEB',
          subject,
          description: 'Solicito copia del contrato.',
          petitioner: { name: PETITIONER_NAME, documentType: 'CC', documentNumber: '52987654' },
          receivedAt: '2026-03-02T10:00:00-05:00',
          lateEntryReason: 'Radicación de prueba con fecha anterior.',
        },
      },
      coordinator.token,
    );
    return receivePqrs.radicado as string;
  };
  const assign = (radicado: string) =>
    ventanilla.ok(
      `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
      { r: radicado, a: agent.id },
      coordinator.token,
    );

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora', ['COORDINATOR']);
    agent = await ventanilla.userWithRoles(admin, 'agente', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditora', ['AUDITOR']);
    answered = await receive('Copia de un contrato');
    await assign(answered);
    await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se entrega la copia.") { status } }`,
      { r: answered },
      agent.token,
    );
    assigned = await receive('Demora en la atención');
    await assign(assigned);
    const { receiveAffiliation } = await ventanilla.ok(
      `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id } }`,
      {
        input: {
          affiliationType: 'INDIVIDUAL',
          channel: 'IN_PERSON',
          applicant: { name: 'Carlos Andrés Rincón Pardo', documentType: 'CC', documentNumber: '80123456' },
        },
      },
      coordinator.token,
    );
    affiliationId = receiveAffiliation.id;
    // Last, a PQRS command: its answer waits for every projection, so the log is fully projected.
    await ventanilla.ok(
      `mutation ($id: ID!, $a: ID!) { assignAffiliation(id: $id, assigneeId: $a) { status } }`,
      { id: affiliationId, a: agent.id },
      coordinator.token,
    );
    await ventanilla.ok(
      `mutation ($r: String!) { closePqrs(radicado: $r) { status } }`,
      { r: answered },
      coordinator.token,
    );
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('finds a case by its radicado: its events newest first, with who recorded each and in which role', async () => {
    const page = await search({ radicado: answered });
    expect(page.totalCount).toBe(6);
    expect(page.pageInfo.hasNextPage).toBe(false);
    // The receipt (filed on the web) and the answer each come with their notice, recorded by whoever
    // recorded the fact.
    expect(
      page.nodes.map((node) => [node.type, node.revision, node.actor.username, node.actor.role]),
    ).toEqual([
      ['Closed', 5, 'coordinadora', 'COORDINATOR'],
      ['NotificationRequested', 4, 'agente', 'AGENT'],
      ['Answered', 3, 'agente', 'AGENT'],
      ['Assigned', 2, 'coordinadora', 'COORDINATOR'],
      ['NotificationRequested', 1, 'coordinadora', 'COORDINATOR'],
      ['Received', 0, 'coordinadora', 'COORDINATOR'],
    ]);
    for (const node of page.nodes) {
      expect(node).toMatchObject({
        stream: `pqrs-${answered}`,
        category: 'pqrs-',
        entityId: answered,
        radicado: answered,
      });
    }
    // The same search by the stream's full name.
    expect((await search({ stream: `pqrs-${answered}` })).nodes.map((node) => node.id)).toEqual(
      page.nodes.map((node) => node.id),
    );
  });

  it('keeps the events’ data out: the petitioner named in the case is nowhere in the answer', async () => {
    const response = await ventanilla.graphql(EVENTS, { filter: null, first: 200 }, auditor.token);
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response)).not.toContain(PETITIONER_NAME);
    const withData = await ventanilla.graphql(
      `{ auditEvents(first: 1) { nodes { data } } }`,
      {},
      auditor.token,
    );
    expect(withData.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('finds events by type, and by type within a category: a PQRS assignment is not an affiliation’s', async () => {
    const anyAssignment = await search({ type: 'Assigned' });
    expect(anyAssignment.nodes.map((node) => node.stream)).toEqual([
      `affiliation-${affiliationId}`,
      `pqrs-${assigned}`,
      `pqrs-${answered}`,
    ]);
    const pqrsAssignments = await search({ type: 'Assigned', category: 'pqrs-' });
    expect(pqrsAssignments.totalCount).toBe(2);
    expect(pqrsAssignments.nodes.map((node) => node.radicado)).toEqual([assigned, answered]);
    expect((await search({ type: 'Assigned', category: 'affiliation-' })).nodes).toEqual([
      expect.objectContaining({ entityId: affiliationId, radicado: null, category: 'affiliation-' }),
    ]);
  });

  it('finds what one staff member recorded, and combines it with the case', async () => {
    // The answer, its notice, and the outgoing number its letter took (a stream of no case).
    const byAgent = await search({ actorId: agent.id });
    expect(byAgent.nodes.map((node) => [node.type, node.stream, node.radicado])).toEqual([
      ['NotificationRequested', `pqrs-${answered}`, answered],
      ['Answered', `pqrs-${answered}`, answered],
      ['OutgoingNumberIssued', expect.stringMatching(/^outgoing-\d{4}$/), null],
    ]);
    const byCoordinator = await search({ actorId: coordinator.id, radicado: assigned });
    expect(byCoordinator.nodes.map((node) => node.type)).toEqual([
      'Assigned',
      'NotificationRequested',
      'Received',
    ]);
  });

  it('finds what was recorded in a period, both ends included', async () => {
    const all = (await everyPage(null, 200)).flatMap((page) => page.nodes);
    const ofCase = (await search({ radicado: answered })).nodes;
    const closed = ofCase.find((node) => node.type === 'Closed');
    const answer = ofCase.find((node) => node.type === 'Answered');
    // The answer's notice, recorded with it in one decision: the same instant.
    const answerNotice = ofCase[ofCase.indexOf(answer!) - 1];
    expect(answerNotice).toMatchObject({ type: 'NotificationRequested', recordedAt: answer!.recordedAt });
    const fromAnswer = await search({ from: answer!.recordedAt }, 200);
    expect(fromAnswer.nodes.map((node) => node.id)).toEqual(
      all.filter((node) => node.recordedAt >= answer!.recordedAt).map((node) => node.id),
    );
    expect(fromAnswer.nodes.map((node) => node.id)).toContain(answer!.id);
    const untilAnswer = await search({ to: answer!.recordedAt }, 200);
    expect(untilAnswer.nodes.map((node) => node.id)).toEqual(
      all.filter((node) => node.recordedAt <= answer!.recordedAt).map((node) => node.id),
    );
    expect(untilAnswer.nodes.map((node) => node.id)).not.toContain(closed!.id);
    // A period before the first event or after the last holds nothing.
    expect(await search({ from: '2099-01-01T00:00:00Z' })).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await search({ to: '2000-01-01T00:00:00Z' })).toMatchObject({ totalCount: 0, nodes: [] });
    // A period pages like any other search.
    const pagedFromAnswer = (await everyPage({ from: answer!.recordedAt }, 2)).flatMap((page) => page.nodes);
    expect(pagedFromAnswer.map((node) => node.id)).toEqual(fromAnswer.nodes.map((node) => node.id));
    // An instant given with Bogotá's offset means the same instant.
    const bogota = new Date(Date.parse(answer!.recordedAt) - 5 * 3600 * 1000)
      .toISOString()
      .replace('Z', '-05:00');
    expect(
      (await search({ from: bogota, to: bogota, radicado: answered })).nodes.map((node) => node.id),
    ).toEqual([answerNotice!.id, answer!.id]);
  });

  it('holds every event of every stream, in the order the log was written, newest first', async () => {
    const store = ventanilla.app.get<EventStore>(EVENT_STORE);
    const log: RecordedEvent[] = [];
    for (let batch = await store.readAll(null, 500); batch.length > 0;) {
      log.push(...batch);
      batch = await store.readAll(batch.at(-1)!.position, 500);
    }
    const pages = await everyPage(null, 3);
    const listed = pages.flatMap((page) => page.nodes);
    expect(listed.map((node) => [node.id, node.position, node.stream, node.type])).toEqual(
      [...log].reverse().map((event) => [event.id, event.position, event.stream, event.type]),
    );
    expect(new Set(listed.map((node) => node.category))).toEqual(
      // The calendar's seed is recorded on the first start (business-calendar-office).
      new Set(['user-', 'radicado-', 'pqrs-', 'outgoing-', 'affiliation-', 'afi-', 'business-calendar-']),
    );
    expect(listed.filter((node) => node.category === 'user-').map((node) => node.entityId)).toContain(
      agent.id,
    );
    for (const page of pages) expect(page.totalCount).toBe(log.length);
    expect(pages.slice(0, -1).every((page) => page.nodes.length === 3 && page.pageInfo.hasNextPage)).toBe(
      true,
    );
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
  });

  it('pages on from where it was while new events arrive: nothing repeated, nothing skipped', async () => {
    const first = await search({ category: 'pqrs-' }, 3);
    const cursor = first.edges.at(-1)!.cursor;
    expect(cursor).toBe(first.pageInfo.endCursor);
    const before = await search({ category: 'pqrs-' }, 200, cursor);

    const newest = await receive('Llegó mientras se paginaba');
    const after = await search({ category: 'pqrs-' }, 200, cursor);
    expect(after.nodes.map((node) => node.id)).toEqual(before.nodes.map((node) => node.id));
    // The receipt and its acknowledgment.
    expect(after.totalCount).toBe(before.totalCount + 2);
    expect((await search({ category: 'pqrs-' }, 2)).nodes).toEqual([
      expect.objectContaining({ radicado: newest, type: 'NotificationRequested' }),
      expect.objectContaining({ radicado: newest, type: 'Received' }),
    ]);
  });

  it('answers administrators too, and refuses coordinators and agents', async () => {
    expect((await search({ radicado: answered }, 50, null, admin)).totalCount).toBe(6);
    for (const token of [coordinator.token, agent.token]) {
      const response = await ventanilla.graphql(EVENTS, { filter: null, first: 5 }, token);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('refuses contradictory or malformed searches, naming the field', async () => {
    const refusal = async (variables: Record<string, unknown>) => {
      const response = await ventanilla.graphql(EVENTS, { first: 5, ...variables }, auditor.token);
      const error = response.errors?.[0];
      return {
        code: error?.extensions?.['code'],
        field: error?.extensions?.['field'],
        message: error?.message,
      };
    };
    expect(await refusal({ filter: { radicado: answered, stream: `pqrs-${answered}` } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'radicado',
      message: 'Busque por flujo o por radicado, no por ambos a la vez.',
    });
    expect(
      await refusal({ filter: { from: '2026-03-02T00:00:00-05:00', to: '2026-03-01T00:00:00-05:00' } }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'to',
      message: 'La fecha final de la búsqueda es anterior a la inicial.',
    });
    expect(await refusal({ after: 'no-es-un-cursor' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect((await refusal({ filter: { from: '2 de marzo' } })).code).toBe('BAD_USER_INPUT');
  });
});
