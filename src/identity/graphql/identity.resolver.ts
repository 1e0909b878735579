// Sessions and staff accounts: login is the one public operation; a session changes its own password and
// signs out; accounts are the ADMIN's. Every change goes through the one command path onto `user-<id>`.
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../domain/shared/decider.js';
import { NotFound } from '../../engine/application-errors.js';
import type { CommandOrigin } from '../../engine/commands/command-metadata.js';
import { RunCommand } from '../../engine/commands/run-command.js';
import { temporaryPassword, type AuthenticatedSession } from '../authentication-service.js';
import {
  ACCOUNT_TO_BE_CREATED,
  userAccount,
  type AccountLookUpData,
  type NewAccountSecrets,
} from '../commands.js';
import { SignInService } from '../sign-in-service.js';
import { USER_STORE, type UserStore, type UserAccount } from '../user-store.js';
import {
  ALL_ROLES,
  BeforePasswordChange,
  ClientAddress,
  CurrentActor,
  CurrentUser,
  Origin,
  Public,
  Roles,
  type AuthenticatedUser,
} from '../auth.js';
import {
  AuthPayload,
  ChangeMyPasswordArgs,
  CreateUserInput,
  LoginArgs,
  PasswordResetPayload,
  UpdateUserInput,
  User,
} from './identity.types.js';

@Resolver(() => User)
export class IdentityResolver {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(SignInService) private readonly signIn: SignInService,
    @Inject(USER_STORE) private readonly userStore: UserStore,
  ) {}

  @Mutation(() => AuthPayload, {
    description:
      'Inicia sesión y entrega un token de acceso. Tras 5 intentos fallidos (por usuario o por dirección) cada ' +
      'intento espera más, y luego se bloquea por un tiempo: TOO_MANY_REQUESTS (HTTP 429).',
  })
  @Public()
  login(
    @Args() { username, password }: LoginArgs,
    @ClientAddress() clientAddress: string,
  ): Promise<AuthenticatedSession> {
    return this.signIn.signIn(username, password, clientAddress);
  }

  @Mutation(() => Boolean, { description: 'Cierra la sesión: su token deja de servir.' })
  @Roles(...ALL_ROLES)
  @BeforePasswordChange()
  async logout(@CurrentUser() user: AuthenticatedUser, @Origin() origin: CommandOrigin): Promise<boolean> {
    if (user.token === undefined) return false;
    const lookUpData: AccountLookUpData['SignOut'] = {
      tokenId: user.token.id,
      expiresAt: user.token.expiresAt,
    };
    await this.commands.execute(
      new RunCommand(userAccount, user.userId, { type: 'SignOut', data: { userId: user.userId } }, origin, {
        lookUpData,
      }),
    );
    return true;
  }

  @Mutation(() => AuthPayload, {
    description:
      'Cambia la contraseña propia con la actual; cierra las demás sesiones y entrega un token nuevo para esta.',
  })
  @Roles(...ALL_ROLES)
  @BeforePasswordChange()
  changeMyPassword(
    @Args() { currentPassword, newPassword }: ChangeMyPasswordArgs,
    @CurrentUser() user: AuthenticatedUser,
    @ClientAddress() clientAddress: string,
    @Origin() origin: CommandOrigin,
  ): Promise<AuthenticatedSession> {
    return this.signIn.changeMyPassword(user, currentPassword, newPassword, clientAddress, origin);
  }

  @Mutation(() => User, { description: 'Crea una cuenta de funcionario (solo ADMIN).' })
  @Roles('ADMIN')
  async createUser(
    @Args('input') input: CreateUserInput,
    @Origin() origin: CommandOrigin,
  ): Promise<UserAccount> {
    const secrets: NewAccountSecrets = {
      password: input.password,
      fullName: input.fullName,
      email: input.email ?? null,
    };
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
    return this.accountOf(id);
  }

  @Mutation(() => User, {
    description:
      'Cambia el nombre, los roles, el estado o el correo de una cuenta (solo ADMIN). Cambiar roles o desactivarla cierra sus sesiones.',
  })
  @Roles('ADMIN')
  async updateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
    @Origin() origin: CommandOrigin,
  ): Promise<UserAccount> {
    const lookUpData: AccountLookUpData['UpdateUser'] = {
      fullName: input.fullName.trim(),
      ...(input.email === undefined ? {} : { email: input.email }),
    };
    const command = {
      type: 'UpdateUser' as const,
      // The account as it stands (current, whether the name changes) is completed by the look-ups.
      data: {
        userId: id,
        current: { roles: [], active: false },
        roles: input.roles,
        active: input.active,
        fullNameChanged: false,
      },
    };
    await this.commands.execute(new RunCommand(userAccount, id, command, origin, { lookUpData }));
    return this.accountOf(id);
  }

  @Mutation(() => PasswordResetPayload, {
    description:
      'Da a una cuenta una contraseña temporal, mostrada esta única vez (solo ADMIN): cierra sus sesiones y ' +
      'obliga a cambiarla al entrar.',
  })
  @Roles('ADMIN')
  async resetUserPassword(
    @Args('id', { type: () => ID }) id: string,
    @Origin() origin: CommandOrigin,
  ): Promise<PasswordResetPayload> {
    const lookUpData: AccountLookUpData['ResetUserPassword'] = { temporaryPassword: temporaryPassword() };
    await this.commands.execute(
      new RunCommand(userAccount, id, { type: 'ResetUserPassword', data: { userId: id } }, origin, {
        lookUpData,
      }),
    );
    return { user: await this.accountOf(id), temporaryPassword: lookUpData.temporaryPassword };
  }

  @Query(() => User, { description: 'El usuario de la sesión.' })
  @Roles(...ALL_ROLES)
  @BeforePasswordChange()
  async me(@CurrentActor() actor: Actor): Promise<UserAccount | null> {
    return this.userStore.findById(actor.id);
  }

  @Query(() => [User], { description: 'Funcionarios (para asignar casos, y para administrarlos).' })
  @Roles('ADMIN', 'COORDINATOR', 'AUDITOR')
  users(): Promise<UserAccount[]> {
    return this.userStore.list();
  }

  private async accountOf(id: string): Promise<UserAccount> {
    const account = await this.userStore.findById(id);
    if (account === null) throw new NotFound(`No existe la cuenta ${id}.`);
    return account;
  }
}
