// Per-address limits of the public endpoints, on a fake clock: the request past the bucket's limit is
// refused with the wait in Spanish, another address and another bucket are not, and a new window starts
// afresh. The guard refuses a GraphQL operation and a plain route alike; the settings come from the
// environment, a wrong value naming its variable.
import { jest } from '@jest/globals';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ConfigurationError,
  DEFAULT_PUBLIC_RATE_LIMITS,
  loadConfiguration,
} from '../../src/config/configuration.js';
import { TooManyRequests } from '../../src/engine/application-errors.js';
import { clientAddressOf } from '../../src/identity/auth.js';
import {
  PublicRateLimit,
  PublicRateLimitGuard,
  PublicRateLimits,
} from '../../src/public-channel/public-rate-limits.js';

const settings = {
  ...DEFAULT_PUBLIC_RATE_LIMITS,
  tracking: { requests: 3, windowSeconds: 600 },
  filing: { requests: 2, windowSeconds: 3600 },
};

async function refusal(attempt: Promise<unknown>): Promise<TooManyRequests> {
  const outcome = await attempt.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof TooManyRequests))
    throw new Error(`se esperaba TooManyRequests y hubo ${String(outcome)}`);
  return outcome;
}

beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-20T15:00:00.000Z') }));
afterEach(() => jest.useRealTimers());

describe('a bucket of public requests', () => {
  it('lets the configured number of requests through and refuses the next, saying how long to wait', async () => {
    const limits = new PublicRateLimits(settings);
    for (let request = 0; request < 3; request++) await limits.consume('tracking', '190.0.0.1');

    const refused = await refusal(limits.consume('tracking', '190.0.0.1'));
    expect(refused.message).toBe('Demasiadas solicitudes desde su conexión. Intente de nuevo en 10 minutos.');
    expect(refused.retryAfterSeconds).toBe(600);
  });

  it('counts each address apart, and each bucket apart', async () => {
    const limits = new PublicRateLimits(settings);
    for (let request = 0; request < 3; request++) await limits.consume('tracking', '190.0.0.1');

    await expect(limits.consume('tracking', '190.0.0.2')).resolves.toBeUndefined();
    await expect(limits.consume('filing', '190.0.0.1')).resolves.toBeUndefined();
    expect(await limits.remaining('tracking', '190.0.0.2')).toBe(2);
  });

  it('starts afresh once the window has passed', async () => {
    const limits = new PublicRateLimits(settings);
    for (let request = 0; request < 3; request++) await limits.consume('tracking', '190.0.0.1');
    jest.advanceTimersByTime(9 * 60 * 1000);
    const refused = await refusal(limits.consume('tracking', '190.0.0.1'));
    expect(refused.message).toMatch(/en 1 minuto\.$/);

    jest.advanceTimersByTime(60 * 1000 + 1);
    await expect(limits.consume('tracking', '190.0.0.1')).resolves.toBeUndefined();
    expect(await limits.remaining('tracking', '190.0.0.1')).toBe(2);
  });

  it('counts several points at once when asked (a failed look-up may cost more)', async () => {
    const limits = new PublicRateLimits(settings);
    await limits.consume('tracking', '190.0.0.1', 3);
    await refusal(limits.consume('tracking', '190.0.0.1'));
  });
});

describe('the guard of a public endpoint', () => {
  class PublicEndpoints {
    @PublicRateLimit('filing')
    submit() {}

    unlimited() {}
  }

  const limits = new PublicRateLimits(settings);
  const guard = new PublicRateLimitGuard(new Reflector(), limits);
  const contextOf = (
    type: 'http' | 'graphql',
    handler: () => void,
    req: { ip?: string; socket?: { remoteAddress?: string } },
  ) =>
    ({
      getType: () => type,
      getHandler: () => handler,
      getClass: () => PublicEndpoints,
      switchToHttp: () => ({ getRequest: () => req }),
      // What GqlExecutionContext.create reads: the resolver's arguments (root, args, context, info).
      getArgs: () => [{}, {}, { req }, {}],
      getArgByIndex: (index: number) => [{}, {}, { req }, {}][index],
    }) as unknown as ExecutionContext;

  it('refuses the request past the limit from a plain route and from a GraphQL resolver alike', async () => {
    const overHttp = contextOf('http', PublicEndpoints.prototype.submit, { ip: '::ffff:200.1.1.1' });
    const overGraphQL = contextOf('graphql', PublicEndpoints.prototype.submit, { ip: '200.1.1.1' });
    await expect(guard.canActivate(overHttp)).resolves.toBe(true);
    await expect(guard.canActivate(overGraphQL)).resolves.toBe(true);

    // The same address, seen as IPv4 on a dual-stack socket and as plain IPv4: one counter.
    await refusal(guard.canActivate(overGraphQL));
    await refusal(guard.canActivate(overHttp));
    await expect(
      guard.canActivate(contextOf('graphql', PublicEndpoints.prototype.submit, { ip: '200.1.1.2' })),
    ).resolves.toBe(true);
  });

  it('lets a handler without a bucket through uncounted', async () => {
    const context = contextOf('http', PublicEndpoints.prototype.unlimited, { ip: '200.9.9.9' });
    for (let request = 0; request < 5; request++)
      await expect(guard.canActivate(context)).resolves.toBe(true);
  });

  it('reads the address Express gives, or the socket’s', () => {
    expect(clientAddressOf({ ip: '::ffff:10.0.0.7' } as never)).toBe('10.0.0.7');
    expect(clientAddressOf({ ip: '2800:e2::1' } as never)).toBe('2800:e2::1');
    expect(clientAddressOf({ ip: undefined, socket: { remoteAddress: '10.0.0.8' } } as never)).toBe(
      '10.0.0.8',
    );
  });
});

describe('the settings of the public limits', () => {
  it('default to generous limits for a citizen', () => {
    expect(loadConfiguration({}).publicRateLimits).toEqual({
      filing: { requests: 10, windowSeconds: 3600 },
      tracking: { requests: 30, windowSeconds: 600 },
      upload: { requests: 40, windowSeconds: 3600 },
      session: { requests: 20, windowSeconds: 3600 },
      challenge: { requests: 60, windowSeconds: 600 },
      faq: { requests: 120, windowSeconds: 600 },
    });
  });

  it('take requests per window from VENTANILLA_PUBLIC_RATE_<BUCKET>', () => {
    const limits = loadConfiguration({
      VENTANILLA_PUBLIC_RATE_FILING: '5/30m',
      VENTANILLA_PUBLIC_RATE_FAQ: '1000/1d',
    }).publicRateLimits;
    expect(limits.filing).toEqual({ requests: 5, windowSeconds: 1800 });
    expect(limits.faq).toEqual({ requests: 1000, windowSeconds: 86_400 });
    expect(limits.tracking).toEqual(DEFAULT_PUBLIC_RATE_LIMITS.tracking);
  });

  it.each(['10', '0/1h', '10/hora', '-1/1h', '10/0s'])('refuse "%s", naming the variable', (value) => {
    expect(() => loadConfiguration({ VENTANILLA_PUBLIC_RATE_UPLOAD: value })).toThrow(ConfigurationError);
    expect(() => loadConfiguration({ VENTANILLA_PUBLIC_RATE_UPLOAD: value })).toThrow(
      /VENTANILLA_PUBLIC_RATE_UPLOAD/,
    );
  });
});
