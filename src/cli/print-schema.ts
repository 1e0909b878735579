// `npm run schema:print`: writes the gateway's schema to web/src/graphql/schema.graphql, from which the
// web client's typed operations are generated (`npm run codegen`).
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printGatewaySchema } from '../graphql/schema-printer.js';

export const SCHEMA_FILE = 'web/src/graphql/schema.graphql';

await writeFile(SCHEMA_FILE, await printGatewaySchema());
console.log(`Esquema GraphQL escrito en ${SCHEMA_FILE}.`);
