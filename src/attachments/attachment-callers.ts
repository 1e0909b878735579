// Who calls an attachment route. These routes admit two kinds of caller, so they are @Public() to the
// application's role guard and checked here instead: a staff member by their bearer token, in the most
// privileged of their roles the route allows (as the role guard chooses), or — without a token — the public,
// by an upload token (uploads) or a radicado and its access code (downloads), counted per client address.
import {
  applyDecorators,
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { ActorRole } from '../domain/shared/decider.js';
import { Forbidden, Unauthenticated } from '../engine/application-errors.js';
import {
  ACCESS_TOKEN_VERIFIER,
  clientAddressOf,
  Public,
  ROLE_PRECEDENCE,
  type AccessTokenVerifier,
  type AuthenticatedUser,
} from '../identity/auth.js';
import { PublicRateLimits } from '../public-channel/public-rate-limits.js';
import { UploadTokens } from './upload-tokens.js';

/** The caller the guard found, on the request for the handler. */
export type AttachmentCaller =
  | { readonly kind: 'STAFF'; readonly actorId: string; readonly role: ActorRole }
  /** A citizen holding a valid upload token. */
  | { readonly kind: 'PUBLIC_UPLOAD' }
  /** Anyone holding a radicado and a code; whether they match is the download's to check. */
  | { readonly kind: 'PUBLIC_ACCESS_CODE'; readonly radicado: string; readonly accessCode: string };

export type AttachmentRequest = Request & {
  attachmentCaller?: AttachmentCaller;
  /** The name of the file being received, noted before its bytes arrive (for a refusal that names it). */
  attachmentFileName?: string;
};

interface CallerPolicy {
  readonly staff: readonly ActorRole[];
  /** How the public proves it may call: an upload token, or a radicado with its access code. */
  readonly public: 'UPLOAD_TOKEN' | 'ACCESS_CODE';
}

const POLICY_KEY = 'ventanilla:attachment-callers';
export const UPLOAD_TOKEN_HEADER = 'x-upload-token';

/** The route admits these staff roles by token, and the public by the named proof. */
export const AttachmentCallers = (policy: CallerPolicy) =>
  applyDecorators(Public(), SetMetadata(POLICY_KEY, policy), UseGuards(AttachmentCallerGuard));

@Injectable()
export class AttachmentCallerGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ACCESS_TOKEN_VERIFIER) private readonly tokens: AccessTokenVerifier,
    @Inject(UploadTokens) private readonly uploadTokens: UploadTokens,
    @Inject(PublicRateLimits) private readonly rateLimits: PublicRateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<CallerPolicy | undefined>(POLICY_KEY, context.getHandler());
    if (policy === undefined) throw new Forbidden('Operación sin roles declarados: se niega por defecto.');
    const req = context.switchToHttp().getRequest<AttachmentRequest>();
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    req.attachmentCaller =
      bearer !== undefined
        ? await this.staff(bearer, policy.staff)
        : policy.public === 'UPLOAD_TOKEN'
          ? await this.uploader(req)
          : await this.codeHolder(req);
    return true;
  }

  private async staff(bearer: string, allowed: readonly ActorRole[]): Promise<AttachmentCaller> {
    let user: AuthenticatedUser;
    try {
      user = await this.tokens.verify(bearer);
    } catch {
      throw new Unauthenticated('La sesión no es válida o expiró: inicie sesión de nuevo.');
    }
    const role = ROLE_PRECEDENCE.find(
      (candidate) => allowed.includes(candidate) && user.roles.includes(candidate),
    );
    if (role === undefined) throw new Forbidden();
    if (user.mustChangePassword)
      throw new Forbidden('Su contraseña es temporal: cámbiela antes de continuar.');
    return { kind: 'STAFF', actorId: user.userId, role };
  }

  private async uploader(req: AttachmentRequest): Promise<AttachmentCaller> {
    const token = req.headers[UPLOAD_TOKEN_HEADER];
    if (typeof token !== 'string' || token === '') {
      throw new Unauthenticated(
        'Para adjuntar un archivo inicie sesión o, desde la Ventanilla virtual, abra una sesión de carga.',
      );
    }
    if (!(await this.uploadTokens.isValid(token))) {
      throw new Unauthenticated(
        'La sesión de carga de archivos expiró o no es válida: recargue el formulario e intente de nuevo.',
      );
    }
    // Counted before the body is read: an address over its limit is refused without receiving the file.
    await this.rateLimits.consume('upload', clientAddressOf(req));
    return { kind: 'PUBLIC_UPLOAD' };
  }

  private async codeHolder(req: AttachmentRequest): Promise<AttachmentCaller> {
    const { radicado, code } = req.query;
    if (typeof radicado !== 'string' || typeof code !== 'string' || radicado === '' || code === '') {
      throw new Unauthenticated(
        'Para descargar un archivo inicie sesión o indique el radicado y el código de consulta del caso.',
      );
    }
    // Every attempt counts against the tracking look-ups: codes cannot be tried out through the downloads.
    await this.rateLimits.consume('tracking', clientAddressOf(req));
    return { kind: 'PUBLIC_ACCESS_CODE', radicado, accessCode: code };
  }
}
