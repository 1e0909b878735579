// Free texts under the person's key (issue 11, item 4): a case's subject, description, notes, reasons and
// answer are sealed in the personal-data vault under the petitioner's key before anything is written; the
// log (the radicado counter's receipt included) and the read models hold references; the gateway, the
// reports and the search give the texts back while the key exists.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const CASE = `
  query ($r: String!) {
    pqrs(radicado: $r) { subject description lateEntries { reason } }
    caseHistory(radicado: $r) { events { type data } }
  }`;

const texts = {
  subject: 'Reclamo por cobro de la cuota moderadora',
  description: 'Soy Marta Lucía Gómez, cédula 52111222, y me cobraron dos veces la cuota del 3 de marzo.',
  lateEntryReason: 'La carta de la señora Gómez llegó a la sede de Zipaquirá y se remitió con retraso.',
  note: 'Señora Gómez: adjunte el recibo de pago de la segunda cuota.',
  providedNote: 'La señora Gómez trajo el recibo del Banco de Bogotá.',
  extensionReason: 'Se espera el concepto de facturación sobre el cobro a la señora Gómez.',
  answer: 'Señora Gómez: se ordenó la devolución de la cuota cobrada dos veces.',
};

/** Beyond the late-entry window (at least 4 business days, holidays or not), within art. 17's 10 days. */
const tenDaysAgo = () => new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString();

/** The letter, filed late with the coordinator's reason; the same idempotency key makes a retry of it. */
const marthasLetter = (receivedAt: string) => ({
  kind: 'CLAIM',
  channel: 'MAIL',
  subject: texts.subject,
  description: texts.description,
  receivedAt,
  lateEntryReason: texts.lateEntryReason,
  petitioner: { name: 'Marta Lucía Gómez', documentType: 'CC', documentNumber: '52111222' },
  idempotencyKey: 'carta-0042',
});

describe('free texts under the petitioner’s key', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let radicado: string;
  let log: RecordedEvent[];

  const vaultTexts = (): number => {
    const vault = new Database(join(ventanilla.config.dataDir, 'personal-data.sqlite'), { readonly: true });
    const { count } = vault.prepare<[], { count: number }>('SELECT count(*) AS count FROM texts').get()!;
    vault.close();
    return count;
  };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    radicado = (await ventanilla.ok(RECEIVE, { input: marthasLetter(tenDaysAgo()) }, admin)).receivePqrs
      .radicado;
    const step = (mutation: string, variables: Record<string, unknown> = {}) =>
      ventanilla.ok(mutation, { r: radicado, ...variables }, admin);
    await step(
      `mutation ($r: String!, $n: String!) { requestPqrsInformation(radicado: $r, note: $n) { status } }`,
      {
        n: texts.note,
      },
    );
    await step(
      `mutation ($r: String!, $n: String!, $at: DateTime!) { providePqrsInformation(radicado: $r, providedAt: $at, note: $n) { status } }`,
      { n: texts.providedNote, at: new Date().toISOString() },
    );
    const { pqrs } = await step(`query ($r: String!) { pqrs(radicado: $r) { maxDueDate } }`);
    await step(
      `mutation ($r: String!, $d: Date!, $why: String!) { extendPqrsDeadline(radicado: $r, newDueDate: $d, reason: $why) { status } }`,
      { d: pqrs.maxDueDate, why: texts.extensionReason },
    );
    await step(`mutation ($r: String!, $a: String!) { answerPqrs(radicado: $r, answer: $a) { status } }`, {
      a: texts.answer,
    });
    const store = ventanilla.app.get<EventStore>(EVENT_STORE);
    log = await store.readAll(null, 10_000);
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('writes references to the vault in the log, never the texts, the radicado’s receipt included', () => {
    const written = JSON.stringify(log.map((event) => event.data));
    for (const text of Object.values(texts)) {
      expect({ text, inTheLog: written.includes(text) }).toEqual({ text, inTheLog: false });
    }
    const received = log.find((event) => event.stream === `pqrs-${radicado}` && event.type === 'Received')!;
    expect(received.data).toMatchObject({
      subject: expect.stringMatching(/^vault-text:[0-9a-f-]{36}$/),
      description: expect.stringMatching(/^vault-text:[0-9a-f-]{36}$/),
      lateEntry: { reason: expect.stringMatching(/^vault-text:[0-9a-f-]{36}$/) },
    });
    const issued = log.find((event) => event.type === 'RadicadoIssued')!;
    expect((issued.data as { receipt: Record<string, unknown> }).receipt).toMatchObject({
      subject: (received.data as { subject: string }).subject,
      description: (received.data as { description: string }).description,
    });
    const answered = log.find((event) => event.type === 'Answered')!;
    expect(answered.data).toMatchObject({ answer: expect.stringMatching(/^vault-text:/) });
  });

  it('keeps no text in the read models’ file, and the gateway gives every one back', async () => {
    const readModels = readFileSync(join(ventanilla.config.dataDir, 'read-models.sqlite'));
    const readModelsWal = readFileSync(join(ventanilla.config.dataDir, 'read-models.sqlite-wal'));
    for (const text of Object.values(texts)) {
      const bytes = Buffer.from(text, 'utf8');
      expect({ text, found: readModels.includes(bytes) || readModelsWal.includes(bytes) }).toEqual({
        text,
        found: false,
      });
    }
    const { pqrs, caseHistory } = await ventanilla.ok(CASE, { r: radicado }, admin);
    expect(pqrs).toEqual({
      subject: texts.subject,
      description: texts.description,
      lateEntries: [{ reason: texts.lateEntryReason }],
    });
    const shown = JSON.stringify(caseHistory.events);
    for (const text of Object.values(texts)) expect(shown).toContain(JSON.stringify(text).slice(1, -1));
    expect(shown).not.toContain('vault-text:');
  });

  it('finds the case by the words of its subject, ignoring case and accents', async () => {
    const { pqrsList } = await ventanilla.ok(
      `query ($t: String!) { pqrsList(filter: { text: $t }) { nodes { radicado subject } } }`,
      { t: 'COBRO cuota MODERAD' },
      admin,
    );
    expect(pqrsList.nodes).toEqual([{ radicado, subject: texts.subject }]);
  });

  it('prints the subject in the Contraloría export', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const { report } = await ventanilla.ok(
      `mutation ($from: Date!, $to: Date!) { report(kind: CONTRALORIA, from: $from, to: $to, format: CSV) { downloadUrl } }`,
      { from, to: day },
      admin,
    );
    const csv = await (
      await fetch(ventanilla.url.replace(/\/graphql$/, report.downloadUrl), {
        headers: { authorization: `Bearer ${admin}` },
      })
    ).text();
    expect(csv).toContain(texts.subject);
    expect(csv).not.toContain('vault-text:');
  });

  it('seals a retried receipt’s texts once, and a refused command’s not at all', async () => {
    const before = vaultTexts();
    const receivedAt = log.find((event) => event.type === 'Received')!.metadata.occurredAt;
    const retry = await ventanilla.ok(RECEIVE, { input: marthasLetter(receivedAt) }, admin);
    expect(retry.receivePqrs.radicado).toBe(radicado);
    // The case is answered: a second answer is refused by the domain before anything is sealed.
    const refused = await ventanilla.graphql(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Otra respuesta que no debe quedar.") { status } }`,
      { r: radicado },
      admin,
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BUSINESS_RULE');
    expect(vaultTexts()).toBe(before);
  });

  it('seals a survey’s open answer, named respondent or anonymous, and gives it back in the results', async () => {
    const { createSurveyInstrument } = await ventanilla.ok(
      `mutation ($input: CreateSurveyInstrumentInput!) { createSurveyInstrument(input: $input) { id } }`,
      {
        input: {
          name: 'Encuesta de la atención',
          questions: [
            { text: '¿Le resolvieron su solicitud?', kind: 'YES_NO' },
            { text: '¿Qué podemos mejorar?', kind: 'FREE_TEXT' },
          ],
        },
      },
      admin,
    );
    const instrumentId = createSurveyInstrument.id as string;
    const openAnswers = [
      'Soy Marta Gómez y la asesora de la sede de Zipaquirá no me atendió.',
      'Que contesten el teléfono 601 555 0101 de la oficina.',
    ];
    const today = new Date(Date.now() - 5 * 3600 * 1000).toISOString().slice(0, 10);
    const answerWith = (openAnswer: string, respondent: Record<string, string> | null) =>
      ventanilla.ok(
        `mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { answers { questionId text } } }`,
        {
          input: {
            instrumentId,
            channel: 'PHONE',
            answeredOn: today,
            evaluation: 'FIRST',
            answers: [
              { questionId: 'q1', yes: false },
              { questionId: 'q2', text: openAnswer },
            ],
            ...(respondent === null ? {} : { respondent }),
          },
        },
        admin,
      );
    const named = await answerWith(openAnswers[0]!, {
      name: 'Marta Lucía Gómez',
      documentType: 'CC',
      documentNumber: '52111222',
    });
    await answerWith(openAnswers[1]!, null);

    expect(named.answerSurvey.answers).toEqual([
      { questionId: 'q1', text: null },
      { questionId: 'q2', text: openAnswers[0] },
    ]);
    const written = JSON.stringify(
      (await ventanilla.app.get<EventStore>(EVENT_STORE).readAll(null, 10_000)).map((event) => event.data),
    );
    for (const openAnswer of openAnswers) expect(written.includes(openAnswer)).toBe(false);
    const { satisfactionResults } = await ventanilla.ok(
      `query ($id: ID!, $d: Date!) { satisfactionResults(instrumentId: $id, from: $d, to: $d) { freeTextAnswers { text } } }`,
      { id: instrumentId, d: today },
      admin,
    );
    expect(satisfactionResults.freeTextAnswers.map((answer: { text: string }) => answer.text).sort()).toEqual(
      [...openAnswers].sort(),
    );
  });
});
