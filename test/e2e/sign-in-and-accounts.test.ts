// Signing in over HTTP as an attacker and as an administrator would: throttling per username and per
// client address (HTTP 429, TOO_MANY_REQUESTS), lockout and its end, every way a session ends (sign-out,
// password change, reset, role change, deactivation), the account mutations and who may call them, the
// password policy, and what the log records — never a password, a typed username or a staff member's name.
import { request } from 'node:http';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../src/engine/eventstore/event-store.js';
import { ADMIN, VentanillaHarness, type GraphQLResponse } from '../support/ventanilla-harness.js';

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const ME = '{ me { id username roles active mustChangePassword } }';
const UPDATE_USER = `mutation ($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id fullName roles active } }`;
const RESET =
  'mutation ($id: ID!) { resetUserPassword(id: $id) { temporaryPassword user { id mustChangePassword } } }';
const CHANGE = `mutation ($current: String!, $next: String!) {
  changeMyPassword(currentPassword: $current, newPassword: $next) { token user { mustChangePassword } } }`;
const LOGOUT = 'mutation { logout }';
const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';

interface HttpAnswer {
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly body: GraphQLResponse<{ login: { token: string } | null }>;
}

/** A sign-in sent from a given loopback address (127.0.0.x), as a client elsewhere on the network would. */
function loginFrom(
  url: string,
  localAddress: string,
  username: string,
  password: string,
): Promise<HttpAnswer> {
  const body = JSON.stringify({ query: LOGIN, variables: { u: username, p: password } });
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as HttpAnswer['body'],
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.['code'];

describe('sign-in and staff accounts over HTTP', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let events: EventStore;

  const streamOf = async (stream: string): Promise<readonly RecordedEvent[]> => events.readStream(stream);
  const newAccount = async (username: string, roles: string[] = ['AGENT']) => {
    const password = `${username}-clave-segura`;
    const account = await ventanilla.userWithRoles(admin, username, roles);
    return { ...account, username, password };
  };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    events = ventanilla.app.get<EventStore>(EVENT_STORE, { strict: false });
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  describe('throttling', () => {
    it('per username: after 5 failures, even from 5 addresses, the next attempt waits (429, TOO_MANY_REQUESTS)', async () => {
      const target = await newAccount('objetivo.usuario');
      for (let attempt = 2; attempt <= 6; attempt++) {
        const refused = await loginFrom(
          ventanilla.url,
          `127.0.0.${attempt}`,
          target.username,
          'no-es-la-clave',
        );
        expect([refused.status, codeOf(refused.body)]).toEqual([200, 'UNAUTHENTICATED']);
      }

      const held = await loginFrom(ventanilla.url, '127.0.0.7', target.username, target.password);

      expect(held.status).toBe(429);
      expect(held.retryAfter).toBe('1');
      expect(held.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^Demasiados intentos fallidos con este usuario: espere 1 segundo/),
        extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 },
      });
      const failures = (await streamOf(`user-${target.id}`)).filter((event) => event.type === 'SignInFailed');
      expect(failures.map((event) => event.data)).toEqual(
        [2, 3, 4, 5, 6].map((attempt, index) => ({
          userId: target.id,
          reason: 'WRONG_PASSWORD',
          clientAddress: `127.0.0.${attempt}`,
          failuresOfUsername: index + 1,
          failuresFromAddress: 1,
        })),
      );
      expect(failures[0]!.metadata).toMatchObject({ actorId: 'sin-sesion', actorRole: 'NONE' });
    });

    it('per address: after 5 failures under unknown usernames, that address waits and another does not', async () => {
      const typed = ['nadie.1', 'nadie.2', 'nadie.3', 'nadie.4', 'clave-escrita-en-el-usuario'];
      for (const username of typed) {
        expect(
          codeOf((await loginFrom(ventanilla.url, '127.0.0.20', username, 'x-clave-secreta-1')).body),
        ).toBe('UNAUTHENTICATED');
      }

      const held = await loginFrom(ventanilla.url, '127.0.0.20', ADMIN.username, ADMIN.password);
      const elsewhere = await loginFrom(ventanilla.url, '127.0.0.21', ADMIN.username, ADMIN.password);

      expect(held.status).toBe(429);
      expect(held.body.errors?.[0]?.message).toMatch(/desde esta dirección de red/);
      expect(elsewhere.status).toBe(200);
      expect(elsewhere.body.data?.login?.token).toEqual(expect.any(String));
      // No account to hang them on: the day's stream, without the names typed or the password.
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'America/Bogota' });
      const recorded = (await streamOf(`sign-in-${today}`)).filter(
        (event) => event.data && (event.data as { clientAddress?: string }).clientAddress === '127.0.0.20',
      );
      expect(recorded.map((event) => event.data)).toEqual(
        typed.map((_username, index) => ({
          userId: null,
          reason: 'UNKNOWN_USERNAME',
          clientAddress: '127.0.0.20',
          failuresOfUsername: 1,
          failuresFromAddress: index + 1,
        })),
      );
      const everything = JSON.stringify(recorded);
      for (const secret of [...typed, 'x-clave-secreta-1']) expect(everything).not.toContain(secret);
    });
  });

  describe('sessions end', () => {
    it('on sign-out: that token only', async () => {
      const staff = await newAccount('cierra.sesion');
      const other = await ventanilla.login(staff.username, staff.password);

      expect(await ventanilla.ok(LOGOUT, {}, staff.token)).toEqual({ logout: true });

      expect(codeOf(await ventanilla.graphql(ME, {}, staff.token))).toBe('UNAUTHENTICATED');
      expect((await ventanilla.ok(ME, {}, other)).me.username).toBe(staff.username);
      expect((await streamOf(`user-${staff.id}`)).map((event) => event.type)).toEqual([
        'UserCreated',
        'SignedOut',
      ]);
    });

    it('on a password change: every other session; this one goes on with the new token', async () => {
      const staff = await newAccount('cambia.clave');
      const other = await ventanilla.login(staff.username, staff.password);
      const newPassword = 'una-clave-nueva-y-larga';

      const changed = await ventanilla.ok(
        CHANGE,
        { current: staff.password, next: newPassword },
        staff.token,
      );

      for (const ended of [staff.token, other])
        expect(codeOf(await ventanilla.graphql(ME, {}, ended))).toBe('UNAUTHENTICATED');
      expect((await ventanilla.ok(ME, {}, changed.changeMyPassword.token)).me.username).toBe(staff.username);
      expect(codeOf(await ventanilla.graphql(LOGIN, { u: staff.username, p: staff.password }))).toBe(
        'UNAUTHENTICATED',
      );
      await expect(ventanilla.login(staff.username, newPassword)).resolves.toEqual(expect.any(String));
      const recorded = await streamOf(`user-${staff.id}`);
      expect(recorded.find((event) => event.type === 'PasswordChanged')).toMatchObject({
        metadata: { actorId: staff.id, actorRole: 'AGENT' },
      });
      expect(JSON.stringify(recorded)).not.toContain(newPassword);
    });

    it('a wrong current password changes nothing, is refused on its field and recorded as a failure', async () => {
      const staff = await newAccount('clave.olvidada');

      const refused = await ventanilla.graphql(
        CHANGE,
        { current: 'no-es-la-actual', next: 'otra-clave-larga-1' },
        staff.token,
      );

      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'currentPassword',
      });
      expect((await ventanilla.ok(ME, {}, staff.token)).me.username).toBe(staff.username);
      expect((await streamOf(`user-${staff.id}`)).at(-1)).toMatchObject({
        type: 'SignInFailed',
        data: { reason: 'WRONG_CURRENT_PASSWORD', userId: staff.id },
        metadata: { actorId: staff.id },
      });
    });

    it('on a change of roles, recorded without the name; a new name alone keeps them', async () => {
      const staff = await newAccount('cambia.rol');
      const input = { fullName: 'Funcionaria Renombrada', roles: ['AGENT'], active: true };

      await ventanilla.ok(UPDATE_USER, { id: staff.id, input }, admin);
      expect((await ventanilla.ok(ME, {}, staff.token)).me.username).toBe(staff.username);
      const updated = await ventanilla.ok(
        UPDATE_USER,
        { id: staff.id, input: { ...input, roles: ['AUDITOR'] } },
        admin,
      );

      expect(updated.updateUser).toEqual({
        id: staff.id,
        fullName: 'Funcionaria Renombrada',
        roles: ['AUDITOR'],
        active: true,
      });
      expect(codeOf(await ventanilla.graphql(ME, {}, staff.token))).toBe('UNAUTHENTICATED');
      const relogged = await ventanilla.login(staff.username, staff.password);
      expect((await ventanilla.ok(ME, {}, relogged)).me.roles).toEqual(['AUDITOR']);
      const recorded = await streamOf(`user-${staff.id}`);
      expect(recorded.filter((event) => event.type === 'UserUpdated').map((event) => event.data)).toEqual([
        {
          userId: staff.id,
          changedFields: ['fullName'],
          roles: ['AGENT'],
          active: true,
          sessionsEnded: false,
        },
        { userId: staff.id, changedFields: ['roles'], roles: ['AUDITOR'], active: true, sessionsEnded: true },
      ]);
      expect(JSON.stringify(recorded)).not.toContain('Renombrada');
    });

    it('on a deactivation: the session, and the sign-in, answered like a wrong password', async () => {
      const staff = await newAccount('se.retira');

      await ventanilla.ok(
        UPDATE_USER,
        { id: staff.id, input: { fullName: 'Funcionario se.retira', roles: ['AGENT'], active: false } },
        admin,
      );

      expect(codeOf(await ventanilla.graphql(ME, {}, staff.token))).toBe('UNAUTHENTICATED');
      const refused = await ventanilla.graphql(LOGIN, { u: staff.username, p: staff.password });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'Usuario o contraseña incorrectos.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect((await streamOf(`user-${staff.id}`)).at(-1)).toMatchObject({
        type: 'SignInFailed',
        data: { reason: 'ACCOUNT_INACTIVE' },
      });
    });

    it('on a reset: the temporary password, shown once, opens a session that can only change it', async () => {
      const staff = await newAccount('olvido.clave');

      const { resetUserPassword } = await ventanilla.ok(RESET, { id: staff.id }, admin);

      expect(resetUserPassword).toEqual({
        temporaryPassword: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
        user: { id: staff.id, mustChangePassword: true },
      });
      expect(codeOf(await ventanilla.graphql(ME, {}, staff.token))).toBe('UNAUTHENTICATED');
      const temporary = await ventanilla.login(staff.username, resetUserPassword.temporaryPassword);
      expect((await ventanilla.ok(ME, {}, temporary)).me.mustChangePassword).toBe(true);
      const blocked = await ventanilla.graphql('{ pqrsList(first: 1) { totalCount } }', {}, temporary);
      expect(blocked.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/contraseña es temporal/),
        extensions: { code: 'FORBIDDEN' },
      });
      const changed = await ventanilla.ok(
        CHANGE,
        { current: resetUserPassword.temporaryPassword, next: 'mi-clave-propia-2026' },
        temporary,
      );
      expect(changed.changeMyPassword.user.mustChangePassword).toBe(false);
      await expect(
        ventanilla.ok('{ pqrsList(first: 1) { totalCount } }', {}, changed.changeMyPassword.token),
      ).resolves.toBeDefined();
      const recorded = await streamOf(`user-${staff.id}`);
      expect(recorded.map((event) => event.type)).toEqual([
        'UserCreated',
        'UserPasswordReset',
        'PasswordChanged',
      ]);
      expect(JSON.stringify(recorded)).not.toContain(resetUserPassword.temporaryPassword);
    });
  });

  describe('who administers accounts', () => {
    let coordinator: { id: string; token: string };
    let agent: { id: string; token: string; password: string };

    beforeAll(async () => {
      coordinator = await newAccount('coordina.cuentas', ['COORDINATOR']);
      agent = await newAccount('agente.cuentas');
    });

    it('only an administrator changes accounts or resets passwords', async () => {
      const input = { fullName: 'X', roles: ['ADMIN'], active: true };
      expect(codeOf(await ventanilla.graphql(UPDATE_USER, { id: agent.id, input }, coordinator.token))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await ventanilla.graphql(RESET, { id: agent.id }, coordinator.token))).toBe('FORBIDDEN');
      expect(codeOf(await ventanilla.graphql(UPDATE_USER, { id: agent.id, input }, agent.token))).toBe(
        'FORBIDDEN',
      );
    });

    it('an administrator neither deactivates nor resets their own account', async () => {
      const { me } = await ventanilla.ok(ME, {}, admin);

      const deactivated = await ventanilla.graphql(
        UPDATE_USER,
        { id: me.id, input: { fullName: 'Administrador', roles: ['ADMIN'], active: false } },
        admin,
      );
      const reset = await ventanilla.graphql(RESET, { id: me.id }, admin);

      expect(deactivated.errors?.[0]?.extensions).toMatchObject({
        rule: 'OWN_ACCOUNT_DEACTIVATION',
        field: 'active',
      });
      expect(reset.errors?.[0]?.extensions).toMatchObject({
        code: 'BUSINESS_RULE',
        rule: 'OWN_PASSWORD_RESET',
      });
    });

    it('an unknown account is NOT_FOUND', async () => {
      expect(codeOf(await ventanilla.graphql(RESET, { id: 'no-existe' }, admin))).toBe('NOT_FOUND');
    });

    it('changing a password needs a session', async () => {
      expect(codeOf(await ventanilla.graphql(CHANGE, { current: 'a', next: 'b' }))).toBe('UNAUTHENTICATED');
    });

    it.each([
      ['of fewer than 12 characters', 'corta-11-ch', /demasiado corto \(límite: 12/],
      ['equal to the username', 'Nueva.Cuenta.Larga', /nombre de usuario/],
      ['from the common-password list', 'qwerty123456', /más usadas/],
    ])('the password policy refuses a password %s, naming the field', async (_case, password, message) => {
      const refused = await ventanilla.graphql(
        CREATE_USER,
        { input: { username: 'nueva.cuenta.larga', password, fullName: 'Nueva', roles: ['AGENT'] } },
        admin,
      );
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: 'BAD_USER_INPUT', field: expect.stringMatching(/^(input\.)?password$/) },
      });
    });

    it('the policy holds for a new password too', async () => {
      const refused = await ventanilla.graphql(
        CHANGE,
        { current: agent.password, next: 'qwerty123456' },
        agent.token,
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect((await ventanilla.ok(ME, {}, agent.token)).me.id).toBe(agent.id);
    });

    it('the first administrator was recorded at first start, by the installation', async () => {
      const { me } = await ventanilla.ok(ME, {}, admin);
      const [created] = await streamOf(`user-${me.id}`);

      expect(created).toMatchObject({
        type: 'UserCreated',
        data: { userId: me.id, username: ADMIN.username, roles: ['ADMIN'] },
        metadata: { actorId: 'instalacion', actorRole: 'ADMIN', correlationId: 'primer-arranque' },
      });
    });

    it('the event log search shows a failed sign-in with no role', async () => {
      await ventanilla.graphql(LOGIN, { u: 'agente.cuentas', p: 'no-es-la-clave' });
      const { auditEvents } = await ventanilla.ok(
        `query ($filter: AuditEventsFilterInput) { auditEvents(filter: $filter, first: 1) { nodes { type actor { id role } } } }`,
        { filter: { stream: `user-${agent.id}` } },
        admin,
      );
      expect(auditEvents.nodes).toEqual([{ type: 'SignInFailed', actor: { id: 'sin-sesion', role: null } }]);
    });
  });
});

describe('a sign-in lockout and its end', () => {
  let ventanilla: VentanillaHarness;

  beforeAll(async () => {
    // No delays and a 2-second lockout, so the lockout is reached and ends within the test.
    ventanilla = await VentanillaHarness.start({
      VENTANILLA_SIGN_IN_FIRST_DELAY: '0s',
      VENTANILLA_SIGN_IN_LOCKOUT: '2s',
    });
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('10 failures lock the username, even for the right password, until the lockout ends', async () => {
    const admin = await ventanilla.login();
    const target = await ventanilla.userWithRoles(admin, 'bloqueada', ['AGENT']);
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(
        codeOf(
          await loginFrom(ventanilla.url, `127.0.1.${attempt}`, 'bloqueada', 'no-es-la-clave').then(
            (a) => a.body,
          ),
        ),
      ).toBe('UNAUTHENTICATED');
    }

    const locked = await loginFrom(ventanilla.url, '127.0.1.50', 'bloqueada', 'bloqueada-clave-segura');

    expect(locked.status).toBe(429);
    expect(locked.body.errors?.[0]?.message).toMatch(/queda bloqueado durante 2 segundos/);
    const events = ventanilla.app.get<EventStore>(EVENT_STORE, { strict: false });
    const lockout = (await events.readStream(`user-${target.id}`)).find(
      (event) => event.type === 'SignInLocked',
    );
    expect(lockout?.data).toEqual({
      userId: target.id,
      scope: 'USERNAME',
      clientAddress: '127.0.1.9',
      failures: 10,
      lockedUntil: expect.any(String),
    });

    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const after = await loginFrom(ventanilla.url, '127.0.1.50', 'bloqueada', 'bloqueada-clave-segura');
    expect(after.status).toBe(200);
    expect(after.body.data?.login?.token).toEqual(expect.any(String));
  });
});
