// The whole application on the production adapters: GraphQL over HTTP with the event log in KurrentDB and
// the read models in MongoDB, each behind an in-memory stand-in of its official client (the KurrentDB log
// with gaps between positions; MongoDB with snapshot transactions, mingo queries and shared data between
// clients). Read your writes, filters, sorts and text search, history, reports, /health, a rebuild
// swapped in by another process while the app keeps answering, a retried command written once, and the
// audit trail's hash chain. The real servers are exercised by the
// container suites where Docker runs; this runs everywhere.
import type { KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { MongoClient } from 'mongodb';
import { KurrentDbEventStore } from '../../src/engine/eventstore/kurrentdb/kurrentdb-event-store.js';
import { isEnvelopeMetadata } from '../../src/engine/eventstore/kurrentdb/kurrentdb-mapping.js';
import type { StorageEngines } from '../../src/engine/storage-engines.js';
import { projectionsNamed } from '../../src/features/read-models.js';
import {
  COLLECTION_NAMES_COLLECTION,
  MongoReadModelStore,
  type CollectionNameEntry,
} from '../../src/engine/read-models/mongodb/mongo-read-model-store.js';
import { rebuildProjections } from '../../src/engine/projections/rebuild.js';
import { StandInClient, StandInLog } from '../support/kurrentdb-stand-in.js';
import { StandInMongoClient, StandInMongoServer } from '../support/mongodb-stand-in.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const DATABASE = 'ventanilla';
const LIST = `query ($filter: PqrsListFilterInput, $sort: PqrsListSort) {
  pqrsList(filter: $filter, sort: $sort, first: 10) { totalCount nodes { radicado status subject } }
}`;

/** How many events of ours $all holds: not the server's own, nor another application's (the stand-in has both). */
function ourEventsIn(log: StandInLog): number {
  return log.all.filter((record) => isEnvelopeMetadata(record.metadata)).length;
}

describe('the application on KurrentDB and MongoDB (stand-in clients)', () => {
  const log = new StandInLog();
  const mongo = new StandInMongoServer();
  /** A client as MongoReadModelStore.connect() builds it. */
  const mongoClient = () =>
    new StandInMongoClient(mongo, { ignoreUndefined: true }) as unknown as MongoClient;
  const rawDb = mongoClient().db(DATABASE);
  let ventanilla: VentanillaHarness;
  let admin: string;
  let agent: { id: string; token: string };
  let auditor: { id: string; token: string };
  const radicados: string[] = [];

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, async (): Promise<StorageEngines> => {
      const eventStore = KurrentDbEventStore.fromClient(new StandInClient(log) as unknown as KurrentDBClient);
      const readModels = await MongoReadModelStore.fromClient(mongoClient(), { database: DATABASE });
      return {
        eventStore: {
          store: eventStore,
          probe: { engine: 'KurrentDB', location: 'stand-in', ping: () => eventStore.ping() },
        },
        readModels: {
          store: readModels,
          probe: { engine: 'MongoDB', location: 'stand-in', ping: () => readModels.ping() },
        },
      };
    });
    admin = await ventanilla.login();
    agent = await ventanilla.userWithRoles(admin, 'agente.prod', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.prod', ['AUDITOR']);
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  const receive = async (subject: string, receivedAt: string, kind = 'COMPLAINT'): Promise<string> => {
    const received = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado status } }`,
      {
        input: {
          kind,
          channel: 'IN_PERSON',
          subject,
          description: `${subject}: descripción del caso.`,
          petitioner: { name: 'Jorge Iván Castro', documentType: 'CC', documentNumber: '80123456' },
          receivedAt,
          lateEntryReason: 'Registro de prueba con fecha anterior.',
        },
      },
      admin,
    );
    expect(received.receivePqrs.status).toBe('RECEIVED');
    const radicado = received.receivePqrs.radicado as string;
    radicados.push(radicado);
    return radicado;
  };

  it('files, assigns and answers cases, and the list sees each write at once, filtered and sorted', async () => {
    const first = await receive('Demora en la atención', '2026-03-16T09:00:00-05:00');
    const second = await receive('Cobro de cuota moderadora', '2026-03-17T10:00:00-05:00');
    const third = await receive('Petición de información', '2026-03-18T11:00:00-05:00', 'PETITION');
    for (const radicado of [first, second]) {
      await ventanilla.ok(
        `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
        { r: radicado, a: agent.id },
        admin,
      );
    }
    const answered = await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Ofrecemos excusas; se reforzó el turno.", expectedRevision: 1) { status revision } }`,
      { r: first },
      agent.token,
    );
    // Received in person (no acknowledgment), assigned, then the answer and its notice.
    expect(answered.answerPqrs).toEqual({ status: 'ANSWERED', revision: 3 });

    const byAgent = await ventanilla.ok(
      LIST,
      { filter: { assigneeId: agent.id }, sort: 'RECEIVED_AT_ASC' },
      auditor.token,
    );
    expect(byAgent.pqrsList).toEqual({
      totalCount: 2,
      nodes: [
        { radicado: first, status: 'ANSWERED', subject: 'Demora en la atención' },
        { radicado: second, status: 'ASSIGNED', subject: 'Cobro de cuota moderadora' },
      ],
    });
    const newestFirst = await ventanilla.ok(LIST, { sort: 'RECEIVED_AT_DESC' }, auditor.token);
    expect(newestFirst.pqrsList.nodes.map((node: { radicado: string }) => node.radicado)).toEqual([
      third,
      second,
      first,
    ]);
    const received = await ventanilla.ok(LIST, { filter: { status: 'RECEIVED' } }, auditor.token);
    expect(received.pqrsList.nodes).toEqual([
      { radicado: third, status: 'RECEIVED', subject: 'Petición de información' },
    ]);
  });

  it('finds cases by the words of their subject or their starts, ignoring case and accents, and by radicado', async () => {
    const [first, second] = radicados;
    const search = async (text: string) =>
      (
        await ventanilla.ok(LIST, { filter: { text }, sort: 'RECEIVED_AT_ASC' }, auditor.token)
      ).pqrsList.nodes.map((node: { radicado: string }) => node.radicado);
    expect(await search('ATENCIÓN')).toEqual([first]);
    expect(await search('cuota')).toEqual([second]);
    // The subject is sealed in the vault, which indexes word starts: every word given must start one.
    expect(await search('petic inform')).toEqual([radicados[2]]);
    expect(await search('n de')).toEqual([]);
    expect(await search(second!.slice(-6))).toEqual([second]);
    expect(await search('no existe')).toEqual([]);
  });

  it('finds cases by the petitioner’s name or document for the roles that see them', async () => {
    const search = async (text: string, token: string) =>
      (await ventanilla.ok(LIST, { filter: { text }, sort: 'RECEIVED_AT_ASC' }, token)).pqrsList.nodes.map(
        (node: { radicado: string }) => node.radicado,
      );
    expect(await search('castro jor', admin)).toEqual(radicados);
    expect(await search('80.123.456', admin)).toEqual(radicados);
    expect(await search('castro jor', auditor.token)).toEqual([]);
  });

  it('tells a case history from the event log', async () => {
    const history = await ventanilla.ok(
      `query ($r: String!) { caseHistory(radicado: $r) { events { type revision hash } } }`,
      { r: radicados[0] },
      auditor.token,
    );
    expect(history.caseHistory.events.map((event: { type: string }) => event.type)).toEqual([
      'Received',
      'Assigned',
      'Answered',
      'NotificationRequested',
    ]);
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
    expect(csv).toContain('Queja');
    expect(csv).toContain('Petición');
    expect(log.all.at(-1)?.type).toBe('ReportIssued');
  });

  it('names KurrentDB and MongoDB on /health/ready, with the projections caught up', async () => {
    type Health = {
      details: {
        eventStore: { engine: string };
        readModels: { engine: string };
        projections: { maxLag: number };
      };
    };
    // The projections' details are for an administrator.
    const ready = async () => {
      const response = await fetch(ventanilla.url.replace(/\/graphql$/, '/health/ready'), {
        headers: { authorization: `Bearer ${admin}` },
      });
      return { status: response.status, health: (await response.json()) as Health };
    };
    // Read models nobody is reading let the last writes gather a moment before applying them: the lag
    // reported is the true one, and it comes down to 0 by itself.
    let { status, health } = await ready();
    for (let tries = 0; tries < 100 && health.details.projections.maxLag > 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      ({ status, health } = await ready());
    }
    expect(status).toBe(200);
    expect(health.details.eventStore.engine).toBe('KurrentDB');
    expect(health.details.readModels.engine).toBe('MongoDB');
    expect(health.details.projections.maxLag).toBe(0);
  });

  it('swaps in a rebuilt projection from another process while the app keeps answering the same list', async () => {
    const physicalOfCases = async () =>
      (await rawDb.collection<CollectionNameEntry>(COLLECTION_NAMES_COLLECTION).findOne({ _id: 'cases' }))
        ?.physical;
    const listed = async () =>
      (await ventanilla.ok(LIST, { sort: 'DUE_DATE_ASC' }, auditor.token)).pqrsList as unknown;
    const before = await listed();
    const physicalBefore = await physicalOfCases();

    // As `projections:rebuild` runs: its own connections to both servers.
    const eventStore = KurrentDbEventStore.fromClient(new StandInClient(log) as unknown as KurrentDBClient);
    const readModels = await MongoReadModelStore.fromClient(mongoClient(), { database: DATABASE });
    const answers: unknown[] = [];
    let rebuilding = true;
    try {
      const reading = (async () => {
        while (rebuilding) answers.push(await listed());
      })();
      const [result] = await rebuildProjections(eventStore, readModels, projectionsNamed(['cases']), {
        batchSize: 2,
      }).finally(() => (rebuilding = false));
      await reading;
      expect(result).toMatchObject({ projection: 'cases', deadLetters: 0 });
      expect(result!.eventsRead).toBe(ourEventsIn(log));
    } finally {
      await readModels.close();
      await eventStore.close();
    }

    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(answer).toEqual(before);
    expect(await listed()).toEqual(before);
    const physicalAfter = await physicalOfCases();
    expect(physicalAfter).not.toBe(physicalBefore);
    expect(mongo.namespaces()).not.toContain(`${DATABASE}.${physicalBefore}`);

    // The live runner goes on from the swapped-in checkpoint: a new case shows up at once.
    const fourth = await receive('Solicitud de certificado', '2026-03-19T08:00:00-05:00', 'PETITION');
    const after = await ventanilla.ok(LIST, { filter: { text: 'certificado' } }, auditor.token);
    expect(after.pqrsList.nodes).toEqual([
      { radicado: fourth, status: 'RECEIVED', subject: 'Solicitud de certificado' },
    ]);
  });

  it('keeps the events at positions with gaps, and the app never looks for +1', () => {
    const stored = log.all.filter((record) => record.streamId.endsWith(radicados[0]!));
    expect(stored.length).toBeGreaterThan(1);
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
      lateEntryReason: 'Registro de prueba con fecha anterior.',
      idempotencyKey: '2f7d3c52-2b0b-4bd6-9a56-4b8d8a5f0e11',
    };
    const first = await ventanilla.graphql(command, { input }, admin);
    const second = await ventanilla.graphql(command, { input }, admin);
    expect(first.errors).toBeUndefined();
    expect(second).toEqual(first);
    // Written once: the radicado it took, the case's first event and its acknowledgment (filed by
    // e-mail), nothing for the retry.
    const radicado = (first.data as { receivePqrs: { radicado: string } }).receivePqrs.radicado;
    expect(log.all.slice(before).map((record) => `${record.streamId} ${record.type}`)).toEqual([
      'radicado-2026 RadicadoIssued',
      `pqrs-${radicado} Received`,
      `pqrs-${radicado} NotificationRequested`,
    ]);
  });

  it('keeps the hash chain whole, as the auditor verifies it', async () => {
    const report = await ventanilla.ok(
      '{ verifyAuditTrail { eventsChecked streamsChecked firstMismatch { stream } } }',
      {},
      auditor.token,
    );
    expect(report.verifyAuditTrail.firstMismatch).toBeNull();
    expect(report.verifyAuditTrail.eventsChecked).toBe(ourEventsIn(log));
  });

  // Last: it damages the log, as someone with access to the server could.
  it('refuses a command on a case whose stream was deleted on the server, writes nothing, and the audit names it', async () => {
    const [, second] = radicados;
    const stream = `pqrs-${second}`;
    await new StandInClient(log).deleteStream(stream);
    const before = log.all.length;

    const refused = await ventanilla.graphql(
      `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
      { r: second, a: agent.id },
      admin,
    );

    expect(refused.errors?.[0]?.extensions?.['code']).toBe('RECORD_UNAVAILABLE');
    expect(refused.errors?.[0]?.message).toMatch(/fue borrado o alterado en el servidor de eventos/);
    // The client is not told which record, nor how.
    expect(JSON.stringify(refused.errors)).not.toContain(stream);
    expect(log.all.length).toBe(before);
    const report = await ventanilla.ok(
      '{ verifyAuditTrail { ok findings { kind stream description } } }',
      {},
      auditor.token,
    );
    expect(report.verifyAuditTrail.ok).toBe(false);
    expect(report.verifyAuditTrail.findings).toEqual([
      {
        kind: 'STREAM_DELETED',
        stream,
        description: expect.stringMatching(/^Flujo inutilizable: .* \(borrado lógico\)/),
      },
    ]);
  });
});
