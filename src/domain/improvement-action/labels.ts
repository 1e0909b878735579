// The Spanish words of an improvement action's codes, written once: the reports, the GraphQL schema's
// descriptions and the staff web client read them from here. Where two of them say a code differently,
// both wordings live here, side by side, with the reason.
import type { ActionSourceKind } from './events.js';

export const ACTION_SOURCE_LABELS: Readonly<Record<ActionSourceKind, string>> = {
  PQRS: 'PQRS',
  SURVEY: 'Encuesta de satisfacción',
  AUDIT: 'Hallazgo de auditoría',
  INDICATOR: 'Indicador',
  MANAGEMENT_REVIEW: 'Revisión por la dirección',
};

/**
 * Where an action stands as staff see it: open within its term or past its due date (Bogotá), or closed
 * with the verdict of its effectiveness check.
 */
export const ACTION_STATUS_LABELS: Readonly<
  Record<'OPEN' | 'OVERDUE' | 'CLOSED_EFFECTIVE' | 'CLOSED_NOT_EFFECTIVE', string>
> = {
  OPEN: 'Abierta, en plazo',
  OVERDUE: 'Abierta, vencida',
  CLOSED_EFFECTIVE: 'Cerrada eficaz',
  CLOSED_NOT_EFFECTIVE: 'Cerrada no eficaz',
};

/**
 * The status as stored, which does not read the due date: the PQRS report prints an open action as just
 * "Abierta". Issued reports are regenerated word for word when verified, so their words stay.
 */
export const STORED_ACTION_STATUS_LABELS: Readonly<
  Record<'OPEN' | 'CLOSED_EFFECTIVE' | 'CLOSED_NOT_EFFECTIVE', string>
> = {
  OPEN: 'Abierta',
  CLOSED_EFFECTIVE: ACTION_STATUS_LABELS.CLOSED_EFFECTIVE,
  CLOSED_NOT_EFFECTIVE: ACTION_STATUS_LABELS.CLOSED_NOT_EFFECTIVE,
};
