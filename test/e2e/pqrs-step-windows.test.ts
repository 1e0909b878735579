// Pqrs.informationRequestAllowedUntil and Pqrs.transferAllowedUntil over HTTP: the last Bogotá day on
// which the petitioner may be asked to complete the petition (art. 17, 10 business days after receipt)
// and the case transferred to the competent entity (art. 21, 5 business days), counted on the server's
// business calendar; null once the case's status does not take the step. The server refuses the step
// the day after, in the same words the staff client shows when it withholds the button.
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVentanillaApp } from '../../src/app.js';
import { loadConfiguration } from '../../src/config/configuration.js';
import { ADMIN, type GraphQLResponse } from '../support/ventanilla-harness.js';

const CASE = 'radicado status informationRequestAllowedUntil transferAllowedUntil';

describe('the last day of the art. 17 and art. 21 windows, over HTTP', () => {
  let directory: string;
  let app: INestApplication;
  let url: string;
  let admin: string;
  /** The server's clock, moved forward by each step. */
  let now = new Date('2026-03-13T15:00:00Z');

  const post = async <Data>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(admin ? { authorization: `Bearer ${admin}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<Data>;
  };

  const graphql = async <Data>(query: string, variables: Record<string, unknown> = {}) => {
    const body = await post<Data>(query, variables);
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as Data;
  };

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
    directory = mkdtempSync(join(tmpdir(), 'ventanilla-e2e-'));
    const config = loadConfiguration({
      PORT: '0',
      VENTANILLA_DATA_DIR: directory,
      VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
      LOG_LEVEL: 'error',
    });
    app = await createVentanillaApp(config, { clock: () => now });
    await app.listen(0, '127.0.0.1');
    url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const { login } = await graphql<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: ADMIN.username, p: ADMIN.password },
    );
    admin = login.token;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
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
    const refused = await post(TRANSFER, { r: radicado });
    expect(refused.errors?.[0]?.message).toBe(
      'El traslado por competencia se podía hacer hasta el 23/03/2026 (5 días hábiles después de la radicación, art. 21 de la Ley 1755 de 2015).',
    );

    // Tuesday 31 March: past the request's last day too.
    now = new Date('2026-03-31T15:00:00Z');
    const late = await post(REQUEST, { r: radicado });
    expect(late.errors?.[0]?.message).toBe(
      'El requerimiento para completar la petición se podía hacer hasta el 30/03/2026 (10 días hábiles después de la radicación, art. 17 de la Ley 1755 de 2015).',
    );
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
  });
});
