// What the backup tools need of the configuration: the engines they can copy, the keys given by
// environment (never in a backup), and the schedule.
import type { VentanillaConfig } from '../../config/configuration.js';

/** Only the embedded engines are copied here; KurrentDB and MongoDB have their own backup tools. */
export function refusalForExternalEngines(config: VentanillaConfig): string | null {
  const external = [
    ...(config.storage.eventStoreUrl === null ? [] : ['EVENTSTORE_URL (KurrentDB)']),
    ...(config.storage.mongoUrl === null ? [] : ['MONGODB_URL (MongoDB)']),
  ];
  if (external.length === 0) return null;
  return (
    `Esta copia solo cubre el almacenamiento SQLite embebido, y ${external.join(' y ')} está configurado: ` +
    'use las herramientas de copia de ese motor (README, "Operating Ventanilla").'
  );
}

/** The keys the configuration gives by environment variable: they are not in the data folder. */
export function keysFromEnvironment(config: VentanillaConfig): string[] {
  return [
    ...(config.masterKey === null ? [] : ['VENTANILLA_MASTER_KEY']),
    ...(config.signingKey === null ? [] : ['VENTANILLA_SIGNING_KEY']),
    ...(config.jwtSecret === null ? [] : ['VENTANILLA_JWT_SECRET']),
    ...(config.publicChallenge.key === null ? [] : ['VENTANILLA_CHALLENGE_KEY']),
  ];
}
