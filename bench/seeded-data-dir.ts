// Prepares the data directory the rebuild and query measures share: staff accounts created through
// the application's CreateUser command, then a year of synthetic cases appended straight to the
// event store with the radicado counters they imply (setup, not measured). The read models are left for
// the rebuild to build.
import { randomUUID } from 'node:crypto';
import {
  formatRadicado,
  parseRadicado,
  RADICADO_EVENT_SCHEMA_VERSIONS,
  radicadoStreamOf,
} from '../src/domain/radicado/index.js';
import type { Actor } from '../src/domain/shared/decider.js';
import { eventStoreFile } from '../src/engine/eventstore/sqlite/paths.js';
import { SqliteEventStore } from '../src/engine/eventstore/sqlite/sqlite-event-store.js';
import { initBenchApp } from './bench-app.js';
import { benchAdministrator, createStaffMember } from './bench-staff.js';
import {
  seedEventStore,
  syntheticPqrsHistory,
  type HistoryActors,
  type HistoryAppend,
  type SeededHistory,
} from './synthetic-pqrs-history.js';

const RECEIVERS = 2;
const AGENTS = 10;

export async function seedYearOfCases(dataDir: string, cases: number): Promise<SeededHistory> {
  const actors = await createOfficeStaff(dataDir);
  const history = syntheticPqrsHistory(cases, actors, new Date());
  const seeded = await seedEventStore(eventStoreFile(dataDir), history);
  const counters = await recordRadicadoCounters(dataDir, history, actors.receivers[0]!);
  return { ...seeded, events: seeded.events + counters.events, head: counters.head };
}

/**
 * The synthetic cases carry radicados the counter never issued: one RadicadoIssued per year with the last
 * consecutive used brings each year's counter up to them (its state is the last number issued), so a
 * receipt made on the seeded folder — the HTTP load's — gets the next free number, as it would in an
 * office that had filed them all.
 */
async function recordRadicadoCounters(
  dataDir: string,
  history: readonly HistoryAppend[],
  receiver: Actor,
): Promise<{ events: number; head: number }> {
  const lastByYear = new Map<number, number>();
  for (const { event } of history) {
    if (event.type !== 'Received') continue;
    const parts = parseRadicado((event.data as { radicado: string }).radicado);
    if (parts && parts.consecutive > (lastByYear.get(parts.year) ?? 0))
      lastByYear.set(parts.year, parts.consecutive);
  }
  const store = await SqliteEventStore.open({ file: eventStoreFile(dataDir) });
  try {
    for (const [year, consecutive] of lastByYear) {
      const commandId = randomUUID();
      await store.append(
        radicadoStreamOf(year),
        [
          {
            id: randomUUID(),
            type: 'RadicadoIssued',
            schemaVersion: RADICADO_EVENT_SCHEMA_VERSIONS.RadicadoIssued,
            data: {
              radicado: formatRadicado(year, consecutive),
              year,
              consecutive,
              requestedBy: commandId,
              receipt: null,
            },
            metadata: {
              actorId: receiver.id,
              actorRole: receiver.role,
              occurredAt: new Date().toISOString(),
              correlationId: commandId,
              causationId: commandId,
            },
          },
        ],
        'no_stream',
      );
    }
    return { events: lastByYear.size, head: (await store.headPosition()) ?? 0 };
  } finally {
    await store.close();
  }
}

/** Real accounts, so a query's `assignee { username }` resolves as it does in production. */
async function createOfficeStaff(dataDir: string): Promise<HistoryActors> {
  const app = await initBenchApp(dataDir);
  try {
    const administrator = await benchAdministrator(app);
    const staff = (prefix: string, count: number, role: Actor['role']): Promise<Actor[]> =>
      Promise.all(
        Array.from({ length: count }, (_, index) =>
          createStaffMember(app, administrator, `${prefix}${index + 1}`, role),
        ),
      );
    const [receivers, agents, [coordinator]] = await Promise.all([
      staff('radicador', RECEIVERS, 'AGENT'),
      staff('agente', AGENTS, 'AGENT'),
      staff('coordinadora', 1, 'COORDINATOR'),
    ]);
    return { receivers, agents, coordinator };
  } finally {
    await app.close();
  }
}
