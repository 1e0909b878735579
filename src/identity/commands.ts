// Staff accounts on the command path: creating one is recorded as UserCreated on `user-<id>`, so who gave
// whom which roles is in the audit trail. The account itself — credentials and the person's name — lives
// in the identity store, which the look-ups write once the domain accepts the command.
import { Inject, Injectable } from '@nestjs/common';
import {
  USER_ACCOUNT_EVENT_SCHEMA_VERSIONS,
  userAccountDecider,
  userAccountStreamOf,
  type UserAccountCommand,
  type UserAccountEvent,
  type UserAccountState,
} from '../domain/user-account/index.js';
import type {
  AggregateType,
  CommandLookUps,
  CompletedCommand,
  LookUpContext,
} from '../engine/commands/run-command.js';
import { AuthenticationService } from './authentication-service.js';

/** What the identity store needs besides what the log keeps; handed to the look-ups only. */
export interface NewAccountSecrets {
  readonly password: string;
  readonly fullName: string;
}

@Injectable()
export class UserAccountLookUps implements CommandLookUps<UserAccountCommand> {
  constructor(@Inject(AuthenticationService) private readonly authentication: AuthenticationService) {}

  async complete(
    command: UserAccountCommand,
    context: LookUpContext<UserAccountCommand>,
  ): Promise<CompletedCommand<UserAccountCommand>> {
    const { password, fullName } = context.lookUpData as NewAccountSecrets;
    // Ask the domain first (only an administrator creates accounts), with the id still to be given.
    await context.precheck({ ...command, data: { ...command.data, userId: ACCOUNT_TO_BE_CREATED } });
    const { data } = command;
    const account = await this.authentication.createUser({
      username: data.username,
      password,
      fullName,
      roles: data.roles,
      dependency: data.dependency,
    });
    return {
      id: account.id,
      command: { ...command, data: { ...data, userId: account.id, username: account.username } },
    };
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
