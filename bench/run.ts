// `npm run bench`: command throughput against the SQLite insert ceiling, projection rebuild rate and
// GraphQL query latency, each in fresh temporary data directories; prints one table at the end.
// Sizes can be lowered for a quick look (BENCH_CASES=200 BENCH_SEED_CASES=5000 npm run bench).
import {
  COMMANDS_PER_CASE,
  measureCommandThroughput,
  type CommandThroughputResult,
} from './command-throughput.js';
import { measureFaqIndex } from './faq-index.js';
import { measureProjectionRebuild } from './projection-rebuild.js';
import { measureQueryLatency } from './query-latency.js';
import { formatResultsTable, formatValue, progress, type BenchResult } from './results-table.js';
import { measureReportGeneration } from './report-generation.js';
import { seedYearOfCases } from './seeded-data-dir.js';
import { measureInsertCeiling, type InsertCeilingResult } from './sqlite-insert-ceiling.js';
import { withTemporaryDataDir } from './temporary-data-dir.js';

const SETTINGS = {
  /** Cases per command-throughput run, each case = receive + assign + answer. */
  commandCases: sizeFromEnv('BENCH_CASES', 2_000),
  concurrency: sizeFromEnv('BENCH_CONCURRENCY', 16),
  runs: sizeFromEnv('BENCH_RUNS', 3),
  ceilingInserts: sizeFromEnv('BENCH_CEILING_INSERTS', 5_000),
  /** Cases of the seeded year: about 4 events each. */
  seededCases: sizeFromEnv('BENCH_SEED_CASES', 50_000),
  minimumSeededEvents: sizeFromEnv('BENCH_MIN_SEED_EVENTS', 200_000),
  queryRequests: sizeFromEnv('BENCH_QUERY_REQUESTS', 500),
  queryWarmUps: sizeFromEnv('BENCH_QUERY_WARMUPS', 25),
  /** Cases of the year seeded for the report measure: about 4.2 events each, so a million events. */
  reportSeedCases: sizeFromEnv('BENCH_REPORT_SEED_CASES', 240_000),
};

const GATEWAY_REFUSALS = 50;
const GATEWAY_HEAVY_QUERIES = 20;

/**
 * `BENCH_ONLY=reports` runs the report measure alone (it seeds its own million events); `BENCH_ONLY=queries`
 * the seeded year's rebuild, query latency and gateway limits alone; `BENCH_ONLY=commands` the command
 * throughput and the SQLite insert ceiling alone.
 */
const ONLY = process.env.BENCH_ONLY ?? '';

function sizeFromEnv(variable: string, fallback: number): number {
  const value = process.env[variable];
  if (value === undefined || value === '') return fallback;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`${variable} must be a positive integer (got "${value}")`);
  return size;
}

const count = (value: number): string => Math.round(value).toLocaleString('en-US');

async function commandAndCeilingResults(): Promise<BenchResult[]> {
  const { commandCases, concurrency, runs, ceilingInserts } = SETTINGS;
  const measureCommands = (inFlight: number, label: string): Promise<CommandThroughputResult> => {
    progress(`commands ${label}: ${runs} runs × ${count(commandCases)} cases`);
    return measureCommandThroughput({
      cases: commandCases,
      concurrency: inFlight,
      runs,
      onRun: (run, result) => progress(`  run ${run}: ${formatValue(result.commandsPerSecond)} commands/s`),
    });
  };
  const measureCeiling = (insertsPerTransaction: number): Promise<InsertCeilingResult> => {
    progress(`SQLite insert ceiling, ${insertsPerTransaction} per transaction`);
    return measureInsertCeiling({
      inserts: ceilingInserts * insertsPerTransaction,
      insertsPerTransaction,
      runs,
    });
  };

  const sequential = await measureCommands(1, 'sequential');
  const concurrent = await measureCommands(concurrency, `${concurrency} cases in flight`);
  const ceilingSingle = await measureCeiling(1);
  const ceilingGrouped = await measureCeiling(concurrency);

  const commandNotes = (
    result: CommandThroughputResult,
    ceiling: InsertCeilingResult,
    ceilingLabel: string,
  ) => {
    const runsText = result.runs.map((run) => formatValue(run.commandsPerSecond)).join(' / ');
    const firstTenth = result.runs.map((run) => formatValue(run.firstTenthCommandsPerSecond)).join('/');
    const lastTenth = result.runs.map((run) => formatValue(run.lastTenthCommandsPerSecond)).join('/');
    const ratio = result.medianCommandsPerSecond / ceiling.medianInsertsPerSecond;
    return (
      `${ratio.toFixed(3)}× ceiling (${ceilingLabel}); median of ${runs} × ${count(commandCases)} cases ` +
      `(${COMMANDS_PER_CASE} commands each), runs ${runsText}; first→last tenth of cases ${firstTenth} → ${lastTenth}`
    );
  };
  const ceilingNotes = (result: InsertCeilingResult, inserts: number) =>
    `WAL, synchronous=FULL, BEGIN IMMEDIATE; median of ${runs} × ${count(inserts)} inserts, runs ${result.runs.map(formatValue).join(' / ')}`;

  return [
    {
      measure: 'commands, sequential (receive/assign/answer)',
      value: sequential.medianCommandsPerSecond,
      unit: 'commands/s',
      notes: commandNotes(sequential, ceilingSingle, '1 insert/tx'),
    },
    {
      measure: `commands, ${concurrency} cases in flight`,
      value: concurrent.medianCommandsPerSecond,
      unit: 'commands/s',
      notes: commandNotes(concurrent, ceilingGrouped, `${concurrency} inserts/tx`),
    },
    {
      measure: 'ceiling: SQLite insert, 1 per tx',
      value: ceilingSingle.medianInsertsPerSecond,
      unit: 'inserts/s',
      notes: ceilingNotes(ceilingSingle, ceilingInserts),
    },
    {
      measure: `ceiling: SQLite insert, ${concurrency} per tx`,
      value: ceilingGrouped.medianInsertsPerSecond,
      unit: 'inserts/s',
      notes: ceilingNotes(ceilingGrouped, ceilingInserts * concurrency),
    },
  ];
}

async function rebuildAndQueryResults(): Promise<BenchResult[]> {
  const { seededCases, minimumSeededEvents, runs, queryRequests, queryWarmUps } = SETTINGS;
  return withTemporaryDataDir('seeded', async (dataDir) => {
    progress(`seeding ${count(seededCases)} cases through SqliteEventStore.append (setup, not measured)`);
    const seeded = await seedYearOfCases(dataDir, seededCases);
    progress(
      `  ${count(seeded.events)} events, ${count(seeded.openCases)} cases open, in ${(seeded.durationMs / 1000).toFixed(1)} s`,
    );
    if (seeded.events < minimumSeededEvents) {
      throw new Error(
        `Seeded only ${seeded.events} events; the rebuild measure needs ${minimumSeededEvents}`,
      );
    }

    progress(`projection rebuild: ${runs} runs over ${count(seeded.head)} events`);
    const rebuild = await measureProjectionRebuild(dataDir, runs, (run, wallMs) =>
      progress(`  run ${run}: ${(wallMs / 1000).toFixed(1)} s`),
    );
    const seedNote = `${count(rebuild.eventsInLog)} events, ${count(seeded.cases)} cases (${count(seeded.openCases)} open)`;
    const rebuildResults: BenchResult[] = [
      {
        measure: `projection rebuild, all ${rebuild.perProjection.length} projections`,
        value: rebuild.medianAllProjectionsEventsPerSecond,
        unit: 'events/s',
        notes: `log events ÷ wall time of rebuildProjections (${(rebuild.medianWallMs / 1000).toFixed(1)} s); ${seedNote}; median of ${rebuild.runs}`,
      },
      ...rebuild.perProjection.map(({ projection, medianEventsPerSecond }) => ({
        measure: `projection rebuild, ${projection}`,
        value: medianEventsPerSecond,
        unit: 'events/s',
        notes: `rebuildProjection on its own; median of ${rebuild.runs}`,
      })),
    ];

    progress(`query latency: ${count(queryRequests)} sequential requests per query over HTTP`);
    const { latencies, gateway } = await measureQueryLatency(dataDir, {
      requests: queryRequests,
      warmUpRequests: queryWarmUps,
      expectedCases: seeded.cases,
      gateway: { refusals: GATEWAY_REFUSALS, heavyQueries: GATEWAY_HEAVY_QUERIES },
    });
    const queryResults = latencies.flatMap((latency): BenchResult[] => {
      const notes =
        `${count(queryRequests)} requests after ${queryWarmUps} warm-up` +
        (latency.totalCount === null ? '' : `; totalCount ${count(latency.totalCount)}`);
      return [
        { measure: `query ${latency.name} p50`, value: latency.p50, unit: 'ms', notes },
        { measure: `query ${latency.name} p99`, value: latency.p99, unit: 'ms', notes: '' },
        { measure: `query ${latency.name} max`, value: latency.max, unit: 'ms', notes: '' },
      ];
    });
    const gatewayResults: BenchResult[] = [
      {
        measure: 'gateway: 1,000-alias query refused, p50',
        value: gateway.refused.p50,
        unit: 'ms',
        notes: `QUERY_TOO_COMPLEX; ${GATEWAY_REFUSALS} requests; p99 ${formatValue(gateway.refused.p99)}, max ${formatValue(gateway.refused.max)} ms`,
      },
      {
        measure: 'gateway: heavy accepted query, p50',
        value: gateway.heavyQuery.p50,
        unit: 'ms',
        notes: `year of daily indicators + year's figures + 100 cases; ${GATEWAY_HEAVY_QUERIES} back to back; max ${formatValue(gateway.heavyQuery.max)} ms`,
      },
      {
        measure: 'gateway: /health/live during heavy queries, p99',
        value: gateway.healthDuringHeavy.p99,
        unit: 'ms',
        notes: `${count(gateway.healthDuringHeavy.probes)} probes; p50 ${formatValue(gateway.healthDuringHeavy.p50)}, max ${formatValue(gateway.healthDuringHeavy.max)} ms`,
      },
    ];
    return [...rebuildResults, ...queryResults, ...gatewayResults];
  });
}

async function reportResults(): Promise<BenchResult[]> {
  const { reportSeedCases, runs } = SETTINGS;
  return withTemporaryDataDir('reports', async (dataDir) => {
    progress(`seeding ${count(reportSeedCases)} cases for the report measure (setup, not measured)`);
    const seeded = await seedYearOfCases(dataDir, reportSeedCases);
    progress(`  ${count(seeded.events)} events in ${(seeded.durationMs / 1000).toFixed(1)} s`);
    const result = await measureReportGeneration(dataDir, runs);
    const period = `${result.period.from}..${result.period.to}, ${count(result.casesInPeriod)} cases`;
    return [
      {
        measure: `rebuild, all ${result.perProjection.length} indicator and report read models`,
        value: result.rebuildWallMs / 1000,
        unit: 's',
        notes: `${count(result.eventsInLog)} events, one projection after the other`,
      },
      ...result.perProjection.map(({ projection, eventsPerSecond }) => ({
        measure: `rebuild, ${projection}`,
        value: eventsPerSecond,
        unit: 'events/s',
        notes: '',
      })),
      {
        measure: 'Informe de PQRS, semester: figures',
        value: result.medianDocumentMs,
        unit: 'ms',
        notes: `${period}; as of now; median of ${result.runs}`,
      },
      ...(['CSV', 'XLSX', 'PDF'] as const).map((format) => ({
        measure: `Informe de PQRS, semester: render ${format}`,
        value: result.medianRenderMs[format],
        unit: 'ms',
        notes: `median of ${result.runs}`,
      })),
    ];
  });
}

function faqIndexResults(): BenchResult[] {
  progress('FAQ search index: 500 entries');
  const result = measureFaqIndex(500, SETTINGS.runs);
  const notes = `${result.entries} published entries, in memory; median of ${result.runs} after the first`;
  return [
    {
      measure: 'FAQ index, first build',
      value: result.firstBuildMs,
      unit: 'ms',
      notes: `${result.entries} published entries`,
    },
    { measure: 'FAQ index, warm build', value: result.medianWarmBuildMs, unit: 'ms', notes },
    { measure: 'FAQ index, fuzzy search', value: result.medianSearchMs, unit: 'ms', notes },
  ];
}

const startedAt = performance.now();
const results =
  ONLY === 'reports'
    ? await reportResults()
    : ONLY === 'queries'
      ? await rebuildAndQueryResults()
      : ONLY === 'commands'
        ? await commandAndCeilingResults()
        : [
            ...(await commandAndCeilingResults()),
            ...(await rebuildAndQueryResults()),
            ...faqIndexResults(),
            ...(await reportResults()),
          ];
const wallSeconds = (performance.now() - startedAt) / 1000;
console.log(
  `\nVentanilla benchmarks (${process.platform}, Node ${process.version}, ${new Date().toISOString()})\n`,
);
console.log(formatResultsTable(results));
console.log(`\nWall time ${wallSeconds.toFixed(0)} s.`);
