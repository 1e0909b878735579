// Signing in and staff accounts: checks credentials and issues access tokens, creates users with
// hashed passwords, and creates the first administrator of an empty installation.
import { randomBytes, randomUUID } from 'node:crypto';
import { BadUserInput, Unauthenticated } from '../engine/application-errors.js';
import { ConfigurationError } from '../config/configuration.js';
import { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword, type ScryptCost } from './password-hasher.js';
import type { AccessTokenClaims, TokenService } from './token-service.js';
import {
  UsernameTakenError,
  validatePassword,
  validateRoles,
  validateUsername,
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
}

export interface AuthenticationServiceOptions {
  /** Strong by default; tests pass a cheap one. */
  readonly scryptCost?: ScryptCost;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

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
    const stored = await this.users.findByUsername(username.trim());
    const passwordMatches = await verifyPassword(password, stored?.passwordHash ?? (await this.dummyHash));
    if (!stored || !passwordMatches || !stored.active) throw new InvalidCredentialsError();

    const { passwordHash: _passwordHash, ...user } = stored;
    const token = await this.tokens.issue({ userId: user.id, username: user.username, roles: user.roles });
    return { token, user };
  }

  /**
   * The signed-in user a token names, with the roles the account has now: unlike the token alone, a
   * deactivated account or a withdrawn role stops working before the token expires.
   */
  async verify(token: string): Promise<AccessTokenClaims> {
    const claims = await this.tokens.verify(token);
    const user = await this.users.findById(claims.userId);
    if (!user || !user.active) throw new Unauthenticated('La cuenta no existe o está inactiva.');
    return { userId: user.id, username: user.username, roles: user.roles };
  }

  /** Throws `BadUserInput` (naming the field) for an invalid value and `UsernameTakenError` for a taken name. */
  async createUser(input: NewUserInput): Promise<UserAccount> {
    const username = input.username.trim();
    const fullName = input.fullName.trim();
    const roles = [...new Set(input.roles)];
    const dependency = input.dependency?.trim() || null;
    const problems: [field: string, message: string | null][] = [
      ['username', validateUsername(username)],
      ['password', validatePassword(input.password)],
      ['fullName', fullName === '' ? 'El nombre completo es obligatorio.' : null],
      ['roles', validateRoles(roles)],
    ];
    const problem = problems.find(([, message]) => message !== null);
    if (problem) throw new BadUserInput(problem[0], problem[1]!);

    return this.users.create({
      id: this.newId(),
      username,
      fullName,
      roles,
      dependency,
      active: true,
      createdAt: this.now().toISOString(),
      passwordHash: await hashPassword(input.password, this.scryptCost),
    });
  }

  /**
   * On an installation without users, creates an ADMIN from VENTANILLA_BOOTSTRAP_ADMIN
   * (`username:password`) or, without it, "admin" with a random password written once to `log`.
   * Returns null, changing nothing, when any user exists.
   */
  async bootstrapAdmin(
    envValue: string | null | undefined,
    log: (line: string) => void,
  ): Promise<UserAccount | null> {
    if ((await this.users.count()) > 0) return null;

    const fromEnv = envValue?.trim() ? parseBootstrapAdmin(envValue.trim()) : null;
    const username = fromEnv?.username ?? BOOTSTRAP_ADMIN_USERNAME;
    const password = fromEnv?.password ?? randomBytes(18).toString('base64url');
    let admin: UserAccount;
    try {
      admin = await this.createUser({ username, password, fullName: 'Administrador', roles: ['ADMIN'] });
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

/** `username:password`; the password may itself contain colons. */
function parseBootstrapAdmin(value: string): { username: string; password: string } {
  const separator = value.indexOf(':');
  const username = separator > 0 ? value.slice(0, separator) : '';
  const password = separator > 0 ? value.slice(separator + 1) : '';
  const problem = separator > 0 ? (validateUsername(username) ?? validatePassword(password)) : null;
  if (separator <= 0 || problem) {
    throw new ConfigurationError(
      'VENTANILLA_BOOTSTRAP_ADMIN',
      `debe tener la forma usuario:contraseña${problem ? ` (${problem})` : ''}`,
    );
  }
  return { username, password };
}
