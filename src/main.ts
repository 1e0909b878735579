// Entry point: validates the configuration, opens the storage engines, then serves GraphQL and the
// staff web client.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigurationError, loadConfiguration } from './config/configuration.js';
import { createVentanillaApp } from './app.js';
import { EngineUnavailableError } from './infrastructure/storage-engines.js';

async function main(): Promise<void> {
  const config = loadConfiguration();
  const app = await createVentanillaApp(config);
  await app.listen(config.port);
  new Logger('Ventanilla').log(
    `Ventanilla escucha en ${await app.getUrl()}/graphql (datos en ${config.dataDir}; ` +
      `eventos en ${config.storage.eventStoreUrl === null ? 'SQLite' : 'KurrentDB'}, ` +
      `modelos de lectura en ${config.storage.mongoUrl === null ? 'SQLite' : 'MongoDB'})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof EngineUnavailableError) {
    console.error(error.message);
  } else {
    console.error('Ventanilla no pudo iniciar:', error);
  }
  process.exit(1);
});
