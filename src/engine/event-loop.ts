// Long work for one request must not starve every other one: the embedded stores (better-sqlite3) answer
// synchronously, so a query that resolves many fields runs as one chain of microtasks and holds the event
// loop until it ends (a health probe, a login, another user's page all wait). Work that may run long calls
// pauseIfBusy() between its steps: once the current turn of the loop has run for a slice, it yields to the
// loop (setImmediate, after pending I/O), so no request waits longer than about one slice.

/** How long one turn of the event loop may run before long work steps aside. */
export const EVENT_LOOP_SLICE_MS = 20;

let sliceStartedAt = 0;
let turnEndPending = false;

function endOfTurn(): void {
  turnEndPending = false;
}

/**
 * Null while the current turn of the event loop is young (the caller goes on at once, at no cost); else a
 * promise that settles on a later turn, after pending I/O, once that turn has room. Many callers waiting
 * at once (every field of a long list) are let through a slice's worth per turn, not all together.
 */
export function pauseIfBusy(): Promise<void> | null {
  return sliceUsedUp() ? waitForRoom() : null;
}

function sliceUsedUp(): boolean {
  const now = performance.now();
  if (!turnEndPending) {
    // The first call since the loop last turned: a new slice starts here, and ends with this turn.
    turnEndPending = true;
    sliceStartedAt = now;
    setImmediate(endOfTurn);
    return false;
  }
  return now - sliceStartedAt >= EVENT_LOOP_SLICE_MS;
}

async function waitForRoom(): Promise<void> {
  do {
    await new Promise<void>((resolve) => setImmediate(resolve));
  } while (sliceUsedUp());
}

/**
 * The same object, whose asynchronous methods (promises and async iterables) pause if busy after each
 * call: a loop over such a port (the audit verifier walking every stream) gives the event loop a turn
 * every slice instead of holding it for the whole walk.
 */
export function withPauses<Port extends object>(port: Port): Port {
  return new Proxy(port, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => pausingResult(value.apply(target, args));
    },
  });
}

function pausingResult(result: unknown): unknown {
  if (isPromiseLike(result)) return Promise.resolve(result).then(afterPause);
  if (isAsyncIterable(result)) return pausingIterable(result);
  return result;
}

async function afterPause<Value>(value: Value): Promise<Value> {
  await pauseIfBusy();
  return value;
}

async function* pausingIterable<Item>(iterable: AsyncIterable<Item>): AsyncIterable<Item> {
  for await (const item of iterable) {
    await pauseIfBusy();
    yield item;
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';
}
