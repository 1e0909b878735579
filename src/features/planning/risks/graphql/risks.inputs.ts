// Input and argument types of the risk-map mutations and query, validated with class-validator.
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type {
  ControlDocumentation,
  ControlEvidence,
  ControlFrequency,
  ControlImplementation,
  ControlType,
  ImpactLevel,
  ProbabilityLevel,
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
} from './risks.enums.js';

const RISK_ID_MESSAGE = { message: 'El id del riesgo no es válido.' };

@InputType()
export class RegisterRiskInput {
  @Field({ description: 'Nombre del riesgo (qué puede pasar).' }) @IsNotEmpty() @MaxLength(500) name!: string;
  @Field({ description: 'Causa.' }) @IsNotEmpty() @MaxLength(5_000) cause!: string;
  @Field({ description: 'Consecuencia.' }) @IsNotEmpty() @MaxLength(5_000) consequence!: string;
  @Field(() => RiskProbabilityEnum, { description: 'Probabilidad inherente.' })
  probability!: ProbabilityLevel;
  @Field(() => RiskImpactEnum, { description: 'Impacto inherente.' }) impact!: ImpactLevel;
}

@InputType()
export class AddRiskControlInput {
  @Field({ description: 'Descripción del control.' }) @IsNotEmpty() @MaxLength(5_000) description!: string;
  @Field(() => ID, { description: 'Funcionario responsable de ejecutar el control.' })
  @IsNotEmpty()
  responsibleId!: string;
  @Field(() => RiskControlTypeEnum) type!: ControlType;
  @Field(() => RiskControlImplementationEnum) implementation!: ControlImplementation;
  @Field(() => RiskControlDocumentationEnum) documentation!: ControlDocumentation;
  @Field(() => RiskControlFrequencyEnum) frequency!: ControlFrequency;
  @Field(() => RiskControlEvidenceEnum) evidence!: ControlEvidence;
  @Field(() => RiskControlPeriodicityEnum) periodicity!: ControlPeriodicity;
  @Field({ description: 'Registro que deja el control: formato, informe, bitácora.' })
  @IsNotEmpty()
  @MaxLength(500)
  evidenceDescription!: string;
}

@InputType()
export class RecordRiskMonitoringInput {
  @Field({ description: 'Trimestre monitoreado, AAAA-Tn (p. ej. 2026-T1).' })
  @Matches(/^\d{4}-T[1-4]$/, { message: 'El trimestre se escribe AAAA-Tn, p. ej. 2026-T1.' })
  quarter!: string;
  @Field({ description: 'Si los controles funcionaron como se diseñaron en el trimestre.' })
  controlsEffective!: boolean;
  @Field({ description: 'Observaciones del monitoreo.' })
  @IsNotEmpty()
  @MaxLength(5_000)
  observations!: string;
  @Field({ description: 'Evidencia revisada.' }) @IsNotEmpty() @MaxLength(500) evidence!: string;
}

@InputType()
export class MaterializationLinkInput {
  @Field(() => MaterializationLinkKindEnum) kind!: MaterializationLinkKind;
  @Field({
    description:
      'Radicado (PQRS-AAAA-NNNNNN), id de la acción de mejora o código del indicador (enum RiskIndicator).',
  })
  @IsNotEmpty()
  @MaxLength(300)
  reference!: string;
}

@InputType()
export class RecordRiskMaterializationInput {
  @Field(() => DateScalar, { description: 'Día en que se materializó; no posterior a hoy.' })
  occurredOn!: string;
  @Field({ description: 'Cómo se materializó.' }) @IsNotEmpty() @MaxLength(5_000) description!: string;
  @Field(() => [MaterializationLinkInput], { description: 'Lo que la muestra: al menos un vínculo.' })
  @ArrayMinSize(1, { message: 'Indique al menos una PQRS, acción de mejora o indicador.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MaterializationLinkInput)
  links!: MaterializationLinkInput[];
}

@ArgsType()
export class RiskCommandArgs {
  @Field(() => ID) @IsUUID('all', RISK_ID_MESSAGE) riskId!: string;
  @Field(() => Int, { nullable: true, description: 'Revisión que el cliente vio; si cambió, conflicto.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@ArgsType()
export class AddRiskControlArgs extends RiskCommandArgs {
  @Field(() => AddRiskControlInput)
  @ValidateNested()
  @Type(() => AddRiskControlInput)
  input!: AddRiskControlInput;
}

@ArgsType()
export class RecordRiskMonitoringArgs extends RiskCommandArgs {
  @Field(() => RecordRiskMonitoringInput)
  @ValidateNested()
  @Type(() => RecordRiskMonitoringInput)
  input!: RecordRiskMonitoringInput;
}

@ArgsType()
export class RecordRiskMaterializationArgs extends RiskCommandArgs {
  @Field(() => RecordRiskMaterializationInput)
  @ValidateNested()
  @Type(() => RecordRiskMaterializationInput)
  input!: RecordRiskMaterializationInput;
}

@ArgsType()
export class RiskMapArgs {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'El mapa tal como estaba registrado en ese instante; ahora si se omite.',
  })
  asOf?: string | null;
}
