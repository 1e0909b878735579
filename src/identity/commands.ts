// Staff accounts on the command path: creating one, changing it, resetting or changing its password and
// signing out are recorded on `user-<id>`, so who gave whom which roles, and when sessions ended, is in the
// audit trail; failed sign-ins go there too, or to the day's `sign-in-<date>` when no account is named.
// The account itself — credentials and the person's name — lives in the identity store, which the look-ups
// write once the domain accepts the command.
import { Inject, Injectable } from '@nestjs/common';
import type { Actor, ActorRole } from '../domain/shared/decider.js';
import {
  SIGN_IN_EVENT_SCHEMA_VERSIONS,
  signInDayDecider,
  signInStreamOf,
  type SignInCommand,
  type SignInDayState,
  type SignInEvent,
} from '../domain/sign-in/index.js';
import {
  USER_ACCOUNT_EVENT_SCHEMA_VERSIONS,
  userAccountDecider,
  userAccountStreamOf,
  type UpdateUser,
  type UserAccountCommand,
  type UserAccountEvent,
  type UserAccountState,
  type UserUpdated,
} from '../domain/user-account/index.js';
import { BadUserInput, NotFound } from '../engine/application-errors.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../engine/commands/run-command.js';
import { AuthenticationService } from './authentication-service.js';
import { USER_STORE, normalizeEmail, validateEmail, type UserStore } from './user-store.js';

/** What the identity store needs besides what the log keeps; handed to the look-ups only. */
export interface NewAccountSecrets {
  readonly password: string;
  readonly fullName: string;
  /** Contact data, like the name: the store keeps it, the log does not. */
  readonly email?: string | null;
}

/** What each command hands its look-ups, never written to the log. */
export interface AccountLookUpData {
  /** `email` absent: the address stays as it is; null or blank: removed. */
  readonly UpdateUser: { readonly fullName: string; readonly email?: string | null };
  readonly ResetUserPassword: { readonly temporaryPassword: string };
  readonly ChangeMyPassword: { readonly newPassword: string };
  readonly SignOut: { readonly tokenId: string; readonly expiresAt: string };
}

/**
 * Who records a failed sign-in or a lockout: nobody is signed in, so no staff member and no role. The log
 * keeps the role as the text "NONE" (metadata is text); the schema shows such an actor without a role.
 */
export const NO_SESSION: Actor = { id: 'sin-sesion', role: 'NONE' as ActorRole };

@Injectable()
export class UserAccountLookUps implements CommandLookUps<UserAccountCommand> {
  constructor(
    @Inject(AuthenticationService) private readonly authentication: AuthenticationService,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {}

  async complete(
    command: UserAccountCommand,
    context: LookUpContext<UserAccountCommand>,
  ): Promise<CompletedCommand<UserAccountCommand>> {
    switch (command.type) {
      case 'CreateUser':
        return this.createUser(command, context);
      case 'UpdateUser':
        return { command: await this.updateUser(command, context) };
      case 'ResetUserPassword': {
        await this.accountOf(command.data.userId);
        await context.precheck(command);
        const { temporaryPassword } = context.lookUpData as AccountLookUpData['ResetUserPassword'];
        await this.authentication.setPassword(command.data.userId, temporaryPassword, {
          temporary: true,
          field: 'id',
        });
        return { command };
      }
      case 'ChangeMyPassword': {
        await context.precheck(command);
        const { newPassword } = context.lookUpData as AccountLookUpData['ChangeMyPassword'];
        await this.authentication.setPassword(command.data.userId, newPassword, {
          temporary: false,
          field: 'newPassword',
        });
        return { command };
      }
      case 'SignOut': {
        await context.precheck(command);
        const { tokenId, expiresAt } = context.lookUpData as AccountLookUpData['SignOut'];
        await this.authentication.signOut(tokenId, expiresAt);
        return { command };
      }
      case 'RecordSignInFailure':
      case 'RecordSignInLockout':
        return { command };
      default: {
        const unknown: never = command;
        return unknown;
      }
    }
  }

  private async createUser(
    command: Extract<UserAccountCommand, { type: 'CreateUser' }>,
    context: LookUpContext<UserAccountCommand>,
  ): Promise<CompletedCommand<UserAccountCommand>> {
    const { password, fullName, email } = context.lookUpData as NewAccountSecrets;
    // Ask the domain first (only an administrator creates accounts), with the id still to be given.
    await context.precheck({ ...command, data: { ...command.data, userId: ACCOUNT_TO_BE_CREATED } });
    const { data } = command;
    const account = await this.authentication.createUser({
      username: data.username,
      password,
      fullName,
      roles: data.roles,
      dependency: data.dependency,
      email: email ?? null,
    });
    return {
      id: account.id,
      command: { ...command, data: { ...data, userId: account.id, username: account.username } },
    };
  }

  /** The account as it stands completes the command; the store changes only if the domain records a change. */
  private async updateUser(
    command: UpdateUser,
    context: LookUpContext<UserAccountCommand>,
  ): Promise<UpdateUser> {
    const account = await this.accountOf(command.data.userId);
    const { fullName, email: newEmail } = context.lookUpData as AccountLookUpData['UpdateUser'];
    const email = newEmail === undefined ? account.email : normalizeEmail(newEmail);
    const problem = validateEmail(email);
    if (problem !== null) throw new BadUserInput('email', problem);
    const completed: UpdateUser = {
      ...command,
      data: {
        ...command.data,
        current: { roles: account.roles, active: account.active },
        fullNameChanged: fullName !== account.fullName,
        emailChanged: email !== account.email,
      },
    };
    const [change] = (await context.precheck(completed)) as readonly UserUpdated[];
    if (change !== undefined) {
      await this.authentication.updateAccount(account.id, {
        fullName,
        email,
        roles: change.data.roles,
        active: change.data.active,
        endSessions: change.data.sessionsEnded,
      });
    }
    return completed;
  }

  private async accountOf(userId: string) {
    const account = await this.users.findById(userId);
    if (account === null) throw new NotFound(`No existe la cuenta ${userId}.`);
    return account;
  }
}

/** What a creation carries as the account id until the identity store gives it. */
export const ACCOUNT_TO_BE_CREATED = 'PENDIENTE';

/** A staff account's facts: `user-<id>`. */
export const userAccount: AggregateType<UserAccountCommand, UserAccountEvent, UserAccountState> = {
  decider: userAccountDecider,
  schemaVersions: USER_ACCOUNT_EVENT_SCHEMA_VERSIONS,
  streamOf: userAccountStreamOf,
  lookUps: UserAccountLookUps,
};

/** A day's sign-in attempts that name no account: `sign-in-<AAAA-MM-DD>` (Bogotá's calendar day). */
export const signInDay: AggregateType<SignInCommand, SignInEvent, SignInDayState> = {
  decider: signInDayDecider,
  schemaVersions: SIGN_IN_EVENT_SCHEMA_VERSIONS,
  streamOf: signInStreamOf,
};
