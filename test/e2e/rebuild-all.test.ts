// Every read model of the application, rebuilt from zero, equals the one the live runner built while
// staff worked through GraphQL: one scenario that touches every feature, one comparison over all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreFile } from '../../src/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store.js';
import { APPLICATION_PROJECTIONS } from '../../src/projections/application-projections.js';
import { deadLetterCollectionOf } from '../../src/projections/projection.js';
import { rebuildProjections } from '../../src/projections/rebuild.js';
import { SqliteReadModelStore } from '../../src/projections/sqlite/sqlite-read-model-store.js';
import { dumpCollection, temporaryReadModels } from '../projections/fixtures/read-model-fixtures.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const person = (n: number) => ({
  name: `Persona ${n}`,
  documentType: 'CC',
  documentNumber: `1000${n}`,
  email: `persona${n}@correo.example`,
});

/** PQRS cases through their lifecycle. */
async function workPqrs(ventanilla: VentanillaHarness, admin: string, agentId: string): Promise<string[]> {
  const radicados: string[] = [];
  for (let n = 0; n < 4; n++) {
    const { receivePqrs } = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: n % 2 === 0 ? 'PETITION' : 'COMPLAINT',
          channel: n % 2 === 0 ? 'EMAIL' : 'WEB',
          subject: n % 2 === 0 ? 'Certificado de afiliación' : 'Demora en la atención',
          description: `Caso de prueba ${n}`,
          petitioner: person(n),
          receivedAt: `2026-03-0${n + 2}T10:00:00-05:00`,
        },
      },
      admin,
    );
    const r = receivePqrs.radicado;
    radicados.push(r);
    await ventanilla.ok(
      `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
      { r, a: agentId },
      admin,
    );
    if (n < 3) {
      await ventanilla.ok(
        `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Respuesta", answeredAt: "2026-03-20T10:00:00-05:00") { status } }`,
        { r },
        admin,
      );
    }
    if (n === 0)
      await ventanilla.ok(`mutation ($r: String!) { closePqrs(radicado: $r) { status } }`, { r }, admin);
  }
  return radicados;
}

/** FAQ entries: created, edited, published and retired. */
async function workFaq(ventanilla: VentanillaHarness, admin: string, radicados: string[]): Promise<void> {
  for (let n = 0; n < 2; n++) {
    const { createFaqEntry } = await ventanilla.ok(
      `mutation ($input: CreateFaqEntryInput!) { createFaqEntry(input: $input) { id } }`,
      {
        input: {
          question: `¿Cómo obtengo el certificado ${n}?`,
          answer: 'En la ventanilla.',
          category: 'Afiliaciones',
          tags: ['certificado'],
          linkedRadicados: [radicados[n]],
        },
      },
      admin,
    );
    const id = createFaqEntry.id;
    await ventanilla.ok(
      `mutation ($id: ID!) { updateFaqEntry(id: $id, input: { answer: "Descárguelo en la página web." }) { version } }`,
      { id },
      admin,
    );
    await ventanilla.ok(`mutation ($id: ID!) { publishFaqEntry(id: $id) { status } }`, { id }, admin);
    if (n === 1) {
      await ventanilla.ok(
        `mutation ($id: ID!) { retireFaqEntry(id: $id, reason: "Cambió") { status } }`,
        { id },
        admin,
      );
    }
  }
}

/** Affiliations: one approved and notified with a novelty, one rejected, one still open. */
async function workAffiliations(
  ventanilla: VentanillaHarness,
  admin: string,
  agentId: string,
): Promise<void> {
  for (let n = 0; n < 3; n++) {
    const { receiveAffiliation } = await ventanilla.ok(
      `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id pendingDocuments } }`,
      {
        input: {
          affiliationType: 'INDIVIDUAL',
          channel: 'IN_PERSON',
          campaign: 'Feria Zipaquirá 2026',
          applicant: person(10 + n),
        },
      },
      admin,
    );
    const id = receiveAffiliation.id;
    if (n === 2) continue;
    await ventanilla.ok(
      `mutation ($id: ID!, $a: ID!) { assignAffiliation(id: $id, assigneeId: $a) { status } }`,
      { id, a: agentId },
      admin,
    );
    for (const documentType of receiveAffiliation.pendingDocuments as string[]) {
      await ventanilla.ok(
        `mutation ($id: ID!, $input: SubmitAffiliationDocumentInput!) { submitAffiliationDocument(id: $id, input: $input) { status } }`,
        { id, input: { documentType, evidenceReference: `gd/${id}/${documentType}.pdf` } },
        admin,
      );
    }
    if (n === 1) {
      await ventanilla.ok(
        `mutation ($id: ID!) { rejectAffiliation(id: $id, reason: "Ya es afiliado") { status } }`,
        { id },
        admin,
      );
      continue;
    }
    await ventanilla.ok(
      `mutation ($id: ID!) { verifyAffiliationRequirements(id: $id) { status } }`,
      { id },
      admin,
    );
    await ventanilla.ok(
      `mutation ($id: ID!) { approveAffiliation(id: $id) { memberNumber } }`,
      { id },
      admin,
    );
    await ventanilla.ok(
      `mutation ($id: ID!) { notifyAffiliationDecision(id: $id, channel: EMAIL) { status } }`,
      { id },
      admin,
    );
    await ventanilla.ok(
      `mutation ($id: ID!, $on: Date!) { reportAffiliationNovelty(id: $id, input: { kind: DATA_UPDATE, description: "Cambio de dirección", effectiveDate: $on }) { status } }`,
      // A novelty takes effect on or after the approval, which happened today.
      { id, on: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString().slice(0, 10) },
      admin,
    );
  }
}

describe('rebuilding every projection from zero', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-rebuild-all-'));
    const ventanilla = await VentanillaHarness.start({}, dataDir);
    try {
      const admin = await ventanilla.login();
      const agent = await ventanilla.userWithRoles(admin, 'agente.rebuild', ['AGENT']);
      const radicados = await workPqrs(ventanilla, admin, agent.id);
      await workFaq(ventanilla, admin, radicados);
      await workAffiliations(ventanilla, admin, agent.id);
    } finally {
      await ventanilla.stop();
    }
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives read models equal to the live ones, for every projection the application runs', async () => {
    const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
    const live = await SqliteReadModelStore.open({ dataDir });
    const rebuilt = await temporaryReadModels('ventanilla-rebuild-all-target-');
    try {
      const head = await eventStore.headPosition();
      const results = await rebuildProjections(eventStore, rebuilt.store, APPLICATION_PROJECTIONS);
      expect(results.map((result) => result.deadLetters)).toEqual(APPLICATION_PROJECTIONS.map(() => 0));
      for (const projection of APPLICATION_PROJECTIONS) {
        expect(await live.getCheckpoint(projection.name)).toBe(head);
        expect(await rebuilt.store.getCheckpoint(projection.name)).toBe(head);
        let documents = 0;
        for (const collection of [...projection.collections, deadLetterCollectionOf(projection.name)]) {
          const liveDocuments = await dumpCollection(live, collection);
          expect({ collection, documents: await dumpCollection(rebuilt.store, collection) }).toEqual({
            collection,
            documents: liveDocuments,
          });
          documents += liveDocuments.length;
        }
        // The scenario must reach every projection, or the comparison proves nothing about it.
        expect({ projection: projection.name, hasDocuments: documents > 0 }).toEqual({
          projection: projection.name,
          hasDocuments: true,
        });
      }
    } finally {
      await rebuilt.cleanup();
      await live.close();
      await eventStore.close();
    }
  });
});
