// The gateway's limits that need the request: introspection only for a signed-in session, the estimated
// cost with the request's own variables (before anything runs), and the execution deadline of a query.
// Tokens, depth and aliases are refused earlier, by the parser and validation (query-limits.ts).
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import type {
  ApolloServerPlugin,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { VENTANILLA_CONFIG } from '../config/config-token.js';
import type { VentanillaConfig } from '../config/configuration.js';
import { Unauthenticated } from '../engine/application-errors.js';
import {
  ACCESS_TOKEN_VERIFIER,
  type AccessTokenVerifier,
  type GraphQLRequestContext,
} from '../identity/auth.js';
import { formatGraphQLError } from './error-format.js';
import { queryCostEstimator } from './query-cost.js';
import { QUERY_LIMITS, QueryLimitExceeded } from './query-limits.js';
import { EXECUTION_DEADLINE, type ExecutionDeadline } from './execution-guard.interceptor.js';

type RequestContext = GraphQLRequestContext & { [EXECUTION_DEADLINE]?: ExecutionDeadline };

/** Fields graphql-query-complexity visits at most (fragments spread many times count each time). */
const MAX_COST_NODES = 5_000;

@Plugin()
export class QueryLimitsPlugin implements ApolloServerPlugin<RequestContext> {
  constructor(
    @Inject(VENTANILLA_CONFIG) private readonly config: VentanillaConfig,
    @Inject(ACCESS_TOKEN_VERIFIER) private readonly tokens: AccessTokenVerifier,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    const timeLimitMs = this.config.queryTimeLimitMs;
    return {
      didResolveOperation: async (request) => {
        if (asksForTheSchema(request)) await this.requireSession(request.contextValue);
        const cost = costOf(request);
        if (cost > QUERY_LIMITS.maxCost) throw new QueryLimitExceeded('COST', QUERY_LIMITS.maxCost, cost);
      },
      // Only a query is cut short: a mutation past the deadline may already have recorded its command.
      executionDidStart: async ({ operation, contextValue }) => {
        if (operation?.operation !== 'query') return;
        contextValue[EXECUTION_DEADLINE] = {
          at: performance.now() + timeLimitMs,
          limitMs: timeLimitMs,
          exceeded: false,
        };
      },
      // A query cut short answers the limit alone, not the partial data and one error per field left.
      willSendResponse: async ({ contextValue, response }) => {
        if (!contextValue[EXECUTION_DEADLINE]?.exceeded) return;
        const refusal = new QueryLimitExceeded('EXECUTION_TIME', timeLimitMs, null);
        response.body = {
          kind: 'single',
          singleResult: { errors: [formatGraphQLError({ message: refusal.message }, refusal)] },
        };
        response.http.status = 400;
      },
    };
  }

  private async requireSession(context: RequestContext): Promise<void> {
    const token = /^Bearer\s+(.+)$/i.exec(context.req.headers.authorization ?? '')?.[1];
    const valid =
      token !== undefined &&
      (await this.tokens.verify(token).then(
        () => true,
        () => false,
      ));
    if (!valid) {
      throw new GraphQLError('La introspección del esquema requiere una sesión iniciada.', {
        originalError: new Unauthenticated('La introspección del esquema requiere una sesión iniciada.'),
        extensions: { http: { status: 401 } },
      });
    }
  }
}

/** Whether the operation reads __schema or __type (graphql-js's own rule finds them, fragments included). */
function asksForTheSchema({ schema, document }: GraphQLRequestContextDidResolveOperation<RequestContext>) {
  return validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
}

/**
 * The operation's estimated cost with its variables. Variables that do not fit their types leave it at 0:
 * execution refuses them first, naming the field.
 */
function costOf({
  schema,
  document,
  request,
  operationName,
}: GraphQLRequestContextDidResolveOperation<RequestContext>): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: request.variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [queryCostEstimator],
      maxQueryNodes: MAX_COST_NODES,
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw new QueryLimitExceeded('COST', QUERY_LIMITS.maxCost, null);
    }
    return 0;
  }
}
