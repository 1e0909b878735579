// The Ventanilla virtual through its public API, as a citizen and an attacker reach it: filing with a file
// and without a name, following the case with its code, providing requested information, reading the
// answer and downloading its file; and what an attacker gets — the same nothing for an unknown radicado
// and a wrong code, a throttle, a honeypot. The log holds references, never bytes or personal data.
import { createHash } from 'node:crypto';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const PORTAL = `{ publicPortal { entityName policyText policyVersion challengeRequired maxFileBytes
  kinds { kind label explanation termBusinessDays anonymousAllowed } priorityReasons { value label } } }`;
const SUBMIT = `mutation ($input: PublicPqrsInput!) {
  submitPublicPqrs(input: $input) { radicado accessCode dueDate receivedAt kind termBusinessDays anonymous } }`;
const PUBLIC_CASE = `query ($r: String!, $c: String!) { publicCase(radicado: $r, accessCode: $c) {
  radicado kind status statusLabel dueDate originalDueDate awaitingInformation informationRequest answer anonymous
  attachments { id fileName mediaType size sha256 source } history { at label } } }`;
const PROVIDE = `mutation ($r: String!, $c: String!, $t: String!, $a: [ID!]) {
  providePublicInformation(radicado: $r, accessCode: $c, text: $t, attachmentIds: $a) { status history { label } attachments { fileName source } } }`;
const STAFF_CASE = `query ($r: String!) { pqrs(radicado: $r) {
  channel personType anonymous answerChannel petitioner { name } attachments { id fileName sha256 source } } }`;

/** A small but real PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const person = {
  name: 'Rosalba Cifuentes Pardo',
  documentType: 'CC',
  documentNumber: '39123987',
  email: 'rosalba.cifuentes@example.org',
  phone: '3104445566',
  address: 'Calle 5 # 3-20, Zipaquirá',
};
const texts = {
  subject: 'Demora en la entrega del carné de afiliada',
  description: 'Radiqué mi afiliación hace dos meses y todavía no me entregan el carné en Zipaquirá.',
  denunciation: 'Un funcionario de la sede de Facatativá cobra por dar turnos de atención.',
  provided: 'Adjunto la copia de mi cédula que me pidieron.',
  answer: 'Señora Cifuentes: su carné está listo en la sede de Zipaquirá.',
};

describe('the Ventanilla virtual, through its public API', () => {
  let ventanilla: VentanillaHarness;
  let base: string;
  let admin: string;

  const upload = async (bytes: Buffer, fileName: string, headers: Record<string, string>) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
    const response = await fetch(`${base}/attachments`, { method: 'POST', body: form, headers });
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  };
  const publicUpload = async (bytes: Buffer, fileName: string) => {
    const session = (await (
      await fetch(`${base}/attachments/public-session`, { method: 'POST' })
    ).json()) as {
      token: string;
    };
    return upload(bytes, fileName, { 'x-upload-token': session.token });
  };
  const file = async (bytes: Buffer, fileName: string) => {
    const uploaded = await publicUpload(bytes, fileName);
    expect(uploaded.status).toBe(201);
    return uploaded.body;
  };
  const submit = (input: Record<string, unknown>) => ventanilla.graphql(SUBMIT, { input });
  const log = async (): Promise<RecordedEvent[]> =>
    ventanilla.app.get<EventStore>(EVENT_STORE).readAll(null, 100_000);

  const natural = (overrides: Record<string, unknown> = {}) => ({
    kind: 'CLAIM',
    subject: texts.subject,
    description: texts.description,
    personType: 'NATURAL',
    person,
    answerChannel: 'EMAIL',
    dataProcessingConsent: true,
    ...overrides,
  });

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({
      VENTANILLA_PUBLIC_CHALLENGE: 'off',
      VENTANILLA_PUBLIC_RATE_TRACKING: '16/1h',
    });
    base = ventanilla.url.replace(/\/graphql$/, '');
    admin = await ventanilla.login();
  });
  afterAll(() => ventanilla.stop());

  it('tells the form, with no session, each kind in plain words with its legal term and whether it may be anonymous', async () => {
    const { publicPortal } = await ventanilla.ok(PORTAL);
    const byKind = Object.fromEntries(
      (publicPortal.kinds as { kind: string }[]).map((kind) => [kind.kind, kind]),
    );
    expect(byKind.PETITION).toEqual(
      expect.objectContaining({ termBusinessDays: 15, anonymousAllowed: false, label: 'Petición' }),
    );
    expect(byKind.DENUNCIATION).toEqual(expect.objectContaining({ anonymousAllowed: true }));
    expect(byKind.INTERAUTHORITY).toBeUndefined();
    expect(publicPortal.policyText).toContain('Ley 1581 de 2012');
    expect(publicPortal.challengeRequired).toBe(false);
  });

  describe('a natural person files a claim with a PDF', () => {
    let filing: { radicado: string; accessCode: string; dueDate: string };
    let pdf: Record<string, string>;

    beforeAll(async () => {
      pdf = await file(PDF, 'cédula de Rosalba.pdf');
      const response = await submit(natural({ attachmentIds: [pdf.id] }));
      expect(response.errors).toBeUndefined();
      filing = (response.data as { submitPublicPqrs: typeof filing }).submitPublicPqrs;
    });

    it('gets a radicado, an access code shown once and the legal due date', () => {
      expect(filing.radicado).toMatch(/^PQRS-\d{4}-\d{6}$/);
      expect(filing.accessCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(filing.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('arrives for staff on the web channel with its person type, answer channel and file', async () => {
      const { pqrs } = await ventanilla.ok(STAFF_CASE, { r: filing.radicado }, admin);
      expect(pqrs).toEqual(
        expect.objectContaining({
          channel: 'WEB',
          personType: 'NATURAL',
          anonymous: false,
          answerChannel: 'EMAIL',
          petitioner: { name: person.name },
        }),
      );
      expect(pqrs.attachments).toEqual([
        { id: pdf.id, fileName: 'cédula de Rosalba.pdf', sha256: sha256(PDF), source: 'FILING' },
      ]);
    });

    it('is followed with its code, typed in any case and without dashes', async () => {
      const typed = filing.accessCode.replace(/-/g, '').toLowerCase();
      const { publicCase } = await ventanilla.ok(PUBLIC_CASE, { r: filing.radicado, c: typed });
      expect(publicCase).toEqual(
        expect.objectContaining({ radicado: filing.radicado, status: 'RECEIVED', dueDate: filing.dueDate }),
      );
      expect(publicCase.history[0].label).toContain('Radicada');
    });

    it('records the acceptance of the data-processing policy with its version, and the code only as a hash', async () => {
      const received = (await log()).find(
        (event) => event.type === 'Received' && event.stream === `pqrs-${filing.radicado}`,
      )!;
      const { publicPortal } = await ventanilla.ok(PORTAL);
      const data = received.data as Record<string, any>;
      expect(data.dataProcessingConsent.policyVersion).toBe(publicPortal.policyVersion);
      expect(data.accessCodeHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(JSON.stringify(data)).not.toContain(filing.accessCode.replace(/-/g, ''));
      expect(received.metadata).toEqual(
        expect.objectContaining({ actorId: 'ventanilla-virtual', actorRole: 'CITIZEN' }),
      );
      expect(data.attachments).toEqual([
        expect.objectContaining({
          id: pdf.id,
          mediaType: 'application/pdf',
          size: PDF.length,
          sha256: sha256(PDF),
        }),
      ]);
    });

    it('lets its citizen provide requested information with a file, which restarts the term', async () => {
      await ventanilla.ok(
        `mutation ($r: String!) { requestPqrsInformation(radicado: $r, note: "Adjunte copia de su cédula.") { status } }`,
        { r: filing.radicado },
        admin,
      );
      const asked = await ventanilla.ok(PUBLIC_CASE, { r: filing.radicado, c: filing.accessCode });
      expect(asked.publicCase).toEqual(
        expect.objectContaining({
          awaitingInformation: true,
          informationRequest: 'Adjunte copia de su cédula.',
        }),
      );
      const copy = await file(PDF, 'copia cédula.pdf');
      const { providePublicInformation } = await ventanilla.ok(PROVIDE, {
        r: filing.radicado,
        c: filing.accessCode,
        t: texts.provided,
        a: [copy.id],
      });
      expect(providePublicInformation.status).toBe('RECEIVED');
      expect(providePublicInformation.attachments).toContainEqual({
        fileName: 'copia cédula.pdf',
        source: 'INFORMATION',
      });
      const provided = (await log()).find(
        (event) => event.type === 'InformationProvided' && event.stream === `pqrs-${filing.radicado}`,
      )!;
      expect(provided.metadata.actorRole).toBe('CITIZEN');
    });

    it('shows the answer and serves its file to the citizen, the same bytes the event names', async () => {
      const letter = await upload(PDF, 'respuesta.pdf', { authorization: `Bearer ${admin}` });
      expect(letter.status).toBe(201);
      await ventanilla.ok(
        `mutation ($r: String!, $a: [ID!]) { answerPqrs(radicado: $r, answer: "${texts.answer}", attachmentIds: $a) { status } }`,
        { r: filing.radicado, a: [letter.body.id] },
        admin,
      );
      const { publicCase } = await ventanilla.ok(PUBLIC_CASE, { r: filing.radicado, c: filing.accessCode });
      expect(publicCase.answer).toBe(texts.answer);
      const answerFiles = (publicCase.attachments as { id: string; source: string }[]).filter(
        (a) => a.source === 'ANSWER',
      );
      const answered = (await log()).find(
        (event) => event.type === 'Answered' && event.stream === `pqrs-${filing.radicado}`,
      )!;
      const { letter: issued, attachments } = answered.data as {
        letter: { attachment: { id: string; sha256: string } };
        attachments: { id: string; sha256: string }[];
      };
      // The letter Ventanilla issued with the answer, then the annex the office attached.
      const recorded = [issued.attachment, attachments[0]!];
      expect(answerFiles.map((file) => file.id)).toEqual(recorded.map((file) => file.id));

      const query = `radicado=${filing.radicado}&code=${encodeURIComponent(filing.accessCode)}`;
      for (const file of recorded) {
        const download = await fetch(`${base}/attachments/${file.id}?${query}`);
        expect(download.status).toBe(200);
        expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(file.sha256);
      }
      const answerFile = recorded[1]!;

      const wrongCode = await fetch(
        `${base}/attachments/${answerFile.id}?radicado=${filing.radicado}&code=AAAA-BBBB-CCCC-DDDD`,
      );
      const noCode = await fetch(`${base}/attachments/${answerFile.id}`);
      expect(wrongCode.status).toBe(404);
      expect(noCode.status).toBe(401);
    });

    it('serves a staff member’s download of the same file by role', async () => {
      const { pqrs } = await ventanilla.ok(STAFF_CASE, { r: filing.radicado }, admin);
      const download = await fetch(`${base}/attachments/${pqrs.attachments[0].id}`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(download.status).toBe(200);
      expect(download.headers.get('x-content-sha256')).toBe(pqrs.attachments[0].sha256);
    });
  });

  describe('an anonymous denuncia', () => {
    let filing: { radicado: string; accessCode: string; anonymous: boolean };

    beforeAll(async () => {
      filing = (
        await ventanilla.ok(SUBMIT, {
          input: {
            kind: 'DENUNCIATION',
            subject: 'Cobro por turnos',
            description: texts.denunciation,
            personType: 'ANONYMOUS',
            dataProcessingConsent: false,
          },
        })
      ).submitPublicPqrs;
    });

    it('names no one: no person record, and staff see it as anonymous', async () => {
      expect(filing.anonymous).toBe(true);
      const { pqrs } = await ventanilla.ok(STAFF_CASE, { r: filing.radicado }, admin);
      expect(pqrs).toEqual(
        expect.objectContaining({ anonymous: true, personType: 'ANONYMOUS', petitioner: null }),
      );
      const received = (await log()).find(
        (event) => event.type === 'Received' && event.stream === `pqrs-${filing.radicado}`,
      )!;
      expect(received.data).toEqual(
        expect.objectContaining({ petitionerId: null, petitionerVersion: null, answerChannel: null }),
      );
      expect((received.data as { textOwnerId: string }).textOwnerId).toEqual(expect.any(String));
    });

    it('is read only through the tracking page, with its code', async () => {
      const { publicCase } = await ventanilla.ok(PUBLIC_CASE, { r: filing.radicado, c: filing.accessCode });
      expect(publicCase).toEqual(expect.objectContaining({ anonymous: true, kind: 'DENUNCIATION' }));
    });

    it('is refused for a kind the office does not take anonymously', async () => {
      const response = await submit({
        kind: 'PETITION',
        subject: 'Petición sin nombre',
        description: 'Texto',
        personType: 'ANONYMOUS',
        dataProcessingConsent: false,
      });
      expect(response.errors?.[0]?.extensions).toEqual(
        expect.objectContaining({ rule: 'ANONYMOUS_NOT_ALLOWED', field: 'personType' }),
      );
    });
  });

  it('gives a case filed at the counter an access code once, so its petitioner follows it here too', async () => {
    const receive = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado accessCode } }`;
    const input = {
      kind: 'PETITION',
      channel: 'IN_PERSON',
      subject: 'Certificado de afiliación',
      description: 'Solicita el certificado.',
      petitioner: { name: 'Edilberto Suárez', documentType: 'CC', documentNumber: '3012345' },
      idempotencyKey: 'ventanilla-formulario-7',
    };
    const { receivePqrs: filed } = await ventanilla.ok(receive, { input }, admin);
    expect(filed.accessCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const { publicCase } = await ventanilla.ok(PUBLIC_CASE, { r: filed.radicado, c: filed.accessCode });
    expect(publicCase).toEqual(expect.objectContaining({ radicado: filed.radicado, anonymous: false }));
    // The same form sent again files nothing, and shows no code: the first one is the case's.
    const { receivePqrs: again } = await ventanilla.ok(receive, { input }, admin);
    expect(again).toEqual({ radicado: filed.radicado, accessCode: null });
    const { pqrs } = await ventanilla.ok(
      `query ($r: String!) { pqrs(radicado: $r) { accessCode } }`,
      { r: filed.radicado },
      admin,
    );
    expect(pqrs.accessCode).toBeNull();
  });

  it('refuses a filing with the person’s data but without the authorisation, naming the field', async () => {
    const response = await submit(natural({ dataProcessingConsent: false }));
    expect(response.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ rule: 'CONSENT_REQUIRED', field: 'dataProcessingConsent' }),
    );
  });

  it('refuses an answer by e-mail without an e-mail, naming the field', async () => {
    const response = await submit(natural({ person: { ...person, email: null } }));
    expect(response.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'person.email' }),
    );
  });

  it('refuses what only software fills in (the honeypot), storing nothing', async () => {
    const before = (await log()).length;
    const response = await submit(natural({ website: 'http://spam.example' }));
    expect(response.errors?.[0]?.extensions).toEqual(expect.objectContaining({ field: 'website' }));
    expect((await log()).length).toBe(before);
  });

  it('refuses a staff member’s upload named by a public filing', async () => {
    const staffFile = await upload(PDF, 'interno.pdf', { authorization: `Bearer ${admin}` });
    const response = await submit(natural({ attachmentIds: [staffFile.body.id] }));
    expect(response.errors?.[0]?.extensions).toEqual(expect.objectContaining({ field: 'attachmentIds' }));
  });

  it('answers an unknown radicado, a wrong code and a malformed radicado alike, and throttles the address', async () => {
    const filing = (await ventanilla.ok(SUBMIT, { input: natural() })).submitPublicPqrs;
    const wrongCode = await ventanilla.graphql(PUBLIC_CASE, { r: filing.radicado, c: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' });
    const unknown = await ventanilla.graphql(PUBLIC_CASE, { r: 'PQRS-2026-999999', c: filing.accessCode });
    const malformed = await ventanilla.graphql(PUBLIC_CASE, { r: 'cualquier cosa', c: 'x' });
    expect(wrongCode).toEqual({ data: { publicCase: null } });
    expect(unknown).toEqual(wrongCode);
    expect(malformed).toEqual(wrongCode);
    const provideWrong = await ventanilla.graphql(PROVIDE, {
      r: filing.radicado,
      c: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ',
      t: 'x',
    });
    const provideUnknown = await ventanilla.graphql(PROVIDE, {
      r: 'PQRS-2026-999999',
      c: filing.accessCode,
      t: 'x',
    });
    expect(provideWrong.errors?.[0]?.message).toBe(provideUnknown.errors?.[0]?.message);
    expect(provideWrong.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // The tracking bucket allows 16 an hour from one address: keep asking until it refuses.
    let refused: Record<string, unknown> | undefined;
    for (let attempt = 0; attempt < 30 && refused === undefined; attempt += 1) {
      const response = await ventanilla.graphql(PUBLIC_CASE, {
        r: filing.radicado,
        c: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ',
      });
      refused = response.errors?.[0] as Record<string, unknown> | undefined;
    }
    expect(refused).toEqual(
      expect.objectContaining({
        message: expect.stringContaining('Demasiadas solicitudes'),
        extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS' }),
      }),
    );
    // Even the right code waits now: the throttle counts the address, not the guesses.
    const right = await ventanilla.graphql(PUBLIC_CASE, { r: filing.radicado, c: filing.accessCode });
    expect(right.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('shows published FAQ entries with no session, found by words of the subject, and never a draft', async () => {
    const create = `mutation ($input: CreateFaqEntryInput!) { createFaqEntry(input: $input) { id } }`;
    const publish = `mutation ($id: ID!) { publishFaqEntry(id: $id) { id } }`;
    const published = (
      await ventanilla.ok(
        create,
        {
          input: {
            question: '¿Cuándo me entregan el carné de afiliado?',
            answer:
              'El carné se entrega en la sede donde se afilió, diez días hábiles después de aprobada la afiliación.',
            category: 'Afiliaciones',
            tags: ['carné'],
          },
        },
        admin,
      )
    ).createFaqEntry.id;
    await ventanilla.ok(publish, { id: published }, admin);
    await ventanilla.ok(
      create,
      {
        input: {
          question: '¿Borrador sobre el carné?',
          answer: 'Sin publicar.',
          category: 'Afiliaciones',
          tags: [],
        },
      },
      admin,
    );
    const query = `query ($t: String) { publicFaq(text: $t) { id question answer category } }`;
    const { publicFaq } = await ventanilla.ok(query, { t: 'entrega del carne' });
    expect(publicFaq[0]).toEqual(expect.objectContaining({ id: published, category: 'Afiliaciones' }));
    expect((publicFaq as { question: string }[]).map((entry) => entry.question)).not.toContain(
      '¿Borrador sobre el carné?',
    );
    // The filing form's suggestions clear the staff's relevance threshold: the related subject gets its
    // entry; one that shares only "sede" with it gets nothing, though the FAQ page's search lists it.
    const suggest = `query ($t: String) { publicFaq(text: $t, suggest: true) { id } }`;
    const related = await ventanilla.ok(suggest, { t: 'Entrega del carné de afiliado' });
    expect(related.publicFaq).toEqual([{ id: published }]);
    const unrelated = 'Ruido de vecinos en el parque de la sede';
    expect((await ventanilla.ok(suggest, { t: unrelated })).publicFaq).toEqual([]);
    const searched = (await ventanilla.ok(query, { t: unrelated })).publicFaq as { id: string }[];
    expect(searched.map((entry) => entry.id)).toContain(published);
    expect((await ventanilla.ok(suggest, { t: '' })).publicFaq).toEqual([]);
  });

  it('counts the anonymous filings in the PQRS report', async () => {
    const year = new Date().getUTCFullYear();
    const { report } = await ventanilla.ok(
      `mutation ($from: Date!, $to: Date!) { report(kind: PQRS, from: $from, to: $to, format: CSV) { downloadUrl } }`,
      { from: `${year}-01-01`, to: `${year}-12-31` },
      admin,
    );
    const csv = await (
      await fetch(`${base}${report.downloadUrl}`, { headers: { authorization: `Bearer ${admin}` } })
    ).text();
    expect(csv).toContain('Por tipo de persona (anónimas incluidas)');
    // One anonymous denuncia was filed above; the other filings name a natural person.
    expect(csv).toMatch(/Anónimo[";,]+1[";,]/);
  });

  it('leaves no attachment bytes and no personal data in the log', async () => {
    const everything = JSON.stringify(await log());
    for (const secret of [
      person.name,
      person.documentNumber,
      person.email,
      person.address,
      texts.subject,
      texts.description,
      texts.denunciation,
      texts.provided,
      texts.answer,
      'cédula de Rosalba.pdf',
      'copia cédula.pdf',
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toContain('%PDF');
    expect(everything).not.toContain(PDF.toString('base64').slice(0, 40));
  });
});
