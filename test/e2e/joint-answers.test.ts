// Art. 22 over HTTP (Ley 1437 de 2011, sustituido por la Ley 1755 de 2015): more than ten equal petitions
// answered at once — the joint answer published on the public page (no radicados there), each case answered
// by it (on time or not by its own due date) with its answer notice; ten petitions refused; the same
// request again changes nothing. Dates on the 2026 calendar: San José (Monday 23 March) and Holy Thursday
// and Good Friday (2 and 3 April) are holidays.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const JOINT = 'id kind radicados caseCount title answer publishedOn';
const ANSWER_JOINTLY = `mutation ($radicados: [String!]!, $key: String) {
  answerPqrsJointly(
    radicados: $radicados
    title: "Cierre de la piscina del centro recreacional"
    answer: "La piscina cierra por mantenimiento hasta el 30 de abril de 2026."
    idempotencyKey: $key
  ) { ${JOINT} }
}`;

describe('a joint answer to more than ten equal petitions, over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let now = new Date('2026-03-13T15:00:00Z');

  const post = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.graphql<Data>(query, variables, admin);
  const graphql = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    ventanilla.ok<Data>(query, variables, admin) as Promise<Data>;

  const receive = async (kind: string, day: string): Promise<string> => {
    now = new Date(`${day}T15:00:00Z`);
    const { receivePqrs } = await graphql<{ receivePqrs: { radicado: string } }>(
      `
        mutation ($input: ReceivePqrsInput!) {
          receivePqrs(input: $input) {
            radicado
          }
        }
      `,
      {
        input: {
          kind,
          channel: 'WEB',
          subject: 'Cierre de la piscina',
          description: 'Pido saber hasta cuándo estará cerrada la piscina.',
          petitioner: { name: 'Persona de prueba', documentType: 'CC', documentNumber: '52000111' },
          receivedAt: `${day}T09:00:00-05:00`,
        },
      },
    );
    return receivePqrs.radicado;
  };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, undefined, () => now);
    admin = await ventanilla.login();
  });

  afterAll(async () => {
    await ventanilla?.stop();
  });

  it('answers eleven petitions at once, publishes the answer and records it on each case', async () => {
    // Ten petitions of Friday 13 March (due Wednesday 8 April) and one of Thursday 12 March (due Tuesday
    // 7 April: 13, 16-20, 24-27, 30, 31 March, 1, 6 and 7 April), answered on Wednesday 8 April.
    const radicados: string[] = [];
    for (let index = 0; index < 10; index++) radicados.push(await receive('PETITION', '2026-03-13'));
    const earlier = await receive('PETITION', '2026-03-12');
    radicados.push(earlier);

    now = new Date('2026-04-08T16:00:00Z');
    const ten = await post(ANSWER_JOINTLY, { radicados: radicados.slice(0, 10), key: 'ten' });
    expect(ten.errors?.[0]?.extensions).toMatchObject({ rule: 'JOINT_ANSWER_TOO_FEW_CASES' });

    const { answerPqrsJointly } = await graphql<{ answerPqrsJointly: Record<string, unknown> }>(
      ANSWER_JOINTLY,
      {
        radicados,
        key: 'piscina-abril',
      },
    );
    expect(answerPqrsJointly).toMatchObject({
      kind: 'PETITION',
      caseCount: 11,
      radicados: [...radicados].sort(),
      title: 'Cierre de la piscina del centro recreacional',
      answer: 'La piscina cierra por mantenimiento hasta el 30 de abril de 2026.',
      publishedOn: '2026-04-08',
    });
    const jointAnswerId = answerPqrsJointly['id'];

    const CASE = `query ($r: String!) { pqrs(radicado: $r) {
      status answeredOnTime jointAnswerId notifications { kind recipientRole }
    } }`;
    const onTime = await graphql<{ pqrs: Record<string, unknown> }>(CASE, { r: radicados[0] });
    expect(onTime.pqrs).toMatchObject({
      status: 'ANSWERED',
      answeredOnTime: true,
      jointAnswerId,
      notifications: expect.arrayContaining([{ kind: 'ANSWER', recipientRole: 'PETITIONER' }]),
    });
    // The petition of 12 March was due the day before: answered late by the same joint answer.
    const late = await graphql<{ pqrs: Record<string, unknown> }>(CASE, { r: earlier });
    expect(late.pqrs).toMatchObject({ status: 'ANSWERED', answeredOnTime: false, jointAnswerId });

    // The same request again (a retry) changes nothing and answers the same.
    const again = await graphql<{ answerPqrsJointly: Record<string, unknown> }>(ANSWER_JOINTLY, {
      radicados,
      key: 'piscina-abril',
    });
    expect(again.answerPqrsJointly['id']).toBe(jointAnswerId);

    // Another joint answer over cases already answered is refused, naming one.
    const twice = await post(ANSWER_JOINTLY, { radicados, key: 'otra' });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ rule: 'JOINT_ANSWER_CASE_NOT_ANSWERABLE' });

    // The public page lists it in Spanish, dd/mm/aaaa, with how many petitions it answers and no radicados.
    const response = await fetch(
      ventanilla.url.replace('/graphql', '/ventanilla/respuestas-conjuntas/publicadas'),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { jointAnswers: Record<string, unknown>[] };
    expect(body.jointAnswers).toEqual([
      {
        id: jointAnswerId,
        kind: 'Petición',
        title: 'Cierre de la piscina del centro recreacional',
        answer: 'La piscina cierra por mantenimiento hasta el 30 de abril de 2026.',
        publishedOn: '08/04/2026',
        petitions: 11,
      },
    ]);
    expect(JSON.stringify(body)).not.toContain(radicados[0]!);
  });

  it('refuses petitions of different kinds', async () => {
    const radicados: string[] = [];
    for (let index = 0; index < 10; index++) radicados.push(await receive('PETITION', '2026-03-16'));
    radicados.push(await receive('COMPLAINT', '2026-03-16'));
    now = new Date('2026-03-20T16:00:00Z');
    const mixed = await post(ANSWER_JOINTLY, { radicados, key: 'mixed' });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ rule: 'JOINT_ANSWER_MIXED_KINDS' });
  });
});
