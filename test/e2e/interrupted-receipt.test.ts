// No radicado without its case: a receipt interrupted between taking its number and writing its case
// (here, the case stream's write fails as a process killed at that instant would never make it) is
// completed under its number on the next start, and a client retrying with the same idempotency key
// gets that same case, never a second one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pqrsStreamOf } from '../../src/domain/pqrs/index.js';
import { radicadoStreamOf } from '../../src/domain/radicado/index.js';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { openStorageEngines } from '../../src/engine/storage-engines.js';
import type { VentanillaConfig } from '../../src/config/configuration.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `
  mutation Receive($input: ReceivePqrsInput!) {
    receivePqrs(input: $input) { radicado subject revision }
  }`;
const CASE = `
  query Case($radicado: String!) {
    pqrs(radicado: $radicado) {
      radicado status subject description receivedAt dueDate petitioner { name documentNumber email }
    }
  }`;

const input = {
  kind: 'COMPLAINT',
  channel: 'IN_PERSON',
  subject: 'Atención en la sede de Zipaquirá',
  description: 'Esperé tres horas sin que me atendieran en la ventanilla.',
  receivedAt: '2026-12-03T14:00:00.000Z',
  idempotencyKey: 'recibo-interrumpido-1',
  petitioner: {
    name: 'Marta Lucía Rincón',
    documentType: 'CC',
    documentNumber: '39512004',
    email: 'marta.rincon@example.org',
  },
};

/** Opens the real engines, with an event store whose writes to case streams fail: the process "dies" there. */
function enginesDyingBeforeTheCase(config: VentanillaConfig) {
  return openStorageEngines(config).then((engines) => {
    const store = engines.eventStore.store;
    const dying: EventStore = Object.create(store) as EventStore;
    dying.append = (stream, events, expected) =>
      stream.startsWith('pqrs-')
        ? Promise.reject(new Error('proceso detenido antes de escribir el caso'))
        : store.append(stream, events, expected);
    return { ...engines, eventStore: { ...engines.eventStore, store: dying } };
  });
}

describe('a receipt interrupted between its radicado and its case', () => {
  const clock = () => new Date('2026-12-04T15:00:00.000Z');
  let dataDir: string;
  let ventanilla: VentanillaHarness | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-interrupted-'));
  });

  afterEach(async () => {
    await ventanilla?.stop();
    ventanilla = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function fileAndDie(): Promise<void> {
    ventanilla = await VentanillaHarness.start({}, dataDir, enginesDyingBeforeTheCase, clock);
    const token = await ventanilla.login();
    const answer = await ventanilla.graphql(RECEIVE, { input }, token);
    expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    await ventanilla.stop();
    ventanilla = undefined;
  }

  it('is completed under its number at the next start, with the data it was filed with', async () => {
    await fileAndDie();
    ventanilla = await VentanillaHarness.start({}, dataDir, undefined, clock);
    const store = ventanilla.app.get<EventStore>(EVENT_STORE);
    const counter = await store.readStream(radicadoStreamOf(2026));
    expect(counter.map((event) => event.type)).toEqual(['RadicadoIssued']);
    const radicado = (counter[0]!.data as { radicado: string }).radicado;
    expect(radicado).toBe('PQRS-2026-000001');
    const caseEvents = await store.readStream(pqrsStreamOf(radicado));
    expect(caseEvents.map((event) => event.type)).toEqual(['Received']);
    // The case is written as the command that took the number would have written it.
    expect(caseEvents[0]!.metadata).toMatchObject({
      actorRole: 'ADMIN',
      occurredAt: '2026-12-03T14:00:00.000Z',
      correlationId: counter[0]!.metadata.correlationId,
      causationId: counter[0]!.metadata.causationId,
    });
  });

  it('is there for the staff, and a retry with the same idempotency key gets it, not a second case', async () => {
    await fileAndDie();
    ventanilla = await VentanillaHarness.start({}, dataDir, undefined, clock);
    const token = await ventanilla.login();
    const { pqrs } = await ventanilla.ok(CASE, { radicado: 'PQRS-2026-000001' }, token);
    expect(pqrs).toMatchObject({
      radicado: 'PQRS-2026-000001',
      status: 'RECEIVED',
      subject: input.subject,
      description: input.description,
      receivedAt: input.receivedAt,
      petitioner: { name: input.petitioner.name, documentNumber: '39512004', email: input.petitioner.email },
    });

    const retry = await ventanilla.ok(RECEIVE, { input }, token);
    expect(retry.receivePqrs).toMatchObject({ radicado: 'PQRS-2026-000001', revision: 0 });
    const next = await ventanilla.ok(RECEIVE, { input: { ...input, idempotencyKey: 'otro-recibo' } }, token);
    expect(next.receivePqrs.radicado).toBe('PQRS-2026-000002');
  });
});
