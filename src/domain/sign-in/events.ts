// Failed sign-ins and the lockouts they lead to, as facts in the log: when, from which address, how many
// failures in a row, until when the sign-in was locked. Never the password, and never the name typed for
// an account that does not exist (it is often a password typed in the wrong field).
import type { DomainEvent } from '../shared/decider.js';

/** Why a sign-in (or the check of the current password before changing it) was refused. */
export const SIGN_IN_FAILURE_REASONS = [
  'UNKNOWN_USERNAME',
  'WRONG_PASSWORD',
  'ACCOUNT_INACTIVE',
  'WRONG_CURRENT_PASSWORD',
] as const;
export type SignInFailureReason = (typeof SIGN_IN_FAILURE_REASONS)[number];

/** What a lockout holds back: every sign-in under one username, or every sign-in from one address. */
export const SIGN_IN_LOCK_SCOPES = ['USERNAME', 'ADDRESS'] as const;
export type SignInLockScope = (typeof SIGN_IN_LOCK_SCOPES)[number];

export type SignInFailed = DomainEvent<
  'SignInFailed',
  {
    /** The account the attempt named, or null when no account has that username. */
    readonly userId: string | null;
    readonly reason: SignInFailureReason;
    /** The client's network address as the server saw it. */
    readonly clientAddress: string;
    /** Failures under this username in the current window, this one included. */
    readonly failuresOfUsername: number;
    /** Failures from this address in the current window, this one included. */
    readonly failuresFromAddress: number;
  }
>;

export type SignInLocked = DomainEvent<
  'SignInLocked',
  {
    /** The account locked (scope USERNAME, known account), otherwise null. */
    readonly userId: string | null;
    readonly scope: SignInLockScope;
    readonly clientAddress: string;
    /** The failures that led to the lockout. */
    readonly failures: number;
    /** ISO-8601 instant until which sign-ins are refused. */
    readonly lockedUntil: string;
  }
>;

export type SignInEvent = SignInFailed | SignInLocked;

export const SIGN_IN_EVENT_SCHEMA_VERSIONS: Readonly<Record<SignInEvent['type'], number>> = {
  SignInFailed: 1,
  SignInLocked: 1,
};

/**
 * Attempts that concern no account (an unknown username, a lockout of an address) go to one stream per
 * day, `sign-in-<AAAA-MM-DD>`: there is no account stream to hang them on, a day's stream stays small, and
 * an auditor finds a day's unattributed attempts in one place without the log naming the address in a
 * stream's name (stream names can never be changed or removed).
 */
export const SIGN_IN_STREAM_PREFIX = 'sign-in-';
export const signInStreamOf = (day: string): string => `${SIGN_IN_STREAM_PREFIX}${day}`;
