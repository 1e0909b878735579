// GraphQL enums of improvement actions, registered from the domain's and the queries' own lists so
// they never drift apart, each value described by the domain's Spanish words for it.
import { registerEnumType } from '@nestjs/graphql';
import { ACTION_SOURCE_KINDS, type ActionSourceKind } from '../../../domain/improvement-action/events.js';
import { ACTION_SOURCE_LABELS, ACTION_STATUS_LABELS } from '../../../domain/improvement-action/labels.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';
import {
  IMPROVEMENT_ACTION_STATUS_VALUES,
  type ImprovementActionStatusValue,
} from '../read-models/improvement-action-queries.js';

export const ActionSourceKindEnum = enumObject<ActionSourceKind>(ACTION_SOURCE_KINDS);
export const ImprovementActionStatusEnum = enumObject<ImprovementActionStatusValue>(
  IMPROVEMENT_ACTION_STATUS_VALUES,
);

registerEnumType(ActionSourceKindEnum, {
  name: 'ActionSourceKind',
  description:
    'Origen de la acción de mejora: PQRS, encuesta de satisfacción, hallazgo de auditoría, indicador o revisión por la dirección.',
  valuesMap: valuesDescribedBy<ActionSourceKind>(ACTION_SOURCE_LABELS),
});
registerEnumType(ImprovementActionStatusEnum, {
  name: 'ImprovementActionStatus',
  description:
    'Estado de la acción de mejora: abierta en plazo, abierta vencida (fecha límite pasada, hora de Bogotá), cerrada eficaz o cerrada no eficaz.',
  valuesMap: valuesDescribedBy<ImprovementActionStatusValue>(ACTION_STATUS_LABELS),
});
