// Signing in, and creating staff accounts. Credentials live in the identity store; the creation is
// also recorded as a UserCreated event, so who gave whom which roles is in the audit trail.
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { eventIdFor } from '../engine/commands/command-executor.js';
import { EVENT_STORE, type EventStore } from '../engine/eventstore/event-store.js';
import {
  AuthenticationService,
  type AuthenticatedSession,
  type UserAccount,
} from './authentication-service.js';
import { CreateUser, LogIn } from './users.commands.js';

export const USER_STREAM_PREFIX = 'user-';

@CommandHandler(LogIn)
export class LogInHandler implements ICommandHandler<LogIn> {
  constructor(@Inject(AuthenticationService) private readonly authentication: AuthenticationService) {}

  execute({ username, password }: LogIn): Promise<AuthenticatedSession> {
    return this.authentication.login(username, password);
  }
}

@CommandHandler(CreateUser)
export class CreateUserHandler implements ICommandHandler<CreateUser> {
  constructor(
    @Inject(AuthenticationService) private readonly authentication: AuthenticationService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ input, metadata }: CreateUser): Promise<UserAccount> {
    const user = await this.authentication.createUser(input);
    const stream = `${USER_STREAM_PREFIX}${user.id}`;
    // The staff member's name stays out of the log like any other personal data; the account id,
    // username, roles and dependency are what an auditor needs.
    await this.store.append(
      stream,
      [
        {
          id: eventIdFor(metadata.commandId, stream, 0),
          type: 'UserCreated',
          schemaVersion: 1,
          data: { userId: user.id, username: user.username, roles: user.roles, dependency: user.dependency },
          metadata: {
            actorId: metadata.actor.id,
            actorRole: metadata.actor.role,
            occurredAt: metadata.issuedAt,
            correlationId: metadata.correlationId,
            causationId: metadata.causationId,
          },
        },
      ],
      'no_stream',
    );
    return user;
  }
}
