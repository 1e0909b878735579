// Measure 4: latency of the case list and indicator queries over real HTTP, on the application
// started on the seeded directory once its projections have caught up with the log.
import { bogotaDateOf, addCalendarDays } from '../src/domain/shared/time.js';
import { EVENT_STORE, type EventStore } from '../src/engine/eventstore/event-store.js';
import { ProjectionRunner } from '../src/engine/projections/projection-runner.js';
import { BENCH_ADMIN, listenBenchApp } from './bench-app.js';
import type { HttpLoadReport } from './http-load-client.js';
import { measureHttpLoad, type HttpLoadOptions } from './http-load.js';
import { rssMb } from './memory.js';
import { summarizeLatencies, type LatencySummary } from './statistics.js';
import {
  measureGatewayLimits,
  type GatewayLimitsOptions,
  type GatewayLimitsResult,
} from './gateway-limits.js';

export interface QueryLatencyOptions {
  readonly requests: number;
  readonly warmUpRequests: number;
  /** Cases the directory holds: checked before timing anything. */
  readonly expectedCases: number;
}

export interface QueryLatency extends LatencySummary {
  readonly name: string;
  readonly totalCount: number | null;
}

interface BenchQuery {
  readonly name: string;
  readonly query: string;
}

const CASE_FIELDS = 'radicado kind status subject receivedAt dueDate trafficLight assignee { username }';
const CATCH_UP_TIMEOUT_MS = 300_000;

function benchQueries(today: string): BenchQuery[] {
  const yearAgo = addCalendarDays(today, -364);
  return [
    { name: 'pqrsList(first: 20)', query: `{ pqrsList(first: 20) { totalCount nodes { ${CASE_FIELDS} } } }` },
    {
      name: 'pqrsList(kind: COMPLAINT, overdue: true)',
      query: `{ pqrsList(filter: { kind: COMPLAINT, overdue: true }, first: 20) { totalCount nodes { ${CASE_FIELDS} } } }`,
    },
    {
      name: 'pqrsList(text: "reembolso")',
      query: `{ pqrsList(filter: { text: "reembolso" }, first: 20) { totalCount nodes { ${CASE_FIELDS} } } }`,
    },
    {
      name: `pqrsIndicators(${yearAgo}..${today})`,
      query: `{ pqrsIndicators(from: "${yearAgo}", to: "${today}") { received answered answeredOnTime answeredLate
          onTimeRate averageResponseBusinessDays open overdue byKind { kind count } byChannel { channel count } } }`,
    },
  ];
}

export interface QueryLatencyResult {
  readonly latencies: QueryLatency[];
  readonly gateway: GatewayLimitsResult;
  /** Peak process.memoryUsage().rss (MB) from the application's start to the end of the queries. */
  readonly peakRssMb: number;
  /** The office's mix under load (issue 14), on the same application once the queries are timed. */
  readonly httpLoad: HttpLoadReport | null;
}

export async function measureQueryLatency(
  dataDir: string,
  options: QueryLatencyOptions & {
    readonly gateway: GatewayLimitsOptions;
    readonly httpLoad?: HttpLoadOptions;
  },
): Promise<QueryLatencyResult> {
  let peakRssMb = rssMb();
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssMb());
  }, 100);
  const { app, graphqlUrl } = await listenBenchApp(dataDir);
  try {
    const head = await app.get<symbol, EventStore>(EVENT_STORE).headPosition();
    if (head !== null) await app.get(ProjectionRunner).waitForPosition(head, CATCH_UP_TIMEOUT_MS);
    const token = await logIn(graphqlUrl);
    const caseCount = await totalCases(graphqlUrl, token);
    if (caseCount !== options.expectedCases) {
      throw new Error(`The read model shows ${caseCount} cases, not the ${options.expectedCases} seeded`);
    }
    const latencies: QueryLatency[] = [];
    for (const { name, query } of benchQueries(bogotaDateOf(new Date().toISOString()))) {
      for (let warmUp = 0; warmUp < options.warmUpRequests; warmUp++)
        await postGraphQL(graphqlUrl, query, token);
      const timesMs: number[] = [];
      let lastAnswer: Record<string, unknown> = {};
      for (let request = 0; request < options.requests; request++) {
        const startedAt = performance.now();
        lastAnswer = await postGraphQL(graphqlUrl, query, token);
        timesMs.push(performance.now() - startedAt);
      }
      latencies.push({ name, totalCount: totalCountOf(lastAnswer), ...summarizeLatencies(timesMs) });
    }
    const today = bogotaDateOf(new Date().toISOString());
    const gateway = await measureGatewayLimits(graphqlUrl, token, today, options.gateway);
    clearInterval(sampler);
    peakRssMb = Math.max(peakRssMb, rssMb());
    const httpLoad = options.httpLoad ? await measureHttpLoad(app, graphqlUrl, options.httpLoad) : null;
    return { latencies, gateway, peakRssMb, httpLoad };
  } finally {
    clearInterval(sampler);
    await app.close();
  }
}

async function logIn(graphqlUrl: string): Promise<string> {
  const data = await postGraphQL(
    graphqlUrl,
    'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
    undefined,
    { username: BENCH_ADMIN.username, password: BENCH_ADMIN.password },
  );
  return (data.login as { token: string }).token;
}

async function totalCases(graphqlUrl: string, token: string): Promise<number | null> {
  return totalCountOf(await postGraphQL(graphqlUrl, '{ pqrsList(first: 1) { totalCount } }', token));
}

function totalCountOf(data: Record<string, unknown>): number | null {
  const list = data.pqrsList as { totalCount?: number } | undefined;
  return list?.totalCount ?? null;
}

/** POSTs one GraphQL operation and returns its data; any GraphQL error fails the benchmark. */
async function postGraphQL(
  graphqlUrl: string,
  query: string,
  token?: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (body.errors?.length || !body.data) {
    throw new Error(
      `GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body)}`,
    );
  }
  return body.data;
}
