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

/** What the Bandeja asks for each case (web/src/pages/inbox/InboxGrid.tsx). */
const CASE_FIELDS =
  'radicado kind status subject receivedAt dueDate trafficLight assignee { id username fullName }';
/** The Bandeja's first page size. */
const PAGE_SIZE = 25;
const CATCH_UP_TIMEOUT_MS = 300_000;

/** Every order the Bandeja offers (PqrsListSort). */
const SORTS = ['RECEIVED_AT_DESC', 'RECEIVED_AT_ASC', 'DUE_DATE_ASC', 'DUE_DATE_DESC'] as const;

/** The Bandeja's filters, each on its own and in the combinations an office uses most. */
function pqrsListFilters(today: string, assigneeId: string): { name: string; filter: string }[] {
  const monthAgo = addCalendarDays(today, -30);
  return [
    { name: '', filter: '' },
    { name: 'status: ASSIGNED', filter: 'status: ASSIGNED' },
    { name: 'status: ANSWERED', filter: 'status: ANSWERED' },
    { name: 'kind: COMPLAINT', filter: 'kind: COMPLAINT' },
    { name: 'channel: EMAIL', filter: 'channel: EMAIL' },
    { name: 'assignee', filter: `assigneeId: "${assigneeId}"` },
    { name: 'overdue: true', filter: 'overdue: true' },
    { name: 'overdue: false', filter: 'overdue: false' },
    { name: `received ${monthAgo}..${today}`, filter: `receivedFrom: "${monthAgo}", receivedTo: "${today}"` },
    { name: 'text: "reembolso"', filter: 'text: "reembolso"' },
    { name: 'text: radicado', filter: 'text: "00042"' },
    { name: 'kind: COMPLAINT, overdue: true', filter: 'kind: COMPLAINT, overdue: true' },
    { name: 'status: ASSIGNED, kind: PETITION', filter: 'status: ASSIGNED, kind: PETITION' },
    { name: 'assignee, overdue: false', filter: `assigneeId: "${assigneeId}", overdue: false` },
    {
      name: 'channel: WEB, text: "reembolso"',
      filter: 'channel: WEB, text: "reembolso"',
    },
  ];
}

/**
 * Every filter under every sort, as the Bandeja asks for them. Names start with "pqrsList" so the run's
 * target (pqrs_list_p99) takes the slowest of them.
 */
export function benchQueries(today: string, assigneeId: string): BenchQuery[] {
  const yearAgo = addCalendarDays(today, -364);
  const lists = pqrsListFilters(today, assigneeId).flatMap(({ name, filter }) =>
    SORTS.map((sort) => ({
      name: `pqrsList(${[name, sort].filter(Boolean).join(', ')})`,
      query: `{ pqrsList(${filter ? `filter: { ${filter} }, ` : ''}sort: ${sort}, first: ${PAGE_SIZE}) {
          totalCount pageInfo { hasNextPage endCursor } nodes { ${CASE_FIELDS} } } }`,
    })),
  );
  return [
    ...lists,
    {
      name: `pqrsIndicators(${yearAgo}..${today})`,
      query: `{ pqrsIndicators(from: "${yearAgo}", to: "${today}") { received answered answeredOnTime answeredLate
          onTimeRate averageResponseBusinessDays open overdue byKind { kind count } byChannel { channel count } } }`,
    },
  ];
}

/** The case-list query with the highest p99: what target 7 of issue 14 is judged by. */
export function slowestPqrsList(latencies: readonly QueryLatency[]): QueryLatency | null {
  return latencies
    .filter((latency) => latency.name.startsWith('pqrsList'))
    .reduce<QueryLatency | null>(
      (worst, latency) => (worst === null || latency.p99 > worst.p99 ? latency : worst),
      null,
    );
}

export interface QueryLatencyResult {
  readonly latencies: QueryLatency[];
  readonly gateway: GatewayLimitsResult;
  /** Peak process.memoryUsage().rss (MB) from the application's start to the end of the queries. */
  readonly peakRssMb: number;
  /** The office's mix under load (issue 14), on the same application once the queries are timed. */
  readonly httpLoad: HttpLoadReport | null;
  /** The case-list query with the highest p99 (issue 14's target 7 is judged by it). */
  readonly slowestPqrsList: QueryLatency | null;
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
    const assigneeId = await someAssigneeId(graphqlUrl, token);
    const latencies: QueryLatency[] = [];
    for (const { name, query } of benchQueries(bogotaDateOf(new Date().toISOString()), assigneeId)) {
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
    return { latencies, gateway, peakRssMb, httpLoad, slowestPqrsList: slowestPqrsList(latencies) };
  } finally {
    clearInterval(sampler);
    await app.close();
  }
}

export async function logIn(graphqlUrl: string): Promise<string> {
  const data = await postGraphQL(
    graphqlUrl,
    'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }',
    undefined,
    { username: BENCH_ADMIN.username, password: BENCH_ADMIN.password },
  );
  return (data.login as { token: string }).token;
}

/** An agent with cases: the one of the newest assigned case. */
export async function someAssigneeId(graphqlUrl: string, token: string): Promise<string> {
  const data = await postGraphQL(
    graphqlUrl,
    '{ pqrsList(filter: { status: ASSIGNED }, first: 1) { nodes { assignee { id } } } }',
    token,
  );
  const assigneeId = (data.pqrsList as { nodes: { assignee: { id: string } | null }[] }).nodes[0]?.assignee
    ?.id;
  if (!assigneeId) throw new Error('The seeded directory has no assigned case');
  return assigneeId;
}

async function totalCases(graphqlUrl: string, token: string): Promise<number | null> {
  return totalCountOf(await postGraphQL(graphqlUrl, '{ pqrsList(first: 1) { totalCount } }', token));
}

function totalCountOf(data: Record<string, unknown>): number | null {
  const list = data.pqrsList as { totalCount?: number } | undefined;
  return list?.totalCount ?? null;
}

/** POSTs one GraphQL operation and returns its data; any GraphQL error fails the benchmark. */
export async function postGraphQL(
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
