// Entry point: validates the configuration, then serves GraphQL (and, later, the admin UI).
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigurationError, loadConfiguration } from './config/configuration.js';
import { createVentanillaApp } from './app.js';

async function main(): Promise<void> {
  const config = loadConfiguration();
  const app = await createVentanillaApp(config);
  await app.listen(config.port);
  new Logger('Ventanilla').log(
    `Ventanilla escucha en ${await app.getUrl()}/graphql (datos en ${config.dataDir})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    console.error(error.message);
  } else {
    console.error('Ventanilla no pudo iniciar:', error);
  }
  process.exit(1);
});
