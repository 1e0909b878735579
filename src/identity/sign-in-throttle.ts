// Throttling of sign-ins, per username and per client address alike: a few failures are free, then each
// further one makes the next attempt wait longer (1 s, 2 s, 4 s…), and past a threshold sign-ins are
// locked for a while. An unknown username is throttled exactly like a known one, so the answers never tell
// which usernames exist. The counters live in memory (rate-limiter-flexible's expiring counters): a
// restart forgets them, which an attacker cannot cause from outside.
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { TooManyRequests } from '../engine/application-errors.js';
import { KeyedMutex } from '../engine/commands/keyed-mutex.js';
import type { SignInLockScope } from '../domain/sign-in/index.js';

export interface SignInThrottlePolicy {
  /** Failures in a row that cost nothing; from the next one on, each failure delays the next attempt. */
  readonly freeFailures: number;
  /** Failures under one username that lock it. */
  readonly usernameLockoutAfter: number;
  /** Failures from one address that lock it: higher, since an office's staff may share one address. */
  readonly addressLockoutAfter: number;
  /** The delay after the first failure beyond the free ones; it doubles with each further failure. */
  readonly firstDelaySeconds: number;
  readonly maxDelaySeconds: number;
  readonly lockoutSeconds: number;
  /** Failures older than this (counted from the first of a series) are forgotten. */
  readonly failureWindowSeconds: number;
}

export const DEFAULT_SIGN_IN_THROTTLE_POLICY: SignInThrottlePolicy = {
  freeFailures: 5,
  usernameLockoutAfter: 10,
  addressLockoutAfter: 20,
  firstDelaySeconds: 1,
  maxDelaySeconds: 60,
  lockoutSeconds: 15 * 60,
  failureWindowSeconds: 15 * 60,
};

/** A lockout that a failure just caused. */
export interface SignInLockout {
  readonly scope: SignInLockScope;
  readonly failures: number;
  /** ISO-8601 instant. */
  readonly lockedUntil: string;
}

export interface SignInFailureCount {
  readonly failuresOfUsername: number;
  readonly failuresFromAddress: number;
  readonly lockouts: readonly SignInLockout[];
}

/** What a hold on a key is: a delay after failures, or a lockout. */
const DELAYED = 1;
const LOCKED = 2;

export class SignInThrottle {
  private readonly failures: RateLimiterMemory;
  private readonly holds: RateLimiterMemory;
  // Attempts under one username, or from one address, run one at a time: a burst of parallel attempts
  // would otherwise all pass the check before the first failure is counted.
  private readonly attempts = new KeyedMutex();

  constructor(readonly policy: SignInThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE_POLICY) {
    this.failures = new RateLimiterMemory({
      keyPrefix: 'sign-in-failures',
      points: Math.max(policy.usernameLockoutAfter, policy.addressLockoutAfter),
      duration: policy.failureWindowSeconds,
    });
    this.holds = new RateLimiterMemory({ keyPrefix: 'sign-in-holds', points: LOCKED, duration: 1 });
  }

  /**
   * Runs an attempt (checking a password) under this username from this address, after checking neither
   * is held back; throws TooManyRequests, with the seconds to wait, when one is.
   */
  async attempt<T>(username: string, clientAddress: string, work: () => Promise<T>): Promise<T> {
    const userKey = usernameKey(username);
    const addressKey = `address:${clientAddress}`;
    // Always the username first, then the address: two attempts never wait on each other crosswise.
    return this.attempts.run(userKey, () =>
      this.attempts.run(addressKey, async () => {
        await this.refuseIfHeld(addressKey, 'ADDRESS');
        await this.refuseIfHeld(userKey, 'USERNAME');
        return work();
      }),
    );
  }

  /** Counts a failure under the username and from the address; says which lockouts it caused. */
  async recordFailure(username: string, clientAddress: string): Promise<SignInFailureCount> {
    const userKey = usernameKey(username);
    const addressKey = `address:${clientAddress}`;
    const failuresOfUsername = (await this.failures.penalty(userKey)).consumedPoints;
    const failuresFromAddress = (await this.failures.penalty(addressKey)).consumedPoints;
    const lockouts = [
      await this.holdAfter(addressKey, 'ADDRESS', failuresFromAddress, this.policy.addressLockoutAfter),
      await this.holdAfter(userKey, 'USERNAME', failuresOfUsername, this.policy.usernameLockoutAfter),
    ].filter((lockout): lockout is SignInLockout => lockout !== null);
    return { failuresOfUsername, failuresFromAddress, lockouts };
  }

  /** A successful sign-in clears the username's failures; the address's stay, so one valid account cannot wipe them. */
  async recordSuccess(username: string): Promise<void> {
    const userKey = usernameKey(username);
    await Promise.all([this.failures.delete(userKey), this.holds.delete(userKey)]);
  }

  private async refuseIfHeld(key: string, scope: SignInLockScope): Promise<void> {
    const hold = await this.holds.get(key);
    if (hold === null || hold.msBeforeNext <= 0) return;
    const seconds = Math.ceil(hold.msBeforeNext / 1000);
    const whose = scope === 'USERNAME' ? 'con este usuario' : 'desde esta dirección de red';
    throw new TooManyRequests(
      hold.consumedPoints >= LOCKED
        ? `Demasiados intentos fallidos ${whose}: el inicio de sesión queda bloqueado durante ${durationInSpanish(seconds)}.`
        : `Demasiados intentos fallidos ${whose}: espere ${durationInSpanish(seconds)} antes de intentar de nuevo.`,
      seconds,
    );
  }

  /** After a failure: nothing, a delay that doubles with each failure, or (returned) a lockout. */
  private async holdAfter(
    key: string,
    scope: SignInLockScope,
    failures: number,
    lockoutAfter: number,
  ): Promise<SignInLockout | null> {
    const { freeFailures, firstDelaySeconds, maxDelaySeconds, lockoutSeconds } = this.policy;
    if (failures >= lockoutAfter) {
      await this.holds.set(key, LOCKED, lockoutSeconds);
      // After the lockout the count starts again: the free failures, then the delays.
      await this.failures.delete(key);
      // The wall clock, as the counters' expiry reads it.
      const lockedUntil = new Date(Date.now() + lockoutSeconds * 1000).toISOString();
      return { scope, failures, lockedUntil };
    }
    if (failures >= freeFailures) {
      const delay = Math.min(maxDelaySeconds, firstDelaySeconds * 2 ** (failures - freeFailures));
      await this.holds.set(key, DELAYED, delay);
    }
    return null;
  }
}

/** Usernames are compared as accounts are found: ignoring case and surrounding spaces. */
function usernameKey(username: string): string {
  return `username:${username.normalize('NFC').trim().toLowerCase()}`;
}

function durationInSpanish(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'segundo' : 'segundos'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`;
}
