// The rules of issue 18 this branch holds, over HTTP: one extension per case (art. 14, par., Ley 1437 de
// 2011 as substituted by Ley 1755 de 2015), the second refused naming the rule, and the case saying the
// day it was extended.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const CASE = 'radicado status dueDate maxDueDate extendedOn';

describe('the law to the letter, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  /** The server's clock, moved forward by each step. */
  let now = new Date('2026-03-13T15:00:00Z');

  const post = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.graphql<Data>(query, variables, admin);
  const graphql = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.ok<Data>(query, variables, admin) as Promise<Data>;

  const receive = async (kind: string, subject: string, receivedAt: string) => {
    const { receivePqrs } = await graphql<{ receivePqrs: Record<string, unknown> }>(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { ${CASE} } }`,
      {
        input: {
          kind,
          channel: 'WEB',
          subject,
          description: 'Caso para las reglas de la ley.',
          petitioner: { name: 'Persona de prueba', documentType: 'CC', documentNumber: '52000111' },
          receivedAt,
        },
      },
    );
    return receivePqrs;
  };

  const EXTEND = `mutation ($r: String!, $d: Date!) {
    extendPqrsDeadline(radicado: $r, newDueDate: $d, reason: "Se requiere concepto de otra dependencia.") { ${CASE} }
  }`;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, undefined, () => now);
    admin = await ventanilla.login();
  });

  afterAll(async () => {
    await ventanilla?.stop();
  });

  it('grants one extension and refuses a second, even within twice the term, naming the rule', async () => {
    // Received Friday 13 March 2026: 15 business days to Wednesday 8 April (Holy Week 2 and 3 April and
    // San José, Monday 23 March, skipped); twice the term to Wednesday 29 April.
    now = new Date('2026-03-13T15:00:00Z');
    const received = await receive('PETITION', 'Prórroga única', '2026-03-13T09:00:00-05:00');
    expect(received).toMatchObject({ dueDate: '2026-04-08', maxDueDate: '2026-04-29', extendedOn: null });
    const radicado = received['radicado'] as string;

    now = new Date('2026-04-01T16:00:00Z');
    const { extendPqrsDeadline } = await graphql<{ extendPqrsDeadline: Record<string, unknown> }>(EXTEND, {
      r: radicado,
      d: '2026-04-20',
    });
    expect(extendPqrsDeadline).toMatchObject({ dueDate: '2026-04-20', extendedOn: '2026-04-01' });

    now = new Date('2026-04-15T16:00:00Z');
    const second = await post(EXTEND, { r: radicado, d: '2026-04-29' });
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'BUSINESS_RULE',
      rule: 'EXTENSION_ALREADY_GRANTED',
    });
    expect(second.errors?.[0]?.message).toBe(
      'El término ya se prorrogó el 01/04/2026; el parágrafo del art. 14 de la Ley 1437 de 2011 (sustituido por la Ley 1755 de 2015) prevé una sola prórroga por petición.',
    );
    const { pqrs } = await graphql<{ pqrs: Record<string, unknown> }>(
      `query ($r: String!) { pqrs(radicado: $r) { ${CASE} } }`,
      { r: radicado },
    );
    expect(pqrs).toMatchObject({ dueDate: '2026-04-20', extendedOn: '2026-04-01' });
  });
});
