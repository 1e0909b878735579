// Sessions and staff accounts: login is the one public operation; accounts are the ADMIN's.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../domain/shared/decider.js';
import type { CommandOrigin } from '../../engine/commands/command-metadata.js';
import { RunCommand } from '../../engine/commands/run-command.js';
import { AuthenticationService } from '../authentication-service.js';
import { ACCOUNT_TO_BE_CREATED, userAccount, type NewAccountSecrets } from '../commands.js';
import { USER_STORE, type UserStore, type UserAccount } from '../user-store.js';
import { ALL_ROLES, CurrentActor, Origin, Public, Roles } from '../auth.js';
import { AuthPayload, CreateUserInput, LoginArgs, User } from './identity.types.js';

@Resolver(() => User)
export class IdentityResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(AuthenticationService) private readonly authentication: AuthenticationService,
    @Inject(USER_STORE) private readonly userStore: UserStore,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Inicia sesión y entrega un token de acceso.' })
  @Public()
  login(@Args() { username, password }: LoginArgs): Promise<AuthPayload> {
    // Signing in changes nothing in the log: it checks credentials and issues a token.
    return this.authentication.login(username, password);
  }

  @Mutation(() => User, { description: 'Crea una cuenta de funcionario (solo ADMIN).' })
  @Roles('ADMIN')
  async createUser(
    @Args('input') input: CreateUserInput,
    @Origin() origin: CommandOrigin,
  ): Promise<UserAccount> {
    const secrets: NewAccountSecrets = { password: input.password, fullName: input.fullName };
    const command = {
      type: 'CreateUser' as const,
      data: {
        userId: ACCOUNT_TO_BE_CREATED,
        username: input.username,
        roles: input.roles,
        dependency: input.dependency ?? null,
      },
    };
    const { id } = await this.commands.execute(
      new RunCommand(userAccount, null, command, origin, { lookUpData: secrets }),
    );
    const account = await this.userStore.findById(id);
    if (account === null) throw new Error(`La cuenta ${id} no quedó en el almacén de identidad.`);
    return account;
  }

  @Query(() => User, { description: 'El usuario de la sesión.' })
  @Roles(...ALL_ROLES)
  async me(@CurrentActor() actor: Actor): Promise<UserAccount | null> {
    return this.userStore.findById(actor.id);
  }

  @Query(() => [User], { description: 'Funcionarios (para asignar casos).' })
  @Roles('ADMIN', 'COORDINATOR', 'AUDITOR')
  users(): Promise<UserAccount[]> {
    return this.userStore.list();
  }
}
