// What the sign-in guard asks to have recorded: a failed attempt, a lockout.
import type { SignInFailed, SignInLocked } from './events.js';

export type RecordSignInFailure = {
  readonly type: 'RecordSignInFailure';
  readonly data: SignInFailed['data'];
};

export type RecordSignInLockout = {
  readonly type: 'RecordSignInLockout';
  readonly data: SignInLocked['data'];
};

export type SignInCommand = RecordSignInFailure | RecordSignInLockout;
