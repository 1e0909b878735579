// The Spanish words of a management review's codes, written once: the minutes, the GraphQL schema's
// descriptions and the staff web client read them from here.
import type { DecisionKind } from './events.js';

/** The outputs of ISO 9001:2015 9.3.3, as the office writes them in the minutes. */
export const DECISION_KIND_LABELS: Readonly<Record<DecisionKind, string>> = {
  IMPROVEMENT_OPPORTUNITY: 'Oportunidad de mejora',
  SYSTEM_CHANGE: 'Cambio en el sistema de gestión de la calidad',
  RESOURCE_NEED: 'Necesidad de recursos',
};

export const REVIEW_STATUS_LABELS: Readonly<Record<'OPEN' | 'CLOSED', string>> = {
  OPEN: 'Abierta (acta en elaboración)',
  CLOSED: 'Cerrada (acta aprobada)',
};
