// Long work steps aside for other requests: with pauseIfBusy between its steps, a timer (standing for a
// /health/live request waiting on the event loop) runs long before the work ends; without it, only after.
import { EVENT_LOOP_SLICE_MS, pauseIfBusy, withPauses } from '../../src/engine/event-loop.js';

const STEP_MS = 1;
const STEPS = 300;

/** Synchronous work, as a better-sqlite3 read or a report roll-up is. */
function busyFor(milliseconds: number): void {
  const until = performance.now() + milliseconds;
  while (performance.now() < until) {
    // spin
  }
}

/** How many steps had run when a timer set at the start got its turn. */
async function stepsBeforeTimer(work: (step: () => void) => Promise<void>): Promise<number | null> {
  let steps = 0;
  let stepsWhenTimerRan: number | null = null;
  const timer = setTimeout(() => {
    stepsWhenTimerRan = steps;
  }, 0);
  await work(() => {
    busyFor(STEP_MS);
    steps += 1;
  });
  clearTimeout(timer);
  return stepsWhenTimerRan;
}

// A turn lasts about one slice: the timer runs after some 20 steps; 100 leaves a wide margin for a
// loaded machine while still failing when nothing pauses (it would run after all 300, or not at all).
const WELL_BEFORE_THE_END = 100;

describe('pauseIfBusy', () => {
  it('without it, a timer waits for the whole work', async () => {
    const ran = await stepsBeforeTimer(async (step) => {
      for (let index = 0; index < STEPS; index++) {
        step();
        await null;
      }
    });
    expect(ran).toBeNull();
  });

  it('lets a timer run about one slice into a long sequential work', async () => {
    expect(EVENT_LOOP_SLICE_MS).toBeLessThan(50);
    const ran = await stepsBeforeTimer(async (step) => {
      for (let index = 0; index < STEPS; index++) {
        await pauseIfBusy();
        step();
      }
    });
    expect(ran).not.toBeNull();
    expect(ran!).toBeLessThan(WELL_BEFORE_THE_END);
  });

  it('lets a timer run when hundreds of callers ask at once, each right before its work (a long list)', async () => {
    const ran = await stepsBeforeTimer(async (step) => {
      await Promise.all(
        Array.from({ length: STEPS }, async () => {
          // As Nest's pipeline does before a resolver: a few awaits, then the check, then the work at
          // once when the turn has room (awaiting a null pause would put all checks before all work).
          await null;
          await null;
          const pause = pauseIfBusy();
          if (pause !== null) await pause;
          step();
        }),
      );
    });
    expect(ran).not.toBeNull();
    expect(ran!).toBeLessThan(WELL_BEFORE_THE_END);
  });

  it('costs nothing while the turn is young: the caller goes on at once', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    expect(pauseIfBusy()).toBeNull();
  });
});

describe('withPauses', () => {
  it('pauses between the reads of a port walked to its end (the audit verifier over the log)', async () => {
    const port = {
      async *names(): AsyncIterable<number> {
        for (let index = 0; index < STEPS; index++) yield index;
      },
      async read(name: number): Promise<number> {
        return name;
      },
    };
    const ran = await stepsBeforeTimer(async (step) => {
      const pausing = withPauses(port);
      for await (const name of pausing.names()) {
        await pausing.read(name);
        step();
      }
    });
    expect(ran).not.toBeNull();
    expect(ran!).toBeLessThan(WELL_BEFORE_THE_END);
  });
});
