// Measure 1: commands per second as a mutation runs them — on the one command path (look-ups, load,
// decide, append) and then reading the answer from the `cases` read model (read-your-writes) — on the
// embedded SQLite store, one case at a time and with several cases in flight. Each run starts a fresh
// application on a fresh data directory.
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { PQRS_CHANNELS, PQRS_KINDS } from '../src/domain/pqrs/events.js';
import type { Actor } from '../src/domain/shared/decider.js';
import type { PqrsCommand } from '../src/domain/pqrs/commands.js';
import { staffMemberNamed } from '../src/domain/shared/staff-member.js';
import { RunCommand, type RunOptions } from '../src/engine/commands/run-command.js';
import { pqrsCase, RADICADO_TO_BE_ISSUED } from '../src/features/pqrs/commands.js';
import { EVENT_STORE, type EventStore } from '../src/engine/eventstore/event-store.js';
import { ProjectionRunner } from '../src/engine/projections/projection-runner.js';
import { APPLICATION_PROJECTIONS } from '../src/features/read-models.js';
import { PqrsQueries } from '../src/features/pqrs/read-models/pqrs-queries.js';
import { initBenchApp } from './bench-app.js';
import { benchAdministrator, createStaffMember } from './bench-staff.js';
import { assertProjectionCount, withDoubledReadModels } from './projection-copies.js';
import { median, perSecond } from './statistics.js';
import { withTemporaryDataDir } from './temporary-data-dir.js';

/** Commands each case goes through: receive, assign, answer. */
export const COMMANDS_PER_CASE = 3;

const CATCH_UP_TIMEOUT_MS = 300_000;

export interface CommandThroughputOptions {
  readonly cases: number;
  /** Cases in flight at once; 1 is sequential. */
  readonly concurrency: number;
  readonly runs: number;
  /** Runs the application with a copy of every projection too (projection-copies.ts). */
  readonly doubledReadModels?: boolean;
  readonly onRun?: (run: number, result: CommandRunResult) => void;
}

export interface CommandRunResult {
  readonly commandsPerSecond: number;
  /** Rate over the first and the last tenth of the cases: a drop shows cost growing with the log. */
  readonly firstTenthCommandsPerSecond: number;
  readonly lastTenthCommandsPerSecond: number;
}

export interface CommandThroughputResult {
  readonly medianCommandsPerSecond: number;
  readonly runs: readonly CommandRunResult[];
}

interface CaseActors {
  /** Receives and answers (an agent answers only the cases assigned to them). */
  readonly agent: Actor;
  /** Assigns. */
  readonly coordinator: Actor;
}

export async function measureCommandThroughput(
  options: CommandThroughputOptions,
): Promise<CommandThroughputResult> {
  const runs: CommandRunResult[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const result = await withTemporaryDataDir('commands', async (dataDir) => {
      const measure = async () => {
        const app = await initBenchApp(dataDir);
        try {
          const projections = APPLICATION_PROJECTIONS.length;
          await assertProjectionCount(app, projections);
          return await runCases(app, options.cases, options.concurrency);
        } finally {
          await app.close();
        }
      };
      return options.doubledReadModels ? withDoubledReadModels(measure) : measure();
    });
    runs.push(result);
    options.onRun?.(run, result);
  }
  return { medianCommandsPerSecond: median(runs.map((run) => run.commandsPerSecond)), runs };
}

async function runCases(
  app: INestApplication,
  cases: number,
  concurrency: number,
): Promise<CommandRunResult> {
  const actors = await caseActors(app);
  const finishedAt: number[] = new Array<number>(cases);
  const startedAt = performance.now();
  await forEachConcurrently(cases, concurrency, async (index) => {
    await workCase(app, actors, index);
    finishedAt[index] = performance.now();
  });
  // The clock stops once every read model has applied the last command, not only those the answers read:
  // projection work left behind would otherwise go unmeasured (and grow with the number of read models).
  const head = await app.get<symbol, EventStore>(EVENT_STORE).headPosition();
  if (head !== null) await app.get(ProjectionRunner).waitForPosition(head, CATCH_UP_TIMEOUT_MS);
  const durationMs = performance.now() - startedAt;

  const tenth = Math.max(1, Math.floor(cases / 10));
  const completionTimes = [...finishedAt].sort((a, b) => a - b);
  const rateBetween = (fromMs: number, toMs: number) => perSecond(tenth * COMMANDS_PER_CASE, toMs - fromMs);
  return {
    commandsPerSecond: perSecond(cases * COMMANDS_PER_CASE, durationMs),
    firstTenthCommandsPerSecond: rateBetween(startedAt, completionTimes[tenth - 1]),
    lastTenthCommandsPerSecond: rateBetween(
      completionTimes[cases - tenth - 1] ?? startedAt,
      completionTimes[cases - 1],
    ),
  };
}

/** The bootstrap administrator assigns; an AGENT created through the CreateUser command receives and answers. */
async function caseActors(app: INestApplication): Promise<CaseActors> {
  const coordinator = await benchAdministrator(app);
  return { agent: await createStaffMember(app, coordinator, 'agente.bench', 'AGENT'), coordinator };
}

async function workCase(app: INestApplication, actors: CaseActors, index: number): Promise<void> {
  const commandBus = app.get(CommandBus);
  const cases = app.get(PqrsQueries);
  // One correlation id per case: its three commands belong to the same piece of work.
  const correlationId = randomUUID();
  const kind = PQRS_KINDS[index % PQRS_KINDS.length]!;
  // What a mutation does: the command, then its answer read from the read model.
  const mutation = async (
    actor: Actor,
    radicado: string | null,
    command: PqrsCommand,
    options: RunOptions = {},
  ): Promise<string> => {
    const { id } = await commandBus.execute(
      new RunCommand(pqrsCase, radicado, command, { actor, correlationId }, options),
    );
    await cases.getCase(id);
    return id;
  };
  const radicado = await mutation(
    actors.agent,
    null,
    {
      type: 'ReceivePqrs',
      data: {
        radicado: RADICADO_TO_BE_ISSUED,
        kind,
        channel: PQRS_CHANNELS[index % PQRS_CHANNELS.length]!,
        subject: `Solicitud de certificado de afiliación número ${index}`,
        description:
          'Solicito el certificado de afiliación para trámites ante la EPS y el fondo de pensiones.',
        petitionerId: '',
        receivedAt: null,
        priority: [],
      },
    },
    {
      people: {
        petitionerId: {
          name: `Peticionaria ${index}`,
          documentType: 'CC',
          // Every seventh petitioner comes back, as returning petitioners do.
          documentNumber: String(52_000_000 + (index % 7 === 0 ? 0 : index)),
          email: `peticionaria${index}@example.co`,
          phone: null,
          address: null,
        },
      },
    },
  );
  await mutation(actors.coordinator, radicado, {
    type: 'AssignPqrs',
    data: { assignee: staffMemberNamed(actors.agent.id), dependency: null },
  });
  await mutation(actors.agent, radicado, {
    type: 'AnswerPqrs',
    data: {
      answer: 'Se expide el certificado solicitado y se envía al correo registrado.',
      answeredAt: null,
      accessDecision: kind === 'INFORMATION_REQUEST' ? 'GRANTED' : null,
    },
  });
}

/** Runs task(0..count-1) with at most `concurrency` in flight, in index order. */
async function forEachConcurrently(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
