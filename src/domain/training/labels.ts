// The Spanish words of the training plan's codes, written once: the report, the schema and the web client.
import type { TrainingNeedSourceKind } from './events.js';

export const TRAINING_NEED_SOURCE_LABELS: Readonly<Record<TrainingNeedSourceKind, string>> = {
  PQRS_SUBJECT: 'Asunto frecuente de PQRS',
  IMPROVEMENT_ACTION: 'Acción de mejora',
};

export const TRAINING_NEED_STATUS_LABELS: Readonly<Record<'PROPOSED' | 'ACCEPTED' | 'DISMISSED', string>> = {
  PROPOSED: 'Propuesta',
  ACCEPTED: 'Aceptada',
  DISMISSED: 'Descartada',
};
