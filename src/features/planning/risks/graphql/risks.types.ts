// Output types of the risk map: each risk with its ratings, controls, monitoring and materialisations,
// and the heat map cell by cell.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  ControlDocumentation,
  ControlEvidence,
  ControlFrequency,
  ControlImplementation,
  ControlType,
  ImpactLevel,
  ProbabilityLevel,
  RatingAxis,
  RiskZone,
} from '../../../../domain/planning/risk-rating.js';
import type { ControlPeriodicity, MaterializationLinkKind } from '../../../../domain/risk/index.js';
import { DateScalar, DateTimeScalar } from '../../../../graphql/scalars.js';
import {
  MaterializationLinkKindEnum,
  RiskControlDocumentationEnum,
  RiskControlEvidenceEnum,
  RiskControlFrequencyEnum,
  RiskControlImplementationEnum,
  RiskControlPeriodicityEnum,
  RiskControlTypeEnum,
  RiskImpactEnum,
  RiskProbabilityEnum,
  RiskRatingAxisEnum,
  RiskZoneEnum,
} from './risks.enums.js';

@ObjectType({
  description: 'Calificación de un riesgo: probabilidad e impacto (nivel y porcentaje) y su zona.',
})
export class RiskRating {
  @Field(() => RiskProbabilityEnum) probability!: ProbabilityLevel;
  @Field(() => Float) probabilityPercent!: number;
  @Field(() => RiskImpactEnum) impact!: ImpactLevel;
  @Field(() => Float) impactPercent!: number;
  @Field(() => RiskZoneEnum) zone!: RiskZone;
}

@ObjectType({
  description: 'Control del riesgo con sus atributos según la guía, su responsable y evidencia.',
})
export class RiskControl {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field(() => ID, { description: 'Funcionario responsable de ejecutarlo.' }) responsibleId!: string;
  @Field(() => RiskControlTypeEnum) type!: ControlType;
  @Field(() => RiskControlImplementationEnum) implementation!: ControlImplementation;
  @Field(() => RiskControlDocumentationEnum) documentation!: ControlDocumentation;
  @Field(() => RiskControlFrequencyEnum) frequency!: ControlFrequency;
  @Field(() => RiskControlEvidenceEnum) evidence!: ControlEvidence;
  @Field(() => RiskControlPeriodicityEnum) periodicity!: ControlPeriodicity;
  @Field() evidenceDescription!: string;
  @Field(() => RiskRatingAxisEnum) axis!: RatingAxis;
  @Field(() => Int, { description: 'Peso del control en puntos porcentuales (tipo + implementación).' })
  weight!: number;
  @Field(() => RiskRating, { description: 'Riesgo residual después de aplicar este control.' })
  residualAfter!: RiskRating;
  @Field(() => DateTimeScalar) addedAt!: string;
}

@ObjectType({ description: 'Monitoreo trimestral del riesgo.' })
export class RiskMonitoring {
  @Field({ description: 'AAAA-Tn.' }) quarter!: string;
  @Field() controlsEffective!: boolean;
  @Field() observations!: string;
  @Field() evidence!: string;
  @Field(() => RiskRating, { description: 'Riesgo residual vigente al monitorear.' }) residual!: RiskRating;
  @Field(() => Int, { description: 'Materializaciones del trimestre registradas al monitorear.' })
  materializations!: number;
  @Field(() => DateTimeScalar) monitoredAt!: string;
  @Field(() => ID) monitoredById!: string;
}

@ObjectType({ description: 'Lo que muestra una materialización.' })
export class MaterializationLink {
  @Field(() => MaterializationLinkKindEnum) kind!: MaterializationLinkKind;
  @Field({ description: 'Radicado, id de la acción de mejora o código del indicador.' }) reference!: string;
}

@ObjectType({ description: 'Materialización del riesgo.' })
export class RiskMaterialization {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) occurredOn!: string;
  @Field() quarter!: string;
  @Field() description!: string;
  @Field(() => [MaterializationLink]) links!: MaterializationLink[];
  @Field(() => DateScalar) recordedOn!: string;
  @Field(() => ID) recordedById!: string;
}

@ObjectType({ description: 'Riesgo del proceso en el mapa de riesgos.' })
export class Risk {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() cause!: string;
  @Field() consequence!: string;
  @Field({ description: 'Método de valoración (guía de Función Pública y su versión).' }) method!: string;
  @Field(() => RiskRating) inherent!: RiskRating;
  @Field(() => RiskRating, { description: 'Con todos sus controles aplicados; el inherente si no tiene.' })
  residual!: RiskRating;
  @Field(() => DateTimeScalar) registeredAt!: string;
  @Field(() => [RiskControl]) controls!: RiskControl[];
  @Field(() => [RiskMonitoring]) monitorings!: RiskMonitoring[];
  @Field(() => String, { nullable: true, description: 'Último trimestre monitoreado.' })
  lastMonitoredQuarter!: string | null;
  @Field(() => [RiskMaterialization]) materializations!: RiskMaterialization[];
  @Field(() => Int, { description: 'Revisión del flujo del riesgo; úsela como expectedRevision.' })
  revision!: number;
}

@ObjectType({
  description: 'Celda del mapa de calor: probabilidad × impacto, su zona y cuántos riesgos caen en ella.',
})
export class HeatMapCell {
  @Field(() => RiskProbabilityEnum) probability!: ProbabilityLevel;
  @Field(() => RiskImpactEnum) impact!: ImpactLevel;
  @Field(() => RiskZoneEnum) zone!: RiskZone;
  @Field(() => Int) count!: number;
  @Field(() => [ID]) riskIds!: readonly string[];
}

@ObjectType({ description: 'Mapa de riesgos del proceso, con sus mapas de calor inherente y residual.' })
export class RiskMap {
  @Field(() => [Risk]) risks!: Risk[];
  @Field(() => [HeatMapCell], { description: '25 celdas, de Muy Alta a Muy Baja y de Leve a Catastrófico.' })
  inherentHeatMap!: HeatMapCell[];
  @Field(() => [HeatMapCell]) residualHeatMap!: HeatMapCell[];
  @Field({ description: 'Nota sobre la guía con que se valoran los riesgos.' }) methodNote!: string;
}
