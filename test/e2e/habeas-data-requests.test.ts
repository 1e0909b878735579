// Habeas data requests over HTTP (Ley 1581 de 2012, arts. 14 and 15): a consulta extended by at most 5
// business days and refused beyond; a reclamo's requirement to complete it within 5 days of receipt, its
// transfer within 2 business days (later: recorded and flagged late) and its "reclamo en trámite" legend
// due within 2 business days (later: recorded and flagged late). Dates on the 2026 calendar: San José,
// Monday 23 March, and Holy Thursday and Good Friday, 2 and 3 April, are holidays.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const CASE = `radicado kind status dueDate maxDueDate extendedOn informationRequestAllowedUntil transferAllowedUntil
  transferredLate claimInProcessMark { markedOn dueBy late } claimInProcessMarkDueBy`;

describe('habeas data requests, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  /** The server's clock, moved forward by each step. */
  let now = new Date('2026-03-13T15:00:00Z');

  const post = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.graphql<Data>(query, variables, admin);
  const graphql = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.ok<Data>(query, variables, admin) as Promise<Data>;

  /** Files the request at 09:00 in Bogotá on `day`, with the server's clock an hour later. */
  const receive = async (kind: string, day: string) => {
    now = new Date(`${day}T15:00:00Z`);
    const { receivePqrs } = await graphql<{ receivePqrs: Record<string, unknown> }>(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { ${CASE} } }`,
      {
        input: {
          kind,
          channel: 'WEB',
          subject: 'Mis datos personales',
          description: 'Solicito conocer y corregir mis datos personales.',
          petitioner: { name: 'Persona de prueba', documentType: 'CC', documentNumber: '52000111' },
          receivedAt: `${day}T09:00:00-05:00`,
        },
      },
    );
    return receivePqrs;
  };
  const caseOf = async (radicado: string) =>
    (
      await graphql<{ pqrs: Record<string, unknown> }>(
        `query ($r: String!) { pqrs(radicado: $r) { ${CASE} } }`,
        {
          r: radicado,
        },
      )
    ).pqrs;
  /** The Bogotá day `day` at 11:00 (16:00 UTC). */
  const at = (day: string) => {
    now = new Date(`${day}T16:00:00Z`);
  };

  const EXTEND = `mutation ($r: String!, $d: Date!) {
    extendPqrsDeadline(radicado: $r, newDueDate: $d, reason: "Se consulta otra base de datos.") { ${CASE} }
  }`;
  const REQUEST = `mutation ($r: String!) {
    requestPqrsInformation(radicado: $r, note: "Indique qué dato debe corregirse.") { ${CASE} }
  }`;
  const TRANSFER = `mutation ($r: String!) {
    transferPqrs(radicado: $r, entity: "Caja de Compensación del Sur", reason: "Es la responsable del tratamiento.") { ${CASE} }
  }`;
  const MARK = `mutation ($r: String!) { markClaimInProcess(radicado: $r) { ${CASE} } }`;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, undefined, () => now);
    admin = await ventanilla.login();
  });

  afterAll(async () => {
    await ventanilla?.stop();
  });

  it('a consulta is due in 10 business days, extended by 5 at most: beyond is refused naming art. 14', async () => {
    // Friday 13 March: 16-20, 24-27 and 30 March make 10 (due 30 March); 31 March, 1, 6, 7, 8 April 5 more.
    const consulta = await receive('HABEAS_DATA_CONSULTATION', '2026-03-13');
    expect(consulta).toMatchObject({ dueDate: '2026-03-30', maxDueDate: '2026-04-08' });
    const radicado = consulta['radicado'] as string;

    at('2026-03-25');
    const beyond = await post(EXTEND, { r: radicado, d: '2026-04-09' });
    expect(beyond.errors?.[0]?.extensions).toMatchObject({
      code: 'BUSINESS_RULE',
      rule: 'EXTENSION_BEYOND_HABEAS_DATA_LIMIT',
    });
    expect(beyond.errors?.[0]?.message).toBe(
      'La prórroga de una consulta de datos personales no puede superar los 5 días hábiles siguientes al vencimiento del primer término (art. 14 de la Ley 1581 de 2012): a más tardar el 08/04/2026.',
    );
    const { extendPqrsDeadline } = await graphql<{ extendPqrsDeadline: Record<string, unknown> }>(EXTEND, {
      r: radicado,
      d: '2026-04-08',
    });
    expect(extendPqrsDeadline).toMatchObject({ dueDate: '2026-04-08', extendedOn: '2026-03-25' });
  });

  it('a reclamo is required to be completed within 5 business days of receipt, not 10', async () => {
    // Friday 27 March: 30, 31 March, 1, 6 and 7 April.
    const late = await receive('HABEAS_DATA_CLAIM', '2026-03-27');
    expect(late).toMatchObject({ informationRequestAllowedUntil: '2026-04-07' });
    at('2026-04-08');
    const refused = await post(REQUEST, { r: late['radicado'] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ rule: 'INFORMATION_REQUEST_TOO_LATE' });
    expect(refused.errors?.[0]?.message).toBe(
      'El requerimiento para completar el reclamo se podía hacer hasta el 07/04/2026 (5 días hábiles después de la radicación, art. 15 de la Ley 1581 de 2012).',
    );

    const inTime = await receive('HABEAS_DATA_CLAIM', '2026-03-27');
    at('2026-04-07');
    const { requestPqrsInformation } = await graphql<{ requestPqrsInformation: Record<string, unknown> }>(
      REQUEST,
      { r: inTime['radicado'] },
    );
    // Incomplete, the reclamo waits for the petitioner: its legend is not yet due.
    expect(requestPqrsInformation).toMatchObject({
      status: 'AWAITING_INFORMATION',
      claimInProcessMarkDueBy: null,
    });
  });

  it('the «reclamo en trámite» legend is due in 2 business days; marked after Holy Week it is flagged late', async () => {
    // Friday 27 March: due by Tuesday 31 March (30 and 31 March).
    const reclamo = await receive('HABEAS_DATA_CLAIM', '2026-03-27');
    expect(reclamo).toMatchObject({ claimInProcessMarkDueBy: '2026-03-31', claimInProcessMark: null });
    const radicado = reclamo['radicado'] as string;

    at('2026-04-06');
    const { markClaimInProcess } = await graphql<{ markClaimInProcess: Record<string, unknown> }>(MARK, {
      r: radicado,
    });
    expect(markClaimInProcess).toMatchObject({
      claimInProcessMark: { markedOn: '2026-04-06', dueBy: '2026-03-31', late: true },
      claimInProcessMarkDueBy: null,
    });
    // Marked once: a second mark changes nothing.
    await graphql(MARK, { r: radicado });
    expect(await caseOf(radicado)).toMatchObject({
      claimInProcessMark: { markedOn: '2026-04-06', late: true },
    });

    const petition = await receive('PETITION', '2026-03-27');
    const refused = await post(MARK, { r: petition['radicado'] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ rule: 'NOT_A_HABEAS_DATA_CLAIM' });
  });

  it('a reclamo transferred after 2 business days is recorded and flagged late', async () => {
    // Friday 27 March: the window holds on 30 and 31 March; Wednesday 1 April is the 3rd business day.
    const reclamo = await receive('HABEAS_DATA_CLAIM', '2026-03-27');
    expect(reclamo).toMatchObject({ transferAllowedUntil: '2026-03-31' });
    at('2026-04-01');
    const { transferPqrs } = await graphql<{ transferPqrs: Record<string, unknown> }>(TRANSFER, {
      r: reclamo['radicado'],
    });
    expect(transferPqrs).toMatchObject({ status: 'TRANSFERRED', transferredLate: true });

    // A petition of the same day transferred the same day is within the 5 days of art. 21.
    const petition = await receive('PETITION', '2026-03-27');
    at('2026-04-01');
    const { transferPqrs: onTime } = await graphql<{ transferPqrs: Record<string, unknown> }>(TRANSFER, {
      r: petition['radicado'],
    });
    expect(onTime).toMatchObject({ transferredLate: false });
  });
});
