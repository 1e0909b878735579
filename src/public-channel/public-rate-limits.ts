// Per-address limits on the public endpoints of the Ventanilla virtual (no login: the client's address is
// all there is to count by). Each kind of endpoint counts against a bucket of its own — filings, tracking
// look-ups, uploads, upload sessions, proof-of-work challenges, the public FAQ — with a number of requests
// per window read from the configuration. `@PublicRateLimit('filing')` guards a GraphQL resolver or a plain
// route alike; `consume()` counts from code (a failed tracking look-up, a public upload). The counters live
// in memory (rate-limiter-flexible's expiring counters), as the sign-in throttle's: a restart forgets them.
import {
  applyDecorators,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import {
  PUBLIC_RATE_LIMIT_BUCKETS,
  VENTANILLA_CONFIG,
  type PublicRateLimitBucket,
  type PublicRateLimitSettings,
  type VentanillaConfig,
} from '../config/configuration.js';
import { TooManyRequests } from '../engine/application-errors.js';
import { clientAddressOf, requestOf } from '../identity/auth.js';

export { PUBLIC_RATE_LIMIT_BUCKETS, type PublicRateLimitBucket, type PublicRateLimitSettings };

const BUCKET_KEY = 'ventanilla:public-rate-limit';

@Injectable()
export class PublicRateLimits {
  private readonly limiters: Readonly<Record<PublicRateLimitBucket, RateLimiterMemory>>;

  constructor(readonly settings: PublicRateLimitSettings) {
    this.limiters = Object.fromEntries(
      PUBLIC_RATE_LIMIT_BUCKETS.map((bucket) => [
        bucket,
        new RateLimiterMemory({
          keyPrefix: `public-${bucket}`,
          points: settings[bucket].requests,
          duration: settings[bucket].windowSeconds,
        }),
      ]),
    ) as Record<PublicRateLimitBucket, RateLimiterMemory>;
  }

  /** Counts one request from the address; throws TooManyRequests (with the wait) once the bucket is spent. */
  async consume(bucket: PublicRateLimitBucket, clientAddress: string, points = 1): Promise<void> {
    try {
      await this.limiters[bucket].consume(clientAddress, points);
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) throw outcome;
      const seconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
      throw new TooManyRequests(
        `Demasiadas solicitudes desde su conexión. Intente de nuevo en ${minutesInSpanish(seconds)}.`,
        seconds,
      );
    }
  }

  /** Requests the address may still make in the current window. */
  async remaining(bucket: PublicRateLimitBucket, clientAddress: string): Promise<number> {
    const used = (await this.limiters[bucket].get(clientAddress))?.consumedPoints ?? 0;
    return Math.max(0, this.settings[bucket].requests - used);
  }
}

export const publicRateLimitsProvider = {
  provide: PublicRateLimits,
  useFactory: (config: VentanillaConfig) => new PublicRateLimits(config.publicRateLimits),
  inject: [VENTANILLA_CONFIG],
};

/** Counts every request to the handler (a resolver or a route) against the bucket, per client address. */
@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(PublicRateLimits) private readonly limits: PublicRateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.getAllAndOverride<PublicRateLimitBucket | undefined>(BUCKET_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (bucket === undefined) return true;
    await this.limits.consume(bucket, clientAddressOf(requestOf(context)));
    return true;
  }
}

/** `@PublicRateLimit('tracking')`: the handler counts against that bucket, per client address. */
export const PublicRateLimit = (bucket: PublicRateLimitBucket) =>
  applyDecorators(SetMetadata(BUCKET_KEY, bucket), UseGuards(PublicRateLimitGuard));

function minutesInSpanish(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`;
}
