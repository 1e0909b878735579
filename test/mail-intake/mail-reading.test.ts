// What the mailbox reader makes of a message before it keeps anything: its key, sender, subject, text and
// files, or why it goes to "Correo por revisar"; which files fit one filing; the note naming the others;
// the reason a late-read message carries; and how it reaches the mailbox (URL, waits after a drop).
import { simpleParser } from 'mailparser';
import {
  FIRST_RECONNECT_MS,
  imapOptionsOf,
  LONGEST_RECONNECT_MS,
  mailboxNameOf,
  reconnectDelayMs,
} from '../../src/features/mail-intake/imap-connection.js';
import { ownAddressOf } from '../../src/features/mail-intake/mail-intake.js';
import {
  DESCRIPTION_MAX_CHARACTERS,
  filesLeftNote,
  fitFiling,
  lateReadingReason,
  messageKeyOf,
  NO_SUBJECT,
  ONLY_FILES_DESCRIPTION,
  readMail,
  receivedAtOf,
  SUBJECT_MAX_CHARACTERS,
  withNote,
  type ReadableMail,
  type UnreadableMail,
} from '../../src/features/mail-intake/mail-reading.js';

const OFFICE = 'pqrs@entidad.example';
const FOLDER = 'Radicados';

async function read(lines: string[]) {
  return readMail(await simpleParser(Buffer.from(lines.join('\r\n'), 'utf8')), OFFICE, FOLDER);
}

const from = 'From: Ana Zuluaga <ana@correo.example>';

describe('messageKeyOf', () => {
  it('is the same for the same Message-ID, with or without its angle brackets, whatever the bytes', () => {
    expect(messageKeyOf('<abc@mail.example>', Buffer.from('uno'))).toBe(
      messageKeyOf('abc@mail.example', Buffer.from('dos')),
    );
    expect(messageKeyOf('<abc@mail.example>', Buffer.from('uno'))).not.toBe(
      messageKeyOf('<abd@mail.example>', Buffer.from('uno')),
    );
  });

  it('comes from the bytes for a message without Message-ID, and names nothing of it', () => {
    const key = messageKeyOf(undefined, Buffer.from('From: ana@correo.example'));

    expect(key).toBe(messageKeyOf('  ', Buffer.from('From: ana@correo.example')));
    expect(key).not.toBe(messageKeyOf(undefined, Buffer.from('From: otra@correo.example')));
    expect(key).toMatch(/^mail-bytes:[0-9a-f]{64}$/);
    expect(messageKeyOf('<ana@correo.example>', Buffer.alloc(0))).toMatch(/^mail-id:[0-9a-f]{64}$/);
  });
});

describe('readMail', () => {
  it('reads the sender, the subject and the plain text', async () => {
    const reading = (await read([
      from,
      'Subject: Certificado',
      '',
      'Solicito un certificado.',
    ])) as ReadableMail;

    expect(reading).toEqual({
      readable: true,
      sender: { email: 'ana@correo.example', name: 'Ana Zuluaga' },
      subject: 'Certificado',
      description: 'Solicito un certificado.',
      files: [],
    });
  });

  it('takes the text from the HTML when the message has no plain part', async () => {
    const reading = (await read([
      from,
      'Subject: Queja',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>El servicio <b>no</b> funciona.</p>',
    ])) as ReadableMail;

    expect(reading.description).toBe('El servicio no funciona.');
  });

  it('calls a message without subject «(sin asunto)», and a sender without name by their address', async () => {
    const reading = (await read(['From: ana@correo.example', '', 'Hola.'])) as ReadableMail;

    expect(reading.subject).toBe(NO_SUBJECT);
    expect(reading.sender).toEqual({ email: 'ana@correo.example', name: 'ana@correo.example' });
  });

  it('keeps a long subject and text within what a case takes, saying where the rest is', async () => {
    const reading = (await read([
      from,
      `Subject: ${'asunto '.repeat(100)}`,
      '',
      'palabra '.repeat(5000),
    ])) as ReadableMail;

    expect(Array.from(reading.subject)).toHaveLength(SUBJECT_MAX_CHARACTERS);
    expect(Array.from(reading.description).length).toBeLessThanOrEqual(DESCRIPTION_MAX_CHARACTERS);
    expect(reading.description).toMatch(
      /El texto sigue en el mensaje original, que se conserva en la carpeta «Radicados»/,
    );
  });

  it('takes the attached files but not the images a signature embeds in its HTML', async () => {
    const reading = (await read([
      from,
      'Subject: Con archivos',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: multipart/related; boundary="r"',
      '',
      '--r',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Adjunto.</p><img src="cid:logo">',
      '--r',
      'Content-Type: image/png; name="logo.png"',
      'Content-ID: <logo>',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('logo').toString('base64'),
      '--r--',
      '--b',
      'Content-Type: application/pdf; name="carta.pdf"',
      'Content-Disposition: attachment; filename="carta.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('%PDF-1.4').toString('base64'),
      '--b--',
    ])) as ReadableMail;

    expect(reading.files.map((file) => [file.fileName, Buffer.from(file.bytes).toString()])).toEqual([
      ['carta.pdf', '%PDF-1.4'],
    ]);
  });

  it('radicates a message that is only files, saying so in its description', async () => {
    const reading = (await read([
      from,
      'Subject: Escaneado',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: application/pdf; name="solicitud.pdf"',
      'Content-Disposition: attachment; filename="solicitud.pdf"',
      '',
      '%PDF-1.4',
      '--b--',
    ])) as ReadableMail;

    expect(reading.readable).toBe(true);
    expect(reading.description).toBe(ONLY_FILES_DESCRIPTION);
  });

  it('sends to review a message with no sender address, saying what it shows of itself', async () => {
    expect(await read(['Subject: Anónimo', '', 'Texto.'])).toEqual({
      readable: false,
      reason: 'El mensaje no trae una dirección de correo de quien lo envía: no hay a quién responder.',
      from: null,
      subject: 'Anónimo',
    });
  });

  it('sends to review a message with neither text nor files', async () => {
    const reading = (await read([from, 'Subject: Vacío', '', '   '])) as UnreadableMail;

    expect(reading).toMatchObject({
      readable: false,
      reason: 'El mensaje no trae texto ni archivos adjuntos.',
      from: 'Ana Zuluaga <ana@correo.example>',
    });
  });

  it.each([
    ['an automatic reply', ['Auto-Submitted: auto-replied']],
    ['a bulk mailing', ['Precedence: bulk']],
    ['a delivery report', ['Content-Type: multipart/report; report-type=delivery-status; boundary="x"']],
  ])('sends %s to review rather than answer it', async (_kind, headers) => {
    const reading = await read([from, 'Subject: Aviso', ...headers, '', 'Texto.']);

    expect(reading).toMatchObject({ readable: false, reason: expect.stringContaining('mensaje automático') });
  });

  it('sends to review what a mail server writes, and what the office itself sent', async () => {
    expect(await read(['From: MAILER-DAEMON@mx.example', 'Subject: Undelivered', '', 'x'])).toMatchObject({
      readable: false,
    });
    expect(
      await read([`From: Atención <${OFFICE.toUpperCase()}>`, 'Subject: Radicado', '', 'x']),
    ).toMatchObject({
      readable: false,
      reason: expect.stringContaining('la misma dirección de la oficina'),
    });
  });
});

describe('fitFiling', () => {
  const limits = { maxFileBytes: 100, maxFilesPerFiling: 2, maxTotalBytesPerFiling: 150 };

  it('takes the accepted files in order while they fit, and names the others with the reason', () => {
    const fit = fitFiling(
      [
        { fileName: 'a.pdf', size: 80, refusal: null },
        { fileName: 'virus.exe', size: 10, refusal: 'No es de un tipo aceptado.' },
        { fileName: 'b.pdf', size: 80, refusal: null },
        { fileName: 'c.pdf', size: 60, refusal: null },
        { fileName: 'd.pdf', size: 10, refusal: null },
      ],
      limits,
    );

    expect(fit.taken).toEqual([0, 3]);
    expect(fit.left).toEqual([
      { fileName: 'virus.exe', reason: 'No es de un tipo aceptado.' },
      { fileName: 'b.pdf', reason: 'Los archivos de una radicación suman hasta 150 bytes.' },
      { fileName: 'd.pdf', reason: 'Una radicación admite hasta 2 archivos.' },
    ]);
  });
});

describe('the note on the files left out', () => {
  it('is none when every file was taken', () => {
    expect(filesLeftNote([], FOLDER)).toBeNull();
    expect(withNote('Texto.', null)).toBe('Texto.');
  });

  it('names each file with its reason and where the message is kept, after the text', () => {
    const note = filesLeftNote([{ fileName: 'virus.exe', reason: 'No es de un tipo aceptado.' }], FOLDER);

    expect(withNote('Texto.', note)).toBe(
      'Texto.\n\nNota de la radicación por correo: estos archivos del mensaje no se incorporaron al caso.\n' +
        '- «virus.exe»: No es de un tipo aceptado.\n' +
        'El mensaje original, con todos sus archivos, se conserva en la carpeta «Radicados» del buzón de correo.',
    );
  });

  it('keeps the whole within what a case takes, the note whole', () => {
    const note = filesLeftNote([{ fileName: 'x.exe', reason: 'No.' }], FOLDER)!;

    const description = withNote('a'.repeat(DESCRIPTION_MAX_CHARACTERS), note);

    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX_CHARACTERS);
    expect(description.endsWith(note)).toBe(true);
  });
});

describe('when the message was received', () => {
  const now = new Date('2026-12-04T15:00:00Z');

  it('is its arrival in the mailbox, never later than now', () => {
    expect(receivedAtOf(new Date('2026-12-01T13:00:00Z'), now)).toEqual(new Date('2026-12-01T13:00:00Z'));
    expect(receivedAtOf(new Date('2026-12-04T15:00:05Z'), now)).toEqual(now);
    expect(receivedAtOf(null, now)).toEqual(now);
  });

  it('explains a late reading with both days (Bogotá)', () => {
    expect(lateReadingReason(new Date('2026-11-20T04:00:00Z'), now)).toBe(
      'Mensaje llegado al buzón de correo de la oficina el 19/11/2026 y leído por Ventanilla el 04/12/2026: ' +
        'el buzón no se leyó a tiempo (servidor de correo o Ventanilla fuera de servicio). ' +
        'Se radica con la fecha de llegada del mensaje.',
    );
  });
});

describe('reaching the mailbox', () => {
  it('reads the server and the account from the URL, TLS from the start for imaps', () => {
    expect(imapOptionsOf('imaps://pqrs%40entidad.gov.co:cl%3Aave@mail.entidad.gov.co')).toEqual({
      host: 'mail.entidad.gov.co',
      port: 993,
      secure: true,
      auth: { user: 'pqrs@entidad.gov.co', pass: 'cl:ave' },
    });
    expect(imapOptionsOf('imap://buzon:clave@127.0.0.1:1143')).toMatchObject({ port: 1143, secure: false });
  });

  it('refuses a URL without the account', () => {
    expect(() => imapOptionsOf('imap://mail.example')).toThrow(/no indica la cuenta del buzón/);
  });

  it('names the server in the log without the account or the password', () => {
    expect(mailboxNameOf('imaps://pqrs:secreto@mail.example:993')).toBe('imaps://mail.example:993');
  });

  it('waits longer after each failed attempt, up to five minutes', () => {
    expect([0, 1, 2, 3].map(reconnectDelayMs)).toEqual([1, 2, 4, 8].map((s) => s * FIRST_RECONNECT_MS));
    expect(reconnectDelayMs(30)).toBe(LONGEST_RECONNECT_MS);
  });

  it('knows the office’s own address in VENTANILLA_MAIL_FROM', () => {
    expect(ownAddressOf('Atención al Cliente <pqrs@entidad.gov.co>')).toBe('pqrs@entidad.gov.co');
    expect(ownAddressOf('pqrs@entidad.gov.co')).toBe('pqrs@entidad.gov.co');
  });
});
