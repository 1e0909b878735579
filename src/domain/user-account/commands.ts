// What is asked of a staff account: an administrator creates one, changes its roles or status, resets its
// password; its owner changes the password and signs out; the sign-in guard records failures and lockouts.
// The credentials and the person's name never reach the domain: they live in the identity store; the log
// keeps who was given which roles, and when sessions were ended.
import type { ActorRole } from '../shared/decider.js';
import type { RecordSignInFailure, RecordSignInLockout } from '../sign-in/commands.js';

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

/** The roles and status an account has, as the identity store holds them before a change. */
export interface AccountStanding {
  readonly roles: readonly ActorRole[];
  readonly active: boolean;
}

export type UpdateUser = {
  readonly type: 'UpdateUser';
  readonly data: {
    readonly userId: string;
    /** What the account has now (the identity store is the account's state; the log records changes). */
    readonly current: AccountStanding;
    readonly roles: readonly ActorRole[];
    readonly active: boolean;
    /** Whether the full name changes; the name itself is personal data and stays out of the log. */
    readonly fullNameChanged: boolean;
    /** Whether the e-mail address changes (absent: it does not); the address stays out of the log. */
    readonly emailChanged?: boolean;
  };
};

export type ResetUserPassword = {
  readonly type: 'ResetUserPassword';
  readonly data: { readonly userId: string };
};

export type ChangeMyPassword = {
  readonly type: 'ChangeMyPassword';
  readonly data: { readonly userId: string };
};

export type SignOut = {
  readonly type: 'SignOut';
  readonly data: { readonly userId: string };
};

export type UserAccountCommand =
  | CreateUser
  | UpdateUser
  | ResetUserPassword
  | ChangeMyPassword
  | SignOut
  | RecordSignInFailure
  | RecordSignInLockout;
