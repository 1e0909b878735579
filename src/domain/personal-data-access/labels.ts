// The Spanish words of the access log.
import type { AccessPurpose } from './events.js';

export const ACCESS_PURPOSE_LABELS: Readonly<Record<AccessPurpose, string>> = {
  CASE_WORK: 'Gestión del caso (rol autorizado)',
  REVEAL: 'Revelación con motivo',
  FILE_DOWNLOAD: 'Descarga de un archivo con datos personales',
};
