// E-mail intake against a real IMAP server (dovecot, on loopback over a temporary Maildir) and the real
// application: messages put in the mailbox with IMAP APPEND become cases on the e-mail channel, with their
// files; a message seen twice is one case; a crash between radicating and moving finds the same case; a
// message that cannot be read lands in "Correo por revisar" and in the review folder.
import { createHash } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { MailRadication } from '../../src/features/mail-intake/mail-radication.js';
import { messageKeyOf, readMail } from '../../src/features/mail-intake/mail-reading.js';
import { MailboxReader } from '../../src/features/mail-intake/mailbox-reader.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import { DOVECOT_MISSING, dovecotInstalled, startDovecot, type DovecotServer } from './dovecot-server.js';

const PROCESSED = 'Radicados';
const REVIEW = 'Por revisar';

/** A small PDF: file-type knows it by its first bytes, as the upload rules do. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
/** A Windows program: no office takes one as a petition's file. */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

let messages = 0;

/** A message as a mail client writes it (CRLF lines, base64 files), with a Message-ID of its own unless given. */
function message({
  from = 'Carlos Pérez <carlos.perez@correo.example>',
  subject,
  text,
  files = [],
  messageId = `<mensaje-${++messages}-${Date.now()}@correo.example>`,
  headers = [],
}: {
  from?: string | null;
  subject: string;
  text: string;
  files?: { name: string; type: string; bytes: Buffer }[];
  messageId?: string | null;
  headers?: string[];
}): Buffer {
  const boundary = `limite-${messages}`;
  const lines = [
    ...(from === null ? [] : [`From: ${from}`]),
    'To: Atención al Cliente <pqrs@entidad.example>',
    `Subject: =?UTF-8?B?${Buffer.from(subject, 'utf8').toString('base64')}?=`,
    'Date: Fri, 04 Dec 2026 09:30:00 -0500',
    ...(messageId === null ? [] : [`Message-ID: ${messageId}`]),
    ...headers,
    'MIME-Version: 1.0',
  ];
  const body = [
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(text, 'utf8').toString('base64'),
  ];
  if (files.length === 0) return Buffer.from([...lines, ...body].join('\r\n'), 'utf8');
  return Buffer.from(
    [
      ...lines,
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      ...body,
      ...files.flatMap((file) => [
        `--${boundary}`,
        `Content-Type: ${file.type}; name="${file.name}"`,
        `Content-Disposition: attachment; filename="${file.name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        file.bytes.toString('base64').replace(/.{76}/g, '$&\r\n'),
      ]),
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    'utf8',
  );
}

const CASE = `
  query ($text: String!) {
    pqrsList(filter: { text: $text }, first: 10) {
      totalCount
      nodes {
        radicado kind channel answerChannel subject description receivedAt
        petitioner { id name email documentType documentNumber }
        attachments { fileName mediaType sha256 }
      }
    }
  }`;

const suite = dovecotInstalled ? describe : describe.skip;

suite(`radicación por correo (IMAP)${dovecotInstalled ? '' : ` — omitida: ${DOVECOT_MISSING}`}`, () => {
  let dovecot: DovecotServer;
  let harness: VentanillaHarness;
  let mailbox: ImapFlow;
  let token: string;
  let reader: MailboxReader;

  beforeAll(async () => {
    dovecot = await startDovecot();
    harness = await VentanillaHarness.start({
      VENTANILLA_IMAP_URL: dovecot.url,
      VENTANILLA_IMAP_FOLDER: 'INBOX',
      VENTANILLA_IMAP_PROCESSED_FOLDER: PROCESSED,
      VENTANILLA_IMAP_REVIEW_FOLDER: REVIEW,
      // The tests read the mailbox when they want to (readNow); no poll of their own gets in between.
      VENTANILLA_IMAP_POLL_SECONDS: '86400',
      VENTANILLA_MAIL_FROM: 'Atención al Cliente <pqrs@entidad.example>',
    });
    token = await harness.login();
    reader = harness.app.get(MailboxReader);
    mailbox = dovecot.client();
    await mailbox.connect();
  });

  afterAll(async () => {
    await mailbox?.logout();
    await harness?.stop();
    await dovecot?.stop();
  });

  /** Puts a message in a folder, as the office's mail server delivers it. */
  async function deliver(raw: Buffer, arrivedAt = new Date(), folder = 'INBOX'): Promise<void> {
    await mailbox.append(folder, raw, [], arrivedAt);
  }

  /** The Message-IDs of the messages in a folder. */
  async function messageIdsIn(folder: string): Promise<string[]> {
    const lock = await mailbox.getMailboxLock(folder);
    try {
      // Selected again, so the count is the server's now and not the one this session last heard.
      const { exists } = await mailbox.mailboxOpen(folder);
      if (exists === 0) return [];
      const found = await mailbox.fetchAll('1:*', { envelope: true });
      return found.map((item) => item.envelope?.messageId ?? '');
    } finally {
      lock.release();
    }
  }

  async function casesAbout(text: string) {
    const data = await harness.ok(CASE, { text }, token);
    return data.pqrsList as { totalCount: number; nodes: Record<string, any>[] };
  }

  it('creates the folders it moves messages to', async () => {
    const folders = (await mailbox.list()).map((folder) => folder.path);

    expect(folders).toEqual(expect.arrayContaining(['INBOX', PROCESSED, REVIEW]));
  });

  it('radicates a message with a PDF as a petition on the e-mail channel, with the file, and files the message', async () => {
    const arrivedAt = new Date(Date.now() - 60 * 60 * 1000);
    const raw = message({
      subject: 'Certificado de afiliación urgente',
      text: 'Buenos días: solicito el certificado de afiliación de mi madre. Adjunto la cédula.',
      files: [{ name: 'cédula.pdf', type: 'application/pdf', bytes: PDF }],
      messageId: '<certificado-1@correo.example>',
    });
    await deliver(raw, arrivedAt);

    await reader.readNow();

    const cases = await casesAbout('Certificado afiliación urgente');
    expect(cases.totalCount).toBe(1);
    const filed = cases.nodes[0]!;
    expect(filed).toMatchObject({
      kind: 'PETITION',
      channel: 'EMAIL',
      answerChannel: 'EMAIL',
      subject: 'Certificado de afiliación urgente',
      description: 'Buenos días: solicito el certificado de afiliación de mi madre. Adjunto la cédula.',
      receivedAt: new Date(Math.floor(arrivedAt.getTime() / 1000) * 1000).toISOString(),
      petitioner: {
        name: 'Carlos Pérez',
        email: 'carlos.perez@correo.example',
        documentType: '',
        documentNumber: '',
      },
    });
    expect(filed.attachments).toEqual([
      {
        fileName: 'cédula.pdf',
        mediaType: 'application/pdf',
        sha256: createHash('sha256').update(PDF).digest('hex'),
      },
    ]);
    expect(await messageIdsIn('INBOX')).toEqual([]);
    expect(await messageIdsIn(PROCESSED)).toContain('<certificado-1@correo.example>');
  });

  it('files a second message from the same address under the same person', async () => {
    await deliver(message({ subject: 'Primera consulta Quintana', text: 'Consulta uno.' }));
    await reader.readNow();
    await deliver(
      message({
        from: 'C. Pérez <Carlos.Perez@CORREO.example>',
        subject: 'Segunda consulta Quintana',
        text: 'Consulta dos.',
      }),
    );
    await reader.readNow();

    const cases = await casesAbout('consulta Quintana');

    expect(cases.totalCount).toBe(2);
    expect(new Set(cases.nodes.map((filed) => filed.petitioner.id)).size).toBe(1);
  });

  it('makes one case of the same message seen twice (the same Message-ID), in one pass or in two', async () => {
    const raw = message({
      subject: 'Reclamo por cobro duplicado Zapata',
      text: 'Me cobraron dos veces la cuota de noviembre.',
      messageId: '<duplicado-1@correo.example>',
    });
    await deliver(raw);
    await deliver(raw);
    await reader.readNow();
    await deliver(raw);
    await reader.readNow();

    const cases = await casesAbout('cobro duplicado Zapata');

    expect(cases.totalCount).toBe(1);
    expect(await messageIdsIn('INBOX')).toEqual([]);
    expect(
      (await messageIdsIn(PROCESSED)).filter((id) => id === '<duplicado-1@correo.example>'),
    ).toHaveLength(3);
  });

  it('finds the same case for a message radicated before a crash kept it from being moved', async () => {
    const raw = message({
      subject: 'Solicitud interrumpida Valencia',
      text: 'Solicito copia del contrato.',
      messageId: '<interrumpido-1@correo.example>',
    });
    const arrivedAt = new Date(Date.now() - 5 * 60 * 1000);
    // The first attempt radicated it and stopped there: no record of it, no move.
    const parsed = await simpleParser(raw);
    const reading = readMail(parsed, 'pqrs@entidad.example', PROCESSED);
    if (!reading.readable) throw new Error(reading.reason);
    const radicado = await harness.app
      .get(MailRadication)
      .radicate(reading, arrivedAt, messageKeyOf(parsed.messageId, raw));
    await deliver(raw, arrivedAt);

    await reader.readNow();

    const cases = await casesAbout('Solicitud interrumpida Valencia');
    expect(cases.nodes.map((filed) => filed.radicado)).toEqual([radicado]);
    expect(await messageIdsIn(PROCESSED)).toContain('<interrumpido-1@correo.example>');
  });

  it('radicates a message whose file the rules refuse, naming the file in a note on the case', async () => {
    await deliver(
      message({
        subject: 'Queja con programa adjunto Rendón',
        text: 'Adjunto mi queja y el comprobante.',
        files: [
          { name: 'comprobante.pdf', type: 'application/pdf', bytes: PDF },
          { name: 'queja.exe', type: 'application/octet-stream', bytes: EXE },
        ],
      }),
    );

    await reader.readNow();

    const [filed] = (await casesAbout('programa adjunto Rendón')).nodes;
    expect(filed!.attachments.map((file: { fileName: string }) => file.fileName)).toEqual([
      'comprobante.pdf',
    ]);
    expect(filed!.description).toContain('Adjunto mi queja y el comprobante.');
    expect(filed!.description).toContain('estos archivos del mensaje no se incorporaron al caso');
    expect(filed!.description).toContain('«queja.exe»');
    expect(filed!.description).toContain(`carpeta «${PROCESSED}»`);
  });

  it('puts a message it cannot read in «Correo por revisar» and the review folder, until a coordinator dismisses it', async () => {
    await deliver(
      message({
        from: null,
        subject: 'Sin remitente Ospina',
        text: 'Texto de un mensaje sin dirección de respuesta.',
        messageId: '<sin-remitente@correo.example>',
      }),
    );

    await reader.readNow();

    const { mailForReview } = await harness.ok(
      '{ mailForReview { id receivedAt from subject reason } }',
      {},
      token,
    );
    const queued = (mailForReview as Record<string, any>[]).find(
      (item) => item.subject === 'Sin remitente Ospina',
    );
    expect(queued).toMatchObject({
      from: null,
      reason: 'El mensaje no trae una dirección de correo de quien lo envía: no hay a quién responder.',
    });
    expect(queued!.receivedAt).toEqual(expect.any(String));
    expect((await casesAbout('Sin remitente Ospina')).totalCount).toBe(0);
    expect(await messageIdsIn(REVIEW)).toContain('<sin-remitente@correo.example>');
    expect(await messageIdsIn('INBOX')).toEqual([]);

    const agent = await harness.userWithRoles(token, 'agente-correo', ['AGENT']);
    const refused = await harness.graphql('{ mailForReview { id } }', {}, agent.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const dismissal = await harness.ok(
      `mutation ($id: ID!, $reason: String!) {
        dismissMailForReview(id: $id, reason: $reason) { id dismissedAt reason dismissedBy { username } }
      }`,
      { id: queued!.id, reason: 'Radicado a mano tras llamar al remitente.' },
      token,
    );
    expect(dismissal.dismissMailForReview).toMatchObject({
      id: queued!.id,
      reason: 'Radicado a mano tras llamar al remitente.',
      dismissedBy: { username: 'admin' },
    });
    const after = await harness.ok('{ mailForReview { id } }', {}, token);
    expect(after.mailForReview).not.toContainEqual({ id: queued!.id });
  });

  it('does not date a message read weeks late on the day it was read: it waits for a coordinator', async () => {
    // The domain lets only a coordinator record a receipt beyond the late-entry window; the reader would
    // give the reason (lateReadingReason) if it were let, and meanwhile leaves the message to them.
    const arrivedAt = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    await deliver(
      message({
        subject: 'Petición olvidada Saldarriaga',
        text: 'Solicito información.',
        messageId: '<olvidada@correo.example>',
      }),
      arrivedAt,
    );

    await reader.readNow();

    const { mailForReview } = await harness.ok('{ mailForReview { subject reason } }', {}, token);
    expect(mailForReview).toContainEqual({
      subject: 'Petición olvidada Saldarriaga',
      reason: expect.stringMatching(
        /^El sistema no pudo radicarlo: Un proceso automático no puede registrar la recepción del \d{2}\/\d{2}\/\d{4}/,
      ),
    });
    expect((await casesAbout('olvidada Saldarriaga')).totalCount).toBe(0);
    expect(await messageIdsIn(REVIEW)).toContain('<olvidada@correo.example>');
  });

  it('does not radicate an automatic reply or a delivery report: it waits for review', async () => {
    await deliver(
      message({
        from: 'Carlos Pérez <carlos.perez@correo.example>',
        subject: 'Respuesta automática: fuera de la oficina Beltrán',
        text: 'Estoy de vacaciones hasta el lunes.',
        headers: ['Auto-Submitted: auto-replied'],
      }),
    );

    await reader.readNow();

    const { mailForReview } = await harness.ok('{ mailForReview { subject reason } }', {}, token);
    expect(mailForReview).toContainEqual({
      subject: 'Respuesta automática: fuera de la oficina Beltrán',
      reason: expect.stringContaining('mensaje automático'),
    });
    expect((await casesAbout('fuera oficina Beltrán')).totalCount).toBe(0);
  });
});
