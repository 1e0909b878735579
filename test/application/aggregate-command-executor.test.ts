// The load-decide-append-retry path every command takes, on the real embedded store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AggregateCommandExecutor } from '../../src/engine/commands/command-executor.js';
import { ConcurrencyConflict, DomainRuleViolation } from '../../src/engine/application-errors.js';
import type { CommandMetadata } from '../../src/engine/commands/command-metadata.js';
import { createBusinessCalendar } from '../../src/domain/shared/business-calendar-factory.js';
import {
  RADICADO_EVENT_SCHEMA_VERSIONS,
  radicadoDecider,
  radicadoStreamOf,
} from '../../src/domain/radicado/index.js';
import { SqliteEventStore } from '../../src/engine/eventstore/sqlite/sqlite-event-store.js';

const radicadoCounter = { decider: radicadoDecider, schemaVersions: RADICADO_EVENT_SCHEMA_VERSIONS };

/**
 * A stream whose every event names the one before it: a decision taken on a state that never held (an
 * event that did not land) would show as a link to the wrong predecessor.
 */
type Link = {
  readonly type: 'Linked';
  readonly data: { readonly value: string; readonly previous: string | null };
};
const chain = {
  decider: {
    initialState: null as string | null,
    decide: (
      command: { readonly type: 'Link'; readonly data: { readonly value: string } },
      last: string | null,
    ) => [{ type: 'Linked' as const, data: { value: command.data.value, previous: last } }] as Link[],
    evolve: (_last: string | null, event: Link) => event.data.value,
  },
  schemaVersions: { Linked: 1 },
};
const calendar = createBusinessCalendar();

function metadata(commandId = randomUUID()): CommandMetadata {
  return {
    commandId,
    actor: { id: 'user-1', role: 'AGENT' },
    correlationId: commandId,
    causationId: commandId,
    issuedAt: '2026-03-02T15:00:00.000Z',
  };
}

function issue(year: number, meta: CommandMetadata) {
  return {
    stream: radicadoStreamOf(year),
    command: { type: 'IssueRadicado' as const, data: { year, requestedBy: meta.commandId } },
    metadata: meta,
  };
}

describe('AggregateCommandExecutor', () => {
  let directory: string;
  let store: SqliteEventStore;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ventanilla-executor-'));
    store = await SqliteEventStore.open({ file: join(directory, 'events.sqlite') });
  });

  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('appends the decided events with the command metadata and returns the new state', async () => {
    const executor = new AggregateCommandExecutor(store, () => calendar);
    const meta = metadata();
    const outcome = await executor.execute(radicadoCounter, issue(2026, meta));
    expect(outcome.events.map((event) => event.data.radicado)).toEqual(['PQRS-2026-000001']);
    expect(outcome.revision).toBe(0);
    const [stored] = await store.readStream(radicadoStreamOf(2026));
    expect(stored!.metadata).toMatchObject({
      actorId: 'user-1',
      actorRole: 'AGENT',
      occurredAt: meta.issuedAt,
      correlationId: meta.commandId,
      causationId: meta.commandId,
    });
  });

  it('answers a repeated command (same command id) without appending again', async () => {
    const executor = new AggregateCommandExecutor(store, () => calendar);
    const meta = metadata();
    const first = await executor.execute(radicadoCounter, issue(2026, meta));
    const again = await executor.execute(radicadoCounter, issue(2026, meta));
    expect(again.events).toEqual([]);
    expect(await store.readStream(radicadoStreamOf(2026))).toHaveLength(1);
    // So that read-your-writes waits for what the first request wrote, even when the retry races it.
    expect(again.position).toBe(first.position);
  });

  it('decides again on the new state when another writer appended first, losing nothing', async () => {
    // Two executors stand for two processes: their locks do not see each other.
    const first = new AggregateCommandExecutor(store, () => calendar);
    const second = new AggregateCommandExecutor(store, () => calendar);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        (index % 2 === 0 ? first : second).execute(radicadoCounter, issue(2026, metadata())),
      ),
    );
    const issued = outcomes.flatMap((outcome) => outcome.events.map((event) => event.data.consecutive));
    expect(issued.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(await store.readStream(radicadoStreamOf(2026))).toHaveLength(20);
  });

  it('sees events appended by another process since it last loaded the stream', async () => {
    const cached = new AggregateCommandExecutor(store, () => calendar);
    const other = new AggregateCommandExecutor(store, () => calendar);
    await cached.execute(radicadoCounter, issue(2026, metadata()));
    await other.execute(radicadoCounter, issue(2026, metadata()));
    const third = await cached.execute(radicadoCounter, issue(2026, metadata()));
    expect(third.events[0]!.data.radicado).toBe('PQRS-2026-000003');
  });

  it('reports a stale expected revision from the client as a conflict, writing nothing', async () => {
    const executor = new AggregateCommandExecutor(store, () => calendar);
    await executor.execute(radicadoCounter, issue(2026, metadata()));
    await expect(
      executor.execute(radicadoCounter, { ...issue(2026, metadata()), expectedRevision: 5 }),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(await store.readStream(radicadoStreamOf(2026))).toHaveLength(1);
  });

  it('turns a refused command into a DomainRuleViolation carrying the rule', async () => {
    const executor = new AggregateCommandExecutor(store, () => calendar);
    await executor.execute(radicadoCounter, issue(2025, metadata()));
    const wrongYear = { ...issue(2026, metadata()), stream: radicadoStreamOf(2025) };
    const refusal = await executor.execute(radicadoCounter, wrongYear).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainRuleViolation);
    expect((refusal as DomainRuleViolation).domainError.code).toBe('RADICADO_YEAR_MISMATCH');
    expect(await store.readStream(radicadoStreamOf(2025))).toHaveLength(1);
  });

  it('takes one number after another without waiting for each to be durable: one commit for many', async () => {
    const executor = new AggregateCommandExecutor(store, () => calendar);
    await executor.execute(radicadoCounter, issue(2026, metadata()));
    const commitsBefore = store.committedTransactions;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => executor.execute(radicadoCounter, issue(2026, metadata()))),
    );
    const issued = outcomes.map((outcome) => outcome.events[0]!.data.consecutive);
    expect(issued).toEqual(Array.from({ length: 20 }, (_, index) => index + 2));
    expect(outcomes.map((outcome) => outcome.revision)).toEqual(issued.map((consecutive) => consecutive - 1));
    // Twenty appends decided one on top of the other went to the disk together.
    expect(store.committedTransactions - commitsBefore).toBeLessThanOrEqual(2);
  });

  it('never lands a decision taken on an event that did not land, even at a revision that matches', async () => {
    // Two executors stand for two processes sharing the log.
    const first = new AggregateCommandExecutor(store, () => calendar);
    const other = new AggregateCommandExecutor(store, () => calendar);
    const stream = `chain-${randomUUID()}`;
    const link = (executor: AggregateCommandExecutor, value: string) =>
      executor.execute(chain, { stream, command: { type: 'Link', data: { value } }, metadata: metadata() });
    await link(first, 'start');
    // In one turn: the other process links "theirs" on "start"; this one links "a" on "start" too, and "b"
    // on "a" before "a" is durable. "theirs" goes first, so "a" fails — and "b", expecting the revision
    // that "theirs" gave the stream, must fail with it rather than land after an "a" that is not there.
    await Promise.all([link(other, 'theirs'), link(first, 'a'), link(first, 'b')]);

    const links = (await store.readStream(stream)).map((event) => event.data as Link['data']);
    expect(links.map((each) => each.value).sort()).toEqual(['a', 'b', 'start', 'theirs']);
    expect(links[1]).toEqual({ value: 'theirs', previous: 'start' });
    links.forEach((each, index) => expect(each.previous).toBe(index === 0 ? null : links[index - 1]!.value));
  });
});
