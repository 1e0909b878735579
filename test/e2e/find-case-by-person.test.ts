// Finding a case by the person who filed it, over HTTP: the Bandeja's text search (pqrsList) and the
// event log's (auditEvents) find the cases of a petitioner by any word of the name (starts of 3 letters or
// more, accents and case aside) or by the whole document number (dots, spaces, hyphens aside), as well as
// by radicado and subject; only within the caller's right to see the petitioners (an agent, their own
// cases'; an auditor, no one's); an erased person is found no more.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const ANSWER = `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Se expidió el certificado.") { status } }`;
const ASSIGN = `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`;
const CLOSE = `mutation ($r: String!) { closePqrs(radicado: $r) { status } }`;
const CASE = `query ($r: String!) { pqrs(radicado: $r) { petitioner { id } } }`;
const ERASE = `
  mutation ($p: ID!) {
    erasePersonalData(personId: $p, legalBasis: HOLDER_REQUEST, requestReference: "PQRS-2026-000900") { personId }
  }`;
const LIST = `
  query ($filter: PqrsListFilterInput) { pqrsList(filter: $filter, first: 50) { totalCount nodes { radicado } } }`;
const EVENTS = `
  query ($filter: AuditEventsFilterInput) {
    auditEvents(filter: $filter, first: 100) { totalCount nodes { stream type } }
  }`;

const yolanda = { name: 'Yolanda Díaz Peñaranda', documentType: 'CC', documentNumber: '9900000147' };
const pedro = { name: 'Pedro Díazgranados Ortiz', documentType: 'CC', documentNumber: '80111222' };
const carlos = { name: 'Carlos Rincón Pardo', documentType: 'CE', documentNumber: '471100' };
const rosa = { name: 'Rosa Amelia Quintero', documentType: 'CC', documentNumber: '41222333' };

const petition = (petitioner: Record<string, unknown>, subject: string) => ({
  kind: 'PETITION',
  channel: 'EMAIL',
  subject,
  description: 'Solicitud presentada en la ventanilla.',
  petitioner,
});

type Staff = { id: string; token: string };

describe('finding a case by the person, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let coordinator: Staff;
  let agentWhoFiled: Staff;
  let otherAgent: Staff;
  let assignedAgent: Staff;
  let auditor: Staff;
  /** Yolanda's, filed by the coordinator and assigned to assignedAgent. */
  let yolandasCertificate: string;
  /** Yolanda's, filed by agentWhoFiled. */
  let yolandasClaim: string;
  let pedrosCase: string;
  /** Carlos's, whose subject names a street called Díaz. */
  let carlosCase: string;
  let rosasCase: string;

  const receive = async (petitioner: Record<string, unknown>, subject: string, token: string) =>
    (await ventanilla.ok(RECEIVE, { input: petition(petitioner, subject) }, token)).receivePqrs
      .radicado as string;

  /** The radicados the Bandeja finds for the text, sorted. */
  const bandeja = async (text: string, token = coordinator.token): Promise<string[]> =>
    ((await ventanilla.ok(LIST, { filter: { text } }, token)).pqrsList.nodes as { radicado: string }[])
      .map((node) => node.radicado)
      .sort();

  const sorted = (...radicados: string[]) => [...radicados].sort();

  beforeAll(async () => {
    // PQRS are kept 0 years after their last step here, so a closed case can be erased today.
    ventanilla = await VentanillaHarness.start({
      VENTANILLA_RETENTION_YEARS: '{"PQRS": 0, "AFFILIATION": 5}',
    });
    admin = await ventanilla.login();
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora', ['COORDINATOR']);
    agentWhoFiled = await ventanilla.userWithRoles(admin, 'agente.radica', ['AGENT']);
    otherAgent = await ventanilla.userWithRoles(admin, 'agente.otro', ['AGENT']);
    assignedAgent = await ventanilla.userWithRoles(admin, 'agente.asignada', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditora', ['AUDITOR']);
    yolandasCertificate = await receive(yolanda, 'Certificado de afiliación', coordinator.token);
    yolandasClaim = await receive(
      { ...yolanda, documentNumber: '99.000.001-47' },
      'Cobro doble de la cuota',
      agentWhoFiled.token,
    );
    await ventanilla.ok(ASSIGN, { r: yolandasCertificate, a: assignedAgent.id }, coordinator.token);
    pedrosCase = await receive(pedro, 'Cambio de dirección', coordinator.token);
    carlosCase = await receive(carlos, 'Queja por la sede de la calle Díaz', coordinator.token);
    rosasCase = await receive(rosa, 'Certificado laboral', coordinator.token);
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  describe('the Bandeja, for a coordinator', () => {
    it('finds her cases by her full name, whatever its accents and case', async () => {
      expect(await bandeja('Yolanda Díaz')).toEqual(sorted(yolandasCertificate, yolandasClaim));
      expect(await bandeja('YOLANDA DIAZ')).toEqual(sorted(yolandasCertificate, yolandasClaim));
    });

    it('finds by starts of words in any order', async () => {
      expect(await bandeja('diaz yol')).toEqual(sorted(yolandasCertificate, yolandasClaim));
      expect(await bandeja('peñar')).toEqual(sorted(yolandasCertificate, yolandasClaim));
    });

    it('finds by one word every petitioner it starts a name word of, and every subject holding it', async () => {
      expect(await bandeja('díaz')).toEqual(
        sorted(yolandasCertificate, yolandasClaim, pedrosCase, carlosCase),
      );
    });

    it('finds her cases by her document number, with or without dots and hyphens', async () => {
      expect(await bandeja('9900000147')).toEqual(sorted(yolandasCertificate, yolandasClaim));
      expect(await bandeja('99.000.001-47')).toEqual(sorted(yolandasCertificate, yolandasClaim));
      expect(await bandeja('990000')).toEqual([]);
    });

    it('still finds by radicado and by subject', async () => {
      expect(await bandeja(pedrosCase)).toEqual([pedrosCase]);
      expect(await bandeja('certificado')).toEqual(sorted(yolandasCertificate, rosasCase));
    });

    it('does not split a query between the petitioner and the subject', async () => {
      expect(await bandeja('yolanda certificado')).toEqual([]);
    });

    it('combines the text with the other filters', async () => {
      const { pqrsList } = await ventanilla.ok(
        LIST,
        { filter: { text: 'Yolanda', status: 'ASSIGNED' } },
        coordinator.token,
      );
      expect(pqrsList.nodes).toEqual([{ radicado: yolandasCertificate }]);
    });
  });

  describe('the Bandeja, for an agent', () => {
    it('finds a petitioner only on the cases the agent filed or holds', async () => {
      expect(await bandeja('Yolanda Díaz', agentWhoFiled.token)).toEqual([yolandasClaim]);
      expect(await bandeja('9900000147', agentWhoFiled.token)).toEqual([yolandasClaim]);
      expect(await bandeja('Yolanda Díaz', assignedAgent.token)).toEqual([yolandasCertificate]);
      expect(await bandeja('Yolanda Díaz', otherAgent.token)).toEqual([]);
    });

    it('still finds any case by radicado and subject', async () => {
      expect(await bandeja('certificado', otherAgent.token)).toEqual(sorted(yolandasCertificate, rosasCase));
    });
  });

  describe('the Bandeja, for an auditor (who may not see petitioners)', () => {
    it('finds no case by a petitioner’s name or document', async () => {
      expect(await bandeja('Yolanda Díaz', auditor.token)).toEqual([]);
      expect(await bandeja('9900000147', auditor.token)).toEqual([]);
    });

    it('reads the same words as radicado and subject', async () => {
      expect(await bandeja('díaz', auditor.token)).toEqual([carlosCase]);
      expect(await bandeja('certificado', auditor.token)).toEqual(sorted(yolandasCertificate, rosasCase));
    });
  });

  describe('the event log', () => {
    const events = async (filter: Record<string, unknown>, token = admin) =>
      (await ventanilla.ok(EVENTS, { filter }, token)).auditEvents as {
        totalCount: number;
        nodes: { stream: string; type: string }[];
      };

    it('finds, for an administrator, the events of the cases the person filed', async () => {
      for (const petitioner of ['Yolanda Díaz', 'diaz yol', '99.000.001-47']) {
        const page = await events({ petitioner });
        expect(new Set(page.nodes.map((node) => node.stream))).toEqual(
          new Set([`pqrs-${yolandasCertificate}`, `pqrs-${yolandasClaim}`]),
        );
        expect(page.nodes.filter((node) => node.type === 'Received')).toHaveLength(2);
      }
    });

    it('combines the person with the other filters', async () => {
      expect((await events({ petitioner: 'Yolanda', radicado: yolandasClaim })).nodes.length).toBeGreaterThan(
        0,
      );
      expect(await events({ petitioner: 'Yolanda', radicado: pedrosCase })).toMatchObject({ totalCount: 0 });
      expect(await events({ petitioner: 'Zacarías' })).toMatchObject({ totalCount: 0 });
    });

    it('refuses an auditor a search by the person, saying why', async () => {
      const response = await ventanilla.graphql(EVENTS, { filter: { petitioner: 'Yolanda' } }, auditor.token);

      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(response.errors?.[0]?.message).toMatch(/peticionario/);
    });
  });

  describe('once the person is erased', () => {
    beforeAll(async () => {
      await ventanilla.ok(ANSWER, { r: rosasCase }, admin);
      await ventanilla.ok(CLOSE, { r: rosasCase }, admin);
      const rosaId = (await ventanilla.ok(CASE, { r: rosasCase }, admin)).pqrs.petitioner.id as string;
      await ventanilla.ok(ERASE, { p: rosaId }, admin);
    });

    it('finds her case neither by her name nor by her document', async () => {
      expect(await bandeja('Rosa Quintero')).toEqual([]);
      expect(await bandeja('41222333')).toEqual([]);
      expect(
        (await ventanilla.ok(EVENTS, { filter: { petitioner: '41222333' } }, admin)).auditEvents,
      ).toMatchObject({ totalCount: 0 });
    });

    it('still finds her case by radicado', async () => {
      expect(await bandeja(rosasCase)).toEqual([rosasCase]);
    });
  });
});
