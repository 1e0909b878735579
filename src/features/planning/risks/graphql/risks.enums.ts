// GraphQL enums of the risk map, registered from the domain's own lists and described by its Spanish words.
import { registerEnumType } from '@nestjs/graphql';
import {
  CONTROL_DOCUMENTATION_LABELS,
  CONTROL_DOCUMENTATIONS,
  CONTROL_EVIDENCE_LABELS,
  CONTROL_EVIDENCES,
  CONTROL_FREQUENCIES,
  CONTROL_FREQUENCY_LABELS,
  CONTROL_IMPLEMENTATION_LABELS,
  CONTROL_IMPLEMENTATIONS,
  CONTROL_TYPE_LABELS,
  CONTROL_TYPES,
  IMPACT_LABELS,
  IMPACT_LEVELS,
  PROBABILITY_LABELS,
  PROBABILITY_LEVELS,
  RISK_ZONE_LABELS,
  RISK_ZONES,
  type ControlDocumentation,
  type ControlEvidence,
  type ControlFrequency,
  type ControlImplementation,
  type ControlType,
  type ImpactLevel,
  type ProbabilityLevel,
  type RatingAxis,
  type RiskZone,
} from '../../../../domain/planning/risk-rating.js';
import {
  CONTROL_PERIODICITIES,
  MATERIALIZATION_LINK_KINDS,
  RISK_INDICATOR_NAMES,
  RISK_INDICATORS,
  type ControlPeriodicity,
  type MaterializationLinkKind,
  type RiskIndicator,
} from '../../../../domain/risk/index.js';
import {
  CONTROL_PERIODICITY_LABELS,
  MATERIALIZATION_LINK_KIND_LABELS,
} from '../../../../domain/risk/labels.js';
import { enumObject, valuesDescribedBy } from '../../../../graphql/enum-values.js';

export const RiskProbabilityEnum = enumObject<ProbabilityLevel>(PROBABILITY_LEVELS);
export const RiskImpactEnum = enumObject<ImpactLevel>(IMPACT_LEVELS);
export const RiskZoneEnum = enumObject<RiskZone>(RISK_ZONES);
export const RiskControlTypeEnum = enumObject<ControlType>(CONTROL_TYPES);
export const RiskControlImplementationEnum = enumObject<ControlImplementation>(CONTROL_IMPLEMENTATIONS);
export const RiskControlDocumentationEnum = enumObject<ControlDocumentation>(CONTROL_DOCUMENTATIONS);
export const RiskControlFrequencyEnum = enumObject<ControlFrequency>(CONTROL_FREQUENCIES);
export const RiskControlEvidenceEnum = enumObject<ControlEvidence>(CONTROL_EVIDENCES);
export const RiskControlPeriodicityEnum = enumObject<ControlPeriodicity>(CONTROL_PERIODICITIES);
export const RiskRatingAxisEnum = enumObject<RatingAxis>(['PROBABILITY', 'IMPACT']);
export const MaterializationLinkKindEnum = enumObject<MaterializationLinkKind>(MATERIALIZATION_LINK_KINDS);
export const RiskIndicatorEnum = enumObject<RiskIndicator>(RISK_INDICATORS);

registerEnumType(RiskProbabilityEnum, {
  name: 'RiskProbability',
  description: 'Nivel de probabilidad (guía de Función Pública, tabla 4): 20 % a 100 %.',
  valuesMap: valuesDescribedBy<ProbabilityLevel>(PROBABILITY_LABELS),
});
registerEnumType(RiskImpactEnum, {
  name: 'RiskImpact',
  description: 'Nivel de impacto (guía de Función Pública, tabla 5): 20 % a 100 %.',
  valuesMap: valuesDescribedBy<ImpactLevel>(IMPACT_LABELS),
});
registerEnumType(RiskZoneEnum, {
  name: 'RiskZone',
  description: 'Zona de severidad en el mapa de calor.',
  valuesMap: valuesDescribedBy<RiskZone>(RISK_ZONE_LABELS),
});
registerEnumType(RiskControlTypeEnum, {
  name: 'RiskControlType',
  description: 'Tipo de control: preventivo y detectivo bajan la probabilidad; correctivo, el impacto.',
  valuesMap: valuesDescribedBy<ControlType>(CONTROL_TYPE_LABELS),
});
registerEnumType(RiskControlImplementationEnum, {
  name: 'RiskControlImplementation',
  valuesMap: valuesDescribedBy<ControlImplementation>(CONTROL_IMPLEMENTATION_LABELS),
});
registerEnumType(RiskControlDocumentationEnum, {
  name: 'RiskControlDocumentation',
  valuesMap: valuesDescribedBy<ControlDocumentation>(CONTROL_DOCUMENTATION_LABELS),
});
registerEnumType(RiskControlFrequencyEnum, {
  name: 'RiskControlFrequency',
  description: 'Atributo de frecuencia del control (informativo, no mueve la calificación).',
  valuesMap: valuesDescribedBy<ControlFrequency>(CONTROL_FREQUENCY_LABELS),
});
registerEnumType(RiskControlEvidenceEnum, {
  name: 'RiskControlEvidence',
  description: 'Atributo de evidencia del control (informativo, no mueve la calificación).',
  valuesMap: valuesDescribedBy<ControlEvidence>(CONTROL_EVIDENCE_LABELS),
});
registerEnumType(RiskControlPeriodicityEnum, {
  name: 'RiskControlPeriodicity',
  description: 'Cada cuánto se ejecuta el control.',
  valuesMap: valuesDescribedBy<ControlPeriodicity>(CONTROL_PERIODICITY_LABELS),
});
registerEnumType(RiskRatingAxisEnum, {
  name: 'RiskRatingAxis',
  description: 'Lo que baja el control: la probabilidad o el impacto.',
  valuesMap: valuesDescribedBy<RatingAxis>({ PROBABILITY: 'Probabilidad', IMPACT: 'Impacto' }),
});
registerEnumType(MaterializationLinkKindEnum, {
  name: 'MaterializationLinkKind',
  description: 'Lo que muestra la materialización: una PQRS, una acción de mejora o un indicador.',
  valuesMap: valuesDescribedBy<MaterializationLinkKind>(MATERIALIZATION_LINK_KIND_LABELS),
});
registerEnumType(RiskIndicatorEnum, {
  name: 'RiskIndicator',
  description: 'Los indicadores de PQRS del tablero a los que puede apuntar una materialización.',
  valuesMap: valuesDescribedBy<RiskIndicator>(RISK_INDICATOR_NAMES),
});
