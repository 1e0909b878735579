// The Spanish names of the reports and their formats, written once: the GraphQL schema's descriptions
// and the staff web client read them from here. A report's own title, printed on it, is its builder's.
import type { ReportFormat, ReportKind } from './events.js';

/** In the order the office produces them. */
export const REPORT_KIND_LABELS: Readonly<Record<ReportKind, string>> = {
  PQRS: 'Informe de PQRS',
  ACCESS_TO_INFORMATION: 'Solicitudes de acceso a la información',
  SATISFACTION: 'Satisfacción del cliente',
  MANAGEMENT: 'Gestión del proceso',
  CONTRALORIA: 'Relación para la Contraloría',
  ACTION_PLAN_EXECUTION: 'Informe de ejecución del plan de acción',
  TRAINING_NEEDS: 'Necesidades de capacitación para el PIC',
  RISK_MAP: 'Mapa de riesgos del proceso',
  MANAGEMENT_REVIEW_MINUTES: 'Acta de revisión por la dirección',
  CAMPAIGNS: 'Informe de campañas y medios',
};

export const REPORT_FORMAT_LABELS: Readonly<Record<ReportFormat, string>> = {
  PDF: 'PDF',
  XLSX: 'Excel (XLSX)',
  CSV: 'CSV (separado por punto y coma)',
  CSV_DATA: 'CSV de datos (para importar)',
};
