// The constancia de radicación over HTTP: the entity and office as configured, the case as filed, and the
// legal term of its kind with the article that sets it.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const RECEIPT = `query ($r: String!) {
  filingReceipt(radicado: $r) {
    entityName officeName radicado receivedAt kind subject dueDate termBusinessDays legalBasis
    channel receivedByName petitioner { name documentType documentNumber masked }
  }
}`;

function filing(kind: string, subject: string) {
  return {
    kind,
    channel: 'IN_PERSON',
    subject,
    description: 'Radicada en la ventanilla de la sede principal.',
    petitioner: { name: 'Jorge Enrique Pardo', documentType: 'CC', documentNumber: '80123456' },
    // Friday 13 March 2026: Monday 23 March (San José) and Holy Thursday/Friday (2–3 April) are holidays.
    receivedAt: '2026-03-13T10:00:00-05:00',
    lateEntryReason: 'Registro de prueba con fecha anterior.',
  };
}

describe('the constancia de radicación', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let clerk: { id: string; token: string };
  let auditor: { id: string; token: string };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({
      VENTANILLA_ENTITY_NAME: 'Empresa de Servicios Públicos de Prueba',
      VENTANILLA_OFFICE_NAME: 'Ventanilla Única de Correspondencia',
    });
    admin = await ventanilla.login();
    clerk = await ventanilla.userWithRoles(admin, 'radicadora', ['AGENT']);
    auditor = await ventanilla.userWithRoles(admin, 'auditora', ['AUDITOR']);
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('states who received the petition, when, what, and the legal term with its due date', async () => {
    const { receivePqrs } = await ventanilla.ok(
      RECEIVE,
      { input: filing('PETITION', 'Certificado laboral') },
      admin,
    );
    const { filingReceipt } = await ventanilla.ok(RECEIPT, { r: receivePqrs.radicado }, admin);
    expect(filingReceipt).toEqual({
      entityName: 'Empresa de Servicios Públicos de Prueba',
      officeName: 'Ventanilla Única de Correspondencia',
      radicado: receivePqrs.radicado,
      receivedAt: '2026-03-13T15:00:00.000Z',
      kind: 'PETITION',
      subject: 'Certificado laboral',
      dueDate: '2026-04-08',
      termBusinessDays: 15,
      legalBasis: 'Ley 1755 de 2015, artículo 14',
      channel: 'IN_PERSON',
      receivedByName: expect.any(String),
      petitioner: {
        name: 'Jorge Enrique Pardo',
        documentType: 'CC',
        documentNumber: '80123456',
        masked: false,
      },
    });
  });

  it('names the official who received a verbal petition, and the petitioner as the reader may see them (Decreto 1166 de 2016)', async () => {
    const { receivePqrs } = await ventanilla.ok(
      RECEIVE,
      // Received now: an agent records no late entries.
      {
        input: {
          ...filing('CLAIM', 'Cobro doble'),
          channel: 'PHONE',
          receivedAt: null,
          lateEntryReason: null,
        },
      },
      clerk.token,
    );
    const { filingReceipt } = await ventanilla.ok(RECEIPT, { r: receivePqrs.radicado }, clerk.token);
    expect(filingReceipt).toMatchObject({
      channel: 'PHONE',
      receivedByName: 'Funcionario radicadora',
      petitioner: { name: 'Jorge Enrique Pardo', documentNumber: '80123456', masked: false },
    });
    // An auditor reads the constancia with the person masked, as on the case itself.
    const audited = await ventanilla.ok(RECEIPT, { r: receivePqrs.radicado }, auditor.token);
    expect(audited.filingReceipt.receivedByName).toBe('Funcionario radicadora');
    expect(audited.filingReceipt.petitioner.masked).toBe(true);
    expect(audited.filingReceipt.petitioner.documentNumber).not.toBe('80123456');
    expect(audited.filingReceipt.petitioner.name).not.toBe('Jorge Enrique Pardo');
  });

  it('gives a petition between authorities the term of article 30', async () => {
    const { receivePqrs } = await ventanilla.ok(
      RECEIVE,
      { input: filing('INTERAUTHORITY', 'Solicitud de la Personería') },
      admin,
    );
    const { filingReceipt } = await ventanilla.ok(RECEIPT, { r: receivePqrs.radicado }, admin);
    expect(filingReceipt).toMatchObject({
      termBusinessDays: 10,
      legalBasis: 'Ley 1755 de 2015, artículo 30',
    });
  });

  it('refuses an unknown radicado as NOT_FOUND', async () => {
    const response = await ventanilla.graphql(RECEIPT, { r: 'PQRS-2026-999999' }, admin);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
