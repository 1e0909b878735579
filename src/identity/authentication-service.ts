// Signing in and staff accounts: checks credentials and issues access tokens, checks a session against
// the account on every request (its status, its session version, a sign-out), keeps accounts and their
// hashed passwords, and creates the first administrator of an empty installation.
import { randomBytes, randomUUID } from 'node:crypto';
import { BadUserInput, Unauthenticated } from '../engine/application-errors.js';
import { ConfigurationError } from '../config/configuration.js';
import { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword, type ScryptCost } from './password-hasher.js';
import type { AuthenticatedUser } from './auth.js';
import type { TokenService } from './token-service.js';
import {
  UsernameTakenError,
  normalizeEmail,
  validateEmail,
  validatePassword,
  validateRoles,
  validateUsername,
  type AccountChanges,
  type StoredUser,
  type UserAccount,
  type UserRole,
  type UserStore,
} from './user-store.js';

export type { UserAccount } from './user-store.js';

export interface AuthenticatedSession {
  readonly token: string;
  readonly user: UserAccount;
}

export interface NewUserInput {
  readonly username: string;
  readonly password: string;
  readonly fullName: string;
  readonly roles: readonly UserRole[];
  readonly dependency?: string | null;
  /** Where the daily digest goes; none when absent or blank. */
  readonly email?: string | null;
}

export interface AuthenticationServiceOptions {
  /** Strong by default; tests pass a cheap one. */
  readonly scryptCost?: ScryptCost;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/** What a check of a username and password found; the caller answers every failure alike. */
export type CredentialsCheck =
  | { readonly outcome: 'ACCEPTED'; readonly user: StoredUser }
  | { readonly outcome: 'UNKNOWN_USERNAME' }
  | { readonly outcome: 'WRONG_PASSWORD' | 'ACCOUNT_INACTIVE'; readonly user: StoredUser };

/** One error, one message, for an unknown user, a wrong password and an inactive account alike. */
export class InvalidCredentialsError extends Unauthenticated {
  constructor() {
    super('Usuario o contraseña incorrectos.');
    this.name = 'InvalidCredentialsError';
  }
}

export const BOOTSTRAP_ADMIN_USERNAME = 'admin';

export class AuthenticationService {
  private readonly scryptCost: ScryptCost;
  private readonly now: () => Date;
  private readonly newId: () => string;
  /**
   * What an unknown username is checked against, so it costs the same scrypt work as a wrong password
   * and response time does not tell which usernames exist. Started at once so the first unknown
   * username does not pay for making it.
   */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly users: UserStore,
    private readonly tokens: TokenService,
    options: AuthenticationServiceOptions = {},
  ) {
    this.scryptCost = options.scryptCost ?? DEFAULT_SCRYPT_COST;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.dummyHash = hashPassword(randomBytes(18).toString('base64url'), this.scryptCost);
    // Any failure resurfaces where the hash is awaited; this only keeps it from being "unhandled" meanwhile.
    this.dummyHash.catch(() => undefined);
  }

  /** Throws `InvalidCredentialsError` for any wrong combination, without saying which part was wrong. */
  async login(username: string, password: string): Promise<AuthenticatedSession> {
    const check = await this.checkCredentials(username, password);
    if (check.outcome !== 'ACCEPTED') throw new InvalidCredentialsError();
    return this.openSession(check.user);
  }

  /**
   * Checks a username and password, at the same scrypt cost whether the username exists or not, so the
   * time taken does not tell which usernames exist.
   */
  async checkCredentials(username: string, password: string): Promise<CredentialsCheck> {
    const stored = await this.users.findByUsername(username.trim());
    const passwordMatches = await verifyPassword(password, stored?.passwordHash ?? (await this.dummyHash));
    if (!stored) return { outcome: 'UNKNOWN_USERNAME' };
    if (!passwordMatches) return { outcome: 'WRONG_PASSWORD', user: stored };
    if (!stored.active) return { outcome: 'ACCOUNT_INACTIVE', user: stored };
    return { outcome: 'ACCEPTED', user: stored };
  }

  /** Whether the password is the account's current one (before changing it). */
  async isCurrentPassword(userId: string, password: string): Promise<boolean> {
    const stored = await this.users.findStoredById(userId);
    const matches = await verifyPassword(password, stored?.passwordHash ?? (await this.dummyHash));
    return stored !== null && matches;
  }

  /** A token for the account, under its current session version. */
  async openSession(stored: StoredUser): Promise<AuthenticatedSession> {
    const { passwordHash: _passwordHash, sessionVersion, ...user } = stored;
    const token = await this.tokens.issue({
      userId: user.id,
      username: user.username,
      roles: user.roles,
      sessionVersion,
    });
    return { token, user };
  }

  /** A new session for the account as it stands now (after a password change ended the others). */
  async reopenSession(userId: string): Promise<AuthenticatedSession> {
    const stored = await this.users.findStoredById(userId);
    if (!stored || !stored.active) throw new Unauthenticated('La cuenta no existe o está inactiva.');
    return this.openSession(stored);
  }

  /**
   * The signed-in user a token names, with the roles the account has now: unlike the token alone, a
   * deactivated account, a changed password or role, or a sign-out stops the session before it expires.
   */
  async verify(token: string): Promise<AuthenticatedUser> {
    const claims = await this.tokens.verify(token);
    const user = await this.users.findStoredById(claims.userId);
    if (!user || !user.active) throw new Unauthenticated('La cuenta no existe o está inactiva.');
    if (user.sessionVersion !== claims.sessionVersion || (await this.users.isTokenRevoked(claims.tokenId))) {
      throw new Unauthenticated('La sesión terminó: inicie sesión de nuevo.');
    }
    return {
      userId: user.id,
      username: user.username,
      roles: user.roles,
      mustChangePassword: user.mustChangePassword,
      token: { id: claims.tokenId, expiresAt: claims.expiresAt },
    };
  }

  /** Ends one session: its token is refused from now on. */
  async signOut(tokenId: string, expiresAt: string): Promise<void> {
    await this.users.revokeToken(tokenId, expiresAt);
  }

  /**
   * Changes an account's name, roles, status and e-mail address (ending its sessions when asked); null
   * when unknown. Throws `BadUserInput` naming `email` for an address that is not one.
   */
  async updateAccount(userId: string, changes: AccountChanges): Promise<UserAccount | null> {
    const email = normalizeEmail(changes.email);
    const problem = validateEmail(email);
    if (problem !== null) throw new BadUserInput('email', problem);
    return this.users.update(userId, { ...changes, email });
  }

  /**
   * Gives the account a new password and ends its sessions. A chosen one must meet the policy (a
   * `BadUserInput` names `field`); a temporary one (made by `temporaryPassword()`) must be changed at next use.
   */
  async setPassword(
    userId: string,
    password: string,
    options: { readonly temporary: boolean; readonly field: string },
  ): Promise<void> {
    const stored = await this.users.findStoredById(userId);
    if (!stored) throw new BadUserInput('userId', 'La cuenta no existe.');
    const problem = validatePassword(password, stored.username);
    if (problem !== null) throw new BadUserInput(options.field, problem);
    await this.users.setPassword(userId, await hashPassword(password, this.scryptCost), {
      temporary: options.temporary,
    });
  }

  /** Throws `BadUserInput` (naming the field) for an invalid value and `UsernameTakenError` for a taken name. */
  async createUser(input: NewUserInput): Promise<UserAccount> {
    const username = input.username.trim();
    const fullName = input.fullName.trim();
    const roles = [...new Set(input.roles)];
    const dependency = input.dependency?.trim() || null;
    const email = normalizeEmail(input.email);
    const problems: [field: string, message: string | null][] = [
      ['username', validateUsername(username)],
      ['password', validatePassword(input.password, username)],
      ['fullName', fullName === '' ? 'El nombre completo es obligatorio.' : null],
      ['roles', validateRoles(roles)],
      ['email', validateEmail(email)],
    ];
    const problem = problems.find(([, message]) => message !== null);
    if (problem) throw new BadUserInput(problem[0], problem[1]!);

    return this.users.create({
      id: this.newId(),
      username,
      fullName,
      roles,
      dependency,
      email,
      active: true,
      createdAt: this.now().toISOString(),
      mustChangePassword: false,
      passwordHash: await hashPassword(input.password, this.scryptCost),
      sessionVersion: 0,
    });
  }

  /**
   * On an installation without users, creates an ADMIN from VENTANILLA_BOOTSTRAP_ADMIN
   * (`username:password`) or, without it, "admin" with a random password written once to `log`.
   * Returns null, changing nothing, when any user exists. `create` makes the account: through the command
   * path in the application, so the first administrator is recorded like any other account.
   */
  async bootstrapAdmin(
    envValue: string | null | undefined,
    log: (line: string) => void,
    create: (input: NewUserInput) => Promise<UserAccount> = (input) => this.createUser(input),
  ): Promise<UserAccount | null> {
    if ((await this.users.count()) > 0) return null;

    const fromEnv = envValue?.trim() ? parseBootstrapAdmin(envValue.trim()) : null;
    const username = fromEnv?.username ?? BOOTSTRAP_ADMIN_USERNAME;
    const password = fromEnv?.password ?? temporaryPassword();
    let admin: UserAccount;
    try {
      admin = await create({ username, password, fullName: 'Administrador', roles: ['ADMIN'] });
    } catch (error) {
      // Another instance starting on the same data directory got there first.
      if (error instanceof UsernameTakenError) return null;
      throw error;
    }
    log(
      fromEnv
        ? `Administrador inicial creado: usuario ${username}, con la contraseña de VENTANILLA_BOOTSTRAP_ADMIN.`
        : `Administrador inicial creado: usuario ${username}, contraseña ${password} ` +
            '(cámbiela; no se volverá a mostrar).',
    );
    return admin;
  }
}

/** A random password of 24 characters (18 random bytes): what a reset or a first start hands out once. */
export function temporaryPassword(): string {
  return randomBytes(18).toString('base64url');
}

/** `username:password`; the password may itself contain colons. */
function parseBootstrapAdmin(value: string): { username: string; password: string } {
  const separator = value.indexOf(':');
  const username = separator > 0 ? value.slice(0, separator) : '';
  const password = separator > 0 ? value.slice(separator + 1) : '';
  const problem = separator > 0 ? (validateUsername(username) ?? validatePassword(password, username)) : null;
  if (separator <= 0 || problem) {
    throw new ConfigurationError(
      'VENTANILLA_BOOTSTRAP_ADMIN',
      `debe tener la forma usuario:contraseña${problem ? ` (${problem})` : ''}`,
    );
  }
  return { username, password };
}
