// Short-lived upload tokens for the public: the filing form asks for one (no login) and sends it back with
// each file in `X-Upload-Token`. HS256 JWTs (jose) under a key of their own, derived from the staff tokens'
// secret (HKDF), with an audience of their own too: an upload token never opens a staff session, nor a staff
// token's signature an upload.
import { hkdfSync, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'ventanilla';
const AUDIENCE = 'ventanilla/public-upload';
/** Long enough to fill the form on a slow connection, short enough that a leaked token soon expires. */
export const UPLOAD_TOKEN_TTL_SECONDS = 2 * 60 * 60;

export interface IssuedUploadToken {
  readonly token: string;
  /** ISO-8601 instant. */
  readonly expiresAt: string;
}

export class UploadTokens {
  private readonly key: Uint8Array;

  constructor(
    /** The staff tokens' secret (loadOrCreateJwtSecret); only a key derived from it signs upload tokens. */
    jwtSecret: Uint8Array,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = new Uint8Array(
      hkdfSync('sha256', jwtSecret, new Uint8Array(0), 'ventanilla/upload-tokens', 32),
    );
  }

  async issue(): Promise<IssuedUploadToken> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const expiresAt = issuedAt + UPLOAD_TOKEN_TTL_SECONDS;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setJti(randomUUID())
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
  }

  /** Whether the token is one this server issued and it has not expired. */
  async isValid(token: string): Promise<boolean> {
    try {
      await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: this.now(),
        requiredClaims: ['exp', 'iat', 'jti'],
      });
      return true;
    } catch {
      return false;
    }
  }
}
