// The Spanish words of a risk's own codes, written once for the schema, the reports and the web client.
// The rating's words (levels, zones, control attributes) live with the method in ../planning/risk-rating.ts.
import type { ControlPeriodicity, MaterializationLinkKind } from './events.js';

export const CONTROL_PERIODICITY_LABELS: Readonly<Record<ControlPeriodicity, string>> = {
  EACH_TIME: 'Cada vez que se ejecuta la actividad',
  DAILY: 'Diaria',
  WEEKLY: 'Semanal',
  MONTHLY: 'Mensual',
  QUARTERLY: 'Trimestral',
  SEMIANNUAL: 'Semestral',
  YEARLY: 'Anual',
};

export const MATERIALIZATION_LINK_KIND_LABELS: Readonly<Record<MaterializationLinkKind, string>> = {
  PQRS: 'PQRS',
  IMPROVEMENT_ACTION: 'Acción de mejora',
  INDICATOR: 'Indicador',
};

/** The guide the ratings follow, as the screens and the report name it. */
export const RISK_METHOD_NOTE =
  'Valoración según la «Guía para la Gestión Integral del Riesgo en Entidades Públicas», versión 7 (Función Pública, agosto de 2025), con las tablas de probabilidad, impacto, mapa de calor y controles de su versión 6 (2022).';
