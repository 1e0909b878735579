// The staff account's facts in the log: who created which account with which roles, who changed them,
// when passwords were reset or changed and sessions ended, and the failed sign-ins under its name — so
// the audit trail answers "who gave whom access" and "who tried to get in". The staff member's name and
// every password stay out, like any other personal data or secret.
import type { ActorRole, DomainEvent } from '../shared/decider.js';
import type { SignInEvent } from '../sign-in/events.js';

export type UserCreated = DomainEvent<
  'UserCreated',
  {
    readonly userId: string;
    readonly username: string;
    readonly roles: readonly ActorRole[];
    readonly dependency: string | null;
  }
>;

/** What an update may change; `fullName` and `email` are named, never their values. */
export const USER_ACCOUNT_FIELDS = ['fullName', 'roles', 'active', 'email'] as const;
export type UserAccountField = (typeof USER_ACCOUNT_FIELDS)[number];

export type UserUpdated = DomainEvent<
  'UserUpdated',
  {
    readonly userId: string;
    readonly changedFields: readonly UserAccountField[];
    /** The roles and status after the change. */
    readonly roles: readonly ActorRole[];
    readonly active: boolean;
    /** Whether the account's open sessions were ended (a change of roles, a deactivation). */
    readonly sessionsEnded: boolean;
  }
>;

/** An administrator gave the account a temporary password; its sessions ended; it must choose a new one. */
export type UserPasswordReset = DomainEvent<'UserPasswordReset', { readonly userId: string }>;

/** The owner changed their password; every other session of the account ended. */
export type PasswordChanged = DomainEvent<'PasswordChanged', { readonly userId: string }>;

/** The owner signed out: that session's token no longer works. */
export type SignedOut = DomainEvent<'SignedOut', { readonly userId: string }>;

export type UserAccountEvent =
  UserCreated | UserUpdated | UserPasswordReset | PasswordChanged | SignedOut | SignInEvent;

export const USER_ACCOUNT_EVENT_SCHEMA_VERSIONS: Readonly<Record<UserAccountEvent['type'], number>> = {
  UserCreated: 1,
  UserUpdated: 1,
  UserPasswordReset: 1,
  PasswordChanged: 1,
  SignedOut: 1,
  SignInFailed: 1,
  SignInLocked: 1,
};

export const USER_ACCOUNT_STREAM_PREFIX = 'user-';
export const userAccountStreamOf = (userId: string): string => `${USER_ACCOUNT_STREAM_PREFIX}${userId}`;
