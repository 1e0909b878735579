// Issue 18, items 5 and 7, over HTTP on a real app. A denial of access to information is complete or
// refused (Ley 1712 de 2014 arts. 18, 19, 21, 28; Ley 1755 de 2015 art. 25): each missing element names
// its rule and its field; a complete one is recorded with its texts sealed, and the access report lists it
// (figures by hand below). A petition made by phone gets the constancia of Decreto 1166 de 2016, and may be
// answered by phone: the written record kept, no letter, no notice.
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { receiptLines } from '../../web/src/logic/filing-receipt.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const ANSWER = `
  mutation ($r: String!, $decision: AccessDecision, $ground: AccessDenialGround, $exception: AccessException,
            $provision: String, $harm: String, $publicVersion: Boolean, $verbal: VerbalAnswerMode,
            $answer: String = "Se decide la solicitud de información.") {
    answerPqrs(radicado: $r, answer: $answer, accessDecision: $decision, accessDenialGround: $ground,
      accessException: $exception, accessDenialProvision: $provision, accessDenialHarm: $harm,
      publicVersionDelivered: $publicVersion, verbalAnswer: $verbal) {
      status accessDecision accessDenialGround accessException accessDenialProvision accessDenialHarm
      publicVersionDelivered verbalAnswer attachments { id }
    }
  }`;
const RECEIPT = `query ($r: String!) {
  filingReceipt(radicado: $r) {
    entityName officeName radicado receivedAt kind subject dueDate termBusinessDays legalBasis channel
    receivedByName verbal reasons documents
    petitioner { erased name documentType documentNumber email address }
  }
}`;

const PRIVACY_NORM = 'Constitución Política, art. 15; Ley 1581 de 2012, art. 5 (datos sensibles)';
const PRIVACY_HARM = 'Entregar la historia clínica de la señora Marta Gómez expondría su diagnóstico.';
const SAFETY_NORM = 'Ley 1712 de 2014, art. 19 b; Decreto 1081 de 2015, art. 2.1.1.4.3.1';

function filing(kind: string, channel: string, subject: string, receivedAt: string) {
  return {
    kind,
    channel,
    subject,
    description: 'Pide copia porque la necesita para un trámite ante su EPS.',
    petitioner: { name: 'Marta Gómez', documentType: 'CC', documentNumber: '52111333' },
    receivedAt,
  };
}

describe('access denials and verbal petitions, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let clerk: { id: string; token: string };
  /** The server's clock, moved forward by each step. */
  let now = new Date('2026-03-05T15:30:00Z');

  const ok = <Data>(query: string, variables: Record<string, unknown>, token = admin) =>
    ventanilla.ok<Data>(query, variables, token) as Promise<Data>;
  const receive = async (input: ReturnType<typeof filing>, token = admin) =>
    (await ok<{ receivePqrs: { radicado: string } }>(RECEIVE, { input }, token)).receivePqrs.radicado;
  const log = async () => ventanilla.app.get<EventStore>(EVENT_STORE).readAll(null, 10_000);

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start(
      {
        VENTANILLA_ENTITY_NAME: 'Empresa de Servicios Públicos de Prueba',
        VENTANILLA_OFFICE_NAME: 'Ventanilla Única de Correspondencia',
      },
      undefined,
      undefined,
      () => now,
    );
    admin = await ventanilla.login();
    clerk = await ventanilla.userWithRoles(admin, 'radicador', ['COORDINATOR']);
  });

  afterAll(async () => {
    await ventanilla?.stop();
  });

  describe('a denial of access to information', () => {
    let denied: string;
    let partial: string;

    beforeAll(async () => {
      // Thursday 5 March 2026, 10:00 and 10:20: two requests for information on the web.
      now = new Date('2026-03-05T15:30:00Z');
      denied = await receive(
        filing('INFORMATION_REQUEST', 'WEB', 'Copia de historia clínica', '2026-03-05T10:00:00-05:00'),
      );
      partial = await receive(
        filing('INFORMATION_REQUEST', 'WEB', 'Plan de seguridad de la sede', '2026-03-05T10:20:00-05:00'),
      );
      // Answered on Thursday 12 March 2026.
      now = new Date('2026-03-12T16:00:00Z');
    });

    const complete = {
      decision: 'DENIED',
      ground: 'PRIVACY',
      provision: PRIVACY_NORM,
      harm: PRIVACY_HARM,
      publicVersion: false,
    };
    const refusals: [string, Record<string, unknown>, string, string][] = [
      ['the norm', { provision: null }, 'ACCESS_DENIAL_PROVISION_REQUIRED', 'accessDenialProvision'],
      ['the harm argued', { harm: null }, 'ACCESS_DENIAL_HARM_REQUIRED', 'accessDenialHarm'],
      [
        'the public version',
        { publicVersion: null },
        'PUBLIC_VERSION_ANSWER_REQUIRED',
        'publicVersionDelivered',
      ],
      ['a consistent exception', { exception: 'RESERVED' }, 'ACCESS_EXCEPTION_MISMATCH', 'accessException'],
    ];
    it.each(refusals)(
      'a denial without %s is refused, naming the rule and the field',
      async (_what, change, rule, field) => {
        const response = await ventanilla.graphql(ANSWER, { r: denied, ...complete, ...change }, admin);
        expect(response.errors?.[0]?.extensions).toMatchObject({ rule, field });
        expect(response.errors?.[0]?.message).toMatch(/Ley 17(12|55)/);
      },
    );

    it('a partial grant without the public version of the rest is refused (art. 21)', async () => {
      const response = await ventanilla.graphql(
        ANSWER,
        {
          r: partial,
          ...complete,
          decision: 'PARTIALLY_GRANTED',
          ground: 'PUBLIC_SAFETY',
          provision: SAFETY_NORM,
        },
        admin,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        rule: 'PUBLIC_VERSION_REQUIRED',
        field: 'publicVersionDelivered',
      });
    });

    it('a complete denial is recorded, the exception derived, the norm and the harm sealed in the log', async () => {
      const { answerPqrs } = await ok<{ answerPqrs: Record<string, unknown> }>(ANSWER, {
        r: denied,
        ...complete,
      });
      expect(answerPqrs).toMatchObject({
        status: 'ANSWERED',
        accessDecision: 'DENIED',
        accessDenialGround: 'PRIVACY',
        accessException: 'CLASSIFIED',
        accessDenialProvision: PRIVACY_NORM,
        accessDenialHarm: PRIVACY_HARM,
        publicVersionDelivered: false,
        verbalAnswer: null,
      });
      const answered = (await log()).find(
        (event) => event.stream === `pqrs-${denied}` && event.type === 'Answered',
      )!;
      expect(answered.schemaVersion).toBe(7);
      expect(answered.data).toMatchObject({
        accessException: 'CLASSIFIED',
        accessDenialProvision: expect.stringMatching(/^vault-text:/),
        accessDenialHarm: expect.stringMatching(/^vault-text:/),
        publicVersionDelivered: false,
      });
      expect(JSON.stringify(answered.data)).not.toContain('diagnóstico');
    });

    it('a partial grant with its public version is recorded as reserved information (art. 19)', async () => {
      const { answerPqrs } = await ok<{ answerPqrs: Record<string, unknown> }>(ANSWER, {
        r: partial,
        decision: 'PARTIALLY_GRANTED',
        ground: 'PUBLIC_SAFETY',
        provision: SAFETY_NORM,
        harm: 'Expondría los turnos de vigilancia de la sede.',
        publicVersion: true,
      });
      expect(answerPqrs).toMatchObject({ accessException: 'RESERVED', publicVersionDelivered: true });
    });

    it('the access report lists both denials with their exception, ground, norm and public version', async () => {
      now = new Date('2026-04-20T17:00:00Z');
      const { report } = await ok<{ report: { downloadUrl: string } }>(
        `mutation ($from: Date!, $to: Date!, $asOf: DateTime) {
          report(kind: ACCESS_TO_INFORMATION, from: $from, to: $to, format: CSV, asOf: $asOf) { downloadUrl }
        }`,
        { from: '2026-03-01', to: '2026-03-31', asOf: '2026-04-20T11:00:00-05:00' },
      );
      const response = await fetch(ventanilla.url.replace(/\/graphql$/, report.downloadUrl), {
        headers: { authorization: `Bearer ${admin}` },
      });
      const csv = Buffer.from(await response.arrayBuffer()).toString('utf8');
      // By hand (the norms hold a ";", so the CSV quotes them): two requests received in March, both answered on 12 March; one denied on the privacy
      // ground (classified, no public version), one partly granted on public safety (reserved, with one).
      const listing = csv.slice(csv.indexOf('Negaciones del acceso, una por una'));
      const rows = listing.split(/\r?\n/);
      expect(rows).toContain(
        `${denied};12/03/2026;Acceso negado;Información clasificada (Ley 1712 de 2014, art. 18);Intimidad y datos personales (art. 18 a);"${PRIVACY_NORM}";No`,
      );
      expect(rows).toContain(
        `${partial};12/03/2026;Acceso concedido parcialmente;Información reservada (Ley 1712 de 2014, art. 19);Seguridad pública (art. 19 b);"${SAFETY_NORM}";Sí`,
      );
      expect(csv).toContain('Negaciones por información clasificada (art. 18);1');
      expect(csv).toContain('Negaciones por información reservada (art. 19);1');
      expect(csv).toContain('Negaciones con versión pública del resto entregada (art. 21);1');
    });
  });

  describe('a petition made by phone (Decreto 1166 de 2016)', () => {
    let radicado: string;

    beforeAll(async () => {
      // Friday 20 March 2026 at 16:40, taken by the official "Funcionario radicador".
      now = new Date('2026-03-20T21:45:00Z');
      radicado = await receive(
        filing('PETITION', 'PHONE', 'Certificado de paz y salvo', '2026-03-20T16:40:00-05:00'),
        clerk.token,
      );
    });

    it('its constancia prints every field the decree asks for, the date dd/mm/aaaa and the hour', async () => {
      const { filingReceipt } = await ok<{ filingReceipt: Record<string, unknown> }>(RECEIPT, {
        r: radicado,
      });
      expect(filingReceipt).toMatchObject({
        verbal: true,
        reasons: 'Pide copia porque la necesita para un trámite ante su EPS.',
        documents: [],
        receivedByName: 'Funcionario radicador',
      });
      const lines = Object.fromEntries(
        receiptLines(filingReceipt as never).map((line) => [line.label, line.value]),
      );
      expect(lines).toEqual({
        'Número de radicado': radicado,
        'Fecha y hora de radicación': '20/03/2026 16:40 (hora de Bogotá)',
        'Tipo de solicitud': 'Petición',
        Peticionario: 'Marta Gómez, Cédula de ciudadanía 52111333',
        'Canal de recepción': 'Telefónico',
        'Recibida por': 'Funcionario radicador',
        Asunto: 'Certificado de paz y salvo',
        // The petitioner gave no address or e-mail on the phone.
        'Dirección de notificación': 'No registrada',
        'Razones en que se fundamenta': 'Pide copia porque la necesita para un trámite ante su EPS.',
        'Documentos que se anexan': 'Ninguno',
        'Forma de presentación':
          'Verbal: se deja constancia expresa de que esta petición se presentó de forma verbal (Decreto 1166 de 2016).',
        'Término legal para responder': '15 días hábiles (Ley 1755 de 2015, artículo 14)',
        // 24 March to 15 April: San José (23 March) and Holy Thursday and Good Friday skipped.
        'Fecha de vencimiento': '15/04/2026',
      });
    });

    it('is answered by phone: the written record kept, no letter, no notice', async () => {
      now = new Date('2026-04-07T14:15:00Z');
      const { answerPqrs } = await ok<{ answerPqrs: Record<string, unknown> }>(ANSWER, {
        r: radicado,
        verbal: 'PHONE',
        answer: 'Se le informó por teléfono que el paz y salvo se expide en la sede en tres días.',
      });
      expect(answerPqrs).toMatchObject({ status: 'ANSWERED', verbalAnswer: 'PHONE', attachments: [] });
      const events = (await log()).filter((event) => event.stream === `pqrs-${radicado}`);
      const answered = events.find((event) => event.type === 'Answered')!;
      expect(answered.data).toMatchObject({ verbalAnswer: 'PHONE', letter: null });
      const notices = events
        .filter((event) => event.type === 'NotificationRequested')
        .map((event) => (event.data as { kind: string }).kind);
      expect(notices).not.toContain('ANSWER');
    });

    it('a verbal answer to a petition filed on the web is refused, naming the rule', async () => {
      now = new Date('2026-04-07T15:00:00Z');
      const written = await receive(
        filing('PETITION', 'WEB', 'Certificado laboral', '2026-04-07T09:00:00-05:00'),
      );
      const response = await ventanilla.graphql(ANSWER, { r: written, verbal: 'IN_PERSON' }, admin);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        rule: 'VERBAL_ANSWER_NEEDS_VERBAL_PETITION',
        field: 'verbalAnswer',
      });
      expect(response.errors?.[0]?.message).toContain('Decreto 1166 de 2016');
    });
  });
});
