// Commands of the users feature: signing in and creating staff accounts.
import { Command } from '@nestjs/cqrs';
import type { CommandMetadata } from '../engine/commands/command-metadata.js';
import type { ActorRole } from '../domain/shared/decider.js';
import type { AuthenticatedSession, UserAccount } from './authentication-service.js';

export class LogIn extends Command<AuthenticatedSession> {
  constructor(
    readonly username: string,
    readonly password: string,
  ) {
    super();
  }
}

export class CreateUser extends Command<UserAccount> {
  constructor(
    readonly input: {
      readonly username: string;
      readonly password: string;
      readonly fullName: string;
      readonly roles: readonly ActorRole[];
      readonly dependency: string | null;
    },
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
