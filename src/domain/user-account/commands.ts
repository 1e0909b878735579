// What an administrator asks of a staff account. The credentials and the person's name never reach the
// domain: they live in the identity store; the log keeps who was given which roles.
import type { ActorRole } from '../shared/decider.js';

export type CreateUser = {
  readonly type: 'CreateUser';
  readonly data: {
    /** Given by the identity store when it creates the account. */
    readonly userId: string;
    readonly username: string;
    readonly roles: readonly ActorRole[];
    readonly dependency: string | null;
  };
};

export type UserAccountCommand = CreateUser;
