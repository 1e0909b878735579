// "Mi trabajo" (myWork) over HTTP: an agent's open cases grouped as overdue (the most overdue first, with
// the business days past the due date), due soon, awaiting the petitioner (with the tacit-withdrawal date)
// and the rest; a coordinator also sees the office's overdue cases by assignee, the unassigned first; an
// auditor is refused. The server's clock is moved forward as the cases are received, so none is backdated.
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const CASE = `pqrs { radicado status dueDate trafficLight businessDaysLeft } businessDaysOverdue tacitWithdrawalFrom`;
const GROUP = `count cases { ${CASE} }`;
const MY_WORK = `query { myWork {
  today
  overdue { ${GROUP} } dueSoon { ${GROUP} } awaitingInformation { ${GROUP} } onTime { ${GROUP} }
  teamOverdue { assigneeId assignee { id username fullName } count oldest { ${CASE} } cases { ${CASE} } }
} }`;

interface WorkCase {
  pqrs: {
    radicado: string;
    status: string;
    dueDate: string;
    trafficLight: string | null;
    businessDaysLeft: number | null;
  };
  businessDaysOverdue: number | null;
  tacitWithdrawalFrom: string | null;
}
interface WorkGroup {
  count: number;
  cases: WorkCase[];
}
interface MyWork {
  today: string;
  overdue: WorkGroup;
  dueSoon: WorkGroup;
  awaitingInformation: WorkGroup;
  onTime: WorkGroup;
  teamOverdue:
    | {
        assigneeId: string | null;
        assignee: { id: string; username: string; fullName: string | null } | null;
        count: number;
        oldest: WorkCase;
        cases: WorkCase[];
      }[]
    | null;
}

const radicadosOf = (group: WorkGroup) => group.cases.map((item) => item.pqrs.radicado);

describe('Mi trabajo, over HTTP', () => {
  /** The server's clock: each case is received on the day it says, and today is Friday 20 June 2025. */
  let now = new Date('2025-05-05T14:00:00Z');
  let ventanilla: VentanillaHarness;
  let admin: string;
  let agent: { id: string; token: string };
  let otherAgent: { id: string; token: string };
  let coordinator: { id: string; token: string };
  let auditor: { id: string; token: string };
  const radicados: Record<string, string> = {};

  const on = (instant: string) => {
    now = new Date(instant);
  };

  const receive = async (name: string, kind: string, receivedAt: string) => {
    on(receivedAt);
    const { receivePqrs } = await ventanilla.ok<{ receivePqrs: { radicado: string } }>(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind,
          channel: 'WEB',
          subject: `Caso ${name}`,
          description: 'Caso para la lista de trabajo.',
          petitioner: { name: 'Persona de prueba', documentType: 'CC', documentNumber: '52000111' },
        },
      },
      admin,
    );
    radicados[name] = receivePqrs.radicado;
    return receivePqrs.radicado;
  };

  const assign = (radicado: string, assigneeId: string) =>
    ventanilla.ok(
      `mutation ($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }`,
      { r: radicado, a: assigneeId },
      admin,
    );

  const myWork = async (token: string) =>
    (await ventanilla.ok<{ myWork: MyWork }>(MY_WORK, {}, token)).myWork;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({}, undefined, undefined, () => now);
    admin = await ventanilla.login();
    agent = await ventanilla.userWithRoles(admin, 'agente.trabajo', ['AGENT']);
    otherAgent = await ventanilla.userWithRoles(admin, 'otra.agente', ['AGENT']);
    coordinator = await ventanilla.userWithRoles(admin, 'coordinadora.trabajo', ['COORDINATOR']);
    auditor = await ventanilla.userWithRoles(admin, 'auditor.trabajo', ['AUDITOR']);

    // Petitions (15 business days): due 26 May, overdue by 20 June.
    await assign(await receive('most overdue', 'PETITION', '2025-05-05T14:00:00Z'), agent.id);
    await assign(await receive('other agent', 'PETITION', '2025-05-06T14:00:00Z'), otherAgent.id);
    const answered = await receive('answered', 'PETITION', '2025-05-07T14:00:00Z');
    await assign(answered, agent.id);
    await ventanilla.ok(
      `mutation ($r: String!) { answerPqrs(radicado: $r, answer: "Respuesta de fondo") { status } }`,
      { r: answered },
      admin,
    );
    await assign(await receive('less overdue', 'PETITION', '2025-05-12T14:00:00Z'), agent.id);
    await receive('unassigned', 'PETITION', '2025-05-20T14:00:00Z');
    // Requested information 9 June (within 10 business days of receipt): the clock stops.
    const awaiting = await receive('awaiting', 'PETITION', '2025-06-06T14:00:00Z');
    await assign(awaiting, agent.id);
    on('2025-06-09T14:00:00Z');
    await ventanilla.ok(
      `mutation ($r: String!) { requestPqrsInformation(radicado: $r, note: "Falta la copia del contrato") { status } }`,
      { r: awaiting },
      admin,
    );
    // A request for information (10 business days) received 9 June falls due 24 June (23 June is Corpus
    // Christi): by 20 June it is due soon.
    await assign(await receive('due soon', 'INFORMATION_REQUEST', '2025-06-09T15:00:00Z'), agent.id);
    await assign(await receive('on time', 'PETITION', '2025-06-19T14:00:00Z'), agent.id);
    on('2025-06-20T14:00:00Z');
    // Sessions opened at today's clock.
    for (const [user, username] of [
      [agent, 'agente.trabajo'],
      [otherAgent, 'otra.agente'],
      [coordinator, 'coordinadora.trabajo'],
      [auditor, 'auditor.trabajo'],
    ] as const)
      user.token = await ventanilla.login(username, `${username}-clave-segura`);
  }, 60_000);

  afterAll(async () => {
    await ventanilla?.stop();
  });

  it("an agent's overdue cases come first, the most overdue first, with the business days past the due date", async () => {
    const work = await myWork(agent.token);
    expect(work.today).toBe('2025-06-20');
    expect(work.overdue.count).toBe(2);
    expect(radicadosOf(work.overdue)).toEqual([radicados['most overdue'], radicados['less overdue']]);
    for (const item of work.overdue.cases) {
      expect(item.pqrs.trafficLight).toBe('OVERDUE');
      expect(item.businessDaysOverdue).toBe(-item.pqrs.businessDaysLeft!);
    }
    // Due Monday 26 May; 27 to 30 May, 3 to 6 June (2 June, Ascensión, does not count), 9 to 13 and 16 to
    // 20 June: 18 business days.
    expect(work.overdue.cases[0]).toMatchObject({ pqrs: { dueDate: '2025-05-26' }, businessDaysOverdue: 18 });
    expect(work.overdue.cases[1]!.businessDaysOverdue).toBeLessThan(18);
  });

  it('due soon, awaiting the petitioner and on time each hold their own cases; answered and others\u2019 cases are in none', async () => {
    const work = await myWork(agent.token);
    expect(radicadosOf(work.dueSoon)).toEqual([radicados['due soon']]);
    expect(work.dueSoon.cases[0]).toMatchObject({
      pqrs: { trafficLight: 'DUE_SOON', dueDate: '2025-06-24' },
      businessDaysOverdue: null,
    });
    expect(work.awaitingInformation.count).toBe(1);
    expect(work.awaitingInformation.cases[0]).toMatchObject({
      pqrs: { radicado: radicados['awaiting'], status: 'AWAITING_INFORMATION', businessDaysLeft: null },
    });
    expect(work.awaitingInformation.cases[0]!.tacitWithdrawalFrom).toMatch(/^2025-07-\d\d$/);
    expect(radicadosOf(work.onTime)).toEqual([radicados['on time']]);
    const everyCase = [work.overdue, work.dueSoon, work.awaitingInformation, work.onTime].flatMap(
      radicadosOf,
    );
    expect(everyCase).not.toContain(radicados['answered']);
    expect(everyCase).not.toContain(radicados['other agent']);
    expect(everyCase).not.toContain(radicados['unassigned']);
  });

  it('an agent sees no team view', async () => {
    expect((await myWork(agent.token)).teamOverdue).toBeNull();
  });

  it("a coordinator sees the team's overdue cases by assignee: the unassigned first, then whoever has most", async () => {
    const work = await myWork(coordinator.token);
    expect(work.overdue.count).toBe(0);
    expect(work.teamOverdue).toEqual([
      expect.objectContaining({
        assigneeId: null,
        assignee: null,
        count: 1,
        oldest: expect.objectContaining({
          pqrs: expect.objectContaining({ radicado: radicados['unassigned'] }),
        }),
      }),
      expect.objectContaining({
        assigneeId: agent.id,
        assignee: { id: agent.id, username: 'agente.trabajo', fullName: 'Funcionario agente.trabajo' },
        count: 2,
      }),
      expect.objectContaining({ assigneeId: otherAgent.id, count: 1 }),
    ]);
    const agentGroup = work.teamOverdue![1]!;
    expect(agentGroup.oldest.pqrs.radicado).toBe(radicados['most overdue']);
    expect(agentGroup.cases.map((item) => item.pqrs.radicado)).toEqual([
      radicados['most overdue'],
      radicados['less overdue'],
    ]);
  });

  it('lists at most casesPerGroup cases and still counts them all', async () => {
    const { myWork: work } = await ventanilla.ok<{ myWork: MyWork }>(
      `query { myWork(casesPerGroup: 1) { overdue { ${GROUP} } teamOverdue { count cases { ${CASE} } } } }`,
      {},
      admin,
    );
    expect(work.overdue.count).toBe(0);
    expect(work.teamOverdue!.find((group) => group.count === 2)!.cases).toHaveLength(1);
  });

  it('an auditor is refused', async () => {
    const response = await ventanilla.graphql(MY_WORK, {}, auditor.token);
    expect(response.data?.['myWork'] ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
