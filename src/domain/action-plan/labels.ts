// The Spanish words of the action plan's codes, written once: the report, the GraphQL schema's
// descriptions and the staff web client read them from here.
import type { ProgressReportStatus } from './state.js';

export const PROGRESS_REPORT_STATUS_LABELS: Readonly<Record<ProgressReportStatus, string>> = {
  PENDING: 'Pendiente de aprobación',
  APPROVED: 'Aprobado',
  REJECTED: 'Rechazado',
};

/** An activity as staff see it on a day: by its approved progress and its end date (Bogotá). */
export const ACTIVITY_STATUS_VALUES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'OVERDUE'] as const;
export type ActivityStatusValue = (typeof ACTIVITY_STATUS_VALUES)[number];

export const ACTIVITY_STATUS_LABELS: Readonly<Record<ActivityStatusValue, string>> = {
  NOT_STARTED: 'Sin avance aprobado',
  IN_PROGRESS: 'En ejecución',
  COMPLETED: 'Cumplida',
  OVERDUE: 'Vencida',
};
