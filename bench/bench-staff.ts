// The staff the benchmarks act as: the bootstrap administrator and accounts created through the
// CreateUser command, plus the metadata every command they send carries.
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandMetadata } from '../src/engine/commands/command-metadata.js';
import type { Actor, ActorRole } from '../src/domain/shared/decider.js';
import { AuthenticationService } from '../src/identity/authentication-service.js';
import { RunCommand } from '../src/engine/commands/run-command.js';
import { ACCOUNT_TO_BE_CREATED, userAccount } from '../src/identity/commands.js';
import { BENCH_ADMIN } from './bench-app.js';

/** What a command handler receives from the GraphQL layer: a fresh command id, the caller, now. */
export function commandMetadata(actor: Actor, correlationId: string = randomUUID()): CommandMetadata {
  const commandId = randomUUID();
  return { commandId, actor, correlationId, causationId: commandId, issuedAt: new Date().toISOString() };
}

export async function benchAdministrator(app: INestApplication): Promise<Actor> {
  const { user } = await app.get(AuthenticationService).login(BENCH_ADMIN.username, BENCH_ADMIN.password);
  return { id: user.id, role: 'ADMIN' };
}

/** Creates the account through the CreateUser command, as an administrator would. */
export async function createStaffMember(
  app: INestApplication,
  administrator: Actor,
  username: string,
  role: ActorRole,
): Promise<Actor> {
  const { id } = await app.get(CommandBus).execute(
    new RunCommand(
      userAccount,
      null,
      {
        type: 'CreateUser',
        data: { userId: ACCOUNT_TO_BE_CREATED, username, roles: [role], dependency: 'Atención al Cliente' },
      },
      commandMetadata(administrator),
      { lookUpData: { password: `${username}-clave-bench`, fullName: `Funcionario ${username}` } },
    ),
  );
  return { id, role };
}
