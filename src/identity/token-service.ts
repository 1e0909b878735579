// Access tokens: HS256 JWTs (jose) that carry who signed in, with which roles and under which session
// version of the account, each with its own id (so one can be signed out), valid for a configurable time
// (8 hours, a working day, by default).
import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { Unauthenticated } from '../engine/application-errors.js';
import { ConfigurationError } from '../config/configuration.js';
import { loadOrCreateSecret, randomBase64Key } from '../personal-data/secret-file.js';
import { USER_ROLES, type UserRole } from './user-store.js';

export const JWT_SECRET_FILE = 'jwt.secret';
const MIN_SECRET_LENGTH = 32;
const ISSUER = 'ventanilla';
const TTL_UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

export interface AccessTokenClaims {
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly UserRole[];
  /** The account's session version when the token was issued (see StoredUser.sessionVersion). */
  readonly sessionVersion: number;
}

/** A verified token's claims, with its own id and expiry. */
export interface VerifiedToken extends AccessTokenClaims {
  readonly tokenId: string;
  /** ISO-8601 instant. */
  readonly expiresAt: string;
}

export class InvalidTokenError extends Unauthenticated {
  constructor(readonly reason: 'EXPIRED' | 'INVALID') {
    super(
      reason === 'EXPIRED'
        ? 'La sesión expiró: inicie sesión de nuevo.'
        : 'La sesión no es válida: inicie sesión de nuevo.',
    );
    this.name = 'InvalidTokenError';
  }
}

/**
 * The signing secret from VENTANILLA_JWT_SECRET (at least 32 characters, used as its UTF-8 bytes) or,
 * without it, from `${dataDir}/jwt.secret`, created with owner-only permissions on first use. Replacing
 * it signs everyone out, nothing more.
 */
export function loadOrCreateJwtSecret(dataDir: string, envValue?: string | null): Uint8Array {
  return loadOrCreateSecret({
    dataDir,
    fileName: JWT_SECRET_FILE,
    variable: 'VENTANILLA_JWT_SECRET',
    envValue,
    generate: () => randomBase64Key(MIN_SECRET_LENGTH),
    parse: (text) => (text.length >= MIN_SECRET_LENGTH ? new TextEncoder().encode(text) : null),
    requirement: `debe tener al menos ${MIN_SECRET_LENGTH} caracteres (genere uno con: openssl rand -base64 32)`,
  });
}

export class TokenService {
  private readonly ttlSeconds: number;

  /**
   * @param ttl lifetime of a token: seconds, or a duration such as "8h", "30m", "1d"
   * @param now the clock that stamps and checks tokens; the wall clock unless a test fixes it
   */
  constructor(
    private readonly secret: Uint8Array,
    ttl: string | number = '8h',
    private readonly now: () => Date = () => new Date(),
  ) {
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new ConfigurationError('VENTANILLA_JWT_SECRET', `debe tener al menos ${MIN_SECRET_LENGTH} bytes`);
    }
    this.ttlSeconds = parseTtl(ttl);
  }

  async issue({ userId, username, roles, sessionVersion }: AccessTokenClaims): Promise<string> {
    // Stamped from the injected clock rather than jose's relative "8h", which always reads the wall clock.
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    return new SignJWT({ username, roles: [...roles], sv: sessionVersion })
      .setJti(randomUUID())
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(ISSUER)
      .setSubject(userId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.secret);
  }

  /** The token's claims; throws `InvalidTokenError` when it is forged, malformed or expired. */
  async verify(token: string): Promise<VerifiedToken> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: ISSUER,
        currentDate: this.now(),
        requiredClaims: ['sub', 'exp', 'iat', 'jti'],
      }));
    } catch (error) {
      throw new InvalidTokenError(error instanceof errors.JWTExpired ? 'EXPIRED' : 'INVALID');
    }
    const { sub, username, roles, sv, jti, exp } = payload;
    if (
      typeof sub !== 'string' ||
      typeof username !== 'string' ||
      typeof jti !== 'string' ||
      typeof exp !== 'number' ||
      // Tokens issued before sessions had versions carry none: they are refused, and the user signs in again.
      typeof sv !== 'number' ||
      !Number.isInteger(sv) ||
      !Array.isArray(roles) ||
      !roles.every((role) => (USER_ROLES as readonly unknown[]).includes(role))
    ) {
      throw new InvalidTokenError('INVALID');
    }
    return {
      userId: sub,
      username,
      roles: roles as UserRole[],
      sessionVersion: sv,
      tokenId: jti,
      expiresAt: new Date(exp * 1000).toISOString(),
    };
  }
}

function parseTtl(ttl: string | number): number {
  if (typeof ttl === 'number' && Number.isInteger(ttl) && ttl > 0) return ttl;
  const match = typeof ttl === 'string' ? /^(\d+)([smhd])$/.exec(ttl) : null;
  const seconds = match ? Number(match[1]) * TTL_UNIT_SECONDS[match[2] as keyof typeof TTL_UNIT_SECONDS] : 0;
  if (seconds <= 0) {
    throw new ConfigurationError(
      'VENTANILLA_TOKEN_TTL',
      `debe ser una duración como 8h o 30m (recibido "${ttl}")`,
    );
  }
  return seconds;
}
