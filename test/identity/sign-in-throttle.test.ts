// Sign-in throttling on a fake clock: free failures, then a delay that doubles, then a lockout that ends;
// usernames and addresses counted apart; a success clears the username's count only.
import { jest } from '@jest/globals';
import { TooManyRequests } from '../../src/engine/application-errors.js';
import { SignInThrottle } from '../../src/identity/sign-in-throttle.js';

const tryIn = (throttle: SignInThrottle, username: string, address: string) =>
  throttle.attempt(username, address, async () => 'comprobada');

async function refusal(attempt: Promise<unknown>): Promise<TooManyRequests> {
  const outcome = await attempt.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof TooManyRequests))
    throw new Error(`se esperaba TooManyRequests y hubo ${String(outcome)}`);
  return outcome;
}

async function fail(
  throttle: SignInThrottle,
  times: number,
  username: string,
  address: (index: number) => string,
) {
  let last;
  for (let index = 0; index < times; index++) last = await throttle.recordFailure(username, address(index));
  return last!;
}

beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-20T15:00:00.000Z') }));
afterEach(() => jest.useRealTimers());

describe('throttling sign-ins under one username', () => {
  it('lets the first 5 failures through, then makes the next attempt wait 1 s, then 2 s, 4 s…', async () => {
    const throttle = new SignInThrottle();
    await fail(throttle, 4, 'mlopez', (index) => `10.0.0.${index}`);
    await expect(tryIn(throttle, 'mlopez', '10.0.1.1')).resolves.toBe('comprobada');

    await throttle.recordFailure('mlopez', '10.0.0.5');
    expect((await refusal(tryIn(throttle, 'MLopez ', '10.0.1.1'))).retryAfterSeconds).toBe(1);
    jest.advanceTimersByTime(1_000);
    await expect(tryIn(throttle, 'mlopez', '10.0.1.1')).resolves.toBe('comprobada');

    await throttle.recordFailure('mlopez', '10.0.0.6');
    expect((await refusal(tryIn(throttle, 'mlopez', '10.0.1.1'))).retryAfterSeconds).toBe(2);
    jest.advanceTimersByTime(2_000);
    await throttle.recordFailure('mlopez', '10.0.0.7');
    expect((await refusal(tryIn(throttle, 'mlopez', '10.0.1.1'))).message).toMatch(/espere 4 segundos/);
  });

  it('locks the username at the 10th failure for 15 minutes, then counts afresh', async () => {
    const throttle = new SignInThrottle();
    await fail(throttle, 9, 'mlopez', (index) => `10.0.0.${index}`);

    const tenth = await throttle.recordFailure('mlopez', '10.0.0.9');

    expect(tenth.lockouts).toEqual([
      { scope: 'USERNAME', failures: 10, lockedUntil: '2026-11-20T15:15:00.000Z' },
    ]);
    const locked = await refusal(tryIn(throttle, 'mlopez', '10.0.1.1'));
    expect(locked.message).toMatch(
      /con este usuario: el inicio de sesión queda bloqueado durante 15 minutos/,
    );
    expect(locked.retryAfterSeconds).toBe(900);
    jest.advanceTimersByTime(15 * 60_000 - 1_000);
    await refusal(tryIn(throttle, 'mlopez', '10.0.1.1'));

    jest.advanceTimersByTime(1_000);
    await expect(tryIn(throttle, 'mlopez', '10.0.1.1')).resolves.toBe('comprobada');
    expect((await throttle.recordFailure('mlopez', '10.0.1.1')).failuresOfUsername).toBe(1);
  });

  it('forgets failures older than the window', async () => {
    const throttle = new SignInThrottle();
    await fail(throttle, 4, 'mlopez', () => '10.0.0.1');

    jest.advanceTimersByTime(15 * 60_000);

    expect((await throttle.recordFailure('mlopez', '10.0.0.1')).failuresOfUsername).toBe(1);
  });

  it('a success clears the username’s failures, not the address’s', async () => {
    const throttle = new SignInThrottle();
    await fail(throttle, 4, 'mlopez', () => '10.0.0.1');

    await throttle.recordSuccess('mlopez');

    expect(await throttle.recordFailure('mlopez', '10.0.0.1')).toMatchObject({
      failuresOfUsername: 1,
      failuresFromAddress: 5,
    });
  });
});

describe('throttling sign-ins from one address', () => {
  it('delays after 5 failures under any usernames, and locks at the 20th, for that address only', async () => {
    const throttle = new SignInThrottle();
    await fail(throttle, 5, 'ignored', () => '203.0.113.7');
    const elsewhere = tryIn(throttle, 'otro', '203.0.113.8');
    await expect(elsewhere).resolves.toBe('comprobada');
    expect((await refusal(tryIn(throttle, 'otro', '203.0.113.7'))).message).toMatch(
      /desde esta dirección de red/,
    );

    let last;
    for (let index = 5; index < 20; index++)
      last = await throttle.recordFailure(`usuario.${index}`, '203.0.113.7');

    expect(last!.lockouts).toEqual([
      { scope: 'ADDRESS', failures: 20, lockedUntil: '2026-11-20T15:15:00.000Z' },
    ]);
  });

  it('runs the attempts of one username one at a time, so a burst cannot pass the check together', async () => {
    const throttle = new SignInThrottle();
    const order: string[] = [];
    const slow = (name: string) =>
      throttle.attempt('mlopez', `10.0.0.${name}`, async () => {
        order.push(`${name}:inicio`);
        await Promise.resolve();
        order.push(`${name}:fin`);
      });

    await Promise.all([slow('1'), slow('2')]);

    expect(order).toEqual(['1:inicio', '1:fin', '2:inicio', '2:fin']);
  });
});
