// Bad input never reaches an internal error (issue 11, finding 8): every mutation of the schema is sent
// arbitrary arguments of its own argument types, and no answer may be an INTERNAL_SERVER_ERROR or an HTTP
// 500. The values are mostly what a person would send, so requests get past validation to the commands,
// with hostile ones among them (lone surrogates, control characters, dates of any year, extreme numbers,
// formula-like texts) and a known radicado that gets past "not found". The mutations and their types are
// read from the committed schema (web/src/graphql/schema.graphql, which test/web/schema.test.ts keeps
// equal to the one the server serves), so a mutation added later is fuzzed without touching this file. A
// fixed seed makes a failure reproducible; the runs per mutation keep it to well under a minute in CI.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isLeafType, type GraphQLField } from 'graphql';
import { arbitraryValue } from '../support/schema-values.js';
import { VentanillaHarness } from '../support/ventanilla-harness.js';

const SEED = 20_261_211;
/** Sessions opened up front, for each one a fuzzed mutation (logout) may end. */
const SPARE_SESSIONS = 30;
const RUNS_PER_MUTATION = 25;
const TIME_PER_MUTATION_MS = 4_000;

const schema = buildSchema(readFileSync('web/src/graphql/schema.graphql', 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields()).sort((left, right) =>
  left.name.localeCompare(right.name),
);

/** The mutation with every argument as a variable of the argument's own type, answering the least. */
function mutationDocument(mutation: GraphQLField<unknown, unknown>): string {
  const variables = mutation.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(mutation.type)) ? '' : ' { __typename }';
  return `mutation Fuzz${variables ? `(${variables})` : ''} { ${mutation.name}${args ? `(${args})` : ''}${selection} }`;
}

describe('every mutation, given arbitrary arguments of its types', () => {
  let ventanilla: VentanillaHarness;
  let admin: string;
  const known: string[] = [];
  const spare: string[] = [];

  beforeAll(async () => {
    ventanilla = await VentanillaHarness.start();
    // Fuzzed sign-ins fail by the hundred from this one address and lock it (as they should): the
    // sessions a fuzzed logout may end are replaced from sessions opened before any of that.
    for (let index = 0; index < SPARE_SESSIONS; index += 1) spare.push(await ventanilla.login());
    admin = await ventanilla.login();
    // An open case, so case commands reach the domain's rules instead of stopping at "not found".
    const received = await ventanilla.ok<{ receivePqrs: { radicado: string } }>(
      `mutation ($input: ReceivePqrsInput!) { receivePqrs(input: $input) { radicado } }`,
      {
        input: {
          kind: 'PETITION',
          channel: 'EMAIL',
          subject: 'Caso para la prueba de entradas arbitrarias',
          description: 'Un caso abierto.',
          petitioner: { name: 'Ana Gómez', documentType: 'CC', documentNumber: '52000111' },
        },
      },
      admin,
    );
    known.push(received.receivePqrs.radicado, 'PQRS-2026-000001', 'CC', 'PETITION');
  });

  afterAll(async () => {
    await ventanilla.stop();
  });

  it('reads the mutations from the schema', () => {
    expect(mutations.map((mutation) => mutation.name)).toEqual(
      expect.arrayContaining(['receivePqrs', 'answerPqrs', 'extendPqrsDeadline', 'receiveAffiliation']),
    );
  });

  it.each(mutations.map((mutation) => [mutation.name, mutation] as const))(
    '%s never answers an internal error',
    async (_name, mutation) => {
      const document = mutationDocument(mutation);
      const argumentsOf = fc.record(
        Object.fromEntries(mutation.args.map((arg) => [arg.name, arbitraryValue(arg.type, known, arg.name)])),
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(argumentsOf, async (variables) => {
          let response = await post(ventanilla.url, document, variables, admin);
          if (response.body.errors?.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED')) {
            // A fuzzed mutation may end the session it was sent with: the next run gets a fresh one.
            const next = spare.pop();
            if (next === undefined) throw new Error('No quedan sesiones de reserva para la prueba.');
            admin = next;
            response = await post(ventanilla.url, document, variables, admin);
          }
          const internal = (response.body.errors ?? []).filter(
            (error) => error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR',
          );
          expect({ status: response.status, internal }).toEqual({
            status: expect.not.stringMatching(/^500$/),
            internal: [],
          });
        }),
        // A slow mutation (login hashes a password) gets the runs its time allows; the seed keeps them.
        { seed: SEED, numRuns: RUNS_PER_MUTATION, interruptAfterTimeLimit: TIME_PER_MUTATION_MS },
      );
    },
  );
});

interface Answer {
  readonly status: string;
  readonly body: { readonly errors?: readonly { extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string, variables: unknown, token: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: String(response.status), body: (await response.json()) as Answer['body'] };
}
