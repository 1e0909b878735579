// The application's metrics, in a prom-client Registry of its own (never the global default: tests start
// several applications in one process). Counters and histograms are fed where things happen (commands,
// GraphQL operations, sign-in failures and lockouts); gauges that describe the state of the stores
// (projection lag, dead letters, notices waiting or failed, backup age) are read when Prometheus scrapes.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CommandMetrics, CommandOutcome } from '../../engine/commands/command-metrics.js';

/** What a scrape reads from the application: each source may fail alone, leaving its gauges empty. */
export interface MetricsSources {
  /** Each read model's lag behind the head of the log (positions) and its dead letters. */
  projections(): Promise<
    readonly {
      readonly projection: string;
      readonly lag: number;
      readonly deadLetters: number;
      readonly lastError: string | null;
    }[]
  >;
  /** Notices waiting to be sent (e-mail) or dispatched (postal), and those whose last try failed. */
  notifications(): Promise<{
    readonly pendingEmails: number;
    readonly pendingPostal: number;
    readonly failed: number;
  }>;
  /** When the last backup was taken (its log copied), or null before the first. */
  lastBackupAt(): Promise<Date | null>;
  /** The clock backup age is measured with. */
  now(): Date;
  /** Told when a source fails during a scrape (a log line): the scrape itself still answers. */
  sourceFailed(source: string, error: unknown): void;
}

/** Seconds: from a cheap refusal (a few ms) to a command waiting on a slow disk or a busy engine. */
const COMMAND_SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds: GraphQL answers, up to past the query time limit (5 s by default). */
const OPERATION_SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Operation names are chosen by clients: the first names seen are kept as labels, later new ones count as
 * `other`, so no client can grow the number of series without bound.
 */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,79}$/;

export class VentanillaMetrics implements CommandMetrics {
  readonly registry = new Registry();
  private readonly commands: Counter<'command' | 'outcome' | 'code'>;
  private readonly commandSeconds: Histogram<'command'>;
  private readonly operationSeconds: Histogram<'operation' | 'type'>;
  private readonly signInFailures: Counter<'reason'>;
  private readonly signInLockouts: Counter<'scope'>;
  private readonly operationNames = new Set<string>();

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'ventanilla_' });
    this.commands = new Counter({
      name: 'ventanilla_commands_total',
      help: 'Commands run, by type and outcome (accepted, refused with its code, conflict, error).',
      labelNames: ['command', 'outcome', 'code'],
      registers,
    });
    this.commandSeconds = new Histogram({
      name: 'ventanilla_command_duration_seconds',
      help: 'How long commands took, from arrival at the command path to their events durable (or refusal).',
      labelNames: ['command'],
      buckets: COMMAND_SECONDS_BUCKETS,
      registers,
    });
    this.operationSeconds = new Histogram({
      name: 'ventanilla_graphql_operation_duration_seconds',
      help: 'How long GraphQL operations took to answer, by operation name and type.',
      labelNames: ['operation', 'type'],
      buckets: OPERATION_SECONDS_BUCKETS,
      registers,
    });
    this.signInFailures = new Counter({
      name: 'ventanilla_sign_in_failures_total',
      help: 'Failed sign-ins (and wrong current passwords), by reason.',
      labelNames: ['reason'],
      registers,
    });
    this.signInLockouts = new Counter({
      name: 'ventanilla_sign_in_lockouts_total',
      help: 'Sign-in lockouts, by what was locked (a username or a client address).',
      labelNames: ['scope'],
      registers,
    });
    this.stateGauges(sources);
  }

  commandFinished(commandType: string, result: CommandOutcome, seconds: number): void {
    const code = result.outcome === 'refused' ? result.code : '';
    this.commands.inc({ command: commandType, outcome: result.outcome, code });
    this.commandSeconds.observe({ command: commandType }, seconds);
  }

  /** A GraphQL operation answered: `name` is the client's operation name, if any. */
  operationAnswered(name: string | null | undefined, type: string, seconds: number): void {
    this.operationSeconds.observe({ operation: this.operationLabel(name), type }, seconds);
  }

  signInFailed(reason: string): void {
    this.signInFailures.inc({ reason });
  }

  signInLockedOut(scope: string): void {
    this.signInLockouts.inc({ scope });
  }

  /** The exposition text a scrape answers, and its content type. */
  async exposition(): Promise<{ readonly contentType: string; readonly text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  private operationLabel(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  private stateGauges(sources: MetricsSources): void {
    const registers = [this.registry];
    // One read of the projections' status serves its three gauges within a scrape.
    let projectionsRead: ReturnType<MetricsSources['projections']> | null = null;
    const projections = () => {
      projectionsRead ??= sources.projections().finally(() => {
        setImmediate(() => (projectionsRead = null));
      });
      return projectionsRead;
    };
    // Each scrape starts from no value: a source that fails leaves its gauge absent, never a stale or zero
    // value (prom-client's reset() puts a gauge without labels back at 0; removing its one series empties it).
    const readInto = async <Value>(
      gauge: Pick<Gauge, 'reset' | 'remove'>,
      source: string,
      read: () => Promise<Value>,
      set: (value: Value) => void,
      { labelless = false }: { readonly labelless?: boolean } = {},
    ) => {
      gauge.reset();
      if (labelless) gauge.remove();
      let value: Value;
      try {
        value = await read();
      } catch (error) {
        sources.sourceFailed(source, error);
        return;
      }
      set(value);
    };

    new Gauge({
      name: 'ventanilla_projection_lag',
      help: 'How far each read model is behind the head of the event log, in log positions.',
      labelNames: ['projection'],
      registers,
      async collect() {
        await readInto(this, 'projections', projections, (statuses) => {
          for (const { projection, lag } of statuses) this.set({ projection }, lag);
        });
      },
    });
    new Gauge({
      name: 'ventanilla_projection_dead_letters',
      help: 'Events each read model gave up on (its dead-letter table).',
      labelNames: ['projection'],
      registers,
      async collect() {
        await readInto(this, 'projections', projections, (statuses) => {
          for (const { projection, deadLetters } of statuses) this.set({ projection }, deadLetters);
        });
      },
    });
    new Gauge({
      name: 'ventanilla_projection_failing',
      help: '1 while a read model retries after an error that stopped its batch, 0 otherwise.',
      labelNames: ['projection'],
      registers,
      async collect() {
        await readInto(this, 'projections', projections, (statuses) => {
          for (const { projection, lastError } of statuses)
            this.set({ projection }, lastError === null ? 0 : 1);
        });
      },
    });
    new Gauge({
      name: 'ventanilla_notifications_pending',
      help: 'Notices waiting: e-mails to send (or retry) and postal notices to dispatch.',
      labelNames: ['channel'],
      registers,
      async collect() {
        await readInto(
          this,
          'notifications',
          () => sources.notifications(),
          (outbox) => {
            this.set({ channel: 'email' }, outbox.pendingEmails);
            this.set({ channel: 'postal' }, outbox.pendingPostal);
          },
        );
      },
    });
    new Gauge({
      name: 'ventanilla_notifications_failed',
      help: 'Notices whose last try failed: staff must give them by another means.',
      registers,
      async collect() {
        await readInto(
          this,
          'notifications',
          () => sources.notifications(),
          (outbox) => this.set(outbox.failed),
          { labelless: true },
        );
      },
    });
    new Gauge({
      name: 'ventanilla_backup_age_seconds',
      help: 'Seconds since the last backup was taken; absent while no backup is known.',
      registers,
      async collect() {
        await readInto(
          this,
          'backups',
          () => sources.lastBackupAt(),
          (takenAt) => {
            if (takenAt !== null) this.set(Math.max(0, (sources.now().getTime() - takenAt.getTime()) / 1000));
          },
          { labelless: true },
        );
      },
    });
  }
}
