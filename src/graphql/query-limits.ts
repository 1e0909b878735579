// What one GraphQL request may ask for: its length in tokens (parser), its depth and aliases (validation),
// its estimated cost (query-cost.ts, before execution) and its execution time. A request over a limit is
// refused before any resolver runs, with code QUERY_TOO_COMPLEX and the limit it broke; one that runs out
// of time answers the same code instead of a partial result.
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

export const QUERY_LIMITS = {
  /** Lexical tokens of the document: the parser stops counting (and reading) past it. */
  maxTokens: 2_000,
  /** Nested selection levels (introspection's own nesting is not counted). */
  maxDepth: 10,
  /** Aliased fields: one alias per distinct field is all a client needs; the staff client uses none. */
  maxAliases: 15,
  /** Estimated cost units (query-cost.ts); calibrated so an accepted query answers in well under 1 s. */
  maxCost: 5_000,
} as const;

export type QueryLimit = 'TOKENS' | 'DEPTH' | 'ALIASES' | 'COST' | 'EXECUTION_TIME';

/** A request refused for its size or cost; answered as QUERY_TOO_COMPLEX (src/graphql/error-format.ts). */
export class QueryLimitExceeded extends GraphQLError {
  constructor(
    readonly limit: QueryLimit,
    readonly maximum: number,
    readonly found: number | null,
  ) {
    super(limitMessage(limit, maximum, found), {
      extensions: { http: { status: 400 } },
    });
    this.name = 'QueryLimitExceeded';
  }
}

function limitMessage(limit: QueryLimit, maximum: number, found: number | null): string {
  const foundText = found === null ? '' : ` (tiene ${found})`;
  switch (limit) {
    case 'TOKENS':
      return `La consulta es demasiado larga: admite hasta ${maximum} elementos léxicos.`;
    case 'DEPTH':
      return `La consulta anida demasiados niveles${foundText}: admite hasta ${maximum}.`;
    case 'ALIASES':
      return `La consulta usa demasiados alias${foundText}: admite hasta ${maximum}.`;
    case 'COST':
      return (
        `La consulta es demasiado costosa${foundText}: admite hasta ${maximum} unidades. ` +
        'Pida menos resultados o un periodo más corto, o divídala en varias consultas.'
      );
    case 'EXECUTION_TIME':
      return (
        `La consulta superó el tiempo máximo de ejecución (${maximum} ms). ` +
        'Pida menos resultados o un periodo más corto.'
      );
    default: {
      const unknownLimit: never = limit;
      return `Límite de consulta excedido: ${String(unknownLimit)}.`;
    }
  }
}

/** What the parser is told: graphql-js stops at the token limit, before the document is built. */
export function queryParseOptions(): ParseOptions {
  return { maxTokens: QUERY_LIMITS.maxTokens };
}

/** Depth and alias limits, as validation rules reporting QueryLimitExceeded (graphql-armor counts). */
export function queryLimitRules(): ValidationRule[] {
  const refuse = (limit: QueryLimit, maximum: number) => ({
    n: maximum,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new QueryLimitExceeded(limit, maximum, foundIn(error.message))),
    ],
  });
  return [
    maxDepthRule(refuse('DEPTH', QUERY_LIMITS.maxDepth)),
    maxAliasesRule(refuse('ALIASES', QUERY_LIMITS.maxAliases)),
  ];
}

/** graphql-armor says "…limit of 10 exceeded, found 12." */
function foundIn(message: string): number | null {
  const found = /found (\d+)/.exec(message)?.[1];
  return found === undefined ? null : Number(found);
}

/**
 * The limit a failed request broke, if it broke one: our own refusals (validation wraps them, so the
 * chain of original errors is followed), and the parser's token limit, which graphql-js reports as a
 * syntax error ("Document contains more that N tokens", its own wording).
 */
export function queryLimitExceededIn(error: unknown): QueryLimitExceeded | null {
  for (let current = error; current instanceof Error;) {
    if (current instanceof QueryLimitExceeded) return current;
    const tokens = /Document contains more th(?:an|at) (\d+) tokens/.exec(current.message)?.[1];
    if (tokens !== undefined) return new QueryLimitExceeded('TOKENS', Number(tokens), null);
    const next: unknown = (current as { originalError?: unknown }).originalError;
    if (next === current) break;
    current = next;
  }
  return null;
}
