// Pqrs.informationRequestAllowedUntil and Pqrs.transferAllowedUntil over HTTP: the last Bogotá day on
// which the petitioner may be asked to complete the petition (art. 17, 10 business days after receipt)
// and the case transferred to the competent entity (art. 21, 5 business days), counted on the server's
// business calendar; null once the case's status does not take the step. The day after, the server
// refuses the request in the same words the staff client shows when it withholds the button, and records
// the transfer flagged late (Pqrs.transferredLate) instead of refusing it.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const CASE = 'radicado status informationRequestAllowedUntil transferAllowedUntil';

describe('the last day of the art. 17 and art. 21 windows, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  /** The server's clock, moved forward by each step. */
  let now = new Date('2026-03-13T15:00:00Z');

  const post = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.graphql<Data>(query, variables, admin);
  const graphql = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.ok<Data>(query, variables, admin) as Promise<Data>;

  const receivePetition = async (subject: string, receivedAt: string) => {
    const { receivePqrs } = await graphql<{ receivePqrs: Record<string, unknown> }>(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { ${CASE} } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'WEB',
          subject,
          description: 'Caso para leer los plazos de los arts. 17 y 21.',
          petitioner: { name: 'Persona de prueba', documentType: 'CC', documentNumber: '52000111' },
          receivedAt,
        },
      },
    );
    return receivePqrs;
  };

  const caseOn = async (instant: string, radicado: string) => {
    now = new Date(instant);
    const { pqrs } = await graphql<{ pqrs: Record<string, unknown> }>(
      `query ($r: String!) { pqrs(radicado: $r) { ${CASE} } }`,
      { r: radicado },
    );
    return pqrs;
  };

  const TRANSFER = `mutation ($r: String!) {
    transferPqrs(radicado: $r, entity: "Superintendencia de Subsidio Familiar", reason: "Es de su competencia.") { ${CASE} }
  }`;
  const REQUEST = `mutation ($r: String!) {
    requestPqrsInformation(radicado: $r, note: "Adjunte la copia del contrato") { ${CASE} }
  }`;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, undefined, () => now);
    admin = await ventanilla.login();
  });

  afterAll(async () => {
    await ventanilla?.stop();
  });

  it('gives the days on the business calendar, and the server refuses the step the day after', async () => {
    // Received Friday 13 March 2026. Transfer: 16 to 20 March, then the weekend and San José (Monday
    // 23) add no business day, so it holds until the 23rd. Request: 10 business days, to Monday 30 March.
    now = new Date('2026-03-13T15:00:00Z');
    const received = await receivePetition('Plazos del caso', '2026-03-13T09:00:00-05:00');
    expect(received).toMatchObject({
      status: 'RECEIVED',
      informationRequestAllowedUntil: '2026-03-30',
      transferAllowedUntil: '2026-03-23',
    });
    const radicado = received['radicado'] as string;

    // Tuesday 24 March: past the transfer's last day; the days themselves do not move with the clock.
    expect(await caseOn('2026-03-24T15:00:00Z', radicado)).toMatchObject({
      informationRequestAllowedUntil: '2026-03-30',
      transferAllowedUntil: '2026-03-23',
    });

    // Tuesday 31 March: past the request's last day too.
    now = new Date('2026-03-31T15:00:00Z');
    const late = await post(REQUEST, { r: radicado });
    expect(late.errors?.[0]?.message).toBe(
      'El requerimiento para completar la petición se podía hacer hasta el 30/03/2026 (10 días hábiles después de la radicación, art. 17 de la Ley 1755 de 2015).',
    );

    // The transfer, past its last day, is recorded and flagged late (art. 21): not refused.
    const { transferPqrs } = await graphql<{ transferPqrs: Record<string, unknown> }>(
      `
        mutation ($r: String!) {
          transferPqrs(
            radicado: $r
            entity: "Superintendencia de Subsidio Familiar"
            reason: "Es de su competencia."
          ) {
            status
            transferredLate
          }
        }
      `,
      { r: radicado },
    );
    expect(transferPqrs).toEqual({ status: 'TRANSFERRED', transferredLate: true });
  });

  it('is null for a step the case’s status no longer takes', async () => {
    now = new Date('2026-03-16T15:00:00Z');
    const received = await receivePetition('Plazos en espera', '2026-03-16T09:00:00-05:00');
    const radicado = received['radicado'] as string;
    // Received Monday 16 March: the 5th business day is Tuesday 24 March (San José, Monday 23, skipped).
    expect(received).toMatchObject({ transferAllowedUntil: '2026-03-24' });

    now = new Date('2026-03-17T15:00:00Z');
    const { requestPqrsInformation } = await graphql<{ requestPqrsInformation: Record<string, unknown> }>(
      REQUEST,
      { r: radicado },
    );
    // Waiting for the petitioner: no second request, but the transfer is still possible.
    expect(requestPqrsInformation).toMatchObject({
      status: 'AWAITING_INFORMATION',
      informationRequestAllowedUntil: null,
      transferAllowedUntil: '2026-03-24',
    });

    const { transferPqrs } = await graphql<{ transferPqrs: Record<string, unknown> }>(TRANSFER, {
      r: radicado,
    });
    expect(transferPqrs).toMatchObject({
      status: 'TRANSFERRED',
      informationRequestAllowedUntil: null,
      transferAllowedUntil: null,
    });
    const { pqrs } = await graphql<{ pqrs: Record<string, unknown> }>(
      `
        query ($r: String!) {
          pqrs(radicado: $r) {
            transferredLate
          }
        }
      `,
      { r: radicado },
    );
    expect(pqrs).toEqual({ transferredLate: false });
  });
});
