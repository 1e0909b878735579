// GraphQL enums of the training plan, registered from the domain's lists and described by its words.
import { registerEnumType } from '@nestjs/graphql';
import {
  TRAINING_NEED_SOURCE_KINDS,
  type TrainingNeedSourceKind,
} from '../../../../domain/training/events.js';
import {
  TRAINING_NEED_SOURCE_LABELS,
  TRAINING_NEED_STATUS_LABELS,
} from '../../../../domain/training/labels.js';
import { enumObject, valuesDescribedBy } from '../../../../graphql/enum-values.js';
import type { TrainingNeedStatus } from '../read-models/training-queries.js';

export const TrainingNeedSourceKindEnum = enumObject<TrainingNeedSourceKind>(TRAINING_NEED_SOURCE_KINDS);
export const TrainingNeedStatusEnum = enumObject<TrainingNeedStatus>(['PROPOSED', 'ACCEPTED', 'DISMISSED']);

registerEnumType(TrainingNeedSourceKindEnum, {
  name: 'TrainingNeedSourceKind',
  description:
    'De dónde surge la necesidad de capacitación: un asunto frecuente de PQRS o una acción de mejora.',
  valuesMap: valuesDescribedBy<TrainingNeedSourceKind>(TRAINING_NEED_SOURCE_LABELS),
});
registerEnumType(TrainingNeedStatusEnum, {
  name: 'TrainingNeedStatus',
  description: 'Propuesta por los datos, aceptada o descartada por un coordinador.',
  valuesMap: valuesDescribedBy<TrainingNeedStatus>(TRAINING_NEED_STATUS_LABELS),
});
