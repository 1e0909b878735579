// GraphQL enums of affiliations, registered from the domain's own lists so the two never drift apart,
// each value described by the domain's Spanish words for it. Channels are the PQRS ones (PqrsChannel).
import { registerEnumType } from '@nestjs/graphql';
import {
  AFFILIATION_DECISIONS,
  AFFILIATION_TYPES,
  NOVELTY_KINDS,
  type AffiliationDecision,
  type AffiliationType,
  type NoveltyKind,
} from '../../../domain/affiliation/events.js';
import {
  AFFILIATION_DECISION_LABELS,
  AFFILIATION_STATUS_LABELS,
  AFFILIATION_TYPE_LABELS,
  NOVELTY_KIND_LABELS,
  SUPPORT_DOCUMENT_STATE_LABELS,
} from '../../../domain/affiliation/labels.js';
import { enumObject, valuesDescribedBy } from '../../../graphql/enum-values.js';
import {
  AFFILIATION_DOCUMENT_STATUSES,
  SUPPORT_DOCUMENT_STATES,
  type AffiliationDocumentStatus,
  type SupportDocumentState,
} from '../read-models/affiliations-projection.js';

export const AffiliationTypeEnum = enumObject<AffiliationType>(AFFILIATION_TYPES);
export const AffiliationStatusEnum = enumObject<AffiliationDocumentStatus>(AFFILIATION_DOCUMENT_STATUSES);
export const AffiliationDecisionEnum = enumObject<AffiliationDecision>(AFFILIATION_DECISIONS);
export const NoveltyKindEnum = enumObject<NoveltyKind>(NOVELTY_KINDS);
export const SupportDocumentStateEnum = enumObject<SupportDocumentState>(SUPPORT_DOCUMENT_STATES);

registerEnumType(AffiliationTypeEnum, {
  name: 'AffiliationType',
  description: 'Tipo de afiliación: persona dependiente, empresa o trabajador independiente.',
  valuesMap: valuesDescribedBy<AffiliationType>(AFFILIATION_TYPE_LABELS),
});
registerEnumType(AffiliationStatusEnum, {
  name: 'AffiliationStatus',
  description:
    'Estado de la afiliación: recibida, asignada, requisitos verificados, aprobada, rechazada, retirada.',
  valuesMap: valuesDescribedBy<AffiliationDocumentStatus>(AFFILIATION_STATUS_LABELS),
});
registerEnumType(AffiliationDecisionEnum, {
  name: 'AffiliationDecision',
  description: 'Decisión: aprobada o rechazada.',
  valuesMap: valuesDescribedBy<AffiliationDecision>(AFFILIATION_DECISION_LABELS),
});
registerEnumType(NoveltyKindEnum, {
  name: 'NoveltyKind',
  description: 'Novedad de un afiliado: actualización de datos, retiro o reactivación.',
  valuesMap: valuesDescribedBy<NoveltyKind>(NOVELTY_KIND_LABELS),
});
registerEnumType(SupportDocumentStateEnum, {
  name: 'SupportDocumentState',
  description: 'Estado de un documento soporte: pendiente, aceptado o rechazado.',
  valuesMap: valuesDescribedBy<SupportDocumentState>(SUPPORT_DOCUMENT_STATE_LABELS),
});
