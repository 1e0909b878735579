// One log line per HTTP request, and the request's ids for everything it does. The line says what was
// asked and how it ended — method, path without its query string, status, duration, for GraphQL the
// operation's type, name and root fields, and who asked (actor id and role) — never the headers, the query
// text with its literals, the variables or the body: that is where tokens, passwords and personal data travel.
import type { NextFunction, Request, Response } from 'express';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { requestContextOf, runInRequest } from './request-context.js';

/** A query longer than this is not parsed again for its operation's name (the gateway limits it anyway). */
const LONGEST_QUERY_PARSED = 100_000;

interface ServedRequest extends Request {
  readonly actor?: { readonly id: string; readonly role: string };
}

export interface GraphQLOperationSummary {
  readonly type: string;
  readonly name: string | null;
  /** The root fields asked for, without their arguments. */
  readonly fields: readonly string[];
}

/** The Express middleware: must come first, so every later middleware and resolver runs in the request. */
export function requestLog(logger: Logger) {
  const log = logger.child({ context: 'HTTP' });
  return (req: Request, res: Response, next: NextFunction): void => {
    const context = requestContextOf(req.headers);
    res.setHeader('X-Request-Id', context.requestId);
    const started = process.hrtime.bigint();
    let written = false;
    const writeLine = (): void => {
      if (written) return;
      written = true;
      const served = req as ServedRequest;
      const status = res.headersSent ? res.statusCode : null;
      const path = pathOf(req.originalUrl);
      const line = {
        requestId: context.requestId,
        correlationId: context.correlationId,
        method: req.method,
        path,
        status,
        // Ended before the answer was complete: the client went away, or the connection was cut.
        ...(res.writableFinished ? {} : { aborted: true }),
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...(served.actor === undefined ? {} : { actor: { id: served.actor.id, role: served.actor.role } }),
        ...(path === '/graphql' ? graphqlFieldsOf(req.body) : {}),
      };
      // A fault is an error; a refusal, a client gone away or a request turned away during a stop (503) a
      // warning; the health probes' routine answers only at debug.
      const level =
        status !== null && status >= 500 && status !== 503
          ? 'error'
          : status === null || status >= 400
            ? 'warn'
            : path.startsWith('/health')
              ? 'debug'
              : 'info';
      log[level](line, `${req.method} ${path} ${status ?? '-'}`);
    };
    res.once('finish', writeLine);
    res.once('close', writeLine);
    runInRequest(context, () => next());
  };
}

/** The path alone: a query string may hold a token or a document number. */
export function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** The operation of a GraphQL request body, or nothing when there is none to tell. */
function graphqlFieldsOf(body: unknown): { graphql?: GraphQLOperationSummary } {
  const operation = graphqlOperationOf(body);
  return operation === null ? {} : { graphql: operation };
}

export function graphqlOperationOf(body: unknown): GraphQLOperationSummary | null {
  if (typeof body !== 'object' || body === null) return null;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || query.length > LONGEST_QUERY_PARSED) return null;
  try {
    const operations = parse(query, { noLocation: true }).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
    );
    const operation =
      operations.find((candidate) => candidate.name?.value === operationName) ?? operations[0] ?? null;
    if (operation === null) return null;
    return {
      type: operation.operation,
      name: operation.name?.value ?? null,
      fields: operation.selectionSet.selections.map((selection) =>
        selection.kind === 'Field' ? selection.name.value : `...${selection.kind}`,
      ),
    };
  } catch {
    // Not GraphQL the gateway will accept: it answers the error; the line says nothing more.
    return null;
  }
}
