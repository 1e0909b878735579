// Measure 5: the gateway's limits on the seeded year, over real HTTP — how fast the query of issue 11's
// finding 6 (1,000 aliases of `indicators`, 81 KB) is refused, and how long /health/live takes while the
// heaviest kind of accepted query runs back to back. Called with the query-latency measure's application.
import { addCalendarDays } from '../src/domain/shared/time.js';
import { summarizeLatencies, type LatencySummary } from './statistics.js';

export interface GatewayLimitsOptions {
  /** Times the alias query is sent (one after the other). */
  readonly refusals: number;
  /** Times the heavy query runs back to back while /health/live is probed. */
  readonly heavyQueries: number;
}

export interface GatewayLimitsResult {
  readonly refused: LatencySummary;
  readonly heavyQuery: LatencySummary;
  readonly healthDuringHeavy: LatencySummary & { readonly probes: number };
}

export async function measureGatewayLimits(
  graphqlUrl: string,
  token: string,
  today: string,
  options: GatewayLimitsOptions,
): Promise<GatewayLimitsResult> {
  const from = addCalendarDays(today, -364);
  const aliases = Array.from(
    { length: 1000 },
    (_, index) => `a${index}: indicators(from: "${from}", to: "${today}", granularity: DAY) { from to }`,
  ).join(' ');
  const aliasQuery = `{ ${aliases} }`;
  const refusedMs: number[] = [];
  for (let attempt = 0; attempt < options.refusals; attempt++) {
    const started = performance.now();
    const body = await post(graphqlUrl, aliasQuery, token);
    refusedMs.push(performance.now() - started);
    if (body.errors?.[0]?.extensions?.['code'] !== 'QUERY_TOO_COMPLEX') {
      throw new Error(`The alias query was not refused: ${JSON.stringify(body).slice(0, 300)}`);
    }
  }

  // A year of indicators by day, the year's figures and a page of 100 cases with their look-ups.
  const heavy = `{
    indicators(from: "${from}", to: "${today}", granularity: DAY) { from to }
    pqrsIndicators(from: "${from}", to: "${today}") { received answered open overdue }
    pqrsList(first: 100) { totalCount nodes { radicado subject assignee { username } } }
  }`;
  const healthUrl = graphqlUrl.replace(/\/graphql$/, '/health/live');
  await fetch(healthUrl);
  const heavyMs: number[] = [];
  const healthMs: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(healthUrl);
      healthMs.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`/health/live answered ${response.status}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  try {
    for (let run = 0; run < options.heavyQueries; run++) {
      const started = performance.now();
      const body = await post(graphqlUrl, heavy, token);
      heavyMs.push(performance.now() - started);
      if (body.errors?.length) throw new Error(`The heavy query failed: ${JSON.stringify(body.errors)}`);
    }
  } finally {
    running = false;
    await probe;
  }
  return {
    refused: summarizeLatencies(refusedMs),
    heavyQuery: summarizeLatencies(heavyMs),
    healthDuringHeavy: { ...summarizeLatencies(healthMs), probes: healthMs.length },
  };
}

interface GraphQLBody {
  readonly data?: unknown;
  readonly errors?: readonly { readonly extensions?: Record<string, unknown> }[];
}

async function post(graphqlUrl: string, query: string, token: string): Promise<GraphQLBody> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as GraphQLBody;
}
