// Art. 17 of Ley 1755 de 2015 whole, and administrative silence, over HTTP with the server's clock in the
// test's hands and a receiving mail server on loopback: the petitioner extends the window to complete
// from the tracking page before it ends (a late ask and a second one refused); a case past its window
// stays open until the office decides; a tacit withdrawal without its act, or before the window ends, is
// refused, then decided and notified with its act number; the petitioner files again naming the withdrawn
// radicado, and both cases show the link. A request for documents unanswered in its term shows positive
// silence (art. 14.1) and its copies' delivery, late; a petition three months old without a notified
// decision is flagged as negative silence (CPACA art. 83) on its page and in the Bandeja; the Informe de
// PQRS counts both, checked by hand.
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import { ReceivingSmtpServer, type ReceivedMail } from '../support/receiving-smtp-server.js';

/** Bogotá is UTC-5. */
const bogota = (day: string, time = '10:00') => new Date(`${day}T${time}:00.000-05:00`);

const CASE = `radicado status tacitWithdrawalFrom completionWindowExtendedOn withdrawalActNumber refilingOf
  refiledAs negativeSilence { silenceFrom }
  positiveSilence { silenceFrom copiesDueBy copiesStatus copiesDeliveredOn }
  notifications { kind }`;

describe('art. 17 whole and administrative silence, over HTTP', () => {
  let now = bogota('2026-03-13', '09:00');
  let smtp: ReceivingSmtpServer;
  let ventanilla: VentanillaHarness;
  let admin: string;

  const post = (query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.graphql<Record<string, Record<string, unknown>>>(query, variables, admin);
  const ok = async (query: string, variables: Record<string, unknown> = {}) =>
    (await ventanilla.ok<Record<string, Record<string, unknown>>>(query, variables, admin))!;

  const receive = async (kind: string, document: string, refilingOf: string | null = null) => {
    const { receivePqrs } = await ok(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado accessCode refilingOf } }`,
      {
        input: {
          kind,
          channel: 'WEB',
          answerChannel: 'EMAIL',
          subject: 'Copia de un contrato',
          description: 'Solicito copia del contrato.',
          petitioner: {
            name: 'Ana Beltrán',
            documentType: 'CC',
            documentNumber: document,
            email: `cc${document}@correo.test`,
          },
          ...(refilingOf === null ? {} : { refilingOf }),
        },
      },
    );
    return receivePqrs as { radicado: string; accessCode: string; refilingOf: string | null };
  };
  const caseOf = async (radicado: string) =>
    (await ok(`query ($r: String!) { pqrs(radicado: $r) { ${CASE} } }`, { r: radicado })).pqrs!;
  const requestInformation = (radicado: string) =>
    ok(
      `mutation ($r: String!) { requestPqrsInformation(radicado: $r, note: "Falta la copia de la cédula.") { radicado } }`,
      {
        r: radicado,
      },
    );
  const WITHDRAW = `mutation ($r: String!, $act: String) {
    withdrawPqrs(radicado: $r, mode: TACIT, actNumber: $act, reason: "No completó la petición en el plazo, prorrogado a su solicitud.") { ${CASE} }
  }`;
  const PUBLIC_EXTEND = `mutation ($r: String!, $code: String!) {
    extendPublicCompletionWindow(radicado: $r, accessCode: $code) { status awaitingInformation completeBy completionWindowExtended }
  }`;
  const ruleOf = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.['rule'];

  const mailWith = async (subject: string): Promise<ReceivedMail> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const mail = smtp.received.find((candidate) => candidate.subject.includes(subject));
      if (mail !== undefined) return mail;
      if (Date.now() > deadline) throw new Error(`No llegó el correo «${subject}»`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    smtp = await ReceivingSmtpServer.start();
    ventanilla = await VentanillaHarness.start(
      {
        VENTANILLA_SMTP_URL: smtp.url,
        VENTANILLA_MAIL_FROM: 'Atención al Cliente <pqrs@entidad.gov.co>',
        VENTANILLA_MAIL_RETRY_SECONDS: '0',
        VENTANILLA_PUBLIC_URL: 'https://ventanilla.entidad.gov.co',
      },
      undefined,
      undefined,
      () => now,
    );
    admin = await ventanilla.login();
  });

  afterAll(async () => {
    await ventanilla?.stop();
    await smtp?.stop();
  });

  it('art. 17 whole: extension, tacit withdrawal by a numbered act, notified, and a new filing', async () => {
    // Friday 13 March 2026: two petitions; the office asks both to complete on Tuesday 17 March, so each
    // has until Thursday 16 April (Holy Week does not stop a term in months); withdrawal from the 17th.
    now = bogota('2026-03-13', '09:00');
    const first = await receive('PETITION', '52000001');
    const second = await receive('PETITION', '52000002');
    now = bogota('2026-03-17');
    await requestInformation(first.radicado);
    await requestInformation(second.radicado);
    expect(await caseOf(first.radicado)).toMatchObject({
      status: 'AWAITING_INFORMATION',
      tacitWithdrawalFrom: '2026-04-17',
      completionWindowExtendedOn: null,
    });

    // On the last day the petitioner asks, from the tracking page, for an equal term: to 16 May.
    now = bogota('2026-04-16', '18:00');
    const { extendPublicCompletionWindow } = await ventanilla.ok<Record<string, Record<string, unknown>>>(
      PUBLIC_EXTEND,
      { r: first.radicado, code: first.accessCode },
    );
    expect(extendPublicCompletionWindow).toMatchObject({
      awaitingInformation: true,
      completeBy: '2026-05-16',
      completionWindowExtended: true,
    });
    expect(await caseOf(first.radicado)).toMatchObject({
      tacitWithdrawalFrom: '2026-05-17',
      completionWindowExtendedOn: '2026-04-16',
    });

    // The next day: the other petitioner's ask comes too late, and a second ask is refused.
    now = bogota('2026-04-17');
    const late = await post(
      `mutation ($r: String!) { extendPqrsCompletionWindow(radicado: $r) { radicado } }`,
      {
        r: second.radicado,
      },
    );
    expect(ruleOf(late)).toBe('COMPLETION_WINDOW_ENDED');
    expect(late.errors?.[0]?.message).toContain('terminó el 16/04/2026');
    const again = await ventanilla.graphql(PUBLIC_EXTEND, { r: first.radicado, code: first.accessCode });
    expect(ruleOf(again)).toBe('COMPLETION_WINDOW_ALREADY_EXTENDED');

    // While the extended window is open, the tacit withdrawal is refused.
    now = bogota('2026-05-15');
    const early = await post(WITHDRAW, { r: first.radicado, act: 'Resolución 045 de 2026' });
    expect(ruleOf(early)).toBe('TACIT_WITHDRAWAL_TOO_EARLY');
    expect(early.errors?.[0]?.message).toContain('corre hasta el 16/05/2026');

    // Past the window nothing happens by itself: the case waits for the office's decision.
    now = bogota('2026-05-25');
    expect(await caseOf(first.radicado)).toMatchObject({
      status: 'AWAITING_INFORMATION',
      withdrawalActNumber: null,
    });
    const withoutAct = await post(WITHDRAW, { r: first.radicado, act: null });
    expect(ruleOf(withoutAct)).toBe('ACT_NUMBER_REQUIRED');
    expect(withoutAct.errors?.[0]?.extensions?.['field']).toBe('actNumber');

    const { withdrawPqrs } = await ok(WITHDRAW, { r: first.radicado, act: 'Resolución 045 de 2026' });
    expect(withdrawPqrs).toMatchObject({
      status: 'WITHDRAWN',
      withdrawalActNumber: 'Resolución 045 de 2026',
    });
    expect((withdrawPqrs['notifications'] as { kind: string }[]).map((notice) => notice.kind)).toContain(
      'TACIT_WITHDRAWAL_DECREE',
    );
    const notice = await mailWith(`Radicado ${first.radicado}: desistimiento tácito`);
    expect(notice.envelopeTo).toEqual(['cc52000001@correo.test']);
    expect(notice.text).toContain('mediante el acto administrativo Resolución 045 de 2026');
    expect(notice.text).toContain('No completó la petición en el plazo, prorrogado a su solicitud.');
    expect(notice.text).toContain('(el 16/05/2026)');
    expect(notice.text).toContain('Puede presentar de nuevo su solicitud');

    // The petitioner files again, naming the withdrawn radicado; a case not withdrawn cannot be named.
    now = bogota('2026-05-26');
    const refiled = await receive('PETITION', '52000001', first.radicado);
    expect(refiled.refilingOf).toBe(first.radicado);
    expect(await caseOf(first.radicado)).toMatchObject({ refiledAs: [refiled.radicado] });
    const notWithdrawn = await post(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'IN_PERSON',
          subject: 'Otra',
          description: 'Otra.',
          petitioner: { name: 'Ana Beltrán', documentType: 'CC', documentNumber: '52000002' },
          refilingOf: second.radicado,
        },
      },
    );
    expect(ruleOf(notWithdrawn)).toBe('REFILING_NOT_WITHDRAWN');
  });

  it('silence: positive on a request for documents and its copies, negative three months after filing', async () => {
    // A request for documents of Friday 20 March 2026 (its ten business days skip San José, 23 March, and
    // Holy Thursday and Good Friday): due Wednesday 8 April; accepted by law from the 9th; copies by the 13th.
    now = bogota('2026-03-20');
    const request = await receive('INFORMATION_REQUEST', '52000003');
    now = bogota('2026-04-08', '18:00');
    expect(await caseOf(request.radicado)).toMatchObject({ positiveSilence: null, negativeSilence: null });
    now = bogota('2026-04-09', '08:00');
    expect((await caseOf(request.radicado))['positiveSilence']).toEqual({
      silenceFrom: '2026-04-09',
      copiesDueBy: '2026-04-13',
      copiesStatus: 'PENDING',
      copiesDeliveredOn: null,
    });
    now = bogota('2026-04-14');
    const { recordPqrsCopiesDelivery } = await ok(
      `mutation ($r: String!) { recordPqrsCopiesDelivery(radicado: $r, note: "Se entregaron las copias en la ventanilla.") { ${CASE} } }`,
      { r: request.radicado },
    );
    expect(recordPqrsCopiesDelivery['positiveSilence']).toMatchObject({
      copiesStatus: 'DELIVERED_LATE',
      copiesDeliveredOn: '2026-04-14',
    });

    // The petitions of 13 March (the first test's: one withdrawn, one still awaiting its petitioner) and
    // this request: on Friday 12 June none is three months old; on Saturday 13 June the one still open is.
    now = bogota('2026-06-12');
    const bandeja = async () =>
      (
        (
          await ok(
            `query { pqrsList(first: 50, filter: { receivedFrom: "2026-03-01", receivedTo: "2026-03-31" }) { nodes { radicado status negativeSilence { silenceFrom } } } }`,
          )
        ).pqrsList!['nodes'] as { radicado: string; status: string; negativeSilence: unknown }[]
      ).map((node) => [node.status, node.negativeSilence]);
    expect((await bandeja()).filter(([, flag]) => flag !== null)).toEqual([]);
    now = bogota('2026-06-13');
    expect((await bandeja()).filter(([, flag]) => flag !== null)).toEqual([
      ['AWAITING_INFORMATION', { silenceFrom: '2026-06-13' }],
    ]);

    // The Informe de PQRS of March as of 20 June (layout 9), by hand: positive silence 1 (the request),
    // its copies delivered late 1, on time 0, pending 0; negative silence 2 — the petition still awaiting
    // its petitioner (13 June) and the request, unanswered (20 June); the withdrawn petition is not counted.
    now = bogota('2026-06-20', '18:00');
    const { report } = await ok(
      `mutation { report(kind: PQRS, from: "2026-03-01", to: "2026-03-31", format: CSV) { downloadUrl } }`,
    );
    const response = await fetch(ventanilla.url.replace(/\/graphql$/, report!['downloadUrl'] as string), {
      headers: { authorization: `Bearer ${admin}` },
    });
    const csv = (await response.text()).split(/\r?\n/);
    const at = csv.findIndex((line) => line.startsWith('Silencio administrativo al corte'));
    expect(csv.slice(at + 1, at + 6)).toEqual([
      'Solicitudes de documentos aceptadas por silencio positivo (Ley 1755, art. 14 num. 1);1',
      'Copias entregadas a tiempo (3 días hábiles);0',
      'Copias entregadas tarde;1',
      'Copias pendientes de entrega;0',
      'PQRS con silencio negativo: 3 meses sin decisión notificada (Ley 1437, art. 83);2',
    ]);

    // The replayed history judges silence on its cut (here today: no asOf); a past cut is judged on its
    // own day (test/projections/case-silence.test.ts: this server's log records on the wall clock).
    const HISTORY = `query ($r: String!, $asOf: DateTime) { caseHistory(radicado: $r, asOf: $asOf) {
      positiveSilence { silenceFrom copiesDueBy copiesStatus copiesDeliveredOn } negativeSilence { silenceFrom } } }`;
    const asOf = async (instant: string | null) =>
      (await ok(HISTORY, { r: request.radicado, asOf: instant })).caseHistory!;
    expect(await asOf(null)).toMatchObject({
      positiveSilence: { copiesStatus: 'DELIVERED_LATE' },
      negativeSilence: { silenceFrom: '2026-06-20' },
    });
  });
});
