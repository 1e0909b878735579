// The metrics registry alone: each application its own registry, the bounded operation labels, how a command's
// end is classified, and the gauges read at scrape time (backup age, a source that fails).
import { commandOutcomeOf } from '../../src/engine/commands/command-metrics.js';
import {
  BadUserInput,
  ConcurrencyConflict,
  DomainRuleViolation,
  NotFound,
} from '../../src/engine/application-errors.js';
import {
  MAX_OPERATION_NAMES,
  VentanillaMetrics,
  type MetricsSources,
} from '../../src/infrastructure/metrics/ventanilla-metrics.js';
import { samplesNamed, valueOf } from './metrics-exposition.js';

const NOW = new Date('2026-03-10T15:00:00.000Z');

function sourcesWith(overrides: Partial<MetricsSources> = {}): MetricsSources & { failures: string[] } {
  const failures: string[] = [];
  return {
    failures,
    projections: async () => [
      { projection: 'cases', lag: 3, deadLetters: 1, lastError: null },
      { projection: 'notifications', lag: 0, deadLetters: 0, lastError: 'disco lleno' },
    ],
    notifications: async () => ({ pendingEmails: 2, pendingPostal: 1, failed: 4 }),
    lastBackupAt: async () => new Date('2026-03-10T12:00:00.000Z'),
    now: () => NOW,
    sourceFailed: (source) => failures.push(source),
    ...overrides,
  };
}

async function textOf(metrics: VentanillaMetrics): Promise<string> {
  return (await metrics.exposition()).text;
}

describe('how a command ended', () => {
  it('a domain refusal is refused with the rule’s code', () => {
    const refusal = new DomainRuleViolation({
      kind: 'DomainError',
      code: 'EXTENSION_AFTER_DUE_DATE',
      message: 'x',
    });
    expect(commandOutcomeOf(refusal)).toEqual({ outcome: 'refused', code: 'EXTENSION_AFTER_DUE_DATE' });
  });

  it('a refusal of the application is refused with its code', () => {
    expect(commandOutcomeOf(new BadUserInput('username', 'x'))).toEqual({
      outcome: 'refused',
      code: 'BAD_USER_INPUT',
    });
    expect(commandOutcomeOf(new NotFound('x'))).toEqual({ outcome: 'refused', code: 'NOT_FOUND' });
  });

  it('a revision mismatch is a conflict and anything else an error', () => {
    expect(commandOutcomeOf(new ConcurrencyConflict('pqrs-1', 2, 3))).toEqual({ outcome: 'conflict' });
    expect(commandOutcomeOf(new Error('disco lleno'))).toEqual({ outcome: 'error' });
  });
});

describe('the registry', () => {
  it('is each application’s own: two of them count apart', async () => {
    const first = new VentanillaMetrics(sourcesWith());
    const second = new VentanillaMetrics(sourcesWith());

    first.commandFinished('ReceivePqrs', { outcome: 'accepted' }, 0.02);
    first.commandFinished('ReceivePqrs', { outcome: 'conflict' }, 0.03);

    const labels = { command: 'ReceivePqrs', outcome: 'accepted', code: '' };
    expect(valueOf(await textOf(first), 'ventanilla_commands_total', labels)).toBe(1);
    expect(
      valueOf(await textOf(first), 'ventanilla_command_duration_seconds_count', { command: 'ReceivePqrs' }),
    ).toBe(2);
    expect(valueOf(await textOf(second), 'ventanilla_commands_total', labels)).toBeUndefined();
  });

  it('labels operations by name up to a bound, unnamed ones anonymous, odd or later ones other', async () => {
    const metrics = new VentanillaMetrics(sourcesWith());
    for (let index = 0; index < MAX_OPERATION_NAMES; index++)
      metrics.operationAnswered(`Op${index}`, 'query', 0.01);

    metrics.operationAnswered('Op0', 'query', 0.01);
    metrics.operationAnswered('OneTooMany', 'query', 0.01);
    metrics.operationAnswered('no valid name', 'query', 0.01);
    metrics.operationAnswered(null, 'mutation', 0.01);

    const text = await textOf(metrics);
    const count = (operation: string, type = 'query') =>
      valueOf(text, 'ventanilla_graphql_operation_duration_seconds_count', { operation, type });
    expect(count('Op0')).toBe(2);
    expect(count('OneTooMany')).toBeUndefined();
    expect(count('other')).toBe(2);
    expect(count('anonymous', 'mutation')).toBe(1);
    const operations = new Set(
      samplesNamed(text, 'ventanilla_graphql_operation_duration_seconds_count').map(
        (s) => s.labels['operation'],
      ),
    );
    expect(operations.size).toBe(MAX_OPERATION_NAMES + 2);
  });
});

describe('what a scrape reads', () => {
  it('each read model’s lag, dead letters and failing state, and the notices', async () => {
    const text = await textOf(new VentanillaMetrics(sourcesWith()));

    expect(valueOf(text, 'ventanilla_projection_lag', { projection: 'cases' })).toBe(3);
    expect(valueOf(text, 'ventanilla_projection_dead_letters', { projection: 'cases' })).toBe(1);
    expect(valueOf(text, 'ventanilla_projection_failing', { projection: 'cases' })).toBe(0);
    expect(valueOf(text, 'ventanilla_projection_failing', { projection: 'notifications' })).toBe(1);
    expect(valueOf(text, 'ventanilla_notifications_pending', { channel: 'email' })).toBe(2);
    expect(valueOf(text, 'ventanilla_notifications_pending', { channel: 'postal' })).toBe(1);
    expect(valueOf(text, 'ventanilla_notifications_failed')).toBe(4);
  });

  it('the backup age in seconds, and no value while no backup is known', async () => {
    const known = await textOf(new VentanillaMetrics(sourcesWith()));
    const none = await textOf(new VentanillaMetrics(sourcesWith({ lastBackupAt: async () => null })));

    expect(valueOf(known, 'ventanilla_backup_age_seconds')).toBe(3 * 3600);
    expect(valueOf(none, 'ventanilla_backup_age_seconds')).toBeUndefined();
  });

  it('a source that fails leaves its gauges empty and the rest of the scrape answered', async () => {
    const sources = sourcesWith({
      projections: () => Promise.reject(new Error('la base de modelos de lectura no responde')),
    });
    const metrics = new VentanillaMetrics(sources);
    metrics.signInFailed('WRONG_PASSWORD');

    const text = await textOf(metrics);

    expect(samplesNamed(text, 'ventanilla_projection_lag')).toEqual([]);
    expect(samplesNamed(text, 'ventanilla_projection_dead_letters')).toEqual([]);
    expect(valueOf(text, 'ventanilla_notifications_failed')).toBe(4);
    expect(valueOf(text, 'ventanilla_sign_in_failures_total', { reason: 'WRONG_PASSWORD' })).toBe(1);
    expect(sources.failures).toContain('projections');
  });

  it('a value read before is not kept once its source fails', async () => {
    let fail = false;
    const metrics = new VentanillaMetrics(
      sourcesWith({
        notifications: async () => {
          if (fail) throw new Error('sin respuesta');
          return { pendingEmails: 2, pendingPostal: 1, failed: 4 };
        },
      }),
    );
    expect(valueOf(await textOf(metrics), 'ventanilla_notifications_failed')).toBe(4);

    fail = true;

    expect(valueOf(await textOf(metrics), 'ventanilla_notifications_failed')).toBeUndefined();
  });
});
