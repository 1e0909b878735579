// The web client's typed operations are generated from web/src/graphql/schema.graphql: it must be the
// schema the server serves, or the client compiles against an API that no longer exists.
import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { printGatewaySchema } from '../../src/graphql/schema-printer.js';

it('the committed schema of the web client is the one the server serves', async () => {
  const committed = readFileSync('web/src/graphql/schema.graphql', 'utf8');
  const served = await printGatewaySchema();
  // On failure: `npm run schema:print && npm run codegen`, and commit both.
  expect(served === committed).toBe(true);
});

/** Orderings and groupings of a query, not codes of the domain: only the screens word them. */
const ENUMS_WITHOUT_GLOSSARY = ['IndicatorGranularity', 'PqrsListSort'];

it('describes every value of the domain’s enums by its Spanish words', () => {
  const schema = buildSchema(readFileSync('web/src/graphql/schema.graphql', 'utf8'));
  const undescribed = Object.values(schema.getTypeMap())
    .filter(isEnumType)
    .filter((enumType) => !enumType.name.startsWith('__') && !ENUMS_WITHOUT_GLOSSARY.includes(enumType.name))
    .flatMap((enumType) =>
      enumType
        .getValues()
        .filter((value) => !value.description?.trim())
        .map((value) => `${enumType.name}.${value.name}`),
    );
  expect(undescribed).toEqual([]);
});
