// The staff account's facts in the log: who created which account with which roles, so the audit trail
// answers "who gave whom access". The staff member's name stays out, like any other personal data.
import type { ActorRole, DomainEvent } from '../shared/decider.js';

export type UserCreated = DomainEvent<
  'UserCreated',
  {
    readonly userId: string;
    readonly username: string;
    readonly roles: readonly ActorRole[];
    readonly dependency: string | null;
  }
>;

export type UserAccountEvent = UserCreated;

export const USER_ACCOUNT_EVENT_SCHEMA_VERSIONS: Readonly<Record<UserAccountEvent['type'], number>> = {
  UserCreated: 1,
};

export const USER_ACCOUNT_STREAM_PREFIX = 'user-';
export const userAccountStreamOf = (userId: string): string => `${USER_ACCOUNT_STREAM_PREFIX}${userId}`;
