// The notices the law requires, over real SMTP on loopback (the smtp-server package receiving, the
// application sending through nodemailer), with the application's clock in the test's hands: the
// acknowledgment arrives with the radicado and the access code; the answer with its letter, whose SHA-256
// is the one recorded; a prórroga is notified before the due date and refused after it; a server that
// refuses twice and then accepts gets one message and the tries are recorded; a permanent refusal fails
// the notice for staff to post it; with no mail server the notices wait, and are sent once there is one;
// a sender interrupted after the server took a message and before it was recorded sends it again with the
// same Message-ID.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import { ReceivingSmtpServer, type ReceivedMail } from '../support/receiving-smtp-server.js';
import { NOTICE_FIELDS, type Notice } from '../support/notices.js';

const DOMAIN = 'entidad.gov.co';
/** Bogotá is UTC-5. */
const bogota = (day: string, time: string) => new Date(`${day}T${time}:00.000-05:00`);

const NOTICES = `notifications { ${NOTICE_FIELDS} }`;

describe('notices by mail', () => {
  let now = bogota('2026-03-13', '09:00');
  let smtp: ReceivingSmtpServer;
  let dataDir: string;
  let ventanilla: VentanillaHarness;
  let admin: string;
  /** Set by a test to stop the log under the sender once the server has taken a message for it. */
  let interruptOn: string | null = null;

  const start = async (smtpUrl: string | null) => {
    ventanilla = await VentanillaHarness.start(
      {
        ...(smtpUrl === null ? {} : { VENTANILLA_SMTP_URL: smtpUrl }),
        VENTANILLA_MAIL_FROM: `Atención al Cliente <pqrs@${DOMAIN}>`,
        VENTANILLA_MAIL_RETRY_SECONDS: '0',
        VENTANILLA_MAIL_ATTEMPTS: '3',
        VENTANILLA_PUBLIC_URL: 'https://ventanilla.entidad.gov.co',
      },
      dataDir,
      undefined,
      () => now,
    );
    admin = await ventanilla.login();
  };

  const receive = async (email: string, document: string) => {
    const { receivePqrs } = await ventanilla.ok<{ receivePqrs: { radicado: string; accessCode: string } }>(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado accessCode } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'EMAIL',
          answerChannel: 'EMAIL',
          subject: 'Certificado de afiliación',
          description: 'Solicito el certificado.',
          petitioner: { name: 'Ana Beltrán', documentType: 'CC', documentNumber: document, email },
        },
      },
      admin,
    );
    return receivePqrs;
  };

  const noticesOf = async (radicado: string): Promise<Notice[]> =>
    (
      await ventanilla.ok<{ pqrs: { notifications: Notice[] } }>(
        `query ($r: String!) { pqrs(radicado: $r) { ${NOTICES} } }`,
        { r: radicado },
        admin,
      )
    ).pqrs.notifications;

  /** Waits until the case's notice reaches a status (the sender records it after the server answers). */
  const noticeWhen = async (radicado: string, id: string, status: string): Promise<Notice> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const notice = (await noticesOf(radicado)).find((candidate) => candidate.id === id);
      if (notice?.status === status) return notice;
      if (Date.now() > deadline) throw new Error(`El aviso ${id} sigue en ${notice?.status ?? 'ninguno'}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const messageIdOf = (id: string, round = 1) => `<${id}.${round}@${DOMAIN}>`;
  const mailsWith = (messageId: string) => (mail: ReceivedMail) => mail.messageId === messageId;

  const eventsOf = async (radicado: string) =>
    (await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`pqrs-${radicado}`)).map((event) => ({
      type: event.type,
      data: event.data as Record<string, unknown>,
      actor: `${event.metadata.actorId}/${event.metadata.actorRole}`,
    }));

  beforeAll(async () => {
    smtp = await ReceivingSmtpServer.start({
      // A mailbox that is full for now (twice), and one that does not exist.
      refuse: (mail, seen) => {
        if (mail.envelopeTo.includes('lleno@correo.test') && seen < 2) {
          return { code: 452, message: '4.2.2 Buzón lleno, intente más tarde' };
        }
        if (mail.envelopeTo.includes('inexistente@correo.test')) {
          return { code: 550, message: '5.1.1 El buzón no existe' };
        }
        return null;
      },
      beforeAccepting: async (mail) => {
        if (interruptOn === null || !mail.envelopeTo.includes(interruptOn)) return;
        interruptOn = null;
        // The machine goes down between the server taking the message and the sender recording it: the
        // log is closed under the sender, so what the server answered is never recorded.
        await ventanilla.app.get<EventStore>(EVENT_STORE).close();
      },
    });
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-notices-'));
    await start(smtp.url);
  });

  beforeEach(() => {
    now = bogota('2026-03-13', '09:00');
  });

  afterAll(async () => {
    await ventanilla.stop();
    await smtp.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('acknowledges a filing with its radicado, due date and access code, and records what the server answered', async () => {
    const { radicado, accessCode } = await receive('ana@correo.test', '52000001');
    const id = `${radicado}-N1`;
    const [mail] = await smtp.waitFor(mailsWith(messageIdOf(id)), 1);
    expect(mail!.envelopeTo).toEqual(['ana@correo.test']);
    expect(mail!.subject).toBe(`Radicado ${radicado}: recibimos su solicitud`);
    expect(mail!.text).toContain('Respetado(a) Ana Beltrán:');
    // Filed on Friday 13 March 2026: 15 business days, due 8 April (San José and Holy Week skipped).
    expect(mail!.text).toContain('vence el 08/04/2026');
    expect(mail!.text).toContain(`Su código de consulta es ${accessCode}`);
    expect(mail!.text).toContain('https://ventanilla.entidad.gov.co/ventanilla/consulta');

    const notice = await noticeWhen(radicado, id, 'SENT');
    expect(notice).toEqual(
      expect.objectContaining({
        kind: 'ACKNOWLEDGMENT',
        channel: 'EMAIL',
        attempts: 1,
        messageId: messageIdOf(id),
      }),
    );
    const events = await eventsOf(radicado);
    const sent = events.find((event) => event.type === 'NotificationSent');
    expect(sent).toEqual({
      type: 'NotificationSent',
      data: expect.objectContaining({
        notificationId: id,
        messageId: messageIdOf(id),
        serverResponse: expect.stringMatching(/^250 /),
      }),
      actor: 'mail-sender/SYSTEM',
    });
    // The access code reaches the mail, never the log.
    expect(JSON.stringify(events)).not.toContain(accessCode);
    expect(JSON.stringify(events)).not.toContain('ana@correo.test');
  });

  it('sends the answer with its letter, whose SHA-256 is the one recorded', async () => {
    const { radicado } = await receive('ana@correo.test', '52000001');
    const { answerPqrs } = await ventanilla.ok<{
      answerPqrs: { answerLetter: { outgoingNumber: string; attachment: { id: string; sha256: string } } };
    }>(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se expide el certificado solicitado.") {
         answerLetter { outgoingNumber attachment { id sha256 } } } }`,
      { r: radicado },
      admin,
    );
    expect(answerPqrs.answerLetter.outgoingNumber).toMatch(/^SAL-2026-\d{6}$/);
    const id = `${radicado}-N2`;
    const [mail] = await smtp.waitFor(mailsWith(messageIdOf(id)), 1);
    expect(mail!.subject).toBe(`Radicado ${radicado}: respuesta a su solicitud`);
    expect(mail!.text).toContain(`Adjuntamos el oficio ${answerPqrs.answerLetter.outgoingNumber}`);
    const pdfs = mail!.parsed.attachments.filter((file) => file.contentType === 'application/pdf');
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0]!.filename).toBe(`Respuesta ${radicado} ${answerPqrs.answerLetter.outgoingNumber}.pdf`);
    expect(createHash('sha256').update(pdfs[0]!.content).digest('hex')).toBe(
      answerPqrs.answerLetter.attachment.sha256,
    );
    await noticeWhen(radicado, id, 'SENT');
    const { pqrs } = await ventanilla.ok<{ pqrs: { answerNotifiedOn: string } }>(
      `query ($r: String!) { pqrs(radicado: $r) { answerNotifiedOn } }`,
      { r: radicado },
      admin,
    );
    expect(pqrs.answerNotifiedOn).toBe('2026-03-13');
  });

  it('notifies a prórroga before the due date, and refuses one once the due date has passed', async () => {
    now = bogota('2026-03-16', '09:00');
    const { radicado } = await receive('ana@correo.test', '52000001');
    // Received Monday 16 March 2026: 15 business days after San José (23 March) and Holy Week, due
    // Thursday 9 April; on the due date itself the extension is still in time.
    now = bogota('2026-04-09', '16:00');
    await ventanilla.ok(
      `mutation ($r: String!) { extendPqrsDeadline(radicado: $r, newDueDate: "2026-04-24", reason: "Se consulta a la Gerencia Técnica.") { dueDate } }`,
      { r: radicado },
      admin,
    );
    const id = `${radicado}-N2`;
    const [mail] = await smtp.waitFor(mailsWith(messageIdOf(id)), 1);
    expect(mail!.text).toContain('que vence el 09/04/2026');
    expect(mail!.text).toContain('más tardar el 24/04/2026');
    expect(mail!.text).toContain('Se consulta a la Gerencia Técnica.');

    now = bogota('2026-03-16', '09:00');
    const late = await receive('ana@correo.test', '52000001');
    now = bogota('2026-04-10', '08:00');
    const refused = await ventanilla.graphql(
      `mutation ($r: String!) { extendPqrsDeadline(radicado: $r, newDueDate: "2026-04-24", reason: "Tarde.") { dueDate } }`,
      { r: late.radicado },
      admin,
    );
    expect(refused.errors?.[0]?.extensions?.rule).toBe('EXTENSION_AFTER_DUE_DATE');
    expect((await noticesOf(late.radicado)).map((notice) => notice.kind)).toEqual(['ACKNOWLEDGMENT']);
  });

  it('writes to the address given with the filing: a later filing with the same document cannot redirect it', async () => {
    const { radicado } = await receive('ana@correo.test', '52000009');
    await smtp.waitFor(mailsWith(messageIdOf(`${radicado}-N1`)), 1);
    // Someone else files with her document number and their own address: a newer version of her data.
    const other = await receive('otra.persona@correo.test', '52000009');
    await smtp.waitFor(mailsWith(messageIdOf(`${other.radicado}-N1`)), 1);
    await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Respuesta para Ana.") { status } }`,
      { r: radicado },
      admin,
    );
    const [answer] = await smtp.waitFor(mailsWith(messageIdOf(`${radicado}-N2`)), 1);
    expect(answer!.envelopeTo).toEqual(['ana@correo.test']);
  });

  it('tries again when the server refuses for now: one message delivered, every try recorded', async () => {
    const { radicado } = await receive('lleno@correo.test', '52000002');
    const id = `${radicado}-N1`;
    const notice = await noticeWhen(radicado, id, 'SENT');
    expect(notice.attempts).toBe(3);
    expect(smtp.offered.filter(mailsWith(messageIdOf(id)))).toHaveLength(3);
    expect(smtp.received.filter(mailsWith(messageIdOf(id)))).toHaveLength(1);
    const tries = (await eventsOf(radicado)).filter((event) => event.type.startsWith('Notification'));
    expect(tries.map((event) => [event.type, event.data.attempt ?? null])).toEqual([
      ['NotificationRequested', null],
      ['NotificationAttemptFailed', 1],
      ['NotificationAttemptFailed', 2],
      ['NotificationSent', 3],
    ]);
    expect(tries[1]!.data.failure).toContain('Buzón lleno');
  });

  it('fails at once on a permanent refusal, for staff to give the notice by post', async () => {
    const { radicado } = await receive('inexistente@correo.test', '52000003');
    const id = `${radicado}-N1`;
    const failed = await noticeWhen(radicado, id, 'FAILED');
    expect(failed.attempts).toBe(1);
    expect(failed.failure).toContain('El buzón no existe');
    const { outbox } = await ventanilla.ok<{ outbox: { failed: number; smtpConfigured: boolean } }>(
      `{ outbox: notificationOutbox { failed smtpConfigured } }`,
      {},
      admin,
    );
    expect(outbox).toEqual({ failed: 1, smtpConfigured: true });
    const { recordPostalDispatch } = await ventanilla.ok<{ recordPostalDispatch: Notice }>(
      `mutation ($id: String!) { recordPostalDispatch(notificationId: $id, carrier: "4-72", guideNumber: "RA123456789CO", dispatchedAt: "2026-03-13") { status dispatch { carrier guideNumber dispatchedOn } } }`,
      { id },
      admin,
    );
    expect(recordPostalDispatch).toEqual({
      status: 'DISPATCHED',
      dispatch: { carrier: '4-72', guideNumber: 'RA123456789CO', dispatchedOn: '2026-03-13' },
    });
    const unknown = await ventanilla.graphql(
      `mutation { recordPostalDispatch(notificationId: "PQRS-1-N9", carrier: "4-72", guideNumber: "G", dispatchedAt: "2026-03-13") { status } }`,
      {},
      admin,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('sends again, with the same Message-ID, a notice whose sending was interrupted before it was recorded', async () => {
    interruptOn = 'caida@correo.test';
    const filed = receive('caida@correo.test', '52000004');
    const { radicado } = await filed;
    const id = `${radicado}-N1`;
    const [first] = await smtp.waitFor(mailsWith(messageIdOf(id)), 1);
    // The log was closed under the sender: the application goes down with the outcome unrecorded.
    await ventanilla.stop().catch(() => undefined);
    await start(smtp.url);
    const mails = await smtp.waitFor(mailsWith(messageIdOf(id)), 2);
    expect(mails.map((mail) => mail.messageId)).toEqual([first!.messageId, first!.messageId]);
    const notice = await noticeWhen(radicado, id, 'SENT');
    expect(notice.messageId).toBe(messageIdOf(id));
    const sent = (await eventsOf(radicado)).filter((event) => event.type === 'NotificationSent');
    expect(sent).toHaveLength(1);
  });

  it('with no mail server, notices wait as pending and staff are told; once there is one, they are sent', async () => {
    await ventanilla.stop();
    await start(null);
    const { radicado } = await receive('espera@correo.test', '52000005');
    const id = `${radicado}-N1`;
    expect((await noticesOf(radicado)).map((notice) => notice.status)).toEqual(['PENDING']);
    const { outbox } = await ventanilla.ok<{ outbox: { smtpConfigured: boolean; pendingEmails: number } }>(
      `{ outbox: notificationOutbox { smtpConfigured pendingEmails } }`,
      {},
      admin,
    );
    expect(outbox).toEqual({ smtpConfigured: false, pendingEmails: 1 });
    expect(smtp.received.filter(mailsWith(messageIdOf(id)))).toHaveLength(0);
    await ventanilla.stop();
    await start(smtp.url);
    await smtp.waitFor(mailsWith(messageIdOf(id)), 1);
    await noticeWhen(radicado, id, 'SENT');
  });
});
