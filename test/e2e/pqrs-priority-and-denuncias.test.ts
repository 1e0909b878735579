// Issue 18, items 4 and 9, over HTTP with the application's clock in the test's hands and a real SMTP
// server on loopback. Priority (Ley 1755 de 2015 art. 20; Ley 1437 de 2011 art. 5 num. 6): recorded at
// filing, from the staff form or the public one, with its summary proof, sorted first in the Bandeja, and
// a risk to life or integrity mailed to the coordinators at once and shown in their work. Anonymous
// denuncias (Ley 962 de 2005 art. 81; Ley 1952 de 2019 art. 86): one received by telephone gets its
// tracking code, its merit evaluation is recorded once, and the caller reads the answer on the tracking
// page with the code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReceivingSmtpServer } from '../support/receiving-smtp-server.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const DOMAIN = 'entidad.gov.co';
const COORDINATOR_EMAIL = 'coordinacion@entidad.gov.co';
const AGENT_EMAIL = 'agente@entidad.gov.co';
const CASE = `radicado kind priority prioritized priorityAlertRaisedAt
  priorityProof { proofGiven proofSummary proofAttachments lifeOrIntegrityRisk }
  notifications { kind channel status }
  meritEvaluation { admissible basis motivation action actionReference evaluatedAt evaluatedBy }`;
const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { ${CASE} accessCode } }`;
const LIST = `query { pqrsList(filter: { receivedFrom: "2026-03-30", receivedTo: "2026-03-30" }, sort: PRIORITY_FIRST, first: 10) {
  nodes { radicado priority priorityAlertRaisedAt } } }`;
const EVALUATE = `mutation ($r: String!, $admissible: Boolean!, $basis: MeritBasis!, $motivation: String!,
  $action: MeritAction, $reference: String) {
  evaluateDenunciationMerit(radicado: $r, admissible: $admissible, basis: $basis, motivation: $motivation,
    action: $action, actionReference: $reference) { ${CASE} } }`;
const PUBLIC_CASE = `query ($r: String!, $c: String!) { publicCase(radicado: $r, accessCode: $c) {
  radicado status answer anonymous history { label } } }`;

type CaseData = Record<string, unknown> & { radicado: string; accessCode?: string };

describe('priority at filing and anonymous denuncias, over HTTP', () => {
  let now = new Date('2026-03-30T14:00:00Z');
  let smtp: ReceivingSmtpServer;
  let dataDir: string;
  let ventanilla: VentanillaHarness;
  let admin: string;

  const graphql = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.ok<Data>(query, variables, admin) as Promise<Data>;
  const post = (query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.graphql(query, variables, admin);

  const receive = async (input: Record<string, unknown>): Promise<CaseData> =>
    (
      await graphql<{ receivePqrs: CaseData }>(RECEIVE, {
        input: {
          kind: 'PETITION',
          channel: 'IN_PERSON',
          description: 'Caso de prueba de prioridad.',
          petitioner: { name: 'Persona de prueba', documentType: 'CC', documentNumber: '52000111' },
          ...input,
        },
      })
    ).receivePqrs;

  beforeAll(async () => {
    smtp = await ReceivingSmtpServer.start();
    dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-priority-'));
    ventanilla = await VentanillaHarness.start(
      {
        VENTANILLA_SMTP_URL: smtp.url,
        VENTANILLA_MAIL_FROM: `Atención al Cliente <pqrs@${DOMAIN}>`,
        VENTANILLA_MAIL_RETRY_SECONDS: '0',
        VENTANILLA_PUBLIC_URL: 'https://ventanilla.entidad.gov.co',
        VENTANILLA_PUBLIC_CHALLENGE: 'off',
      },
      dataDir,
      undefined,
      () => now,
    );
    admin = await ventanilla.login();
    const create = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;
    await graphql(create, {
      input: {
        username: 'coordinadora',
        password: 'una-clave-larga-de-prueba',
        fullName: 'Coordinadora de Atención',
        roles: ['COORDINATOR'],
        email: COORDINATOR_EMAIL,
      },
    });
    await graphql(create, {
      input: {
        username: 'agente',
        password: 'una-clave-larga-de-prueba',
        fullName: 'Agente de Atención',
        roles: ['AGENT'],
        email: AGENT_EMAIL,
      },
    });
  });

  afterAll(async () => {
    await ventanilla?.stop();
    await smtp?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('priority (art. 20 and CPACA art. 5.6)', () => {
    const filed: Record<string, CaseData> = {};

    beforeAll(async () => {
      // Monday 30 March 2026, Holy Week: four petitions in the order the office received them.
      filed.plain = await receive({ subject: 'Sin prioridad' });
      filed.olderAdult = await receive({ subject: 'Adulto mayor', priority: ['OLDER_ADULT'] });
      filed.lifeRisk = await receive({
        subject: 'Medicamento vital no entregado',
        priority: ['FUNDAMENTAL_RIGHT_RISK'],
        priorityProof: 'Fórmula médica y concepto del tratante sobre el riesgo vital.',
        lifeOrIntegrityRisk: true,
      });
      filed.journalist = await receive({ subject: 'Periodista', priority: ['JOURNALIST'] });
    });

    it('records the reasons and the summary proof at filing, and the alert for a risk to life', () => {
      expect(filed.olderAdult).toMatchObject({
        priority: ['OLDER_ADULT'],
        prioritized: true,
        priorityProof: null,
        priorityAlertRaisedAt: null,
      });
      expect(filed.lifeRisk).toMatchObject({
        priority: ['FUNDAMENTAL_RIGHT_RISK'],
        priorityAlertRaisedAt: '2026-03-30T14:00:00.000Z',
        priorityProof: {
          proofGiven: true,
          proofSummary: 'Fórmula médica y concepto del tratante sobre el riesgo vital.',
          proofAttachments: [],
          lifeOrIntegrityRisk: true,
        },
      });
      expect(filed.lifeRisk.notifications).toEqual([
        expect.objectContaining({ kind: 'PRIORITY_ALERT', channel: 'EMAIL' }),
      ]);
    });

    it('mails the alert to the active coordinators over SMTP, and to no one else', async () => {
      const deadline = Date.now() + 20_000;
      while (!smtp.received.some((mail) => mail.subject.includes(filed.lifeRisk.radicado))) {
        if (Date.now() > deadline) throw new Error('La alerta no llegó al servidor de correo.');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const alerts = smtp.received.filter((mail) => mail.subject.includes(filed.lifeRisk.radicado));
      expect(alerts).toHaveLength(1);
      expect(alerts[0]!.envelopeTo).toEqual([COORDINATOR_EMAIL]);
      expect(alerts[0]!.subject).toBe(
        `Alerta: radicado ${filed.lifeRisk.radicado} con riesgo para la vida o la integridad del peticionario`,
      );
      expect(alerts[0]!.text).toContain('artículo 20 de la Ley 1755 de 2015');
      expect(alerts[0]!.text).toContain('Riesgo de perjuicio irremediable a un derecho fundamental');
      expect(alerts[0]!.text).toContain('Medicamento vital no entregado');
      expect(alerts[0]!.text).toContain(`https://ventanilla.entidad.gov.co/casos/${filed.lifeRisk.radicado}`);
      expect(smtp.received.some((mail) => mail.envelopeTo.includes(AGENT_EMAIL))).toBe(false);
    });

    it('sorts the Bandeja with the alert first, then art. 20, then art. 5.6, then the rest', async () => {
      const { pqrsList } = await graphql<{ pqrsList: { nodes: { radicado: string }[] } }>(LIST);
      expect(pqrsList.nodes.map((node) => node.radicado)).toEqual([
        filed.lifeRisk.radicado,
        filed.journalist.radicado,
        filed.olderAdult.radicado,
        filed.plain.radicado,
      ]);
    });

    it('shows the alert in the coordinators’ work, and not in an agent’s', async () => {
      const MY_WORK = `{ myWork { priorityAlerts { count cases { pqrs { radicado } } } } }`;
      const coordinator = await ventanilla.login('coordinadora', 'una-clave-larga-de-prueba');
      const { myWork } = await ventanilla.ok<{
        myWork: { priorityAlerts: { count: number; cases: { pqrs: { radicado: string } }[] } };
      }>(MY_WORK, {}, coordinator);
      expect(myWork.priorityAlerts).toEqual({
        count: 1,
        cases: [{ pqrs: { radicado: filed.lifeRisk.radicado } }],
      });
      const agent = await ventanilla.login('agente', 'una-clave-larga-de-prueba');
      const forAgent = await ventanilla.ok<{ myWork: { priorityAlerts: null } }>(MY_WORK, {}, agent);
      expect(forAgent.myWork.priorityAlerts).toBeNull();
    });

    it('refuses a summary proof without a fundamental-right risk, naming the field', async () => {
      const response = await post(RECEIVE, {
        input: {
          kind: 'PETITION',
          channel: 'IN_PERSON',
          subject: 'Prueba sin riesgo',
          description: 'Texto.',
          petitioner: { name: 'Persona de prueba', documentType: 'CC', documentNumber: '52000111' },
          priority: ['JOURNALIST'],
          priorityProof: 'Carné de prensa.',
        },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'PRIORITY_PROOF_WITHOUT_RISK',
        field: 'priorityProof',
      });
    });
  });

  describe('an anonymous denuncia received by telephone', () => {
    let denuncia: CaseData;

    beforeAll(async () => {
      now = new Date('2026-04-06T15:00:00Z');
      denuncia = (
        await graphql<{ receivePqrs: CaseData }>(RECEIVE, {
          input: {
            kind: 'DENUNCIATION',
            channel: 'PHONE',
            personType: 'ANONYMOUS',
            subject: 'Cobro irregular en la sede norte',
            description:
              'Quien llama dice que el funcionario de la caja 3 cobró por un certificado el 2 de marzo.',
          },
        })
      ).receivePqrs;
    });

    it('is radicated, with a tracking code to give the caller', () => {
      expect(denuncia.accessCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      expect(denuncia).toMatchObject({ kind: 'DENUNCIATION', meritEvaluation: null });
    });

    it('records its merit evaluation once: the action started with its reference', async () => {
      now = new Date('2026-04-07T16:00:00Z');
      const variables = {
        r: denuncia.radicado,
        admissible: true,
        basis: 'IDENTIFIABLE_FACTS_OR_PERSONS',
        motivation: 'Señala la sede, la caja, la fecha y el trámite: hechos y persona identificables.',
        action: 'INTERNAL_DISCIPLINARY_CONTROL',
        reference: 'CDI-2026-017',
      };
      const { evaluateDenunciationMerit } = await graphql<{ evaluateDenunciationMerit: CaseData }>(
        EVALUATE,
        variables,
      );
      expect(evaluateDenunciationMerit.meritEvaluation).toEqual({
        admissible: true,
        basis: 'IDENTIFIABLE_FACTS_OR_PERSONS',
        motivation: 'Señala la sede, la caja, la fecha y el trámite: hechos y persona identificables.',
        action: 'INTERNAL_DISCIPLINARY_CONTROL',
        actionReference: 'CDI-2026-017',
        evaluatedAt: '2026-04-07T16:00:00.000Z',
        evaluatedBy: expect.any(String),
      });
      const again = await post(EVALUATE, variables);
      expect(again.errors?.[0]?.extensions).toMatchObject({ rule: 'MERIT_ALREADY_EVALUATED' });
    });

    it('refuses a merit evaluation of a case that is not an anonymous denuncia', async () => {
      const named = await receive({ kind: 'DENUNCIATION', subject: 'Denuncia con nombre' });
      const response = await post(EVALUATE, {
        r: named.radicado,
        admissible: false,
        basis: 'NEITHER',
        motivation: 'No aplica.',
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ rule: 'NOT_AN_ANONYMOUS_DENUNCIATION' });
    });

    it('publishes the answer for the tracking code: the caller reads it with the code', async () => {
      now = new Date('2026-04-08T16:00:00Z');
      await graphql(
        `
          mutation ($r: String!) {
            answerPqrs(radicado: $r, answer: "Se remitió a control disciplinario interno (CDI-2026-017).") {
              status
            }
          }
        `,
        {
          r: denuncia.radicado,
        },
      );
      const { publicCase } = await ventanilla.ok<{
        publicCase: Record<string, unknown> & { history: { label: string }[] };
      }>(PUBLIC_CASE, { r: denuncia.radicado, c: denuncia.accessCode });
      expect(publicCase).toMatchObject({
        status: 'ANSWERED',
        anonymous: true,
        answer: 'Se remitió a control disciplinario interno (CDI-2026-017).',
      });
      expect(publicCase.history.map((step) => step.label)).toContain(
        'Denuncia evaluada: los hechos permiten iniciar una actuación',
      );
    });
  });

  it('lets a citizen state the risk on the public form: the case is flagged and the coordinators alerted', async () => {
    now = new Date('2026-04-09T15:00:00Z');
    const { submitPublicPqrs } = await ventanilla.ok<{ submitPublicPqrs: { radicado: string } }>(
      `mutation ($input: PublicPqrsInput!) { submitPublicPqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'PETITION',
          subject: 'Cirugía aplazada',
          description: 'Mi cirugía fue aplazada sin fecha y mi vida corre peligro.',
          personType: 'NATURAL',
          person: {
            name: 'Rosalba Cifuentes',
            documentType: 'CC',
            documentNumber: '41000222',
            email: 'rosalba@correo.test',
          },
          answerChannel: 'EMAIL',
          dataProcessingConsent: true,
          priority: ['FUNDAMENTAL_RIGHT_RISK', 'OLDER_ADULT'],
          priorityProof: 'Orden médica con la cirugía prioritaria.',
          lifeOrIntegrityRisk: true,
        },
      },
    );
    const { pqrs } = await graphql<{ pqrs: CaseData }>(
      `query ($r: String!) { pqrs(radicado: $r) { ${CASE} } }`,
      {
        r: submitPublicPqrs.radicado,
      },
    );
    expect(pqrs).toMatchObject({
      priority: ['FUNDAMENTAL_RIGHT_RISK', 'OLDER_ADULT'],
      priorityAlertRaisedAt: '2026-04-09T15:00:00.000Z',
      priorityProof: { proofGiven: true, proofSummary: 'Orden médica con la cirugía prioritaria.' },
    });
    expect((pqrs.notifications as { kind: string }[]).map((notice) => notice.kind)).toEqual([
      'ACKNOWLEDGMENT',
      'PRIORITY_ALERT',
    ]);
  });
});
