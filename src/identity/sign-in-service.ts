// Signing in and proving the current password, throttled (sign-in-throttle.ts), with every failure and
// lockout recorded in the log: on the account's stream when the attempt named an account, on the day's
// `sign-in-<date>` stream otherwise. No password and no typed username ever reaches an event or a log line.
import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Actor } from '../domain/shared/decider.js';
import { bogotaDateOf } from '../domain/shared/time.js';
import type { SignInCommand, SignInFailureReason } from '../domain/sign-in/index.js';
import { BadUserInput } from '../engine/application-errors.js';
import type { CommandOrigin } from '../engine/commands/command-metadata.js';
import { RunCommand } from '../engine/commands/run-command.js';
import { CLOCK } from '../engine/tokens.js';
import { VentanillaMetrics } from '../infrastructure/metrics/ventanilla-metrics.js';
import type { AuthenticatedUser } from './auth.js';
import {
  AuthenticationService,
  InvalidCredentialsError,
  type AuthenticatedSession,
} from './authentication-service.js';
import { NO_SESSION, signInDay, userAccount, type AccountLookUpData } from './commands.js';
import { SignInThrottle } from './sign-in-throttle.js';

@Injectable()
export class SignInService {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(AuthenticationService) private readonly authentication: AuthenticationService,
    @Inject(SignInThrottle) private readonly throttle: SignInThrottle,
    @Inject(CLOCK) private readonly clock: () => Date,
    // Absent where the metrics module is not loaded.
    @Optional() @Inject(VentanillaMetrics) private readonly metrics: VentanillaMetrics | null = null,
  ) {}

  /** A session for the right credentials; `InvalidCredentialsError` or `TooManyRequests` otherwise. */
  signIn(username: string, password: string, clientAddress: string): Promise<AuthenticatedSession> {
    return this.throttle.attempt(username, clientAddress, async () => {
      const check = await this.authentication.checkCredentials(username, password);
      if (check.outcome === 'ACCEPTED') {
        await this.throttle.recordSuccess(username);
        return this.authentication.openSession(check.user);
      }
      await this.recordFailure({
        username,
        clientAddress,
        reason: check.outcome,
        userId: check.outcome === 'UNKNOWN_USERNAME' ? null : check.user.id,
        actor: NO_SESSION,
      });
      throw new InvalidCredentialsError();
    });
  }

  /**
   * The signed-in user's new password, once the current one is proven (a wrong one counts as a failed
   * sign-in): every other session ends, and this one goes on with the new token returned.
   */
  changeMyPassword(
    user: AuthenticatedUser,
    currentPassword: string,
    newPassword: string,
    clientAddress: string,
    origin: CommandOrigin,
  ): Promise<AuthenticatedSession> {
    return this.throttle.attempt(user.username, clientAddress, async () => {
      if (!(await this.authentication.isCurrentPassword(user.userId, currentPassword))) {
        await this.recordFailure({
          username: user.username,
          clientAddress,
          reason: 'WRONG_CURRENT_PASSWORD',
          userId: user.userId,
          actor: origin.actor,
        });
        throw new BadUserInput('currentPassword', 'La contraseña actual no es correcta.');
      }
      await this.throttle.recordSuccess(user.username);
      const lookUpData: AccountLookUpData['ChangeMyPassword'] = { newPassword };
      await this.commands.execute(
        new RunCommand(
          userAccount,
          user.userId,
          { type: 'ChangeMyPassword', data: { userId: user.userId } },
          origin,
          { lookUpData },
        ),
      );
      return this.authentication.reopenSession(user.userId);
    });
  }

  private async recordFailure(attempt: {
    readonly username: string;
    readonly clientAddress: string;
    readonly reason: SignInFailureReason;
    readonly userId: string | null;
    readonly actor: Actor;
  }): Promise<void> {
    const { clientAddress, reason, userId, actor } = attempt;
    const count = await this.throttle.recordFailure(attempt.username, clientAddress);
    this.metrics?.signInFailed(reason);
    for (const { scope } of count.lockouts) this.metrics?.signInLockedOut(scope);
    const { failuresOfUsername, failuresFromAddress } = count;
    await this.record(actor, userId, {
      type: 'RecordSignInFailure',
      data: { userId, reason, clientAddress, failuresOfUsername, failuresFromAddress },
    });
    for (const { scope, failures, lockedUntil } of count.lockouts) {
      // A lockout of the username belongs to its account; one of an address concerns no account.
      const lockedAccount = scope === 'USERNAME' ? userId : null;
      await this.record(actor, lockedAccount, {
        type: 'RecordSignInLockout',
        data: { userId: lockedAccount, scope, clientAddress, failures, lockedUntil },
      });
    }
  }

  private async record(actor: Actor, userId: string | null, command: SignInCommand): Promise<void> {
    await this.commands.execute(
      userId === null
        ? new RunCommand(signInDay, bogotaDateOf(this.clock().toISOString()), command, { actor })
        : new RunCommand(userAccount, userId, command, { actor }),
    );
  }
}
