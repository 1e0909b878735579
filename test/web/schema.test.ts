// The web client's typed operations are generated from web/src/graphql/schema.graphql: it must be the
// schema the server serves, or the client compiles against an API that no longer exists.
import { readFileSync } from 'node:fs';
import { printGatewaySchema } from '../../src/graphql/schema-printer.js';

it('the committed schema of the web client is the one the server serves', async () => {
  const committed = readFileSync('web/src/graphql/schema.graphql', 'utf8');
  const served = await printGatewaySchema();
  // On failure: `npm run schema:print && npm run codegen`, and commit both.
  expect(served === committed).toBe(true);
});
