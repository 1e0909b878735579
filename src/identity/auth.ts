// Authentication and role checks for every GraphQL operation and plain route (report downloads) alike: a
// valid bearer token is required unless the handler is @Public(); @Roles() names who may call it. The
// actor of a command is the caller, acting in the most privileged of their roles the operation allows.
// A session opened with a temporary password reaches only what @BeforePasswordChange() marks.
import {
  createParamDecorator,
  Inject,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import { Forbidden, Unauthenticated } from '../engine/application-errors.js';
import type { CommandOrigin } from '../engine/commands/command-metadata.js';
import type { Actor, ActorRole, StaffRole } from '../domain/shared/decider.js';

export const ROLE_PRECEDENCE: readonly StaffRole[] = ['ADMIN', 'COORDINATOR', 'AGENT', 'AUDITOR'];
const ROLES_KEY = 'ventanilla:roles';
const PUBLIC_KEY = 'ventanilla:public';
const BEFORE_PASSWORD_CHANGE_KEY = 'ventanilla:before-password-change';

/** The staff role an event's actor acted in, or null for one recorded with no session (a failed sign-in). */
export function staffRoleOf(recordedRole: string): StaffRole | null {
  return (ROLE_PRECEDENCE as readonly string[]).includes(recordedRole) ? (recordedRole as StaffRole) : null;
}

/** Everyone signed in: every role reads. */
export const ALL_ROLES: readonly StaffRole[] = ROLE_PRECEDENCE;

export const Roles = (...roles: ActorRole[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Open to a session whose password is a temporary one: who am I, change my password, sign out. */
export const BeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);

export interface AuthenticatedUser {
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly ActorRole[];
  /** The account's password is a temporary one an administrator gave. */
  readonly mustChangePassword?: boolean;
  /** The session's token, by id, and when it expires: what signing out refuses. */
  readonly token?: { readonly id: string; readonly expiresAt: string };
}

export interface AccessTokenVerifier {
  /** Resolves the token's user, or rejects when the token is invalid or expired. */
  verify(token: string): Promise<AuthenticatedUser>;
}
export const ACCESS_TOKEN_VERIFIER = Symbol('AccessTokenVerifier');

export interface GraphQLRequestContext {
  readonly req: Request & { actor?: Actor; user?: AuthenticatedUser };
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACCESS_TOKEN_VERIFIER) private readonly tokens: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    // Plain HTTP routes are public endpoints (health) or nothing: staff work goes through GraphQL.
    const req = requestOf(context);
    const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new Unauthenticated();
    let user: AuthenticatedUser;
    try {
      user = await this.tokens.verify(token);
    } catch {
      throw new Unauthenticated('La sesión no es válida o expiró: inicie sesión de nuevo.');
    }

    const allowed = this.reflector.getAllAndOverride<ActorRole[]>(ROLES_KEY, targets);
    if (!allowed) throw new Forbidden('Operación sin roles declarados: se niega por defecto.');
    const role = ROLE_PRECEDENCE.find(
      (candidate) => allowed.includes(candidate) && user.roles.includes(candidate),
    );
    if (!role) throw new Forbidden();
    if (
      user.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE_KEY, targets)
    ) {
      throw new Forbidden('Su contraseña es temporal: cámbiela antes de continuar.');
    }

    req.user = user;
    req.actor = { id: user.userId, role };
    return true;
  }
}

/** The HTTP request of a GraphQL operation or of a plain route (report downloads): the same rules apply. */
export function requestOf(context: ExecutionContext): GraphQLRequestContext['req'] {
  if (context.getType<GqlContextType>() === 'graphql')
    return GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().req;
  if (context.getType() === 'http') return context.switchToHttp().getRequest<GraphQLRequestContext['req']>();
  throw new Forbidden();
}

/** The signed-in user of the request, with the session's token. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    const req = requestOf(context);
    if (!req.user) throw new Unauthenticated();
    return req.user;
  },
);

/** The network address the request came from (Express's `req.ip`, which follows its `trust proxy` setting). */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  clientAddressOf(requestOf(context)),
);

/**
 * The network address a request came from, as every per-address counter counts it (the sign-in throttle,
 * the public rate limits): Express's `req.ip`, which follows its `trust proxy` setting.
 */
export function clientAddressOf(req: Pick<Request, 'ip' | 'socket'>): string {
  const address = req.ip ?? req.socket?.remoteAddress ?? 'desconocida';
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}

/** The caller, in the role the guard chose for this operation. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const req = requestOf(context);
  if (!req.actor) throw new Unauthenticated();
  return req.actor;
});

/** A correlation id a client may send (X-Correlation-Id) to find its commands in the log. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Who sends a command, in which request: the caller in the role the guard chose, and the correlation id
 * the client sent, if any. The command handler adds the command id and the moment.
 */
export const Origin = createParamDecorator((_data: unknown, context: ExecutionContext): CommandOrigin => {
  const req = requestOf(context);
  if (!req.actor) throw new Unauthenticated();
  const header = req.headers['x-correlation-id'];
  return typeof header === 'string' && CORRELATION_ID.test(header)
    ? { actor: req.actor, correlationId: header }
    : { actor: req.actor };
});
