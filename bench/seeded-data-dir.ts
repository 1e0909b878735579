// Prepares the data directory the rebuild and query measures share: staff accounts created through
// the application's CreateUser command, then a year of synthetic cases appended straight to the
// event store (setup, not measured). The read models are left for the rebuild to build.
import type { Actor } from '../src/domain/shared/decider.js';
import { eventStoreFile } from '../src/engine/eventstore/sqlite/paths.js';
import { initBenchApp } from './bench-app.js';
import { benchAdministrator, createStaffMember } from './bench-staff.js';
import {
  seedEventStore,
  syntheticPqrsHistory,
  type HistoryActors,
  type SeededHistory,
} from './synthetic-pqrs-history.js';

const RECEIVERS = 2;
const AGENTS = 10;

export async function seedYearOfCases(dataDir: string, cases: number): Promise<SeededHistory> {
  const actors = await createOfficeStaff(dataDir);
  const history = syntheticPqrsHistory(cases, actors, new Date());
  return seedEventStore(eventStoreFile(dataDir), history);
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
