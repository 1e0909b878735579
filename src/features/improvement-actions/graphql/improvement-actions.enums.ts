// GraphQL enums of improvement actions, registered from the domain's and the queries' own lists so
// they never drift apart.
import { registerEnumType } from '@nestjs/graphql';
import { ACTION_SOURCE_KINDS, type ActionSourceKind } from '../../../domain/improvement-action/events.js';
import {
  IMPROVEMENT_ACTION_STATUS_VALUES,
  type ImprovementActionStatusValue,
} from '../read-models/improvement-action-queries.js';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const ActionSourceKindEnum = enumObject<ActionSourceKind>(ACTION_SOURCE_KINDS);
export const ImprovementActionStatusEnum = enumObject<ImprovementActionStatusValue>(
  IMPROVEMENT_ACTION_STATUS_VALUES,
);

registerEnumType(ActionSourceKindEnum, {
  name: 'ActionSourceKind',
  description:
    'Origen de la acción de mejora: PQRS, encuesta de satisfacción, hallazgo de auditoría o indicador.',
});
registerEnumType(ImprovementActionStatusEnum, {
  name: 'ImprovementActionStatus',
  description:
    'Estado de la acción de mejora: abierta en plazo, abierta vencida (fecha límite pasada, hora de Bogotá), cerrada eficaz o cerrada no eficaz.',
});
