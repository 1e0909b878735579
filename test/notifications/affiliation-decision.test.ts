// The notice of an affiliation's decision, over real SMTP on loopback (the smtp-server package receiving,
// the application sending through nodemailer), with the application's clock in the test's hands: an
// approved applicant gets the decision with the member number, a rejected one with the reason, from the
// template version in force when the decision was taken; the affiliation shows each notice sent with its
// Message-ID; an applicant without an e-mail address leaves the notice failed with the reason, and staff
// record its postal dispatch instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import { NOTICE_FIELDS, type Notice } from '../support/notices.js';
import { ReceivingSmtpServer, type ReceivedMail } from '../support/receiving-smtp-server.js';

const DOMAIN = 'entidad.gov.co';
/** Bogotá is UTC-5. */
const bogota = (day: string, time: string) => new Date(`${day}T${time}:00.000-05:00`);

const AFFILIATION = `query ($id: ID!) { affiliation(id: $id) { status memberNumber notifications { ${NOTICE_FIELDS} } } }`;
const RECEIVE = `mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!, $input: SubmitAffiliationDocumentInput!) {
  submitAffiliationDocument(id: $id, input: $input) { pendingDocuments } }`;
const VERIFY = `mutation ($id: ID!) { verifyAffiliationRequirements(id: $id) { status } }`;
const APPROVE = `mutation ($id: ID!) { approveAffiliation(id: $id) { memberNumber } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectAffiliation(id: $id, reason: $reason) { status } }`;
const PUBLISH = `mutation ($key: NoticeTemplateKey!, $subject: String!, $body: String!) {
  publishNoticeTemplate(key: $key, subject: $subject, body: $body) { version } }`;

const INDIVIDUAL_DOCUMENTS = ['IDENTITY_DOCUMENT', 'APPLICATION_FORM', 'PROOF_OF_INCOME'];

describe('the notice of an affiliation’s decision, by mail', () => {
  let now = bogota('2026-03-09', '09:00');
  let smtp: ReceivingSmtpServer;
  let dataDir: string;
  let ventanilla: VentanillaHarness;
  let admin: string;

  beforeAll(async () => {
    smtp = await ReceivingSmtpServer.start();
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-affiliation-notices-'));
    ventanilla = await VentanillaHarness.start(
      {
        VENTANILLA_SMTP_URL: smtp.url,
        VENTANILLA_MAIL_FROM: `Atención al Cliente <afiliaciones@${DOMAIN}>`,
        VENTANILLA_MAIL_RETRY_SECONDS: '0',
        VENTANILLA_MAIL_ATTEMPTS: '2',
      },
      dataDir,
      undefined,
      () => now,
    );
    admin = await ventanilla.login();
  });

  afterAll(async () => {
    await ventanilla.stop();
    await smtp.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Received on Monday 9 March 2026 at 09:00; the decision is taken on Friday 13 March at 10:00. */
  const receive = async (applicant: Record<string, unknown>): Promise<string> => {
    now = bogota('2026-03-09', '09:00');
    const { receiveAffiliation } = await ventanilla.ok<{ receiveAffiliation: { id: string } }>(
      RECEIVE,
      {
        input: {
          affiliationType: 'INDIVIDUAL',
          channel: 'IN_PERSON',
          applicant: { documentType: 'CC', ...applicant },
        },
      },
      admin,
    );
    now = bogota('2026-03-13', '10:00');
    return receiveAffiliation.id;
  };

  const noticesOf = async (id: string): Promise<Notice[]> =>
    (await ventanilla.ok<{ affiliation: { notifications: Notice[] } }>(AFFILIATION, { id }, admin))
      .affiliation.notifications;

  /** Waits until the affiliation's notice reaches a status (the sender records it after the server answers). */
  const noticeWhen = async (id: string, status: string): Promise<Notice> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [notice] = await noticesOf(id);
      if (notice?.status === status) return notice;
      if (Date.now() > deadline) throw new Error(`El aviso de ${id} sigue en ${notice?.status ?? 'ninguno'}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const messageIdOf = (notificationId: string, round = 1) => `<${notificationId}.${round}@${DOMAIN}>`;
  const mailsWith = (messageId: string) => (mail: ReceivedMail) => mail.messageId === messageId;

  const eventsOf = async (id: string) =>
    (await ventanilla.app.get<EventStore>(EVENT_STORE).readStream(`affiliation-${id}`)).map((event) => ({
      type: event.type,
      data: event.data as Record<string, unknown>,
    }));

  it('tells an approved applicant the decision and the member number, and shows the notice sent', async () => {
    const id = await receive({
      name: 'Carlos Andrés Rincón Pardo',
      documentNumber: '80123456',
      email: 'carlos.rincon@correo.test',
    });
    for (const documentType of INDIVIDUAL_DOCUMENTS) {
      await ventanilla.ok(
        SUBMIT,
        { id, input: { documentType, evidenceReference: `gd/${documentType}` } },
        admin,
      );
    }
    await ventanilla.ok(VERIFY, { id }, admin);
    const { approveAffiliation } = await ventanilla.ok<{ approveAffiliation: { memberNumber: string } }>(
      APPROVE,
      { id },
      admin,
    );
    const { memberNumber } = approveAffiliation;
    const notificationId = `${id}-N1`;

    const [mail] = await smtp.waitFor(mailsWith(messageIdOf(notificationId)), 1);
    expect(mail!.envelopeTo).toEqual(['carlos.rincon@correo.test']);
    expect(mail!.subject).toBe('Su solicitud de afiliación fue aprobada');
    expect(mail!.text).toContain('Respetado(a) Carlos Andrés Rincón Pardo:');
    expect(mail!.text).toContain(
      'su solicitud de afiliación, recibida el 09/03/2026, fue aprobada el 13/03/2026.',
    );
    expect(mail!.text).toContain(`Su número de afiliado es ${memberNumber}`);
    expect(mail!.text).not.toContain('Motivo:');

    const notice = await noticeWhen(id, 'SENT');
    expect(notice).toEqual(
      expect.objectContaining({
        id: notificationId,
        kind: 'AFFILIATION_DECISION',
        channel: 'EMAIL',
        recipientRole: 'APPLICANT',
        attempts: 1,
        messageId: messageIdOf(notificationId),
        failure: null,
      }),
    );
    const events = await eventsOf(id);
    expect(events.find((event) => event.type === 'NotificationRequested')?.data).toEqual(
      expect.objectContaining({ follows: 'Approved', template: { key: 'AFFILIATION_DECISION', version: 1 } }),
    );
    expect(events.find((event) => event.type === 'NotificationSent')?.data).toEqual(
      expect.objectContaining({
        messageId: messageIdOf(notificationId),
        serverResponse: expect.stringMatching(/^250 /),
      }),
    );
    // The address reaches the mail, never the log.
    expect(JSON.stringify(events)).not.toContain('carlos.rincon@correo.test');
  });

  it('tells a rejected applicant the reason, kept sealed in the log', async () => {
    const id = await receive({
      name: 'Lucía Fernanda Gómez',
      documentNumber: '52111222',
      email: 'lucia.gomez@correo.test',
    });
    const reason = 'Los ingresos certificados no alcanzan el mínimo exigido para la afiliación.';
    await ventanilla.ok(REJECT, { id, reason }, admin);
    const notificationId = `${id}-N1`;

    const [mail] = await smtp.waitFor(mailsWith(messageIdOf(notificationId)), 1);
    expect(mail!.envelopeTo).toEqual(['lucia.gomez@correo.test']);
    expect(mail!.subject).toBe('Su solicitud de afiliación fue rechazada');
    expect(mail!.text).toContain('fue rechazada el 13/03/2026.');
    expect(mail!.text).toContain(`Motivo: ${reason}`);
    expect(mail!.text).not.toContain('número de afiliado');

    const notice = await noticeWhen(id, 'SENT');
    expect(notice.messageId).toBe(messageIdOf(notificationId));
    expect(JSON.stringify(await eventsOf(id))).not.toContain(reason);
  });

  it('writes the notice from the template version in force when the decision was taken', async () => {
    const { publishNoticeTemplate } = await ventanilla.ok<{ publishNoticeTemplate: { version: number } }>(
      PUBLISH,
      {
        key: 'AFFILIATION_DECISION',
        subject: 'Decisión sobre su afiliación: {{decision}}',
        body: 'Respetado(a) {{nombre}}:\n\nSu solicitud {{numeroSolicitud}} fue {{decision}}.{{#motivo}} Motivo: {{motivo}}{{/motivo}}',
      },
      admin,
    );
    const id = await receive({
      name: 'Pedro Pablo Ruiz',
      documentNumber: '79333444',
      email: 'pedro.ruiz@correo.test',
    });
    await ventanilla.ok(REJECT, { id, reason: 'Ya es afiliado de otra caja.' }, admin);
    const notificationId = `${id}-N1`;

    const [mail] = await smtp.waitFor(mailsWith(messageIdOf(notificationId)), 1);
    expect(mail!.subject).toBe('Decisión sobre su afiliación: rechazada');
    const { affiliation } = await ventanilla.ok<{ affiliation: { requestNumber: string } }>(
      'query ($id: ID!) { affiliation(id: $id) { requestNumber } }',
      { id },
      admin,
    );
    expect(affiliation.requestNumber).toMatch(/^AFI-2026-\d{6}$/);
    expect(mail!.text).toContain(
      `Su solicitud ${affiliation.requestNumber} fue rechazada. Motivo: Ya es afiliado de otra caja.`,
    );
    const requested = (await eventsOf(id)).find((event) => event.type === 'NotificationRequested');
    expect(requested?.data.template).toEqual({
      key: 'AFFILIATION_DECISION',
      version: publishNoticeTemplate.version,
    });
  });

  it('fails the notice of an applicant without e-mail, saying why, and staff record its postal dispatch', async () => {
    const id = await receive({ name: 'Rosa Elena Daza', documentNumber: '41555666' });
    await ventanilla.ok(REJECT, { id, reason: 'Documentación incompleta.' }, admin);
    const notificationId = `${id}-N1`;

    const failed = await noticeWhen(id, 'FAILED');
    expect(failed).toEqual(
      expect.objectContaining({ id: notificationId, attempts: 1, messageId: null, sentAt: null }),
    );
    expect(failed.failure).toBe(
      'El solicitante no tiene correo electrónico registrado: envíe el aviso por correo postal o por otro medio.',
    );
    expect(smtp.offered.filter(mailsWith(messageIdOf(notificationId)))).toHaveLength(0);

    const { recordPostalDispatch } = await ventanilla.ok<{ recordPostalDispatch: Notice }>(
      `mutation ($id: String!) { recordPostalDispatch(notificationId: $id, carrier: "4-72",
         guideNumber: "RA987654321CO", dispatchedAt: "2026-03-13") { id status dispatch { carrier guideNumber dispatchedOn } } }`,
      { id: notificationId },
      admin,
    );
    expect(recordPostalDispatch).toEqual({
      id: notificationId,
      status: 'DISPATCHED',
      dispatch: { carrier: '4-72', guideNumber: 'RA987654321CO', dispatchedOn: '2026-03-13' },
    });
    const notice = await noticeWhen(id, 'DISPATCHED');
    expect(notice.dispatch).toEqual(recordPostalDispatch.dispatch);
    expect((await eventsOf(id)).map((event) => event.type).slice(-3)).toEqual([
      'NotificationRequested',
      'NotificationFailed',
      'PostalDispatchRecorded',
    ]);
  });
});
