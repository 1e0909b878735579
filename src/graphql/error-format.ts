// The one place errors become GraphQL errors: a stable extensions.code (and field or rule), a Spanish
// message, and never an internal detail for the client. Unexpected errors are logged with a reference.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import type { Response } from 'express';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  BadUserInput,
  ConcurrencyConflict,
  DomainRuleViolation,
  Forbidden,
  NotFound,
  TooManyRequests,
  Unauthenticated,
  UnusableStreamError,
} from '../engine/application-errors.js';
import { queryLimitExceededIn } from './query-limits.js';

/** Domain rules about who may act rather than the state of what they act on (any *_NOT_FOUND is NOT_FOUND). */
const DOMAIN_CODE_TO_GRAPHQL: Readonly<Record<string, string>> = {
  NOT_ASSIGNED_TO_ACTOR: 'FORBIDDEN',
  ROLE_NOT_ALLOWED: 'FORBIDDEN',
  NOT_ACCOUNT_OWNER: 'FORBIDDEN',
};

/** Rules about the shape of a value (missing, malformed) rather than the case's state. */
function isInputRule(code: string): boolean {
  return code.endsWith('_REQUIRED') || code.startsWith('INVALID_');
}

const logger = new Logger('GraphQL');

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  const base = { locations: formatted.locations, path: formatted.path };

  const limit = queryLimitExceededIn(error);
  if (limit) {
    return {
      ...base,
      message: limit.message,
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        limit: limit.limit,
        maximum: limit.maximum,
        ...(limit.found === null ? {} : { found: limit.found }),
      },
    };
  }

  if (original instanceof DomainRuleViolation) {
    const { code, message, field } = original.domainError;
    const graphqlCode =
      DOMAIN_CODE_TO_GRAPHQL[code] ??
      (code.endsWith('_NOT_FOUND')
        ? 'NOT_FOUND'
        : field && isInputRule(code)
          ? 'BAD_USER_INPUT'
          : 'BUSINESS_RULE');
    return { ...base, message, extensions: { code: graphqlCode, rule: code, ...(field ? { field } : {}) } };
  }
  if (original instanceof BadUserInput) {
    return {
      ...base,
      message: original.message,
      extensions: { code: 'BAD_USER_INPUT', field: original.field },
    };
  }
  if (original instanceof ConcurrencyConflict) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: 'CONCURRENCY_CONFLICT',
        expectedRevision: original.expectedRevision,
        actualRevision: original.actualRevision,
      },
    };
  }
  if (original instanceof UnusableStreamError) {
    // The store met a record deleted or altered on its server, outside the application: nothing was
    // written. Which record, and how, is for the administrator (the log and the audit), not the client.
    const reference = randomUUID();
    logger.error(`Registro inutilizable ${reference}: ${original.message}`);
    return {
      ...base,
      message:
        'El registro de este trámite no se puede usar: fue borrado o alterado en el servidor de eventos, ' +
        `fuera de Ventanilla, y no se escribió nada. Informe al administrador la referencia ${reference}; ` +
        'la verificación de auditoría lo señala.',
      extensions: { code: 'RECORD_UNAVAILABLE', reference },
    };
  }
  if (original instanceof NotFound)
    return { ...base, message: original.message, extensions: { code: 'NOT_FOUND' } };
  if (original instanceof Unauthenticated) {
    return { ...base, message: original.message, extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (original instanceof Forbidden)
    return { ...base, message: original.message, extensions: { code: 'FORBIDDEN' } };
  if (original instanceof TooManyRequests) {
    return {
      ...base,
      message: original.message,
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: original.retryAfterSeconds },
    };
  }

  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : undefined;
  if (code === 'BAD_USER_INPUT') return badInputFromGraphQL(formatted);
  if (code === 'BAD_REQUEST') {
    // Apollo's own refusals of the request itself (a CSRF-unsafe GET, a malformed body).
    return { ...base, message: `Solicitud GraphQL inválida: ${formatted.message}`, extensions: { code } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') {
    return { ...base, message: `Consulta GraphQL inválida: ${formatted.message}`, extensions: { code } };
  }

  const reference = randomUUID();
  // Only the error itself is logged, never the request's variables: they may hold personal data.
  logger.error(`Error interno ${reference}: ${describe(original)}`);
  return {
    ...base,
    message: `Error interno del servidor (referencia ${reference}). El equipo técnico puede rastrearlo con esa referencia.`,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
  };
}

/**
 * The error our code threw: a resolver's (unwrapped by Apollo's helper) or one a plugin threw wrapped in a
 * GraphQLError before execution (e.g. an unauthenticated introspection).
 */
function originalOf(error: unknown): unknown {
  let original = unwrapResolverError(error);
  while (original instanceof GraphQLError && original.originalError && original.originalError !== original) {
    original = original.originalError;
  }
  return original;
}

/** Variable coercion and scalar errors: name the field from the path GraphQL reports. */
function badInputFromGraphQL(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const variablePath = /Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?;/.exec(
    formatted.message,
  );
  const field =
    typeof formatted.extensions?.['field'] === 'string'
      ? formatted.extensions['field']
      : variablePath
        ? (variablePath[2] ?? variablePath[1])
        : undefined;
  const detail = /; (.*)$/.exec(formatted.message)?.[1] ?? formatted.message;
  const message = field ? `Valor inválido en el campo ${field}: ${detail}` : `Valor inválido: ${detail}`;
  return {
    message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}

/**
 * Lets every error reach formatGraphQLError untouched. Without it Nest logs each expected refusal (a
 * missing token, a broken rule) as an internal error with its stack; unexpected ones are logged above.
 */
@Catch()
export class GraphQLErrorPassThrough implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    // Plain routes (report downloads, unknown paths) answer JSON with the same codes and messages.
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = status === 404 ? 'NOT_FOUND' : status === 401 ? 'UNAUTHENTICATED' : 'BAD_REQUEST';
      const message = status === 404 ? 'No existe el recurso solicitado.' : exception.message;
      response.status(status).json({ error: { code, message } });
      return undefined;
    }
    const formatted = formatGraphQLError({ message: 'error' }, exception);
    const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
    if (exception instanceof TooManyRequests)
      response.setHeader('retry-after', String(exception.retryAfterSeconds));
    response
      .status(HTTP_STATUS_OF_CODE[code] ?? 500)
      .json({ error: { ...formatted.extensions, message: formatted.message } });
    return undefined;
  }
}

const HTTP_STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONCURRENCY_CONFLICT: 409,
  BUSINESS_RULE: 422,
  TOO_MANY_REQUESTS: 429,
};

/**
 * GraphQL answers errors with HTTP 200; a refusal to try again later answers 429 with Retry-After, as
 * clients and proxies expect. Formatted errors are read here, after formatGraphQLError gave the code.
 */
export const tooManyRequestsStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const refusal = response.body.singleResult.errors?.find(
          (error) => error.extensions?.['code'] === 'TOO_MANY_REQUESTS',
        );
        if (refusal === undefined) return;
        response.http.status = HTTP_STATUS_OF_CODE['TOO_MANY_REQUESTS'];
        const seconds = refusal.extensions?.['retryAfterSeconds'];
        if (typeof seconds === 'number') response.http.headers.set('retry-after', String(seconds));
      },
    };
  },
};
