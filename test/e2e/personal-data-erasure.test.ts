// Erasure (habeas data) end to end, over HTTP and from the command line: refused while the person has a
// case in course or a record the retention table still keeps, naming the rule; once allowed, recorded in
// the log and nothing of the person is left in any file of the data folder (WAL included), the cases
// show the data as suppressed, and the audit trail still verifies.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runErase } from '../../src/cli/erase.js';
import { ConfigurationError, loadConfiguration } from '../../src/config/configuration.js';
import { ERASED_TEXT } from '../../src/engine/text-references.js';
import { extractPdf } from '../support/pdf-text.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const CASE = `
  query ($r: String!) { pqrs(radicado: $r) { petitioner { id version erased name documentNumber email } } }`;
const ANSWER = `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se expidió el certificado.") { status } }`;
const LETTER = `query ($r: String!) { pqrs(radicado: $r) { answerLetter { outgoingNumber attachment { sha256 } } } }`;
const CLOSE = `mutation ($r: String!) { closePqrs(radicado: $r) { status } }`;
const ERASE = `
  mutation ($p: ID!, $basis: ErasureLegalBasis!, $ref: String!) {
    erasePersonalData(personId: $p, legalBasis: $basis, requestReference: $ref) {
      personId legalBasis requestReference erasedAt versionsErased textsErased recordsChecked { series reference }
    }
  }`;
const RECEIVE_AFFILIATION = `
  mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id applicant { id } } }`;
const REJECT_AFFILIATION = `mutation ($id: ID!) { rejectAffiliation(id: $id, reason: "Documentos incompletos.") { status } }`;

const ana = {
  name: 'Ana Lucía Gómez Restrepo',
  documentType: 'CC',
  documentNumber: '52987654',
  email: 'ana.gomez@correo.example',
  phone: '3104567890',
  address: 'Calle 10 # 5-20, Zipaquirá',
};
const bernardo = {
  name: 'Bernardo Quintero Ospina',
  documentType: 'CE',
  documentNumber: '987654321',
  email: 'bernardo.quintero@correo.example',
};
/** Her case's description: a free text naming her, sealed under her key like the case's other texts. */
const anasText = 'Soy Ana Lucía Gómez Restrepo y pido copia de mi certificado laboral de 2024.';

/** What must be found nowhere under the data folder once the person is erased. */
function secretsOf(person: { name: string; documentNumber: string; email: string }): string[] {
  return [person.name, person.documentNumber, person.email];
}

/** Every file under the folder, subfolders included. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file under the folder, subfolders included, as one buffer. */
function everyByteUnder(directory: string): Buffer {
  return Buffer.concat(filesUnder(directory).map((path) => readFileSync(path)));
}

/**
 * The text of every PDF under the folder (the answer letters kept as attachments), read back: a PDF's
 * text is in compressed streams, where a search of the bytes would not find a name it holds.
 */
async function pdfTextsUnder(directory: string): Promise<string[]> {
  const pdfs = filesUnder(directory)
    .map((path) => readFileSync(path))
    .filter((bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-');
  return Promise.all(pdfs.map(async (bytes) => (await extractPdf(bytes)).pages.flat().join(' ')));
}

/** Where the attachment store keeps a file's bytes: by their SHA-256. */
function storedFileOf(dataDir: string, sha256: string): string {
  return join(dataDir, 'attachments', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** The vault's own bytes for a person: sealed versions and texts, wrapped key, document index. */
function vaultTracesOf(dataDir: string, personId: string): Buffer[] {
  const vault = new Database(join(dataDir, 'personal-data.sqlite'), { readonly: true });
  const blobs = (sql: string) =>
    vault
      .prepare<[string], { value: Buffer | string }>(sql)
      .all(personId)
      .map(({ value }) => (typeof value === 'string' ? Buffer.from(value, 'utf8') : value));
  const traces = [
    ...blobs('SELECT sealed_record AS value FROM person_versions WHERE person_id = ?'),
    ...blobs('SELECT wrapped_key AS value FROM person_keys WHERE person_id = ?'),
    ...blobs('SELECT blind_index AS value FROM document_index WHERE person_id = ?'),
    ...blobs('SELECT sealed_text AS value FROM texts WHERE owner_id = ?'),
  ];
  vault.close();
  return traces;
}

const petition = (petitioner: Record<string, unknown>, description = 'Solicito copia del certificado.') => ({
  kind: 'PETITION',
  channel: 'EMAIL',
  subject: 'Certificado laboral',
  description,
  petitioner,
});
const TEXTS = `query ($r: String!) { pqrs(radicado: $r) { subject description } }`;
const SEARCH = `query ($t: String!) { pqrsList(filter: { text: $t }) { nodes { radicado } } }`;

describe('erasing a person’s data', () => {
  let ventanilla: VentanillaHarness;
  let dataDir: string;
  let admin: string;
  let anasCase: string;
  let anaId: string;
  let bernardosCase: string;

  beforeAll(async () => {
    // PQRS are kept 0 years after their last step here, so a closed case can be erased today.
    ventanilla = await VentanillaHarness.start({
      VENTANILLA_RETENTION_YEARS: '{"PQRS": 0, "AFFILIATION": 5}',
    });
    dataDir = ventanilla.config.dataDir;
    admin = await ventanilla.login();
    anasCase = (await ventanilla.ok(RECEIVE, { input: petition(ana, anasText) }, admin)).receivePqrs.radicado;
    anaId = (await ventanilla.ok(CASE, { r: anasCase }, admin)).pqrs.petitioner.id;
    bernardosCase = (await ventanilla.ok(RECEIVE, { input: petition(bernardo) }, admin)).receivePqrs.radicado;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  const erase = (personId: string, token = admin) =>
    ventanilla.graphql(ERASE, { p: personId, basis: 'HOLDER_REQUEST', ref: 'PQRS-2026-000900' }, token);

  it('is refused while the person has a case in course, naming the case and the rule', async () => {
    const response = await erase(anaId);

    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BUSINESS_RULE',
      rule: 'ERASURE_OPEN_RECORDS',
    });
    expect(response.errors?.[0]?.message).toContain(`el caso ${anasCase}, radicado`);
    expect(response.errors?.[0]?.message).toContain('Regla:');
  });

  it('is refused within the retention period of the series, saying until when', async () => {
    const { receiveAffiliation } = await ventanilla.ok(
      RECEIVE_AFFILIATION,
      {
        input: {
          affiliationType: 'INDIVIDUAL',
          channel: 'IN_PERSON',
          applicant: { name: 'Carlos Rincón', documentType: 'CC', documentNumber: '80123456' },
        },
      },
      admin,
    );
    await ventanilla.ok(REJECT_AFFILIATION, { id: receiveAffiliation.id }, admin);

    const response = await erase(receiveAffiliation.applicant.id);

    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BUSINESS_RULE',
      rule: 'ERASURE_RETENTION_PERIOD',
    });
    expect(response.errors?.[0]?.message).toMatch(
      /se conserva hasta el \d{2}\/\d{2}\/\d{4}\. Regla: la tabla de retención documental conserva la serie «Afiliaciones» 5 años/,
    );
  });

  it('is only an administrator’s', async () => {
    const coordinator = await ventanilla.userWithRoles(admin, 'coordinadora', ['COORDINATOR']);
    const response = await erase(anaId, coordinator.token);

    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  describe('once the person’s cases are closed', () => {
    let traces: Buffer[];
    let letterFile: string;
    let lettersBefore: string[];
    let erasure: Record<string, unknown>;

    beforeAll(async () => {
      await ventanilla.ok(ANSWER, { r: anasCase }, admin);
      await ventanilla.ok(CLOSE, { r: anasCase }, admin);
      // Before: her case reads its texts, and her subject is found by a search.
      expect((await ventanilla.ok(TEXTS, { r: anasCase }, admin)).pqrs.description).toBe(anasText);
      expect((await ventanilla.ok(SEARCH, { t: 'certificado laboral' }, admin)).pqrsList.nodes).toEqual(
        expect.arrayContaining([{ radicado: anasCase }]),
      );
      // Her answer was given in Ventanilla: its letter, a PDF kept as her case's file, is addressed to her.
      const { answerLetter } = (await ventanilla.ok(LETTER, { r: anasCase }, admin)).pqrs;
      letterFile = storedFileOf(dataDir, answerLetter.attachment.sha256);
      lettersBefore = await pdfTextsUnder(dataDir);
      traces = vaultTracesOf(dataDir, anaId);
      erasure = (
        await ventanilla.ok(ERASE, { p: anaId, basis: 'HOLDER_REQUEST', ref: 'PQRS-2026-000900' }, admin)
      ).erasePersonalData;
    });

    it('is recorded with its legal basis, the request and the records checked', async () => {
      expect(erasure).toEqual({
        personId: anaId,
        legalBasis: 'HOLDER_REQUEST',
        requestReference: 'PQRS-2026-000900',
        erasedAt: expect.any(String),
        versionsErased: 1,
        // The subject, the description, the access code her acknowledgment tells and the answer of her case.
        textsErased: 4,
        recordsChecked: [{ series: 'PQRS', reference: anasCase }],
      });
      const { auditEvents } = await ventanilla.ok(
        `query ($s: String) { auditEvents(filter: { stream: $s }) { nodes { type actor { role } } } }`,
        { s: `person-${anaId}` },
        admin,
      );
      expect(auditEvents.nodes).toEqual([{ type: 'PersonalDataErased', actor: { role: 'ADMIN' } }]);
    });

    it('shows the case’s petitioner as suppressed', async () => {
      expect((await ventanilla.ok(CASE, { r: anasCase }, admin)).pqrs.petitioner).toEqual({
        id: anaId,
        version: 1,
        erased: true,
        name: null,
        documentNumber: null,
        email: null,
      });
    });

    it('leaves neither the name, the document number, the e-mail nor the vault’s bytes of her in any file', () => {
      // The vault held her data and her case's four texts before: the search below can fail.
      expect(traces.length).toBe(7);
      const bytes = everyByteUnder(dataDir);
      for (const secret of [...secretsOf(ana), anasText]) {
        expect({ secret, found: bytes.includes(Buffer.from(secret, 'utf8')) }).toEqual({
          secret,
          found: false,
        });
      }
      expect(traces.filter((trace) => bytes.includes(trace))).toEqual([]);
    });

    it('deletes her answer letter: no PDF left in the data folder names her', async () => {
      // Before, the letter was kept and named her: the checks below can fail.
      expect(lettersBefore).toEqual([expect.stringContaining(ana.name)]);
      expect(existsSync(letterFile)).toBe(false);
      const letters = await pdfTextsUnder(dataDir);
      expect(letters.filter((text) => text.includes(ana.name))).toEqual([]);
    });

    it('shows her case’s texts as suppressed, and a search no longer finds it by them', async () => {
      expect((await ventanilla.ok(TEXTS, { r: anasCase }, admin)).pqrs).toEqual({
        subject: ERASED_TEXT,
        description: ERASED_TEXT,
      });
      const found = (await ventanilla.ok(SEARCH, { t: 'certificado laboral' }, admin)).pqrsList.nodes;
      expect(found).toEqual([{ radicado: bernardosCase }]);
    });

    it('keeps the audit trail whole', async () => {
      const { verifyAuditTrail } = await ventanilla.ok('{ verifyAuditTrail { ok } }', {}, admin);
      expect(verifyAuditTrail.ok).toBe(true);
    });

    it('asked again, records nothing new and answers the same erasure', async () => {
      const again = (await ventanilla.ok(ERASE, { p: anaId, basis: 'HOLDER_REQUEST', ref: 'OTRA-1' }, admin))
        .erasePersonalData;
      expect(again).toEqual({ ...erasure, versionsErased: 0, textsErased: 0 });
    });

    it('a new filing with her document is a new person, with nothing of the erased one', async () => {
      const radicado = (await ventanilla.ok(RECEIVE, { input: petition(ana) }, admin)).receivePqrs.radicado;
      const petitioner = (await ventanilla.ok(CASE, { r: radicado }, admin)).pqrs.petitioner;
      expect(petitioner).toMatchObject({ version: 1, erased: false, name: ana.name });
      expect(petitioner.id).not.toBe(anaId);
    });
  });

  describe('from the command line (npm run erase)', () => {
    it('erases a person found by document, the same way', async () => {
      await ventanilla.ok(ANSWER, { r: bernardosCase }, admin);
      await ventanilla.ok(CLOSE, { r: bernardosCase }, admin);
      const bernardoId = (await ventanilla.ok(CASE, { r: bernardosCase }, admin)).pqrs.petitioner.id;
      const traces = vaultTracesOf(dataDir, bernardoId);
      const { answerLetter } = (await ventanilla.ok(LETTER, { r: bernardosCase }, admin)).pqrs;
      const letterFile = storedFileOf(dataDir, answerLetter.attachment.sha256);
      expect((await extractPdf(readFileSync(letterFile))).pages.flat().join(' ')).toContain(bernardo.name);
      const lines: string[] = [];
      const output = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };

      const refused = await runErase(
        ['--documento', 'CE:987654321', '--fundamento', 'HOLDER_REQUEST'],
        {},
        output,
      );
      const exitCode = await runErase(
        ['--documento', 'CE:987654321', '--fundamento', 'HOLDER_REQUEST', '--solicitud', 'SOL-2026-0042'],
        {
          VENTANILLA_DATA_DIR: dataDir,
          VENTANILLA_RETENTION_YEARS: '{"PQRS": 0}',
          LOG_LEVEL: 'error',
        },
        output,
      );

      expect(refused).toBe(64);
      expect(exitCode).toBe(0);
      expect(lines.at(-1)).toContain(`Datos personales de ${bernardoId} suprimidos (solicitud SOL-2026-0042`);
      expect((await ventanilla.ok(CASE, { r: bernardosCase }, admin)).pqrs.petitioner.erased).toBe(true);
      const bytes = everyByteUnder(dataDir);
      for (const secret of secretsOf(bernardo))
        expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
      expect(traces.filter((trace) => bytes.includes(trace))).toEqual([]);
      expect(existsSync(letterFile)).toBe(false);
      expect((await pdfTextsUnder(dataDir)).filter((text) => text.includes(bernardo.name))).toEqual([]);
    });
  });
});

describe('the retention table (VENTANILLA_RETENTION_YEARS)', () => {
  it('keeps the defaults for the series it does not name', () => {
    expect(loadConfiguration({ VENTANILLA_RETENTION_YEARS: '{"PQRS": 3}' }).retentionYears).toEqual({
      PQRS: 3,
      AFFILIATION: 20,
      SURVEY: 5,
    });
  });

  it.each([
    ['not JSON', 'PQRS=3'],
    ['an unknown series', '{"CONTRATOS": 3}'],
    ['negative years', '{"PQRS": -1}'],
  ])('stops the start on %s, naming the variable', (_case, value) => {
    expect(() => loadConfiguration({ VENTANILLA_RETENTION_YEARS: value })).toThrow(ConfigurationError);
    expect(() => loadConfiguration({ VENTANILLA_RETENTION_YEARS: value })).toThrow(
      /VENTANILLA_RETENTION_YEARS/,
    );
  });
});
