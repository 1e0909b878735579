// What one GraphQL request may ask for (issue 11, finding 6): tokens, depth, aliases, cost and execution time
// are refused with QUERY_TOO_COMPLEX naming the limit, before the work they would cause; the schema is
// read only by a signed-in session; and every operation of the staff client fits within the limits.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getIntrospectionQuery,
  parse,
  print,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type NamedTypeNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import * as clientOperations from '../../web/src/graphql/generated/graphql.js';
import { queryCostEstimator } from '../../src/graphql/query-cost.js';
import { QUERY_LIMITS, queryLimitRules } from '../../src/graphql/query-limits.js';
import { sampleValue } from '../support/schema-values.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const RECEIVE = `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`;

function petition(documentNumber: string) {
  return {
    kind: 'PETITION',
    channel: 'EMAIL',
    subject: 'Certificado de afiliación',
    description: 'Solicito copia del certificado.',
    petitioner: { name: 'Ana Gómez', documentType: 'CC', documentNumber },
  };
}

/** `count` copies of a field under aliases a0, a1, ... */
function aliased(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;
}

const INDICATORS_BY_DAY = 'indicators(from: "2026-01-01", to: "2026-12-31", granularity: DAY) { from to }';

describe('the limits of one GraphQL request', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  let agent: string;

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    admin = await ventanilla.login();
    agent = (await ventanilla.userWithRoles(admin, 'agente.limites', ['AGENT'])).token;
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('refuses the alias query of finding 6 at once, while /health/live keeps answering', async () => {
    // The query: 1,000 aliases of `indicators`, 81 KB, sent by an AGENT. Before the limits it ran
    // 18.4 s and /health/live waited 18 s behind it.
    const query = aliased(1000, INDICATORS_BY_DAY);
    expect(query.length).toBeGreaterThan(80_000);
    const healthUrl = ventanilla.url.replace(/\/graphql$/, '/health/live');
    // A first answer outside the measure: the connection and the route's first call.
    expect((await fetch(healthUrl)).status).toBe(200);
    const healthAnswers: number[] = [];
    let done = false;
    const probe = (async () => {
      while (!done || healthAnswers.length === 0) healthAnswers.push((await fetch(healthUrl)).status);
    })();

    const response = await ventanilla.graphql(query, {}, agent);
    done = true;
    await probe;

    expect(response.data ?? null).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'La consulta es demasiado larga: admite hasta 2000 elementos léxicos.',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'TOKENS', maximum: QUERY_LIMITS.maxTokens },
      }),
    ]);
    // /health/live answered all along. How fast each answers is measured by `npm run bench`
    // (BENCH_ONLY=queries: the refusal and /health/live during heavy accepted queries), not here.
    expect(new Set(healthAnswers)).toEqual(new Set([200]));
  });

  it('refuses more aliases than the limit, naming how many it found', async () => {
    const response = await ventanilla.graphql(aliased(QUERY_LIMITS.maxAliases + 1, 'me { id }'), {}, agent);
    expect(response.errors?.[0]).toMatchObject({
      message: `La consulta usa demasiados alias (tiene ${QUERY_LIMITS.maxAliases + 1}): admite hasta ${QUERY_LIMITS.maxAliases}.`,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'ALIASES', found: QUERY_LIMITS.maxAliases + 1 },
    });
    const allowed = await ventanilla.graphql(aliased(QUERY_LIMITS.maxAliases, 'me { id }'), {}, agent);
    expect(allowed.errors).toBeUndefined();
  });

  it('refuses a selection nested deeper than the limit', async () => {
    const nested = (levels: number) =>
      `{ me { ${'... on User { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
    const response = await ventanilla.graphql(nested(QUERY_LIMITS.maxDepth), {}, agent);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'DEPTH',
      maximum: QUERY_LIMITS.maxDepth,
    });
    expect((await ventanilla.graphql(nested(QUERY_LIMITS.maxDepth - 2), {}, agent)).errors).toBeUndefined();
  });

  it('refuses a query whose estimated cost passes the limit, before running it', async () => {
    // 1,200 aliases of pqrsList(first: 200) answered 11.3 MB in 15.6 s; fourteen already cost too much.
    const page = 'pqrsList(first: 200) { nodes { radicado subject petitioner { name email } } }';
    const response = await ventanilla.graphql(aliased(14, page), {}, agent);
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'COST', maximum: QUERY_LIMITS.maxCost },
    });
    expect(response.errors?.[0]?.extensions?.['found']).toBeGreaterThan(QUERY_LIMITS.maxCost);
    // The same page alone, and the year's indicators by day alone, are within the limit.
    expect((await ventanilla.graphql(`{ ${page} }`, {}, agent)).errors).toBeUndefined();
    expect((await ventanilla.graphql(`{ ${INDICATORS_BY_DAY} }`, {}, agent)).errors).toBeUndefined();
    // Variables count as much as literals.
    const withVariable = await ventanilla.graphql(
      `query ($first: Int!) { ${aliased(14, page.replace('200', '$first')).slice(2, -2)} }`,
      { first: 200 },
      agent,
    );
    expect(withVariable.errors?.[0]?.extensions).toMatchObject({ limit: 'COST' });
  });

  it('counts two whole-log verifications in one request as too costly', async () => {
    const response = await ventanilla.graphql(aliased(2, 'verifyAuditTrail { ok }'), {}, admin);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'COST' });
    expect((await ventanilla.graphql('{ verifyAuditTrail { ok } }', {}, admin)).errors).toBeUndefined();
  });

  it('answers the schema only to a signed-in session', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Pqrs") { name } }']) {
      const response = await fetch(ventanilla.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { errors: { extensions: unknown }[] }).errors[0]).toMatchObject({
        message: 'La introspección del esquema requiere una sesión iniciada.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect((await ventanilla.graphql(query, {}, 'token-falso')).errors?.[0]?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      expect((await ventanilla.graphql(query, {}, agent)).errors).toBeUndefined();
    }
    // The whole introspection a tool sends (GraphiQL, a code generator) fits the limits.
    expect((await ventanilla.graphql(getIntrospectionQuery(), {}, agent)).errors).toBeUndefined();
    // __typename tells nothing about the schema: clients add it everywhere.
    expect((await ventanilla.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('lets every operation of the staff client through, with the largest page and period it may ask', () => {
    const schema = ventanilla.app.get(GraphQLSchemaHost).schema;
    const documents = Object.entries(clientOperations).filter((entry): entry is [string, DocumentNode] =>
      entry[0].endsWith('Document'),
    );
    expect(documents.length).toBeGreaterThan(40);
    const refused: string[] = [];
    for (const [name, document] of documents) {
      try {
        parse(print(document), { maxTokens: QUERY_LIMITS.maxTokens });
      } catch (error) {
        refused.push(`${name}: ${String(error)}`);
      }
      refused.push(
        ...validate(schema, document, queryLimitRules()).map((error) => `${name}: ${error.message}`),
      );
      const cost = worstCaseCost(schema, document);
      if (cost > QUERY_LIMITS.maxCost) refused.push(`${name}: cuesta ${cost}`);
    }
    expect(refused).toEqual([]);
  });

  describe('with a short execution time limit', () => {
    let limited: VentanillaHarness;
    let limitedAdmin: string;

    beforeAll(async () => {
      limited = await VentanillaHarness.start({ VENTANILLA_QUERY_TIME_LIMIT_MS: '1' });
      limitedAdmin = await limited.login();
      for (let index = 0; index < 10; index++) {
        await limited.ok(RECEIVE, { input: petition(`7000${index}`) }, limitedAdmin);
      }
    });

    afterAll(async () => {
      await limited.stop();
    });

    it('cuts a query short past the limit and answers the limit alone, not partial data', async () => {
      const response = await fetch(limited.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${limitedAdmin}` },
        body: JSON.stringify({
          query:
            '{ pqrsList(first: 10) { nodes { radicado petitioner { name } assignee { id } businessDaysLeft } } }',
        }),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [
          {
            message:
              'La consulta superó el tiempo máximo de ejecución (1 ms). Pida menos resultados o un periodo más corto.',
            extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'EXECUTION_TIME', maximum: 1 },
          },
        ],
      });
    });

    it('never cuts a command short: a mutation past the limit is answered in full', async () => {
      const data = await limited.ok<{ receivePqrs: { radicado: string } }>(
        `mutation ($input: ReceivePqrsInput!) {
          receivePqrs(input: $input) { radicado petitioner { name } assignee { id } businessDaysLeft }
        }`,
        { input: petition('79999') },
        limitedAdmin,
      );
      expect(data.receivePqrs.radicado).toMatch(/^PQRS-\d{4}-\d{6}$/);
    });
  });
});

/** The operation's cost with the largest page the server allows and 400 days by day for any period. */
function worstCaseCost(schema: GraphQLSchema, document: DocumentNode): number {
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== 'OperationDefinition') continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      const type = typeFromAST(schema, variable.type as NamedTypeNode) as GraphQLInputType;
      variables[name] = name in WORST_CASE_VARIABLES ? WORST_CASE_VARIABLES[name] : sampleValue(type);
    }
  }
  return getComplexity({ schema, query: document, variables, estimators: [queryCostEstimator] });
}

const WORST_CASE_VARIABLES: Record<string, unknown> = {
  first: 200,
  from: '2026-01-01',
  // 400 days, the longest period the indicators answer by day.
  to: '2027-02-04',
  granularity: 'DAY',
};
