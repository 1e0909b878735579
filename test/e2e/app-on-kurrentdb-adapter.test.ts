// The whole application on the KurrentDB adapter: GraphQL over HTTP, the command path, projections, read
// your writes, history and the audit trail, with the event log in an in-memory stand-in of the KurrentDB
// client (global positions with gaps, inclusive reads from a position, system events in $all). Nothing of
// the application may assume the SQLite log's dense positions. The real server is exercised by the
// container suites where Docker runs; this runs everywhere.
import type { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { KurrentDbEventStore } from '../../src/eventstore/kurrentdb/kurrentdb-event-store.js';
import type { StorageEngines } from '../../src/infrastructure/storage-engines.js';
import { SqliteReadModelStore } from '../../src/projections/sqlite/sqlite-read-model-store.js';
import { StandInClient, StandInLog } from '../support/kurrentdb-stand-in.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

describe('the application on the KurrentDB adapter (stand-in client)', () => {
  const log = new StandInLog();
  let ventanilla: VentanillaHarness;
  let admin: string;
  let agent: { id: string; token: string };
  let auditor: { id: string; token: string };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, async (config): Promise<StorageEngines> => {
      const eventStore = KurrentDbEventStore.fromClient(new StandInClient(log) as unknown as KurrentDBClient);
      const readModels = await SqliteReadModelStore.open({ dataDir: config.dataDir });
      return {
        eventStore: {
          store: eventStore,
          probe: { engine: 'KurrentDB', location: 'stand-in', ping: () => eventStore.ping() },
        },
        readModels: {
          store: readModels,
          probe: { engine: 'SQLite', location: config.dataDir, ping: async () => undefined },
        },
      };
    });
    admin = await ventanilla.login();
    agent = await ventanilla.userWithRoles(admin, 'agente.kurrent', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.kurrent', ['AUDITOR']);
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('files, assigns and answers a case, and every read model sees each write at once', async () => {
    const received = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado status revision } }`,
      {
        input: {
          kind: 'COMPLAINT',
          channel: 'IN_PERSON',
          subject: 'Demora en la atención',
          description: 'Esperé dos horas en la ventanilla de Facatativá.',
          petitioner: { name: 'Jorge Iván Castro', documentType: 'CC', documentNumber: '80123456' },
          receivedAt: '2026-03-16T09:00:00-05:00',
        },
      },
      admin,
    );
    const radicado = received.receivePqrs.radicado as string;
    expect(received.receivePqrs).toMatchObject({ status: 'RECEIVED', revision: 0 });

    await ventanilla.ok(
      `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
      { r: radicado, a: agent.id },
      admin,
    );
    const answered = await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Ofrecemos excusas; se reforzó el turno.", expectedRevision: 1) { status revision } }`,
      { r: radicado },
      agent.token,
    );
    expect(answered.answerPqrs).toEqual({ status: 'ANSWERED', revision: 2 });

    // Read your writes across projections: the list, the audit log and the history agree at once.
    const list = await ventanilla.ok(
      `query ($a: ID!) { pqrsList(filter: { assigneeId: $a }, first: 5) { totalCount nodes { radicado status } } }`,
      { a: agent.id },
      auditor.token,
    );
    expect(list.pqrsList).toEqual({ totalCount: 1, nodes: [{ radicado, status: 'ANSWERED' }] });

    const history = await ventanilla.ok(
      `query ($r: String!) { caseHistory(radicado: $r) { events { type revision hash } } }`,
      { r: radicado },
      auditor.token,
    );
    expect(history.caseHistory.events.map((event: { type: string }) => event.type)).toEqual([
      'Received',
      'Assigned',
      'Answered',
    ]);

    // The events sit in the stand-in's log at positions with gaps, and the app never looked for +1.
    const stored = log.all.filter((record) => record.streamId.endsWith(radicado));
    expect(stored.map((record) => record.type)).toEqual(['Received', 'Assigned', 'Answered']);
    expect(Number(stored[1].position.commit - stored[0].position.commit)).toBeGreaterThan(1);
  });

  it('retries an identical command without writing it twice', async () => {
    const before = log.all.length;
    const command = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
    const input = {
      kind: 'SUGGESTION',
      channel: 'EMAIL',
      subject: 'Horario extendido',
      description: 'Sugiero atender los sábados en la mañana.',
      petitioner: { name: 'Luz Dary Peña', documentType: 'CC', documentNumber: '39765432' },
      receivedAt: '2026-03-17T11:00:00-05:00',
      idempotencyKey: '2f7d3c52-2b0b-4bd6-9a56-4b8d8a5f0e11',
    };
    const first = await ventanilla.graphql(command, { input }, admin);
    const second = await ventanilla.graphql(command, { input }, admin);
    expect(first.errors).toBeUndefined();
    expect(second).toEqual(first);
    // Written once: the radicado it took and the case's first event, nothing for the retry.
    const radicado = (first.data as { receivePqrs: { radicado: string } }).receivePqrs.radicado;
    expect(log.all.slice(before).map((record) => `${record.streamId} ${record.type}`)).toEqual([
      'radicado-2026 RadicadoIssued',
      `pqrs-${radicado} Received`,
    ]);
  });

  it('keeps the hash chain whole, as the auditor verifies it', async () => {
    const report = await ventanilla.ok(
      '{ verifyAuditTrail { eventsChecked streamsChecked firstMismatch { stream } } }',
      {},
      auditor.token,
    );
    expect(report.verifyAuditTrail.firstMismatch).toBeNull();
    expect(report.verifyAuditTrail.eventsChecked).toBe(log.all.length);
  });

  it('issues a report once the projections reach the head of the log', async () => {
    const issued = await ventanilla.ok(
      `mutation { report(kind: PQRS, from: "2026-03-01", to: "2026-03-31", format: CSV) { fileName downloadUrl } }`,
      {},
      auditor.token,
    );
    const response = await fetch(ventanilla.url.replace(/\/graphql$/, issued.report.downloadUrl as string), {
      headers: { authorization: `Bearer ${auditor.token}` },
    });
    expect(response.status).toBe(200);
    const csv = await response.text();
    // The two cases of March: the complaint answered above and the suggestion still open.
    expect(csv).toContain('Queja');
    expect(csv).toContain('Sugerencia');
    expect(log.all.at(-1)?.type).toBe('ReportIssued');
  });

  it('reports the KurrentDB engine and the projections caught up on /health', async () => {
    const response = await fetch(ventanilla.url.replace(/\/graphql$/, '/health/ready'));
    const health = (await response.json()) as {
      status: string;
      details: { eventStore: { engine: string }; projections: { maxLag: number } };
    };
    expect(response.status).toBe(200);
    expect(health.details.eventStore.engine).toBe('KurrentDB');
    expect(health.details.projections.maxLag).toBe(0);
  });
});
