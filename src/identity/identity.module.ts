// Identity: sign-in (throttled, its failures recorded) and staff accounts (the account's look-ups, its
// GraphQL part), and the first administrator of an empty installation, created through the command path
// like any other account. The guard, the token verifier and the stores are wired by the infrastructure
// module, for GraphQL and plain routes alike.
import { Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { VENTANILLA_CONFIG } from '../config/config-token.js';
import type { VentanillaConfig } from '../config/configuration.js';
import type { Actor } from '../domain/shared/decider.js';
import { RunCommand } from '../engine/commands/run-command.js';
import { AuthenticationService, type NewUserInput } from './authentication-service.js';
import {
  ACCOUNT_TO_BE_CREATED,
  UserAccountLookUps,
  userAccount,
  type NewAccountSecrets,
} from './commands.js';
import { IdentityResolver } from './graphql/identity.resolver.js';
import { DEFAULT_SIGN_IN_THROTTLE_POLICY, SignInThrottle } from './sign-in-throttle.js';
import { SignInService } from './sign-in-service.js';
import { USER_STORE, type UserAccount, type UserStore } from './user-store.js';

/**
 * Who creates the first administrator: no one is signed in yet; the installation does it with the
 * authority its configuration (VENTANILLA_BOOTSTRAP_ADMIN) grants.
 */
export const INSTALLATION: Actor = { id: 'instalacion', role: 'ADMIN' };

@Module({
  providers: [
    UserAccountLookUps,
    IdentityResolver,
    SignInService,
    {
      provide: SignInThrottle,
      useFactory: (config: VentanillaConfig) =>
        new SignInThrottle({
          ...DEFAULT_SIGN_IN_THROTTLE_POLICY,
          lockoutSeconds: config.signIn.lockoutSeconds,
          firstDelaySeconds: config.signIn.firstDelaySeconds,
        }),
      inject: [VENTANILLA_CONFIG],
    },
  ],
})
export class IdentityModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Ventanilla');

  constructor(
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(AuthenticationService) private readonly authentication: AuthenticationService,
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(USER_STORE) private readonly users: UserStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.authentication.bootstrapAdmin(
      this.config.bootstrapAdmin ?? undefined,
      (line) => this.logger.warn(line),
      (input) => this.createFirstAdministrator(input),
    );
  }

  private async createFirstAdministrator(input: NewUserInput): Promise<UserAccount> {
    const secrets: NewAccountSecrets = { password: input.password, fullName: input.fullName };
    const { id } = await this.commands.execute(
      new RunCommand(
        userAccount,
        null,
        {
          type: 'CreateUser',
          data: {
            userId: ACCOUNT_TO_BE_CREATED,
            username: input.username,
            roles: input.roles,
            dependency: null,
          },
        },
        { actor: INSTALLATION, correlationId: 'primer-arranque' },
        { lookUpData: secrets },
      ),
    );
    const admin = await this.users.findById(id);
    if (admin === null) throw new Error(`La cuenta ${id} no quedó en el almacén de identidad.`);
    return admin;
  }
}
