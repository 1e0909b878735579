// GET /metrics after an end-to-end run, over real HTTP: an ADMIN's scrape shows what the run did (commands by
// type and outcome, their latency, GraphQL operations, sign-in failures and the lockout) and the state of the
// stores (projection lag and dead letters per read model, notices waiting and failed); anyone else is refused
// with nothing revealed; and the local port, when configured, answers the same without a token, on 127.0.0.1
// only, until the application stops.
import { CommandBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '../../src/engine/eventstore/event-store.js';
import { ProjectionRunner } from '../../src/engine/projections/projection-runner.js';
import { recordBackup } from '../../src/operations/backup/backup-records.js';
import { takeBackup } from '../../src/operations/backup/take-backup.js';
import { LocalMetricsServer } from '../../src/infrastructure/metrics/metrics-server.js';
import { APPLICATION_PROJECTIONS } from '../../src/features/read-models.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';
import { samplesNamed, valueOf } from './metrics-exposition.js';

const UPDATE_USER = `mutation UpdateAccount($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id } }`;
const ME = 'query WhoAmI { me { id } }';
const RECEIVE = `mutation Receive($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;
const STALE_ASSIGN = `mutation Assign($r: String!, $a: ID!) {
  assignPqrs(radicado: $r, assigneeId: $a, expectedRevision: 3) { status } }`;
const OUTBOX = 'query Outbox { notificationOutbox { pendingEmails pendingPostal failed } }';

async function scrape(url: string, token?: string) {
  const response = await fetch(
    url,
    token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } },
  );
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('the metrics after an end-to-end run', () => {
  let ventanilla: VentanillaHarness;
  let metricsUrl: string;
  let admin: string;
  let agent: { id: string; token: string };

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start({
      VENTANILLA_SIGN_IN_FIRST_DELAY: '0s',
      VENTANILLA_METRICS_PORT: '0',
    });
    metricsUrl = ventanilla.url.replace(/\/graphql$/, '/metrics');
    admin = await ventanilla.login();
    agent = await ventanilla.userWithRoles(admin, 'agente.metricas', ['AGENT']);
    const { me } = await ventanilla.ok<{ me: { id: string } }>(ME, {}, admin);
    // A command the domain refuses: an administrator deactivating their own account.
    const refused = await ventanilla.graphql(
      UPDATE_USER,
      { id: me.id, input: { fullName: 'Administrador', roles: ['ADMIN'], active: false } },
      admin,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ rule: 'OWN_ACCOUNT_DEACTIVATION' });
    // A case received (its acknowledgment is a notice to send), then assigned on a stale revision.
    const { receivePqrs } = await ventanilla.ok<{ receivePqrs: { radicado: string } }>(
      RECEIVE,
      {
        input: {
          kind: 'PETITION',
          channel: 'EMAIL',
          subject: 'Certificado de afiliación',
          description: 'Solicito copia del certificado de afiliación.',
          petitioner: {
            name: 'Ana Lucía Gómez Restrepo',
            documentType: 'CC',
            documentNumber: '52987654',
            email: 'ana.gomez@correo.example',
          },
        },
      },
      admin,
    );
    const stale = await ventanilla.graphql(STALE_ASSIGN, { r: receivePqrs.radicado, a: agent.id }, admin);
    expect(stale.errors?.[0]?.extensions?.['code']).toBe('CONCURRENCY_CONFLICT');
    // Ten wrong passwords for one username lock it.
    for (let attempt = 0; attempt < 10; attempt++) {
      const failed = await ventanilla.graphql(
        'mutation { login(username: "agente.metricas", password: "no-es-la-clave") { token } }',
      );
      expect(failed.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  afterAll(async () => {
    await ventanilla?.stop();
  });

  it('an ADMIN scrape counts the commands run, by type and outcome, and times them', async () => {
    const { status, type, text } = await scrape(metricsUrl, admin);

    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    // The first administrator, created at start-up, and the agent.
    expect(
      valueOf(text, 'ventanilla_commands_total', { command: 'CreateUser', outcome: 'accepted', code: '' }),
    ).toBe(2);
    expect(
      valueOf(text, 'ventanilla_commands_total', {
        command: 'UpdateUser',
        outcome: 'refused',
        code: 'OWN_ACCOUNT_DEACTIVATION',
      }),
    ).toBe(1);
    expect(
      valueOf(text, 'ventanilla_commands_total', {
        command: 'RecordSignInFailure',
        outcome: 'accepted',
        code: '',
      }),
    ).toBe(10);
    expect(
      valueOf(text, 'ventanilla_commands_total', { command: 'ReceivePqrs', outcome: 'accepted', code: '' }),
    ).toBe(1);
    expect(
      valueOf(text, 'ventanilla_commands_total', { command: 'AssignPqrs', outcome: 'conflict', code: '' }),
    ).toBe(1);
    expect(valueOf(text, 'ventanilla_command_duration_seconds_count', { command: 'CreateUser' })).toBe(2);
    expect(valueOf(text, 'ventanilla_command_duration_seconds_count', { command: 'UpdateUser' })).toBe(1);
    expect(
      valueOf(text, 'ventanilla_command_duration_seconds_bucket', { command: 'CreateUser', le: '+Inf' }),
    ).toBe(2);
  });

  it('counts the sign-in failures by reason and the lockout by scope', async () => {
    const { text } = await scrape(metricsUrl, admin);

    expect(valueOf(text, 'ventanilla_sign_in_failures_total', { reason: 'WRONG_PASSWORD' })).toBe(10);
    expect(valueOf(text, 'ventanilla_sign_in_lockouts_total', { scope: 'USERNAME' })).toBe(1);
  });

  it('times GraphQL operations by name and type; unnamed ones as anonymous', async () => {
    const { text } = await scrape(metricsUrl, admin);

    expect(
      valueOf(text, 'ventanilla_graphql_operation_duration_seconds_count', {
        operation: 'WhoAmI',
        type: 'query',
      }),
    ).toBe(1);
    expect(
      valueOf(text, 'ventanilla_graphql_operation_duration_seconds_count', {
        operation: 'UpdateAccount',
        type: 'mutation',
      }),
    ).toBe(1);
    // The harness's sign-ins and the failed ones name no operation.
    expect(
      valueOf(text, 'ventanilla_graphql_operation_duration_seconds_count', {
        operation: 'anonymous',
        type: 'mutation',
      }),
    ).toBeGreaterThanOrEqual(12);
  });

  it('reads the lag and the dead letters of every read model, and the notices, when scraped', async () => {
    // Every read model caught up with the log, so the scrape and the outbox below read the same notices.
    const events = ventanilla.app.get<EventStore>(EVENT_STORE, { strict: false });
    await ventanilla.app.get(ProjectionRunner).waitForPosition((await events.headPosition())!);
    const { text } = await scrape(metricsUrl, admin);

    const lags = samplesNamed(text, 'ventanilla_projection_lag');
    expect(lags.map((sample) => sample.labels['projection']).sort()).toEqual(
      APPLICATION_PROJECTIONS.map((projection) => projection.name).sort(),
    );
    // Caught up: no read model behind the head read just before.
    for (const lag of lags) expect(lag.value).toBe(0);
    const deadLetters = samplesNamed(text, 'ventanilla_projection_dead_letters');
    expect(deadLetters).toHaveLength(APPLICATION_PROJECTIONS.length);
    expect(deadLetters.every((sample) => sample.value === 0)).toBe(true);
    // The notices as staff see them, read after the scrape: the read model is caught up by then.
    const { notificationOutbox } = await ventanilla.ok<{
      notificationOutbox: { pendingEmails: number; pendingPostal: number; failed: number };
    }>(OUTBOX, {}, admin);
    expect(notificationOutbox.pendingEmails + notificationOutbox.failed).toBeGreaterThan(0);
    expect({
      pendingEmails: valueOf(text, 'ventanilla_notifications_pending', { channel: 'email' }),
      pendingPostal: valueOf(text, 'ventanilla_notifications_pending', { channel: 'postal' }),
      failed: valueOf(text, 'ventanilla_notifications_failed'),
    }).toEqual(notificationOutbox);
  });

  it('reads the age of the last backup recorded: absent before the first, then seconds since it', async () => {
    const before = await scrape(metricsUrl, admin);
    expect(valueOf(before.text, 'ventanilla_backup_age_seconds')).toBeUndefined();

    // A backup whose log was copied two hours ago (its clock says so), recorded as an administrator's.
    const backupDir = mkdtempSync(join(tmpdir(), 'ventanilla-metrics-backup-'));
    try {
      const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
      const backup = await takeBackup({
        dataDir: ventanilla.config.dataDir,
        to: join(backupDir, 'copia'),
        clock: () => twoHoursAgo,
      });
      await recordBackup(ventanilla.app.get(CommandBus), backup, 'MANUAL', {
        id: 'cli:operador',
        role: 'ADMIN',
      });
    } finally {
      rmSync(backupDir, { recursive: true, force: true });
    }
    const events = ventanilla.app.get<EventStore>(EVENT_STORE, { strict: false });
    await ventanilla.app.get(ProjectionRunner).waitForPosition((await events.headPosition())!);
    const after = await scrape(metricsUrl, admin);

    const age = valueOf(after.text, 'ventanilla_backup_age_seconds');
    expect(age).toBeGreaterThanOrEqual(2 * 3600);
    expect(age).toBeLessThan(2 * 3600 + 60);
  });

  it('refuses an anonymous scrape, a bad token and a non-ADMIN without revealing a metric', async () => {
    const anonymous = await scrape(metricsUrl);
    const forged = await scrape(metricsUrl, 'no-es-un-token');
    const notAdmin = await scrape(metricsUrl, agent.token);

    expect([anonymous.status, forged.status, notAdmin.status]).toEqual([401, 401, 403]);
    for (const refusal of [anonymous, forged, notAdmin]) {
      expect(refusal.text).not.toMatch(/ventanilla_|projection|# HELP|# TYPE/);
      expect(JSON.parse(refusal.text)).toEqual({
        error: { code: expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN)$/), message: expect.any(String) },
      });
    }
  });

  it('answers on the local port without a token, bound to 127.0.0.1 only', async () => {
    const address = ventanilla.app.get(LocalMetricsServer).address;
    expect(address).toMatchObject({ address: '127.0.0.1', port: expect.any(Number) });
    const port = address!.port;

    const local = await scrape(`http://127.0.0.1:${port}/metrics`);
    const elsewhere = await fetch(`http://127.0.0.1:${port}/graphql`);

    expect(local.status).toBe(200);
    expect(
      valueOf(local.text, 'ventanilla_commands_total', {
        command: 'CreateUser',
        outcome: 'accepted',
        code: '',
      }),
    ).toBe(2);
    expect(elsewhere.status).toBe(404);
    // Another address of this machine, when it has one, does not reach it.
    const external = Object.values(networkInterfaces())
      .flat()
      .find((candidate) => candidate?.family === 'IPv4' && !candidate.internal);
    if (external !== undefined) {
      await expect(fetch(`http://${external.address}:${port}/metrics`)).rejects.toThrow();
    }
  });
});

describe('the local metrics port', () => {
  it('is off unless configured, and closed when the application stops', async () => {
    const without = await VentanillaHarness.start();
    try {
      expect(without.app.get(LocalMetricsServer).address).toBeNull();
    } finally {
      await without.stop();
    }

    const withPort = await VentanillaHarness.start({ VENTANILLA_METRICS_PORT: '0' });
    const port = withPort.app.get(LocalMetricsServer).address!.port;
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
    await withPort.stop();
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});
