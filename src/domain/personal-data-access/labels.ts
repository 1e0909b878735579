// The Spanish words of the access log.
import type { AccessPurpose } from './events.js';

export const ACCESS_PURPOSE_LABELS: Readonly<Record<AccessPurpose, string>> = {
  CASE_WORK: 'Gestión del caso (rol autorizado)',
  REVEAL: 'Revelación con motivo',
};
