// The gateway's schema as SDL, from the application itself: the web client's typed operations are
// generated from it, and a test keeps the committed copy equal to what the server serves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createVentanillaApp } from '../app.js';
import { loadConfiguration } from '../config/configuration.js';

/** Boots the application on a throwaway data folder (no port) and prints its schema, sorted. */
export async function printGatewaySchema(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ventanilla-schema-'));
  const app = await createVentanillaApp(
    loadConfiguration({ ...process.env, VENTANILLA_DATA_DIR: dataDir, LOG_LEVEL: 'error' }),
  );
  try {
    await app.init();
    return `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
