// GraphQL enums of affiliations, registered from the domain's own lists so the two never drift apart.
// Channels are the PQRS ones (PqrsChannel).
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
  AFFILIATION_DOCUMENT_STATUSES,
  SUPPORT_DOCUMENT_STATES,
  type AffiliationDocumentStatus,
  type SupportDocumentState,
} from '../read-models/affiliations-projection.js';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const AffiliationTypeEnum = enumObject<AffiliationType>(AFFILIATION_TYPES);
export const AffiliationStatusEnum = enumObject<AffiliationDocumentStatus>(AFFILIATION_DOCUMENT_STATUSES);
export const AffiliationDecisionEnum = enumObject<AffiliationDecision>(AFFILIATION_DECISIONS);
export const NoveltyKindEnum = enumObject<NoveltyKind>(NOVELTY_KINDS);
export const SupportDocumentStateEnum = enumObject<SupportDocumentState>(SUPPORT_DOCUMENT_STATES);

registerEnumType(AffiliationTypeEnum, {
  name: 'AffiliationType',
  description: 'Tipo de afiliación: persona dependiente, empresa o trabajador independiente.',
});
registerEnumType(AffiliationStatusEnum, {
  name: 'AffiliationStatus',
  description:
    'Estado de la afiliación: recibida, asignada, requisitos verificados, aprobada, rechazada, retirada.',
});
registerEnumType(AffiliationDecisionEnum, {
  name: 'AffiliationDecision',
  description: 'Decisión: aprobada o rechazada.',
});
registerEnumType(NoveltyKindEnum, {
  name: 'NoveltyKind',
  description: 'Novedad de un afiliado: actualización de datos, retiro o reactivación.',
});
registerEnumType(SupportDocumentStateEnum, {
  name: 'SupportDocumentState',
  description: 'Estado de un documento soporte: pendiente, aceptado o rechazado.',
});
