// The Radicar form's warning over HTTP: the same document with a similar subject filed in the last five
// business days gives the earlier radicado; another document, an older filing or another subject give
// nothing. An agent is warned only about the cases whose petitioner they may see (their own), an auditor
// may not ask, and the query is staff-only: the Ventanilla virtual has nothing like it.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const DUPLICATES = `query ($type: String!, $number: String!, $subject: String!) {
  possibleDuplicates(documentType: $type, documentNumber: $number, subject: $subject) {
    radicado subject receivedOn message
  }
}`;

const ANA = { name: 'Ana Lucía Rojas', documentType: 'CC', documentNumber: '80111222' };
const LUIS = { name: 'Luis Fernando Díaz', documentType: 'CC', documentNumber: '80999888' };

function filing(subject: string, petitioner: typeof ANA) {
  return {
    kind: 'CLAIM',
    channel: 'IN_PERSON',
    subject,
    description: 'Radicada en la ventanilla de la sede principal.',
    petitioner,
  };
}

describe('the possible-duplicate warning at receipt', () => {
  let ventanilla: VentanillaHarness;
  /** The server's clock: each case is received at the moment it says. */
  let now = new Date('2026-02-16T15:00:00.000Z');
  let recent: string;
  let agentsOwn: string;

  const adminNow = () => ventanilla.login();
  const agentNow = () => ventanilla.login('taquilla', 'taquilla-clave-segura');

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, undefined, () => now);
    const admin = await ventanilla.login();
    await ventanilla.userWithRoles(admin, 'taquilla', ['AGENT']);
    await ventanilla.userWithRoles(admin, 'revisora', ['AUDITOR']);
    // Monday 16 February: four weeks before "today", out of the window.
    await ventanilla.ok(RECEIVE, { input: filing('Cuota monetaria de enero sin pagar', ANA) }, admin);
    now = new Date('2026-03-09T15:00:00.000Z');
    ({
      receivePqrs: { radicado: recent },
    } = await ventanilla.ok(
      RECEIVE,
      { input: filing('Cuota monetaria no pagada en febrero', ANA) },
      await adminNow(),
    ));
    now = new Date('2026-03-10T15:00:00.000Z');
    await ventanilla.ok(
      RECEIVE,
      { input: filing('Cuota monetaria no pagada en febrero', LUIS) },
      await adminNow(),
    );
    now = new Date('2026-03-11T15:00:00.000Z');
    await ventanilla.ok(RECEIVE, { input: filing('Certificado de afiliación', ANA) }, await adminNow());
    ({
      receivePqrs: { radicado: agentsOwn },
    } = await ventanilla.ok(
      RECEIVE,
      { input: filing('Reserva del centro recreativo', ANA) },
      await agentNow(),
    ));
    // Friday 13 March.
    now = new Date('2026-03-13T15:00:00.000Z');
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  async function warnings(token: string, person: typeof ANA, subject: string) {
    const { possibleDuplicates } = await ventanilla.ok<{
      possibleDuplicates: { radicado: string; subject: string; receivedOn: string; message: string }[];
    }>(DUPLICATES, { type: person.documentType, number: person.documentNumber, subject }, token);
    return possibleDuplicates;
  }

  it('warns of the same document with a similar subject in the last five business days', async () => {
    expect(await warnings(await adminNow(), ANA, 'No me han pagado la cuota monetaria')).toEqual([
      {
        radicado: recent,
        subject: 'Cuota monetaria no pagada en febrero',
        receivedOn: '2026-03-09',
        message: `Esta persona radicó «Cuota monetaria no pagada en febrero» el 09/03/2026 (${recent}): revise si es la misma solicitud.`,
      },
    ]);
    // The document as staff may type it: dots and lower case are the same document.
    expect(
      await warnings(
        await adminNow(),
        { ...ANA, documentType: 'cc', documentNumber: '80.111.222' },
        'Cuota monetaria',
      ),
    ).toHaveLength(1);
  });

  it('says nothing for another document, another subject, or a filing older than the window', async () => {
    const admin = await adminNow();
    expect(
      await warnings(admin, { ...LUIS, documentNumber: '80999999' }, 'Cuota monetaria no pagada'),
    ).toEqual([]);
    expect(await warnings(admin, ANA, 'Ruido de vecinos en el parque')).toEqual([]);
    // "enero sin pagar" (16 February) is out of the window; only February's claim is recent.
    expect((await warnings(admin, ANA, 'Cuota monetaria de enero')).map((found) => found.radicado)).toEqual([
      recent,
    ]);
  });

  it('warns an agent only of the cases whose petitioner they may see, and refuses an auditor', async () => {
    const agent = await agentNow();
    expect(await warnings(agent, ANA, 'Cuota monetaria no pagada')).toEqual([]);
    expect(
      (await warnings(agent, ANA, 'Reserva en el centro recreativo')).map((found) => found.radicado),
    ).toEqual([agentsOwn]);
    const auditor = await ventanilla.login('revisora', 'revisora-clave-segura');
    const refused = await ventanilla.graphql(
      DUPLICATES,
      { type: 'CC', number: ANA.documentNumber, subject: 'Cuota monetaria' },
      auditor,
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
  });

  it('is not open without a session', async () => {
    const anonymous = await ventanilla.graphql(DUPLICATES, {
      type: 'CC',
      number: ANA.documentNumber,
      subject: 'Cuota',
    });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
