// Issue 14, target 8: the server's resident set with a million events, after a rebuild and through the
// query bench. The server runs as its own process — `node dist/src/main.js`, with the node flags of
// `npm start` — so the figure is the server's alone, not the bench's (which seeds the data and keeps its
// own heap). Its read models are removed before it starts: on empty read models the server catches every
// projection up from the log itself, which is the rebuild as the server lives it (a new projection
// version, or a read-model file lost, is caught up by the server's own runner in its own memory). The CLI
// `projections:rebuild` would do that work in another process and leave the server only the reads, and
// an RSS it never held would not be the server's. Then the query bench's mix runs over GraphQL. The RSS
// is the kernel's: VmRSS of /proc/<pid>/status every SAMPLE_INTERVAL_MS, and VmHWM (the resident set's
// high-water mark, so a spike between samples still counts) for the peak.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { bogotaDateOf } from '../src/domain/shared/time.js';
import { eventStoreFile } from '../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { readModelStoreFile } from '../src/engine/read-models/sqlite/paths.js';
import { BENCH_ADMIN_SETTING } from './bench-app.js';
import { measureGatewayLimits } from './gateway-limits.js';
import { benchQueries, logIn, postGraphQL, someAssigneeId } from './query-latency.js';

const SAMPLE_INTERVAL_MS = 100;
const CATCH_UP_TIMEOUT_MS = 900_000;
const POLL_INTERVAL_MS = 250;

export interface ServerMemoryOptions {
  /** Times each query of the query bench is sent (100 by default). */
  readonly requestsPerQuery?: number;
  /** The gateway measure's heavy accepted queries and refused alias queries, as the query bench sends them. */
  readonly heavyQueries?: number;
  readonly refusals?: number;
  /** Told of each phase as it ends (the bench's progress lines). */
  readonly onProgress?: (line: string) => void;
}

export interface ServerMemoryResult {
  /** The server's peak resident set (VmHWM) from its start to the end of the queries, in MB. */
  readonly peakRssMb: number;
  /** VmRSS once the queries are done, in MB. */
  readonly afterQueriesRssMb: number;
  /** Events in the log the server caught its read models up from. */
  readonly events: number;
  /** VmRSS once every projection had caught up (before the first query), in MB. */
  readonly afterCatchUpRssMb: number;
  /** Peak VmRSS of the samples taken during the catch-up, and during the queries, in MB. */
  readonly catchUpPeakRssMb: number;
  readonly queriesPeakRssMb: number;
  readonly catchUpMs: number;
  /** The node flags the server ran with (those of `npm start`). */
  readonly nodeFlags: readonly string[];
}

export async function measureServerMemory(
  dataDir: string,
  options: ServerMemoryOptions = {},
): Promise<ServerMemoryResult> {
  const requestsPerQuery = options.requestsPerQuery ?? 100;
  const events = await eventsInLog(dataDir);
  // Empty read models: the server's start is the rebuild (see the header).
  for (const suffix of ['', '-wal', '-shm']) rmSync(readModelStoreFile(dataDir) + suffix, { force: true });

  const port = await freePort();
  const nodeFlags = startScriptNodeFlags();
  const server = startServer(dataDir, port, nodeFlags);
  const baseUrl = `http://127.0.0.1:${port}`;
  const graphqlUrl = `${baseUrl}/graphql`;
  const sampler = new RssSampler(server.pid!);
  try {
    const startedAt = performance.now();
    await waitForServer(server, baseUrl);
    const token = await logIn(graphqlUrl);
    await waitForCatchUp(server, baseUrl, token);
    const catchUpMs = performance.now() - startedAt;
    const catchUpPeakRssMb = sampler.peakSampleMb;
    const afterCatchUpRssMb = sampler.sample();
    sampler.resetPeak();
    options.onProgress?.(
      `  caught up ${events} events in ${(catchUpMs / 1000).toFixed(1)} s; RSS ${afterCatchUpRssMb.toFixed(0)} MB, ` +
        `peak ${sampler.highWaterMarkMb().toFixed(0)} MB`,
    );

    const today = bogotaDateOf(new Date().toISOString());
    for (const { query } of benchQueries(today, await someAssigneeId(graphqlUrl, token)))
      for (let request = 0; request < requestsPerQuery; request++)
        await postGraphQL(graphqlUrl, query, token);
    await measureGatewayLimits(graphqlUrl, token, today, {
      refusals: options.refusals ?? 50,
      heavyQueries: options.heavyQueries ?? 20,
    });
    const afterQueriesRssMb = sampler.sample();
    return {
      peakRssMb: sampler.highWaterMarkMb(),
      afterQueriesRssMb,
      events,
      afterCatchUpRssMb,
      catchUpPeakRssMb,
      queriesPeakRssMb: sampler.peakSampleMb,
      catchUpMs,
      nodeFlags,
    };
  } finally {
    sampler.stop();
    await stopServer(server);
  }
}

async function eventsInLog(dataDir: string): Promise<number> {
  const store = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  try {
    return (await store.headPosition()) ?? 0;
  } finally {
    await store.close();
  }
}

/**
 * The node flags `npm start` runs the server with (package.json's start script, `node <flags> dist/...`):
 * the measure runs what an operator runs.
 */
export function startScriptNodeFlags(): string[] {
  const packageJson = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
  ) as { scripts: { start: string } };
  const words = packageJson.scripts.start.trim().split(/\s+/);
  if (words[0] !== 'node' || !words.at(-1)!.endsWith('main.js'))
    throw new Error(`The start script is not "node [flags] dist/src/main.js": ${packageJson.scripts.start}`);
  return words.slice(1, -1);
}

function startServer(dataDir: string, port: number, nodeFlags: readonly string[]): ChildProcess {
  // The bench's own NODE_OPTIONS are not the server's.
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const main = fileURLToPath(new URL('../src/main.js', import.meta.url));
  return spawn(process.execPath, [...nodeFlags, main], {
    env: {
      ...env,
      VENTANILLA_DATA_DIR: dataDir,
      VENTANILLA_BOOTSTRAP_ADMIN: BENCH_ADMIN_SETTING,
      LOG_LEVEL: 'error',
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const killer = setTimeout(() => server.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(killer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Waits for the server to answer. It may listen only once the catch-up is far along: the followers' batches
 * run back to back on the event loop.
 */
async function waitForServer(server: ChildProcess, baseUrl: string): Promise<void> {
  const deadline = Date.now() + CATCH_UP_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode} at start`);
    const live = await fetch(`${baseUrl}/health/live`).then(
      (response) => response.ok,
      () => false,
    );
    if (live) return;
    if (Date.now() > deadline) throw new Error(`The server did not answer within ${CATCH_UP_TIMEOUT_MS} ms`);
    await sleep(POLL_INTERVAL_MS);
  }
}

/** Polls the administrator's readiness view until every projection's lag is zero. */
async function waitForCatchUp(server: ChildProcess, baseUrl: string, token: string): Promise<void> {
  const deadline = Date.now() + CATCH_UP_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}`);
    const response = await fetch(`${baseUrl}/health/ready`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as {
      details?: { projections?: { maxLag?: number; projections?: { running: boolean }[] } };
    };
    const projections = body.details?.projections;
    if (projections?.maxLag === 0 && (projections.projections?.length ?? 0) > 0) return;
    if (Date.now() > deadline)
      throw new Error(`The projections did not catch up within ${CATCH_UP_TIMEOUT_MS} ms`);
    await sleep(POLL_INTERVAL_MS);
  }
}

/** VmRSS of the server every SAMPLE_INTERVAL_MS, and its VmHWM on demand. */
class RssSampler {
  peakSampleMb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS);
  }

  sample(): number {
    const mb = this.statusFieldMb('VmRSS');
    this.peakSampleMb = Math.max(this.peakSampleMb, mb);
    return mb;
  }

  resetPeak(): void {
    this.peakSampleMb = this.statusFieldMb('VmRSS');
  }

  highWaterMarkMb(): number {
    return this.statusFieldMb('VmHWM');
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private statusFieldMb(field: 'VmRSS' | 'VmHWM'): number {
    let status: string;
    try {
      status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    } catch {
      return 0; // gone: the last samples stand
    }
    const kilobytes = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    if (kilobytes === undefined) throw new Error(`/proc/${this.pid}/status has no ${field}`);
    return Number(kilobytes) / 1024;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
