// Suites against real production engines (KurrentDB, MongoDB) run in containers started by
// testcontainers. Where no Docker engine answers (this project's CI machines), they are skipped with a
// message that names the engine left untested, and `npm test` still passes.
import { getContainerRuntimeClient } from 'testcontainers';

let probe: Promise<string | null> | undefined;

/** Why containers cannot run here (null when a Docker engine answers). Probed once per test file. */
export function containerRuntimeUnavailable(): Promise<string | null> {
  probe ??= getContainerRuntimeClient().then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  return probe;
}

/**
 * `describe` when a Docker engine is reachable; otherwise `describe.skip`, with the reason in the suite's
 * name and on the console, so the test output says which engine went untested and why.
 */
export async function describeWithContainers(engine: string, name: string, body: () => void): Promise<void> {
  const unavailable = await containerRuntimeUnavailable();
  if (unavailable === null) {
    describe(name, body);
    return;
  }
  const reason =
    `SKIPPED: no Docker engine is reachable, so ${engine} cannot be started with testcontainers ` +
    `(${unavailable.split('\n')[0]})`;
  console.warn(`${name}: ${reason}`);
  describe.skip(`${name} — ${reason}`, body);
}
