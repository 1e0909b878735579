// Files where the office's records need them besides PQRS cases: an affiliation's support document is the
// file itself (its checklist takes it), and an improvement action's follow-up carries its evidence files.
// An applicant's document is their personal data (sealed name, erased with them); evidence is no one's, so
// an auditor downloads it.
import { createHash } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('files in affiliation documents and improvement-action evidence', () => {
  let ventanilla: VentanillaHarness;
  let base: string;
  let admin: string;
  let auditor: string;

  const upload = async (bytes: Buffer, fileName: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
    const response = await fetch(`${base}/attachments`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; sha256: string };
  };
  const download = (id: string, token: string) =>
    fetch(`${base}/attachments/${id}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    base = ventanilla.url.replace(/\/graphql$/, '');
    admin = await ventanilla.login();
    auditor = (await ventanilla.userWithRoles(admin, 'auditora.archivos', ['AUDITOR'])).token;
  });
  afterAll(() => ventanilla.stop());

  it('accepts an affiliation’s support document by its file, named on the checklist, and keeps the name sealed', async () => {
    const { receiveAffiliation } = await ventanilla.ok(
      `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id } }`,
      {
        input: {
          affiliationType: 'INDIVIDUAL',
          channel: 'IN_PERSON',
          applicant: { name: 'Julián Andrés Poveda', documentType: 'CC', documentNumber: '1070123456' },
        },
      },
      admin,
    );
    const id: string = receiveAffiliation.id;
    const file = await upload(PDF, 'cédula Julián Poveda.pdf');
    const { submitAffiliationDocument } = await ventanilla.ok(
      `mutation ($id: ID!, $input: SubmitAffiliationDocumentInput!) {
        submitAffiliationDocument(id: $id, input: $input) {
          documents { documentType state evidenceReference attachment { id fileName sha256 } } } }`,
      { id, input: { documentType: 'IDENTITY_DOCUMENT', attachmentId: file.id } },
      admin,
    );
    const identity = (submitAffiliationDocument.documents as { documentType: string }[]).find(
      (document) => document.documentType === 'IDENTITY_DOCUMENT',
    );
    expect(identity).toEqual({
      documentType: 'IDENTITY_DOCUMENT',
      state: 'ACCEPTED',
      evidenceReference: null,
      attachment: { id: file.id, fileName: 'cédula Julián Poveda.pdf', sha256: sha256(PDF) },
    });

    const log = await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`affiliation-${id}`);
    expect(JSON.stringify(log)).not.toContain('Julián Poveda.pdf');
    // The applicant's document is personal data: not for an auditor; a coordinator's download is recorded
    // in the personal-data access log before the file is served.
    expect((await download(file.id, auditor)).status).toBe(403);
    expect((await download(file.id, admin)).status).toBe(200);
    const { personalDataAccessLog } = await ventanilla.ok(
      `query { personalDataAccessLog(first: 50) { nodes { purpose personId version attachmentId actor { id } } } }`,
      {},
      admin,
    );
    const downloads = (personalDataAccessLog.nodes as { purpose: string }[]).filter(
      (node) => node.purpose === 'FILE_DOWNLOAD',
    );
    expect(downloads).toEqual([
      expect.objectContaining({ attachmentId: file.id, version: null, personId: expect.any(String) }),
    ]);
  });

  it('refuses a document with neither its file nor where it is kept', async () => {
    const { receiveAffiliation } = await ventanilla.ok(
      `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id } }`,
      {
        input: {
          affiliationType: 'INDIVIDUAL',
          channel: 'IN_PERSON',
          applicant: { name: 'Luz Dary Rojas', documentType: 'CC', documentNumber: '20456789' },
        },
      },
      admin,
    );
    const response = await ventanilla.graphql(
      `mutation ($id: ID!, $input: SubmitAffiliationDocumentInput!) { submitAffiliationDocument(id: $id, input: $input) { id } }`,
      { id: receiveAffiliation.id, input: { documentType: 'IDENTITY_DOCUMENT' } },
      admin,
    );
    expect(response.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ rule: 'EVIDENCE_REQUIRED', field: 'evidenceReference' }),
    );
  });

  it('records an improvement action’s progress and effectiveness with evidence files an auditor may download', async () => {
    const { receivePqrs } = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'COMPLAINT',
          channel: 'IN_PERSON',
          subject: 'Demora en la atención',
          description: 'Esperé dos horas.',
          petitioner: { name: 'Andrea Mora', documentType: 'CC', documentNumber: '52000111' },
        },
      },
      admin,
    );
    const { id: userId } = (await ventanilla.ok(`{ me { id } }`, {}, admin)).me;
    const inAMonth = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const { formulateImprovementAction: action } = await ventanilla.ok(
      `mutation ($input: FormulateImprovementActionInput!) { formulateImprovementAction(input: $input) { id } }`,
      {
        input: {
          source: { kind: 'PQRS', reference: receivePqrs.radicado },
          problem: 'Turnos sin control.',
          rootCause: 'No hay sistema de turnos.',
          action: 'Instalar un sistema de turnos.',
          responsibleId: userId,
          dueDate: inAMonth,
        },
      },
      admin,
    );
    const minutes = await upload(PDF, 'acta-comite-calidad.pdf');
    const photo = await upload(PNG, 'turnero-instalado.png');
    await ventanilla.ok(
      `mutation ($id: ID!, $a: [ID!]) { recordActionProgress(id: $id, note: "Turnero instalado", evidence: "Acta 12", attachmentIds: $a) { id } }`,
      { id: action.id, a: [minutes.id, photo.id] },
      admin,
    );
    const { verifyActionEffectiveness } = await ventanilla.ok(
      `mutation ($id: ID!, $a: [ID!]) { verifyActionEffectiveness(id: $id, effective: true, evidence: "Muestreo de tiempos", attachmentIds: $a) {
        progress { attachments { id fileName mediaType } } verifications { attachments { fileName } } } }`,
      { id: action.id, a: [photo.id] },
      admin,
    );
    expect(verifyActionEffectiveness.progress[0].attachments).toEqual([
      { id: minutes.id, fileName: 'acta-comite-calidad.pdf', mediaType: 'application/pdf' },
      { id: photo.id, fileName: 'turnero-instalado.png', mediaType: 'image/png' },
    ]);
    expect(verifyActionEffectiveness.verifications[0].attachments).toEqual([
      { fileName: 'turnero-instalado.png' },
    ]);
    // Evidence is no one's personal data: an auditor downloads it, and no access to personal data is recorded.
    const byAuditor = await download(minutes.id, auditor);
    expect(byAuditor.status).toBe(200);
    expect(sha256(Buffer.from(await byAuditor.arrayBuffer()))).toBe(sha256(PDF));
    const { personalDataAccessLog } = await ventanilla.ok(
      `query { personalDataAccessLog(first: 50) { nodes { purpose attachmentId } } }`,
      {},
      admin,
    );
    expect(
      (personalDataAccessLog.nodes as { attachmentId: string | null }[]).map((node) => node.attachmentId),
    ).not.toContain(minutes.id);
  });
});
