// A clean stop. The real server, compiled for the occasion and run as a child process, is sent SIGTERM
// while a dozen clients file cases at once: the requests in flight are answered, the process exits with 0,
// and every case it acknowledged is in the log. The next start needs no recovery, which here means:
//   - no SQLite write-ahead log left beside any file of the data folder (every store closed, checkpointed);
//   - every projection's checkpoint at the head of the log, and no dead letter;
//   - starting again appends nothing (no interrupted receipt to complete) and every acknowledged case is
//     found by staff at once.
// Then the drain itself, on a bare server: a request arriving during the stop is turned away with 503, and
// the wait for requests in flight is bounded.
import express from 'express';
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { pqrsStreamOf } from '../../src/domain/pqrs/events.js';
import { eventStoreFile } from '../../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { deadLetterCollectionOf } from '../../src/engine/projections/projection.js';
import { SqliteReadModelStore } from '../../src/engine/read-models/sqlite/sqlite-read-model-store.js';
import { APPLICATION_PROJECTIONS } from '../../src/features/read-models.js';
import { RequestDrain } from '../../src/infrastructure/shutdown/graceful-shutdown.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so the compiled application resolves its packages from node_modules.
const buildDir = join(projectRoot, 'node_modules', '.cache', 'ventanilla-shutdown');
const ADMIN = { username: 'admin', password: 'admin-apagado-123' };
const CLIENTS = 12;
const SIGTERM_AFTER_ACKNOWLEDGED = 48;

const RECEIVE = 'mutation Receive($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }';

let dataDir: string;

beforeAll(() => {
  rmSync(buildDir, { recursive: true, force: true });
  try {
    execFileSync(
      process.execPath,
      [
        join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
        ...['-p', join(projectRoot, 'tsconfig.build.json'), '--outDir', buildDir],
        ...['--tsBuildInfoFile', join(buildDir, '.tsbuildinfo'), '--noCheck'],
      ],
      { cwd: projectRoot, stdio: 'pipe' },
    );
  } catch (error) {
    // tsc reports but still emits; only a missing entry point is fatal here.
    if (!existsSync(join(buildDir, 'src', 'main.js'))) throw error;
  }
  // node_modules is a package boundary: without this the compiled ES modules would load as CommonJS.
  mkdirSync(buildDir, { recursive: true });
  writeFileSync(join(buildDir, 'package.json'), JSON.stringify({ type: 'module' }));
  dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-shutdown-'));
}, 180_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
});

interface RunningServer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  /** Every log line (JSON) written so far. */
  readonly log: Record<string, any>[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node dist/src/main.js` as an operator runs it, on the test's data folder; resolves once it listens. */
function startServer(): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(buildDir, 'src', 'main.js')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      // Jest's NODE_OPTIONS (--experimental-vm-modules) are not the server's.
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      VENTANILLA_DATA_DIR: dataDir,
      VENTANILLA_WEB_DIR: join(dataDir, 'sin-cliente-web'),
      VENTANILLA_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
      VENTANILLA_SIGN_IN_FIRST_DELAY: '0s',
      VENTANILLA_SHUTDOWN_TIMEOUT_MS: '30000',
      LOG_LEVEL: 'log',
      LOG_FORMAT: '',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const log: Record<string, any>[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start: ${stderr}`));
    }, 120_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, any>;
      log.push(entry);
      const listening = /escucha en (http:\/\/\S+\/graphql)/.exec(String(entry.msg));
      if (listening) {
        clearTimeout(guard);
        resolve({ child, url: listening[1]!, log, exited });
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(guard);
      reject(new Error(`The server exited with ${code} before listening: ${stderr}`));
    });
  });
}

async function graphql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

async function signIn(url: string): Promise<string> {
  const { body } = await graphql(
    url,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: ADMIN.username, p: ADMIN.password },
  );
  return body.data.login.token as string;
}

function walFilesIn(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => /-(wal|journal)$/.test(name))
    .filter((name) => statSync(join(directory, name)).size > 0);
}

it('on SIGTERM under load answers the requests in flight, exits 0, loses no acknowledged case and leaves nothing to recover', async () => {
  const server = await startServer();
  const token = await signIn(server.url);

  const acknowledged: { radicado: string; afterSigterm: boolean }[] = [];
  const outcomes: { startedBeforeSigterm: boolean; outcome: string }[] = [];
  let sigtermSent = false;
  let sent = 0;
  const client = async (): Promise<void> => {
    for (;;) {
      const index = sent++;
      const startedBeforeSigterm = !sigtermSent;
      try {
        const { status, body } = await graphql(
          server.url,
          RECEIVE,
          {
            input: {
              kind: 'PETITION',
              channel: 'IN_PERSON',
              subject: `Solicitud de certificado ${index}`,
              description: 'Solicito un certificado de afiliación.',
              petitioner: {
                name: `Peticionaria ${index}`,
                documentType: 'CC',
                documentNumber: String(41_000_000 + index),
              },
            },
          },
          token,
        );
        if (status === 200 && body.data?.receivePqrs?.radicado) {
          acknowledged.push({
            radicado: body.data.receivePqrs.radicado as string,
            afterSigterm: sigtermSent,
          });
          outcomes.push({ startedBeforeSigterm, outcome: 'acknowledged' });
          if (acknowledged.length === SIGTERM_AFTER_ACKNOWLEDGED) {
            sigtermSent = true;
            server.child.kill('SIGTERM');
          }
          continue;
        }
        outcomes.push({ startedBeforeSigterm, outcome: `${status} ${JSON.stringify(body.errors)}` });
      } catch (error) {
        // The server no longer listens (or cut an idle connection): this client is done.
        outcomes.push({
          startedBeforeSigterm,
          outcome: `network: ${String((error as Error).cause ?? error)}`,
        });
      }
      if (sigtermSent) return;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, () => client()));
  const { code, signal } = await server.exited;

  expect({ code, signal }).toEqual({ code: 0, signal: null });
  // Requests the server was serving when SIGTERM came were answered, not cut.
  expect(acknowledged.filter(({ afterSigterm }) => afterSigterm).length).toBeGreaterThan(0);
  // A request was acknowledged, or turned away (503, or no connection once the server stopped listening);
  // none failed otherwise.
  expect(
    outcomes.filter(({ outcome }) => outcome !== 'acknowledged' && !/^503 |^network: /.test(outcome)),
  ).toEqual([]);
  // The log says it stopped cleanly, and nothing went wrong on the way.
  expect(server.log.some((entry) => /se detuvo limpiamente/.test(String(entry.msg)))).toBe(true);
  expect(server.log.filter((entry) => entry.level === 'error' || entry.level === 'fatal')).toEqual([]);

  // Nothing to recover: every store closed its write-ahead log ...
  expect(walFilesIn(dataDir)).toEqual([]);
  const eventStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  const readModels = await SqliteReadModelStore.open({ dataDir });
  let headBeforeRestart;
  try {
    // ... every acknowledged case is in the log ...
    for (const { radicado } of acknowledged) {
      const events = await eventStore.readStream(pqrsStreamOf(radicado));
      expect({ radicado, received: events.some((event) => event.type === 'Received') }).toEqual({
        radicado,
        received: true,
      });
    }
    // ... and every read model reached the head of the log, with no dead letter.
    headBeforeRestart = await eventStore.headPosition();
    for (const projection of APPLICATION_PROJECTIONS) {
      expect({
        projection: projection.name,
        checkpoint: await readModels.getCheckpoint(projection.name),
      }).toEqual({
        projection: projection.name,
        checkpoint: headBeforeRestart,
      });
      expect({
        projection: projection.name,
        deadLetters: await readModels.find(deadLetterCollectionOf(projection.name), {}),
      }).toEqual({ projection: projection.name, deadLetters: [] });
    }
  } finally {
    await readModels.close();
    await eventStore.close();
  }

  // The next start: nothing to complete, every acknowledged case found at once; then a second clean stop.
  const again = await startServer();
  const secondToken = await signIn(again.url);
  for (const { radicado } of acknowledged) {
    const { body } = await graphql(
      again.url,
      'query ($r: String!) { pqrs(radicado: $r) { radicado } }',
      { r: radicado },
      secondToken,
    );
    expect(body.data?.pqrs?.radicado).toBe(radicado);
  }
  again.child.kill('SIGTERM');
  expect(await again.exited).toEqual({ code: 0, signal: null });
  expect(walFilesIn(dataDir)).toEqual([]);
  const finalStore = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  try {
    const appended = await finalStore.readAll(headBeforeRestart ?? null, 1000);
    // Signing in is recorded; nothing else was appended by starting and stopping.
    expect(appended.map((event) => event.type).filter((type) => type !== 'SignedIn')).toEqual([]);
  } finally {
    await finalStore.close();
  }
}, 300_000);

describe('the drain', () => {
  let server: Server;
  let drain: RequestDrain;
  let release: () => void;
  let url: string;
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });

  beforeEach(async () => {
    drain = new RequestDrain();
    const app = express();
    app.use(drain.middleware);
    let held = new Promise<void>((resolve) => (release = resolve));
    app.get('/lento', async (_req, res) => {
      await held;
      held = Promise.resolve();
      res.json({ ok: true });
    });
    app.get('/rapido', (_req, res) => res.json({ ok: true }));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(() => {
    release();
    server.closeAllConnections();
    server.close();
  });

  const get = (path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${url}${path}`, { agent }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  const inFlight = async (count: number) => {
    while (drain.requestsInFlight < count) await new Promise((resolve) => setImmediate(resolve));
  };

  it('turns away a request that arrives during the stop with 503, and waits for the one in flight', async () => {
    const slow = get('/lento');
    await inFlight(1);
    // The drain stops another server here, so this one still lets a late request reach the middleware, as
    // a kept-alive connection of a stopping server does.
    const stopped = drain.drain(createServer(), 30_000);
    const late = await get('/rapido');
    expect(late.status).toBe(503);
    expect(JSON.parse(late.body).errors[0].extensions.code).toBe('SHUTTING_DOWN');
    let settled = false;
    void stopped.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    release();
    expect(await slow).toEqual({ status: 200, body: '{"ok":true}' });
    expect(await stopped).toBe(0);
  });

  it('cuts the requests still in flight once the wait is over', async () => {
    const slow = get('/lento').then(
      () => 'answered',
      () => 'cut',
    );
    await inFlight(1);
    expect(await drain.drain(server, 50)).toBe(1);
    expect(await slow).toBe('cut');
  });
});
