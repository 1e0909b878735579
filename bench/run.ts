// `npm run bench`: issue 14's targets — store append and command throughput against the SQLite insert
// ceiling, the same with twice the read models, the rebuild of every read model against a bare upsert
// loop, report generation, query latency, memory, the office's mix under HTTP load and the demo seed —
// each in fresh temporary data directories, then the other figures measured along the way. Prints the
// targets table (value, baseline from the same run, ratio, target, pass/miss) and the detail table at
// the end; `npm run bench -- --json FILE` also writes the targets as JSON. BENCH_QUICK=1 runs everything
// at small sizes; single sizes can be set too (BENCH_CASES=200 BENCH_SEED_CASES=5000 npm run bench).
import { parseArgs } from 'node:util';
import { APPLICATION_PROJECTIONS } from '../src/features/read-models.js';
import {
  COMMANDS_PER_CASE,
  measureCommandThroughput,
  type CommandThroughputResult,
} from './command-throughput.js';
import { measureFaqIndex } from './faq-index.js';
import { measureProjectionRebuild } from './projection-rebuild.js';
import { measureQueryLatency } from './query-latency.js';
import { measureDemoSeed } from './demo-seed.js';
import type { HttpLoadReport } from './http-load-client.js';
import { rssMb } from './memory.js';
import { measureServerMemory } from './server-memory.js';
import { measureRebuildAll } from './rebuild-all.js';
import {
  formatResultsTable,
  formatTargetsTable,
  formatValue,
  progress,
  writeTargetsJson,
  type BenchResult,
  type TargetMeasure,
} from './results-table.js';
import { measureStoreAppend } from './store-append.js';
import { measureReportGeneration } from './report-generation.js';
import { seedYearOfCases } from './seeded-data-dir.js';
import { measureInsertCeiling, type InsertCeilingResult } from './sqlite-insert-ceiling.js';
import { withTemporaryDataDir } from './temporary-data-dir.js';

/** BENCH_QUICK=1: every measure at sizes that finish in a few minutes on two cores (explicit sizes still win). */
const QUICK = process.env.BENCH_QUICK === '1';
const quickOr = (full: number, quick: number): number => (QUICK ? quick : full);

const SETTINGS = {
  /** Cases per command-throughput run, each case = receive + assign + answer. */
  commandCases: sizeFromEnv('BENCH_CASES', quickOr(2_000, 300)),
  concurrency: sizeFromEnv('BENCH_CONCURRENCY', 16),
  runs: sizeFromEnv('BENCH_RUNS', quickOr(3, 1)),
  ceilingInserts: sizeFromEnv('BENCH_CEILING_INSERTS', quickOr(5_000, 1_000)),
  /** Streams of the store-append measure: N new streams, then N appends with expected revision. */
  appendStreams: sizeFromEnv('BENCH_APPEND_STREAMS', quickOr(5_000, 2_000)),
  /** Cases of the seeded year the queries read: about 4 events each (issue 14 asks for 100,000). */
  seededCases: sizeFromEnv('BENCH_SEED_CASES', quickOr(100_000, 10_000)),
  minimumSeededEvents: sizeFromEnv('BENCH_MIN_SEED_EVENTS', quickOr(200_000, 30_000)),
  queryRequests: sizeFromEnv('BENCH_QUERY_REQUESTS', quickOr(500, 100)),
  queryWarmUps: sizeFromEnv('BENCH_QUERY_WARMUPS', quickOr(25, 10)),
  /** Cases of the year seeded for the rebuild and report measures: about 4.2 events each, so a million events. */
  reportSeedCases: sizeFromEnv('BENCH_REPORT_SEED_CASES', quickOr(240_000, 24_000)),
  httpConnections: sizeFromEnv('BENCH_HTTP_CONNECTIONS', 50),
  httpSeconds: sizeFromEnv('BENCH_HTTP_SECONDS', quickOr(60, 15)),
  demoSeedCases: sizeFromEnv('BENCH_DEMO_CASES', quickOr(3_000, 150)),
};

/** Issue 14's absolute limits, at the sizes it names. */
const LIMITS = {
  storeAppendRatio: 0.8,
  sequentialRatio: 0.5,
  concurrentRatio: 1.5,
  doubleReadModelsRatio: 0.9,
  rebuildRatio: 0.5,
  rebuildSecondsPerMillionEvents: 60,
  reportFiguresMs: 1_000,
  reportPdfMs: 2_000,
  pqrsListP99Ms: 20,
  pqrsListAtCases: 100_000,
  rssMb: 300,
  mutationP99Ms: 100,
  listP99Ms: 50,
  demoSeedSeconds: 15,
  demoSeedCases: 3_000,
};

const GATEWAY_REFUSALS = 50;
const GATEWAY_HEAVY_QUERIES = 20;

/**
 * `BENCH_ONLY=reports` runs the rebuild-all and report measures alone (they seed their own million
 * events); `BENCH_ONLY=queries` the seeded year's rebuild, query latency, gateway limits and HTTP load
 * alone; `BENCH_ONLY=commands` the store append, command throughput and SQLite insert ceiling alone;
 * `BENCH_ONLY=seed` the demo seed alone.
 */
const ONLY = process.env.BENCH_ONLY ?? '';

const { values: cliOptions } = parseArgs({ options: { json: { type: 'string' } } });

function sizeFromEnv(variable: string, fallback: number): number {
  const value = process.env[variable];
  if (value === undefined || value === '') return fallback;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`${variable} must be a positive integer (got "${value}")`);
  return size;
}

const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/** What each part of the bench adds: detail rows, targets, and the RSS figures the memory target takes. */
interface Section {
  readonly results: BenchResult[];
  readonly targets: TargetMeasure[];
  readonly rss?: { readonly label: string; readonly mb: number }[];
}

async function commandAndCeilingResults(): Promise<Section> {
  const { commandCases, concurrency, runs, ceilingInserts, appendStreams } = SETTINGS;
  const measureCommands = (
    inFlight: number,
    label: string,
    doubledReadModels = false,
  ): Promise<CommandThroughputResult> => {
    progress(`commands ${label}: ${runs} runs × ${count(commandCases)} cases`);
    return measureCommandThroughput({
      cases: commandCases,
      concurrency: inFlight,
      runs,
      doubledReadModels,
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

  progress(
    `SqliteEventStore.append: ${runs} runs × ${count(appendStreams)} new streams, then as many appends`,
  );
  const storeAppend = await measureStoreAppend(appendStreams, runs);
  const sequential = await measureCommands(1, 'sequential');
  const doubled = await measureCommands(1, 'sequential, twice the read models', true);
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
  const single = ceilingSingle.medianInsertsPerSecond;
  const commandsNote = `${count(commandCases)} cases × ${COMMANDS_PER_CASE} commands as mutations run them (read-your-writes included), until every read model applied the last; median of ${runs}`;

  // A rate held against the single-insert ceiling of the same run.
  const againstCeiling = (
    key: string,
    measure: string,
    value: number,
    unit: string,
    limit: number,
    notes: string,
  ): TargetMeasure => ({
    key,
    measure,
    value,
    unit,
    baseline: single,
    baselineOf: 'inserts/s, 1 per tx',
    ratio: value / single,
    target: `≥ ${limit}× ceiling`,
    pass: value / single >= limit,
    notes,
  });
  const targets: TargetMeasure[] = [
    againstCeiling(
      'store_append',
      'SqliteEventStore.append, one event each',
      storeAppend.medianAppendsPerSecond,
      'appends/s',
      LIMITS.storeAppendRatio,
      `${count(appendStreams)} new streams at ${formatValue(storeAppend.medianNewStreamPerSecond)}/s, then as many ` +
        `with expected revision at ${formatValue(storeAppend.medianExpectedRevisionPerSecond)}/s; synchronous=${storeAppend.synchronous}; median of ${runs}`,
    ),
    againstCeiling(
      'commands_sequential',
      'commands, sequential (receive/assign/answer)',
      sequential.medianCommandsPerSecond,
      'commands/s',
      LIMITS.sequentialRatio,
      commandsNote,
    ),
    againstCeiling(
      'commands_concurrent',
      `commands, ${concurrency} cases in flight`,
      concurrent.medianCommandsPerSecond,
      'commands/s',
      LIMITS.concurrentRatio,
      `${commandsNote}; ${(concurrent.medianCommandsPerSecond / ceilingGrouped.medianInsertsPerSecond).toFixed(3)}× the ${concurrency}-per-tx ceiling (${formatValue(ceilingGrouped.medianInsertsPerSecond)}/s)`,
    ),
    {
      key: 'commands_double_read_models',
      measure: 'commands, sequential, twice the read models',
      value: doubled.medianCommandsPerSecond,
      unit: 'commands/s',
      baseline: sequential.medianCommandsPerSecond,
      baselineOf: 'commands/s, single',
      ratio: doubled.medianCommandsPerSecond / sequential.medianCommandsPerSecond,
      target: `≥ ${LIMITS.doubleReadModelsRatio} double/single`,
      pass:
        doubled.medianCommandsPerSecond / sequential.medianCommandsPerSecond >= LIMITS.doubleReadModelsRatio,
      notes: `a copy of each of the ${APPLICATION_PROJECTIONS.length} projections under <name>_copy (projection-copies.ts); ${commandsNote}`,
    },
  ];

  const results: BenchResult[] = [
    {
      measure: 'commands, sequential (receive/assign/answer)',
      value: sequential.medianCommandsPerSecond,
      unit: 'commands/s',
      notes: commandNotes(sequential, ceilingSingle, '1 insert/tx'),
    },
    {
      measure: 'commands, sequential, twice the read models',
      value: doubled.medianCommandsPerSecond,
      unit: 'commands/s',
      notes: commandNotes(doubled, ceilingSingle, '1 insert/tx'),
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
  return { results, targets };
}

async function rebuildAndQueryResults(): Promise<Section> {
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

    progress(
      `query latency: ${count(queryRequests)} sequential requests per query over HTTP, then ` +
        `${SETTINGS.httpConnections} clients for ${SETTINGS.httpSeconds} s`,
    );
    const { latencies, gateway, peakRssMb, httpLoad } = await measureQueryLatency(dataDir, {
      requests: queryRequests,
      warmUpRequests: queryWarmUps,
      expectedCases: seeded.cases,
      gateway: { refusals: GATEWAY_REFUSALS, heavyQueries: GATEWAY_HEAVY_QUERIES },
      httpLoad: { connections: SETTINGS.httpConnections, durationSeconds: SETTINGS.httpSeconds },
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

    const lists = latencies.filter((latency) => latency.name.startsWith('pqrsList'));
    const slowest = lists.reduce((worst, latency) => (latency.p99 > worst.p99 ? latency : worst));
    const targets: TargetMeasure[] = [
      {
        key: 'pqrs_list_p99',
        measure: 'pqrsList p99, slowest filter',
        value: slowest.p99,
        unit: 'ms',
        baseline: LIMITS.pqrsListP99Ms,
        baselineOf: 'ms, limit',
        ratio: slowest.p99 / LIMITS.pqrsListP99Ms,
        target: `< ${LIMITS.pqrsListP99Ms} ms at ${count(LIMITS.pqrsListAtCases)} cases`,
        pass: slowest.p99 < LIMITS.pqrsListP99Ms,
        notes: `${slowest.name} over ${count(seeded.cases)} cases; ${lists.map((list) => `${list.name} ${formatValue(list.p99)}`).join(', ')} ms`,
      },
    ];
    const loadResults: BenchResult[] = [];
    if (httpLoad) {
      targets.push(httpLoadTarget(httpLoad));
      loadResults.push(...httpLoadResults(httpLoad));
    }
    return {
      results: [...rebuildResults, ...queryResults, ...gatewayResults, ...loadResults],
      targets,
      rss: [{ label: `peak through the query bench over ${count(seeded.events)} events`, mb: peakRssMb }],
    };
  });
}

const MUTATIONS = new Set(['receive', 'assign', 'answer']);

function httpLoadErrors(report: HttpLoadReport): number {
  return (
    report.operations.reduce((sum, operation) => sum + operation.errors, 0) +
    report.transportErrors +
    report.timeouts
  );
}

function httpLoadTarget(report: HttpLoadReport): TargetMeasure {
  const mutations = report.operations.filter((operation) => MUTATIONS.has(operation.operation));
  const reads = report.operations.filter((operation) => !MUTATIONS.has(operation.operation));
  const worstMutation = Math.max(...mutations.map((operation) => operation.p99));
  const worstRead = Math.max(...reads.map((operation) => operation.p99));
  const errors = httpLoadErrors(report);
  return {
    key: 'http_load',
    measure: `office mix over HTTP, ${SETTINGS.httpConnections} clients, ${SETTINGS.httpSeconds} s: slowest mutation p99`,
    value: worstMutation,
    unit: 'ms',
    baseline: LIMITS.mutationP99Ms,
    baselineOf: 'ms, limit',
    ratio: worstMutation / LIMITS.mutationP99Ms,
    target: `mutations p99 < ${LIMITS.mutationP99Ms} ms, lists < ${LIMITS.listP99Ms} ms, 0 errors`,
    pass: worstMutation < LIMITS.mutationP99Ms && worstRead < LIMITS.listP99Ms && errors === 0,
    notes:
      report.operations
        .map(
          (operation) =>
            `${operation.operation} p99 ${formatValue(operation.p99)} ms (${count(operation.requests)}, ${operation.errors} err)`,
        )
        .join(', ') + `; ${errors} errors in all; ${formatValue(report.requestsPerSecond)} requests/s`,
  };
}

function httpLoadResults(report: HttpLoadReport): BenchResult[] {
  const setting = `${SETTINGS.httpConnections} clients, ${SETTINGS.httpSeconds} s`;
  return [
    ...report.operations.map((operation) => ({
      measure: `HTTP load: ${operation.operation} p99`,
      value: operation.p99,
      unit: 'ms',
      notes: `${setting}; ${count(operation.requests)} requests, ${operation.errors} errors; p50 ${formatValue(operation.p50)}, max ${formatValue(operation.max)} ms`,
    })),
    {
      measure: 'HTTP load: requests',
      value: report.requestsPerSecond,
      unit: 'requests/s',
      notes:
        `${setting}; socket errors ${report.transportErrors}, timeouts ${report.timeouts}, non-2xx ${report.non2xx}` +
        (report.firstErrors.length > 0 ? `; first errors: ${report.firstErrors.join(' | ')}` : ''),
    },
  ];
}

async function reportResults(): Promise<Section> {
  const { reportSeedCases, runs } = SETTINGS;
  return withTemporaryDataDir('reports', async (dataDir) => {
    progress(
      `seeding ${count(reportSeedCases)} cases for the rebuild and report measures (setup, not measured)`,
    );
    const seeded = await seedYearOfCases(dataDir, reportSeedCases);
    progress(`  ${count(seeded.events)} events in ${(seeded.durationMs / 1000).toFixed(1)} s`);
    progress(`rebuild of every read model over ${count(seeded.events)} events, then the bare upsert loop`);
    const rebuild = await measureRebuildAll(dataDir);
    progress(
      `  ${(rebuild.rebuildMs / 1000).toFixed(1)} s; bare loop ${(rebuild.bareLoopMs / 1000).toFixed(1)} s`,
    );
    progress(`Informe de PQRS, semester, layout issued today: ${runs} runs`);
    const result = await measureReportGeneration(dataDir, runs, false);
    // The layout the issue's baseline was measured on (before every answer was listed), for comparison.
    progress('Informe de PQRS, semester, layout 1: 1 run');
    const firstLayout = await measureReportGeneration(dataDir, 1, false, 1);
    const period = `${result.period.from}..${result.period.to}, ${count(result.casesInPeriod)} cases`;
    const rebuildSeconds = rebuild.rebuildMs / 1000;
    const rebuildLimitSeconds = (LIMITS.rebuildSecondsPerMillionEvents * rebuild.eventsInLog) / 1_000_000;
    const rebuildRatio = rebuild.bareLoopMs / rebuild.rebuildMs;
    const targets: TargetMeasure[] = [
      {
        key: 'rebuild_all',
        measure: `rebuild of all ${rebuild.projections} read models`,
        value: rebuildSeconds,
        unit: 's',
        baseline: rebuild.bareLoopMs / 1000,
        baselineOf: 's, bare upsert loop',
        ratio: rebuildRatio,
        target: `≥ ${LIMITS.rebuildRatio}× bare loop's speed, < ${formatValue(rebuildLimitSeconds)} s`,
        pass: rebuildRatio >= LIMITS.rebuildRatio && rebuildSeconds < rebuildLimitSeconds,
        notes:
          `${count(rebuild.eventsInLog)} events (limit ${LIMITS.rebuildSecondsPerMillionEvents} s per million); ` +
          `ratio = bare loop time ÷ rebuild time; bare loop: ${count(rebuild.upserts)} upserts of the ${count(rebuild.rows)} rows ` +
          `the rebuild left, 1,000 per tx with a checkpoint, synchronous=${rebuild.synchronous}, no secondary indexes`,
      },
      {
        key: 'report_semester_pqrs',
        measure: 'Informe de PQRS, semester: figures',
        value: result.medianDocumentMs,
        unit: 'ms',
        baseline: LIMITS.reportFiguresMs,
        baselineOf: 'ms, limit',
        ratio: result.medianDocumentMs / LIMITS.reportFiguresMs,
        target: `< ${count(LIMITS.reportFiguresMs)} ms figures, < ${count(LIMITS.reportPdfMs)} ms PDF`,
        pass:
          result.medianDocumentMs < LIMITS.reportFiguresMs && result.medianRenderMs.PDF < LIMITS.reportPdfMs,
        notes:
          `${period} (issue: 120,000); layout ${result.layout}, the one issued today; PDF ` +
          `${formatValue(result.medianRenderMs.PDF)} ms; median of ${result.runs}; layout 1 (the issue's ` +
          `baseline's): figures ${formatValue(firstLayout.medianDocumentMs)} ms, PDF ` +
          `${formatValue(firstLayout.medianRenderMs.PDF)} ms`,
      },
    ];
    const results: BenchResult[] = [
      {
        measure: `rebuild, all ${rebuild.projections} read models`,
        value: rebuildSeconds,
        unit: 's',
        notes: `${count(rebuild.eventsInLog)} events, one pass over the log for every projection`,
      },
      {
        measure: 'rebuild, bare upsert loop (baseline)',
        value: rebuild.bareLoopMs / 1000,
        unit: 's',
        notes: `${count(rebuild.upserts)} upserts, ${count(rebuild.rows)} rows`,
      },
      ...rebuild.perProjection.map(({ projection, eventsPerSecond }) => ({
        measure: `rebuild, ${projection}`,
        value: eventsPerSecond,
        unit: 'events/s',
        notes: '',
      })),
      ...[result, firstLayout].flatMap((measured) => [
        {
          measure: `Informe de PQRS, semester, layout ${measured.layout}: figures`,
          value: measured.medianDocumentMs,
          unit: 'ms',
          notes: `${period}; as of now; median of ${measured.runs}`,
        },
        ...(['CSV', 'XLSX', 'PDF'] as const).map((format) => ({
          measure: `Informe de PQRS, semester, layout ${measured.layout}: render ${format}`,
          value: measured.medianRenderMs[format],
          unit: 'ms',
          notes: `median of ${measured.runs}`,
        })),
      ]),
    ];
    // Last: it empties the read models, so that the server catches every projection up in its own memory.
    progress(
      `server memory: its own process, catching up ${count(rebuild.eventsInLog)} events, then the queries`,
    );
    const memory = await measureServerMemory(dataDir, {
      requestsPerQuery: quickOr(100, 20),
      onProgress: progress,
    });
    targets.push({
      key: 'rss',
      measure: 'server RSS, its own process',
      value: memory.peakRssMb,
      unit: 'MB',
      baseline: LIMITS.rssMb,
      baselineOf: 'MB, limit',
      ratio: memory.peakRssMb / LIMITS.rssMb,
      target: `< ${LIMITS.rssMb} MB`,
      pass: memory.peakRssMb < LIMITS.rssMb && memory.afterQueriesRssMb < LIMITS.rssMb,
      notes:
        `peak (VmHWM) of node ${memory.nodeFlags.join(' ')} dist/src/main.js: catch-up of ` +
        `${count(memory.events)} events on empty read models (${(memory.catchUpMs / 1000).toFixed(0)} s), ` +
        `then the query mix; after catch-up ${formatValue(memory.afterCatchUpRssMb)} MB, after the queries ` +
        `${formatValue(memory.afterQueriesRssMb)} MB`,
    });
    return {
      results,
      targets,
      rss: [
        { label: `after the rebuild of ${count(rebuild.eventsInLog)} events`, mb: rebuild.rssAfterRebuildMb },
      ],
    };
  });
}

async function demoSeedResults(): Promise<Section> {
  const cases = SETTINGS.demoSeedCases;
  progress(`demo seed: ${count(cases)} cases`);
  const { durationMs } = await measureDemoSeed(cases);
  const seconds = durationMs / 1000;
  const limitSeconds = (LIMITS.demoSeedSeconds * cases) / LIMITS.demoSeedCases;
  return {
    results: [
      { measure: 'demo seed', value: seconds, unit: 's', notes: `${count(cases)} cases, runSeed in-process` },
    ],
    targets: [
      {
        key: 'demo_seed',
        measure: `demo seed, a year with ${count(cases)} cases`,
        value: seconds,
        unit: 's',
        baseline: limitSeconds,
        baselineOf: 's, limit',
        ratio: seconds / limitSeconds,
        target: `< ${formatValue(limitSeconds)} s`,
        pass: seconds < limitSeconds,
        notes: `\`npm run seed -- --demo --cases ${cases}\` through runSeed in-process on a fresh folder; limit ${LIMITS.demoSeedSeconds} s per ${count(LIMITS.demoSeedCases)} cases`,
      },
    ],
  };
}

function faqIndexResults(): Section {
  progress('FAQ search index: 500 entries');
  const result = measureFaqIndex(500, SETTINGS.runs);
  const notes = `${result.entries} published entries, in memory; median of ${result.runs} after the first`;
  return {
    results: [
      {
        measure: 'FAQ index, first build',
        value: result.firstBuildMs,
        unit: 'ms',
        notes: `${result.entries} published entries`,
      },
      { measure: 'FAQ index, warm build', value: result.medianWarmBuildMs, unit: 'ms', notes },
      { measure: 'FAQ index, fuzzy search', value: result.medianSearchMs, unit: 'ms', notes },
    ],
    targets: [],
  };
}

/** The bench process's own RSS where the sections noted it (the application runs in this process there). */
function benchProcessRss(sections: readonly Section[]): BenchResult[] {
  return sections.flatMap((section) =>
    (section.rss ?? []).map((figure) => ({
      measure: `RSS of the bench process, ${figure.label}`,
      value: figure.mb,
      unit: 'MB',
      notes: `process.memoryUsage().rss, the bench's own share included (${formatValue(rssAtStartMb)} MB before any measure)`,
    })),
  );
}

/** The targets in the issue's order. */
const TARGET_ORDER = [
  'store_append',
  'commands_sequential',
  'commands_concurrent',
  'commands_double_read_models',
  'rebuild_all',
  'report_semester_pqrs',
  'pqrs_list_p99',
  'rss',
  'http_load',
  'demo_seed',
];

const rssAtStartMb = rssMb();
const startedAt = performance.now();
const sections: Section[] =
  ONLY === 'reports'
    ? [await reportResults()]
    : ONLY === 'queries'
      ? [await rebuildAndQueryResults()]
      : ONLY === 'commands'
        ? [await commandAndCeilingResults()]
        : ONLY === 'seed'
          ? [await demoSeedResults()]
          : [
              await commandAndCeilingResults(),
              await rebuildAndQueryResults(),
              faqIndexResults(),
              await reportResults(),
              await demoSeedResults(),
            ];
const targets = [...sections.flatMap((section) => section.targets)].sort(
  (a, b) => TARGET_ORDER.indexOf(a.key) - TARGET_ORDER.indexOf(b.key),
);
const wallSeconds = (performance.now() - startedAt) / 1000;
const context = {
  platform: process.platform,
  node: process.version,
  at: new Date().toISOString(),
  quick: QUICK,
  wallSeconds: Math.round(wallSeconds),
};
console.log(
  `\nVentanilla benchmarks (${process.platform}, Node ${process.version}, ${context.at}${QUICK ? ', BENCH_QUICK' : ''})\n`,
);
console.log(`Issue 14 targets\n\n${formatTargetsTable(targets)}\n`);
console.log(
  formatResultsTable([...sections.flatMap((section) => section.results), ...benchProcessRss(sections)]),
);
console.log(`\nWall time ${wallSeconds.toFixed(0)} s; RSS at the end ${formatValue(rssMb())} MB.`);
if (cliOptions.json) {
  writeTargetsJson(cliOptions.json, targets, context);
  console.log(`Targets written to ${cliOptions.json}.`);
}
