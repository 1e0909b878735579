// GraphQL enums of management reviews, registered from the domain's own lists, each value described by
// the domain's Spanish words for it.
import { registerEnumType } from '@nestjs/graphql';
import { DECISION_KINDS, type DecisionKind } from '../../../../domain/management-review/index.js';
import { DECISION_KIND_LABELS, REVIEW_STATUS_LABELS } from '../../../../domain/management-review/labels.js';
import { enumObject, valuesDescribedBy } from '../../../../graphql/enum-values.js';

export const REVIEW_STATUSES = ['OPEN', 'CLOSED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const ReviewDecisionKindEnum = enumObject<DecisionKind>(DECISION_KINDS);
export const ManagementReviewStatusEnum = enumObject<ReviewStatus>(REVIEW_STATUSES);

registerEnumType(ReviewDecisionKindEnum, {
  name: 'ReviewDecisionKind',
  description:
    'Salida de la revisión por la dirección (ISO 9001:2015 9.3.3): oportunidad de mejora, cambio en el sistema o necesidad de recursos.',
  valuesMap: valuesDescribedBy<DecisionKind>(DECISION_KIND_LABELS),
});
registerEnumType(ManagementReviewStatusEnum, {
  name: 'ManagementReviewStatus',
  description: 'Estado de la revisión: abierta (acta en elaboración) o cerrada (acta aprobada).',
  valuesMap: valuesDescribedBy<ReviewStatus>(REVIEW_STATUS_LABELS),
});
