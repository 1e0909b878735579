// Who may see whom, over HTTP, role by role: coordinators and administrators see every petitioner and
// applicant; an agent, those of the cases assigned to them or filed by them, the others masked; an
// auditor, everyone masked until a reveal with a reason. Every unmasked view is in the access log (one
// record per request, naming everyone it showed), which administrators and auditors — only they — read.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const ASSIGN = `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`;
const PERSON = 'id version name documentType documentNumber email phone address masked erased';
const CASE = `query ($r: String!) { pqrs(radicado: $r) { petitioner { ${PERSON} } } }`;
const LIST = `{ pqrsList(first: 50) { nodes { radicado petitioner { name masked } } } }`;
const RECEIVE_AFFILIATION = `
  mutation ($input: ReceiveAffiliationInput!) { receiveAffiliation(input: $input) { id } }`;
const ASSIGN_AFFILIATION = `mutation ($id: ID!, $a: ID!) { assignAffiliation(id: $id, assigneeId: $a) { status } }`;
const AFFILIATION = `query ($id: ID!) { affiliation(id: $id) { applicant { ${PERSON} } } }`;
const REVEAL = `
  mutation ($p: ID!, $v: Int!, $reason: String!, $ref: String) {
    revealPersonalData(personId: $p, version: $v, reason: $reason, reference: $ref) { ${PERSON} }
  }`;
const ACCESS_LOG = `
  query ($filter: AccessLogFilterInput, $first: Int) {
    personalDataAccessLog(filter: $filter, first: $first) {
      totalCount
      nodes { id recordedAt actor { id username role } purpose personId version reference reason reasonErased }
    }
  }`;

const ana = {
  name: 'Ana Lucía Gómez Restrepo',
  documentType: 'CC',
  documentNumber: '52987654',
  email: 'ana.gomez@correo.example',
  phone: '3104567890',
  address: 'Calle 10 # 5-20, Zipaquirá',
};
const bernardo = { name: 'Bernardo Quintero Ospina', documentType: 'CE', documentNumber: '987654321' };
const carlos = { name: 'Carlos Andrés Rincón Pardo', documentType: 'CC', documentNumber: '80123456' };

const petition = (petitioner: Record<string, unknown>) => ({
  kind: 'PETITION',
  channel: 'EMAIL',
  subject: 'Certificado de afiliación',
  description: 'Solicito copia del certificado.',
  petitioner,
});

type Staff = { id: string; token: string };

describe('personal data by role, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: Staff;
  let agentWhoFiled: Staff;
  let assignedAgent: Staff;
  let auditor: Staff;
  /** Filed by agentWhoFiled, petitioner Ana. */
  let filedCase: string;
  /** Filed by the coordinator and assigned to assignedAgent, petitioner Bernardo. */
  let assignedCase: string;
  /** Received by the coordinator and assigned to agentWhoFiled, applicant Carlos. */
  let affiliationId: string;
  let anaId: string;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora', ['COORDINATOR']);
    agentWhoFiled = await ventanilla.userWithRoles(admin, 'agente.radica', ['AGENT']);
    assignedAgent = await ventanilla.userWithRoles(admin, 'agente.asignado', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditora', ['AUDITOR']);
    filedCase = (await ventanilla.ok(RECEIVE, { input: petition(ana) }, agentWhoFiled.token)).receivePqrs
      .radicado;
    assignedCase = (await ventanilla.ok(RECEIVE, { input: petition(bernardo) }, coordinator.token))
      .receivePqrs.radicado;
    await ventanilla.ok(ASSIGN, { r: assignedCase, a: assignedAgent.id }, coordinator.token);
    affiliationId = (
      await ventanilla.ok(
        RECEIVE_AFFILIATION,
        { input: { affiliationType: 'INDIVIDUAL', channel: 'IN_PERSON', applicant: carlos } },
        coordinator.token,
      )
    ).receiveAffiliation.id;
    await ventanilla.ok(ASSIGN_AFFILIATION, { id: affiliationId, a: agentWhoFiled.id }, coordinator.token);
    anaId = (await ventanilla.ok(CASE, { r: filedCase }, admin)).pqrs.petitioner.id;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  const petitionerOf = async (radicado: string, token: string) =>
    (await ventanilla.ok(CASE, { r: radicado }, token)).pqrs.petitioner as Record<string, unknown>;
  const applicantAs = async (token: string) =>
    (await ventanilla.ok(AFFILIATION, { id: affiliationId }, token)).affiliation.applicant as Record<
      string,
      unknown
    >;
  const accessLog = async (filter: Record<string, unknown>, token = admin) =>
    (await ventanilla.ok(ACCESS_LOG, { filter, first: 100 }, token)).personalDataAccessLog as {
      totalCount: number;
      nodes: Record<string, any>[];
    };
  const anaInFull = { ...ana, masked: false, erased: false, version: 1 };
  const anaMasked = {
    name: 'A. L. G. R.',
    documentType: 'CC',
    documentNumber: '•••654',
    email: 'a•••@•••.example',
    phone: '•••90',
    address: '•••',
    masked: true,
    erased: false,
    version: 1,
  };

  describe('a coordinator and an administrator', () => {
    it('see every petitioner and applicant in full', async () => {
      expect(await petitionerOf(filedCase, coordinator.token)).toMatchObject(anaInFull);
      expect(await petitionerOf(assignedCase, admin)).toMatchObject({ ...bernardo, masked: false });
      expect(await applicantAs(coordinator.token)).toMatchObject({ ...carlos, masked: false });
    });
  });

  describe('an agent', () => {
    it('sees in full the petitioner of a case they filed', async () => {
      expect(await petitionerOf(filedCase, agentWhoFiled.token)).toMatchObject(anaInFull);
    });

    it('sees in full the petitioner of a case assigned to them', async () => {
      expect(await petitionerOf(assignedCase, assignedAgent.token)).toMatchObject({
        ...bernardo,
        masked: false,
      });
    });

    it('sees masked the petitioner of a case neither filed by nor assigned to them', async () => {
      expect(await petitionerOf(filedCase, assignedAgent.token)).toEqual({ id: anaId, ...anaMasked });
      expect(await petitionerOf(assignedCase, agentWhoFiled.token)).toMatchObject({
        name: 'B. Q. O.',
        documentNumber: '•••321',
        masked: true,
      });
    });

    it('sees the applicant of an affiliation assigned to them, and not of the others', async () => {
      expect(await applicantAs(agentWhoFiled.token)).toMatchObject({ ...carlos, masked: false });
      expect(await applicantAs(assignedAgent.token)).toMatchObject({ name: 'C. A. R. P.', masked: true });
    });

    it('may neither reveal nor read the access log', async () => {
      const reveal = await ventanilla.graphql(
        REVEAL,
        { p: anaId, v: 1, reason: 'Quiero ver los datos de esta persona.' },
        assignedAgent.token,
      );
      expect(reveal.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const log = await ventanilla.graphql(ACCESS_LOG, { filter: {} }, assignedAgent.token);
      expect(log.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('an auditor', () => {
    it('sees every petitioner and applicant masked', async () => {
      expect(await petitionerOf(filedCase, auditor.token)).toEqual({ id: anaId, ...anaMasked });
      expect(await applicantAs(auditor.token)).toMatchObject({ masked: true, documentNumber: '•••456' });
    });

    it('reveals a person with a reason, and the reveal is in the access log with it', async () => {
      const revealed = await ventanilla.ok(
        REVEAL,
        { p: anaId, v: 1, reason: 'Auditoría del proceso PQRS, muestra de marzo.', ref: filedCase },
        auditor.token,
      );
      expect(revealed.revealPersonalData).toMatchObject(anaInFull);

      const { nodes } = await accessLog({ personId: anaId, actorId: auditor.id }, auditor.token);
      expect(nodes).toEqual([
        expect.objectContaining({
          actor: { id: auditor.id, username: 'auditora', role: 'AUDITOR' },
          purpose: 'REVEAL',
          personId: anaId,
          version: 1,
          reference: filedCase,
          reason: 'Auditoría del proceso PQRS, muestra de marzo.',
          reasonErased: false,
        }),
      ]);
    });

    it('may not reveal without a reason worth the name', async () => {
      const response = await ventanilla.graphql(REVEAL, { p: anaId, v: 1, reason: 'ver' }, auditor.token);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    });
  });

  describe('the access log', () => {
    it('records who saw whom unmasked, where and when, and nothing of the masked views', async () => {
      const { nodes } = await accessLog({ personId: anaId });
      const seen = nodes.map((node) => [node['actor'].username, node['purpose'], node['reference']]);
      // Every unmasked view of Ana above — the coordinator's, the filing agent's, the auditor's reveal —
      // and none of the masked ones (the other agent's, the auditor's before revealing).
      expect(seen).toContainEqual(['auditora', 'REVEAL', filedCase]);
      expect(seen).toContainEqual(['agente.radica', 'CASE_WORK', filedCase]);
      expect(seen).toContainEqual(['coordinadora', 'CASE_WORK', filedCase]);
      expect(seen.filter(([username]) => username === 'agente.asignado')).toEqual([]);
      expect(seen.filter(([username, purpose]) => username === 'auditora' && purpose !== 'REVEAL')).toEqual(
        [],
      );
      for (const node of nodes) expect(Date.parse(node['recordedAt'])).not.toBeNaN();
    });

    it('keeps one record per request, naming every person a list page showed', async () => {
      const events = async () =>
        (
          await ventanilla.ok(
            `query ($a: ID) { auditEvents(filter: { actorId: $a, type: "PersonalDataViewed" }) { totalCount } }`,
            { a: coordinator.id },
            admin,
          )
        ).auditEvents.totalCount as number;
      const before = {
        events: await events(),
        entries: (await accessLog({ actorId: coordinator.id })).totalCount,
      };

      const list = await ventanilla.ok(LIST, {}, coordinator.token);

      expect(list.pqrsList.nodes).toHaveLength(2);
      expect(await events()).toBe(before.events + 1);
      expect((await accessLog({ actorId: coordinator.id })).totalCount).toBe(before.entries + 2);
    });

    it('is read by administrators and auditors, by person, staff member and date', async () => {
      const future = await accessLog({ personId: anaId, from: '2999-01-01T00:00:00Z' }, auditor.token);
      expect(future.totalCount).toBe(0);
      const byAgent = await accessLog({ actorId: agentWhoFiled.id });
      expect(byAgent.nodes.every((node) => node['actor'].id === agentWhoFiled.id)).toBe(true);
      expect(byAgent.totalCount).toBeGreaterThan(0);
    });
  });
});
