// Sessions and staff accounts: login is the one public operation; accounts are the ADMIN's.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../domain/shared/decider.js';
import { USER_STORE, type UserStore, type UserAccount } from '../user-store.js';
import { CreateUser, LogIn } from '../users.commands.js';
import { ALL_ROLES, CurrentActor, Public, Roles, type GraphQLRequestContext } from '../auth.js';
import { CommandMetadataFactory } from '../../graphql/command-metadata.factory.js';
import { AuthPayload, CreateUserInput, LoginArgs, User } from './identity.types.js';

@Resolver(() => User)
export class IdentityResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(CommandMetadataFactory) private readonly metadata: CommandMetadataFactory,
    @Inject(USER_STORE) private readonly userStore: UserStore,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Inicia sesión y entrega un token de acceso.' })
  @Public()
  login(@Args() { username, password }: LoginArgs): Promise<AuthPayload> {
    return this.commands.execute(new LogIn(username, password));
  }

  @Mutation(() => User, { description: 'Crea una cuenta de funcionario (solo ADMIN).' })
  @Roles('ADMIN')
  createUser(
    @Args('input') input: CreateUserInput,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLRequestContext,
  ): Promise<UserAccount> {
    return this.commands.execute(
      new CreateUser(
        {
          username: input.username,
          password: input.password,
          fullName: input.fullName,
          roles: input.roles,
          dependency: input.dependency ?? null,
        },
        this.metadata.create(actor, context),
      ),
    );
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
