// The log of a whole flow holds no personal data: a case received with the petitioner's name, document,
// e-mail, subject and description, an agent created, signed in (once with a wrong password) and answering
// — every line captured at debug level, as JSON — and none of those values, the passwords or the session
// tokens appears in any line. Each request still has its line, with its request id and the correlation id
// its commands' events record.
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { ADMIN, LoggedVentanilla } from './logged-ventanilla.js';

const PETITIONER = {
  name: 'Rosalba Quintero Murcia',
  documentType: 'CC',
  documentNumber: '52987341',
  email: 'rosalba.quintero@correo.example',
  phone: '3157771234',
  address: 'Calle 45 # 12-30 Fusagasugá',
};
const SUBJECT = 'Demora en la entrega de medicamentos ortopédicos';
const DESCRIPTION = 'Desde marzo espero la silla de ruedas que ordenó el especialista en Zipaquirá.';
const ANSWER = 'La silla de ruedas quedó disponible en la sede de Girardot desde el lunes.';
const AGENT = {
  username: 'agente.logs',
  password: 'clave-del-agente-9876',
  fullName: 'Herminia Galvis Rueda',
};
const WRONG_PASSWORD = 'contrasena-equivocada-555';

let ventanilla: LoggedVentanilla;

beforeAll(async () => {
  ventanilla = await LoggedVentanilla.start({ LOG_FORMAT: 'json', LOG_LEVEL: 'debug' });
});

afterAll(async () => {
  await ventanilla?.stop();
});

it('writes no personal data, password, token or request variable in any log line of a whole flow', async () => {
  const admin = await ventanilla.login(ADMIN.username, ADMIN.password);
  const created = await ventanilla.ok(
    'mutation CreateAgent($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { ...AGENT, roles: ['AGENT'] } },
    admin,
  );
  const agentId = created.createUser.id as string;
  // A failed sign-in: its password must not reach the log either.
  const refused = await ventanilla.post(
    'mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: AGENT.username, p: WRONG_PASSWORD },
  );
  expect(refused.body.errors?.length).toBeGreaterThan(0);
  const agent = await ventanilla.login(AGENT.username, AGENT.password);

  const received = await ventanilla.post(
    'mutation Receive($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado status } }',
    {
      input: {
        kind: 'PETITION',
        channel: 'IN_PERSON',
        subject: SUBJECT,
        description: DESCRIPTION,
        petitioner: PETITIONER,
        dataProcessingConsent: true,
      },
    },
    { token: admin, headers: { 'x-correlation-id': 'recepcion-ventanilla-7' } },
  );
  expect(received.body.errors).toBeUndefined();
  const radicado = (received.body.data as { receivePqrs: { radicado: string } }).receivePqrs.radicado;
  // A bad input echoes nothing of what was sent to the log.
  const badInput = await ventanilla.post(
    'mutation Receive($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }',
    {
      input: {
        kind: 'PETITION',
        channel: 'IN_PERSON',
        subject: SUBJECT,
        description: DESCRIPTION,
        petitioner: { ...PETITIONER, email: 'rosalba.quintero-sin-arroba' },
      },
    },
    { token: admin },
  );
  expect(badInput.body.errors?.length).toBeGreaterThan(0);

  await ventanilla.ok(
    'mutation Assign($r: String!, $a: ID!) { assignPqrs(radicado: $r, assigneeId: $a) { status } }',
    { r: radicado, a: agentId },
    admin,
  );
  const answered = await ventanilla.post(
    'mutation Answer($r: String!, $a: String!) { answerPqrs(radicado: $r, answer: $a, expectedRevision: 1) { status } }',
    { r: radicado, a: ANSWER },
    { token: agent },
  );
  expect(answered.body.errors).toBeUndefined();
  const answerRequestId = answered.headers.get('x-request-id');
  // The case as staff read it: the look-up answers the petitioner's data, the log does not.
  const read = await ventanilla.ok(
    'query Case($r: String!) { pqrs(radicado: $r) { subject petitioner { name email } } }',
    { r: radicado },
    admin,
  );
  expect(read.pqrs.petitioner.name).toBe(PETITIONER.name);

  const lines = ventanilla.lines();
  const entries = lines.map((line) => JSON.parse(line) as Record<string, any>);
  expect(entries.some((entry) => entry.level === 'debug' || entry.level === 'info')).toBe(true);

  const secrets = [
    ...Object.values(PETITIONER).filter((value) => value !== 'CC'),
    'rosalba.quintero-sin-arroba',
    SUBJECT,
    DESCRIPTION,
    ANSWER,
    AGENT.password,
    AGENT.fullName,
    ADMIN.password,
    WRONG_PASSWORD,
    admin,
    agent,
  ];
  // Also their fragments that would survive an escaping or a truncation.
  const fragments = [...secrets, 'Rosalba', 'Quintero', '52987341', 'silla de ruedas', 'Herminia'];
  const leaks = fragments.flatMap((secret) =>
    lines
      .filter((line) => line.toLowerCase().includes(secret.toLowerCase()))
      .map((line) => ({ secret, line })),
  );
  expect(leaks).toEqual([]);
  // Nor the variables, the query text or the authorization header, under any name.
  for (const entry of entries) {
    expect(JSON.stringify(entry)).not.toMatch(/"(variables|query|authorization|cookie|body)":/i);
  }

  // One line per request, with the operation named and its ids; the answer's line is found by its header.
  const requestLines = entries.filter((entry) => entry.context === 'HTTP' && entry.path === '/graphql');
  expect(requestLines.length).toBeGreaterThanOrEqual(9);
  const answerLine = requestLines.find((entry) => entry.requestId === answerRequestId);
  expect(answerLine).toMatchObject({
    method: 'POST',
    status: 200,
    correlationId: answerRequestId,
    actor: { id: agentId, role: 'AGENT' },
    graphql: { type: 'mutation', name: 'Answer', fields: ['answerPqrs'] },
  });
  const receiveLine = requestLines.find((entry) => entry.correlationId === 'recepcion-ventanilla-7');
  expect(receiveLine).toMatchObject({ graphql: { name: 'Receive', fields: ['receivePqrs'] } });

  // The correlation ids the log shows are the ones the events record.
  const store = ventanilla.app.get<EventStore>(EVENT_STORE);
  const events = await store.readAll(null, 10_000);
  expect(events.find((event) => event.type === 'Received')?.metadata.correlationId).toBe(
    'recepcion-ventanilla-7',
  );
  expect(events.find((event) => event.type === 'Answered')?.metadata.correlationId).toBe(answerRequestId);
}, 60_000);
