// Entry point: validates the configuration, opens the storage engines, then serves GraphQL and the
// staff web client.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigurationError, loadConfiguration } from './config/configuration.js';
import { createVentanillaApp } from './app.js';
import { EngineUnavailableError, type StorageEngines } from './engine/storage-engines.js';
import { STORAGE_ENGINES } from './engine/tokens.js';

async function main(): Promise<void> {
  const config = loadConfiguration();
  // The server's log goes to stdout (JSON lines in production, LOG_FORMAT); SIGTERM stops it cleanly (app.ts).
  const app = await createVentanillaApp(config, { logDestination: 1 });
  await (config.host === null ? app.listen(config.port) : app.listen(config.port, config.host));
  const engines = app.get<StorageEngines>(STORAGE_ENGINES);
  new Logger('Ventanilla').log(
    `Ventanilla escucha en ${await app.getUrl()}/graphql (datos en ${config.dataDir}; ` +
      `eventos en ${engines.eventStore.probe.engine} ${engines.eventStore.probe.location}, ` +
      `modelos de lectura en ${engines.readModels.probe.engine} ${engines.readModels.probe.location})`,
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
