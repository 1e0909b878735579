// Issue 14, target 9: the office's mix under load over HTTP — 50 clients at once receiving, assigning and
// answering cases, listing the Bandeja and opening case pages through GraphQL — against the application
// listening on a bench data directory. The clients run in a child process (http-load-client.ts), so the
// load generator does not share the server's event loop.
import { fork } from 'node:child_process';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../src/engine/eventstore/event-store.js';
import { ProjectionRunner } from '../src/engine/projections/projection-runner.js';
import { BENCH_ADMIN } from './bench-app.js';
import { benchAdministrator, createStaffMember } from './bench-staff.js';
import type { HttpLoadOrder, HttpLoadReport } from './http-load-client.js';

const SETTLE_INTERVAL_MS = 500;
const SETTLE_CHECKS = 20;
const SETTLE_TIMEOUT_MS = 60_000;

export interface HttpLoadOptions {
  readonly connections: number;
  readonly durationSeconds: number;
}

export async function measureHttpLoad(
  app: INestApplication,
  graphqlUrl: string,
  options: HttpLoadOptions,
): Promise<HttpLoadReport> {
  const coordinator = await benchAdministrator(app);
  const username = 'agente.carga';
  const agent = await createStaffMember(app, coordinator, username, 'AGENT');
  const order: HttpLoadOrder = {
    url: new URL('/', graphqlUrl).href.replace(/\/$/, ''),
    agentToken: await logIn(graphqlUrl, username, `${username}-clave-bench`),
    agentId: agent.id,
    coordinatorToken: await logIn(graphqlUrl, BENCH_ADMIN.username, BENCH_ADMIN.password),
    connections: options.connections,
    durationSeconds: options.durationSeconds,
  };
  const report = await inChildProcess(order);
  // The clients are gone; requests they left in flight finish before the caller closes the application
  // (Nest closes the stores before the HTTP server).
  const server = app.getHttpServer() as Server;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await settle(app);
  return report;
}

/** Waits until the log has stopped growing for a moment and every read model has applied it. */
async function settle(app: INestApplication): Promise<void> {
  const eventStore = app.get<symbol, EventStore>(EVENT_STORE);
  let head = await eventStore.headPosition();
  for (let check = 0; check < SETTLE_CHECKS; check++) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_INTERVAL_MS));
    const now = await eventStore.headPosition();
    if (now === head) break;
    head = now;
  }
  if (head !== null) await app.get(ProjectionRunner).waitForPosition(head, SETTLE_TIMEOUT_MS);
}

function inChildProcess(order: HttpLoadOrder): Promise<HttpLoadReport> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./http-load-client.js', import.meta.url), [], { stdio: 'inherit' });
    let settled = false;
    child.once('message', (message: { report?: HttpLoadReport; error?: string }) => {
      settled = true;
      if (message.report) resolve(message.report);
      else reject(new Error(`The load clients failed: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`The load clients exited with ${code} before reporting`));
    });
    child.send(order);
  });
}

async function logIn(graphqlUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await response.json()) as { data?: { login?: { token: string } }; errors?: unknown[] };
  const token = body.data?.login?.token;
  if (!token) throw new Error(`Could not sign in as ${username}: ${JSON.stringify(body.errors ?? body)}`);
  return token;
}
