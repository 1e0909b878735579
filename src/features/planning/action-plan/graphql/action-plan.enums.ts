// GraphQL enums of the action plan, registered from the domain's own lists and described by its Spanish
// words, so they never drift apart.
import { registerEnumType } from '@nestjs/graphql';
import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_STATUS_VALUES,
  PROGRESS_REPORT_STATUS_LABELS,
  PROGRESS_REPORT_STATUSES,
  type ActivityStatusValue,
  type ProgressReportStatus,
} from '../../../../domain/action-plan/index.js';
import { enumObject, valuesDescribedBy } from '../../../../graphql/enum-values.js';

export const PlanActivityStatusEnum = enumObject<ActivityStatusValue>(ACTIVITY_STATUS_VALUES);
export const ProgressReportStatusEnum = enumObject<ProgressReportStatus>(PROGRESS_REPORT_STATUSES);

registerEnumType(PlanActivityStatusEnum, {
  name: 'PlanActivityStatus',
  description:
    'Estado de una actividad del plan de acción en el día: sin avance aprobado, en ejecución, cumplida (100 % aprobado) o vencida (fecha de fin pasada, hora de Bogotá, sin 100 % aprobado).',
  valuesMap: valuesDescribedBy<ActivityStatusValue>(ACTIVITY_STATUS_LABELS),
});
registerEnumType(ProgressReportStatusEnum, {
  name: 'ProgressReportStatus',
  description: 'Estado de un reporte de avance: pendiente de aprobación, aprobado o rechazado.',
  valuesMap: valuesDescribedBy<ProgressReportStatus>(PROGRESS_REPORT_STATUS_LABELS),
});
