// A person's files go with their personal data: once the erasure (habeas data) is recorded, the files their
// records claimed answer 410 and their bytes and names are in no file of the data folder, while files that
// are no one's stay. The files are claimed through the registry port, as the command path does when a filing
// names them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ATTACHMENT_REGISTRY, type AttachmentRegistry } from '../../src/attachments/attachment-registry.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

/** Every file under the folder, subfolders included, as one buffer. */
function everyByteUnder(directory: string): Buffer {
  return Buffer.concat(
    readdirSync(directory).map((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? everyByteUnder(path) : readFileSync(path);
    }),
  );
}

describe('erasing a person with attached files', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;

  beforeAll(async () => {
    // PQRS are kept 0 years after their last step here, so a closed case can be erased today.
    ventanilla = await VentanillaHarness.start({ VENTANILLA_RETENTION_YEARS: '{"PQRS": 0}' });
    admin = await ventanilla.login();
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('erases the files their records claimed, bytes and names, and keeps everyone else’s', async () => {
    const base = ventanilla.url.replace(/\/graphql$/, '');
    const received = await ventanilla.ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'EMAIL',
          subject: 'Certificado',
          description: 'Solicito copia del certificado.',
          petitioner: { name: 'Daniela Ruiz Pardo', documentType: 'CC', documentNumber: '1012345678' },
        },
      },
      admin,
    );
    const radicado: string = received.receivePqrs.radicado;
    const personId: string = (
      await ventanilla.ok(
        `query ($r: String!) { pqrs(radicado: $r) { petitioner { id } } }`,
        { r: radicado },
        admin,
      )
    ).pqrs.petitioner.id;

    const send = async (text: string, fileName: string) => {
      const form = new FormData();
      const bytes = Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`, 'latin1');
      form.append('file', new Blob([Uint8Array.from(bytes)]), fileName);
      const response = await fetch(`${base}/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
        body: form,
      });
      return (await response.json()) as { id: string };
    };
    const hers = await send('copia-de-la-cedula-de-daniela', 'Cedula Daniela Ruiz Pardo.pdf');
    const evidence = await send('acta-de-la-accion-de-mejora', 'Acta de verificacion.pdf');
    const registry = ventanilla.app.get<AttachmentRegistry>(ATTACHMENT_REGISTRY);
    await registry.claim(personId, [hers.id], `pqrs-${radicado}`);
    await registry.claim(null, [evidence.id], 'improvement-action-1');

    await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se expidió el certificado.") { status } }`,
      { r: radicado },
      admin,
    );
    await ventanilla.ok(
      `mutation ($r: String!) { closePqrs(radicado: $r) { status } }`,
      { r: radicado },
      admin,
    );
    await ventanilla.ok(
      `mutation ($p: ID!) {
         erasePersonalData(personId: $p, legalBasis: HOLDER_REQUEST, requestReference: "PQRS-2026-000901") { personId }
       }`,
      { p: personId },
      admin,
    );

    const download = (id: string) =>
      fetch(`${base}/attachments/${id}`, { headers: { authorization: `Bearer ${admin}` } });
    expect((await download(hers.id)).status).toBe(410);
    expect((await download(evidence.id)).status).toBe(200);
    const everything = everyByteUnder(ventanilla.config.dataDir);
    expect(everything.includes(Buffer.from('copia-de-la-cedula-de-daniela'))).toBe(false);
    expect(everything.includes(Buffer.from('Cedula Daniela Ruiz Pardo'))).toBe(false);
    expect(everything.includes(Buffer.from('acta-de-la-accion-de-mejora'))).toBe(true);
  });
});
