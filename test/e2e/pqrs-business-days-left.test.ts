// Pqrs.businessDaysLeft over HTTP: the business days between today (the server's clock, in Bogotá) and
// the due date, counted on the business calendar — so weekends and Colombian holidays do not count —,
// negative once overdue, and null when the term does not run (stopped awaiting the petitioner, answered).
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVentanillaApp } from '../../src/app.js';
import { loadConfiguration } from '../../src/config/configuration.js';
import { ADMIN, type GraphQLResponse } from '../support/ventanilla-harness.js';

const CASE = 'radicado status dueDate trafficLight businessDaysLeft';

/**
 * A petition (15 business days) received on Monday 5 May 2025: day 1 is Tuesday 6 May, so it falls due on
 * Monday 26 May (1 May, a Thursday holiday, is already behind it; Ascensión moves to Monday 2 June).
 */
const RECEIVED_AT = '2025-05-05T09:00:00-05:00';
const DUE_DATE = '2025-05-26';

describe('the business days left on a case, over HTTP', () => {
  let directory: string;
  let app: INestApplication;
  let url: string;
  let admin: string;
  /** The server's clock, moved forward by each test. */
  let now = new Date('2025-05-05T15:00:00Z');

  const graphql = async <Data>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(admin ? { authorization: `Bearer ${admin}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<Data>;
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
          description: 'Caso para contar los días hábiles que quedan.',
          petitioner: { name: 'Persona de prueba', documentType: 'CC', documentNumber: '52000111' },
          receivedAt,
        },
      },
    );
    return receivePqrs;
  };

  const mutate = async (mutation: string, radicado: string, variables: Record<string, unknown> = {}) => {
    const data = await graphql<Record<string, Record<string, unknown>>>(mutation, {
      r: radicado,
      ...variables,
    });
    return Object.values(data)[0];
  };

  const caseOn = async (instant: string, radicado: string) => {
    now = new Date(instant);
    const { pqrs } = await graphql<{ pqrs: Record<string, unknown> }>(
      `query ($r: String!) { pqrs(radicado: $r) { ${CASE} } }`,
      { r: radicado },
    );
    return pqrs;
  };

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

  it('counts the business days from today to the due date, 0 on the due date, negative once past it', async () => {
    const received = await receivePetition('Días que quedan', RECEIVED_AT);
    expect(received).toMatchObject({ dueDate: DUE_DATE, businessDaysLeft: 15 });
    const radicado = received['radicado'] as string;
    // Monday 12 May: 13 to 16 May, 19 to 23 May and Monday 26 May are left.
    expect(await caseOn('2025-05-12T15:00:00Z', radicado)).toMatchObject({
      status: 'RECEIVED',
      businessDaysLeft: 10,
      trafficLight: 'ON_TIME',
    });
    // Friday 23 May at 23:30 in Bogotá is already Saturday in UTC: the day counted from is Bogotá's.
    expect(await caseOn('2025-05-24T04:30:00Z', radicado)).toMatchObject({ businessDaysLeft: 1 });
    expect(await caseOn('2025-05-26T20:00:00Z', radicado)).toMatchObject({
      businessDaysLeft: 0,
      trafficLight: 'DUE_SOON',
    });
    expect(await caseOn('2025-05-28T15:00:00Z', radicado)).toMatchObject({
      businessDaysLeft: -2,
      trafficLight: 'OVERDUE',
    });
    // Monday 2 June is a holiday (Ascensión): 27 to 30 May are the business days elapsed, not five.
    expect(await caseOn('2025-06-02T15:00:00Z', radicado)).toMatchObject({ businessDaysLeft: -4 });
  });

  it('is null while the term is stopped awaiting the petitioner, restarts in full, and is null once answered', async () => {
    now = new Date('2025-06-03T15:00:00Z');
    const received = await receivePetition('Término suspendido', '2025-06-03T09:00:00-05:00');
    const radicado = received['radicado'] as string;
    expect(received['businessDaysLeft']).toBe(15);

    now = new Date('2025-06-04T15:00:00Z');
    const requested = await mutate(
      `mutation ($r: String!) { requestPqrsInformation(radicado: $r, note: "Adjunte la copia del contrato") { ${CASE} } }`,
      radicado,
    );
    expect(requested).toMatchObject({ status: 'AWAITING_INFORMATION', businessDaysLeft: null });
    expect(await caseOn('2025-06-10T15:00:00Z', radicado)).toMatchObject({ businessDaysLeft: null });

    // Art. 17: the term restarts from zero the day after the petitioner completes the petition.
    const provided = await mutate(
      `mutation ($r: String!, $at: DateTime!) { providePqrsInformation(radicado: $r, providedAt: $at, note: "Llegó la copia") { ${CASE} } }`,
      radicado,
      { at: '2025-06-10T09:00:00-05:00' },
    );
    expect(provided).toMatchObject({ status: 'RECEIVED', businessDaysLeft: 15 });

    now = new Date('2025-06-11T15:00:00Z');
    const answered = await mutate(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Respuesta de fondo") { ${CASE} } }`,
      radicado,
    );
    expect(answered).toMatchObject({ status: 'ANSWERED', businessDaysLeft: null, trafficLight: null });
  });
});
