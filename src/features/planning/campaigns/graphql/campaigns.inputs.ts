// Input and argument types of the campaign mutations and queries, validated with class-validator.
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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { CampaignChannel, CampaignKind } from '../../../../domain/campaign/events.js';
import { MAX_CAMPAIGN_ATTENDANCE, MAX_CAMPAIGN_PESOS } from '../../../../domain/campaign/index.js';
import { DateScalar } from '../../../../graphql/scalars.js';
import { CampaignChannelEnum, CampaignKindEnum } from './campaigns.enums.js';

const CAMPAIGN_ID_MESSAGE = { message: 'El id de la campaña no es válido.' };
const DIVIPOLA = /^\d{5}$/;
const PESOS_MESSAGE = 'un valor entero en pesos, de cero en adelante';

@InputType({ description: 'Una campaña, feria, visita o acción de difusión del plan del año.' })
export class PlanCampaignInput {
  @Field(() => CampaignKindEnum) kind!: CampaignKind;
  @Field({ description: 'Nombre de la campaña.' }) @IsNotEmpty() @MaxLength(200) name!: string;
  @Field({ description: 'Código DIVIPOLA (DANE) del municipio de Cundinamarca, p. ej. 25899 (Zipaquirá).' })
  @Matches(DIVIPOLA, { message: 'El municipio es un código DIVIPOLA de cinco dígitos.' })
  municipalityCode!: string;
  @Field(() => DateScalar, { description: 'Fecha de inicio.' }) startDate!: string;
  @Field(() => DateScalar, { description: 'Fecha de cierre; no anterior a la de inicio.' }) endDate!: string;
  @Field(() => [CampaignChannelEnum], { description: 'Canales y medios (al menos uno).' })
  @ArrayMinSize(1, { message: 'Indique al menos un canal o medio.' })
  @ArrayMaxSize(20)
  channels!: CampaignChannel[];
  @Field(() => String, { nullable: true, description: 'Medios concretos: emisoras, periódicos, páginas.' })
  @IsOptional()
  @MaxLength(1_000)
  media?: string | null;
  @Field(() => Int, { description: 'Presupuesto planeado, en pesos colombianos (entero).' })
  @IsInt({ message: `El presupuesto es ${PESOS_MESSAGE}.` })
  @Min(0, { message: `El presupuesto es ${PESOS_MESSAGE}.` })
  @Max(MAX_CAMPAIGN_PESOS, { message: 'El presupuesto supera el máximo admitido.' })
  budget!: number;
}

@ArgsType()
export class CampaignIdArgs {
  @Field(() => ID) @IsUUID('all', CAMPAIGN_ID_MESSAGE) id!: string;
}

@ArgsType()
export class CampaignCommandArgs extends CampaignIdArgs {
  @Field(() => Int, { nullable: true, description: 'Revisión que el cliente vio; si cambió, conflicto.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@ArgsType()
export class RecordCampaignResultArgs extends CampaignCommandArgs {
  @Field(() => Int, { description: 'Asistentes o personas atendidas.' })
  @IsInt({ message: 'La asistencia es un número entero de personas.' })
  @Min(0, { message: 'La asistencia no puede ser negativa.' })
  @Max(MAX_CAMPAIGN_ATTENDANCE, { message: 'La asistencia supera el máximo admitido.' })
  attendance!: number;
  @Field(() => Int, { description: 'Costo ejecutado, en pesos colombianos (entero).' })
  @IsInt({ message: `El costo ejecutado es ${PESOS_MESSAGE}.` })
  @Min(0, { message: `El costo ejecutado es ${PESOS_MESSAGE}.` })
  @Max(MAX_CAMPAIGN_PESOS, { message: 'El costo ejecutado supera el máximo admitido.' })
  actualCost!: number;
  @Field({ description: 'Resultados obtenidos.' }) @IsNotEmpty() @MaxLength(5_000) results!: string;
}

@ArgsType()
export class MapCampaignNameArgs extends CampaignCommandArgs {
  @Field({ description: 'Nombre de campaña escrito a mano en solicitudes anteriores al plan.' })
  @IsNotEmpty()
  @MaxLength(200)
  legacyName!: string;
}

@InputType()
export class CampaignFilterInput {
  @Field(() => Int, { nullable: true, description: 'Año del plan (el de la fecha de inicio).' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;
  @Field(() => CampaignKindEnum, { nullable: true }) kind?: CampaignKind | null;
  @Field(() => String, { nullable: true, description: 'Código DIVIPOLA del municipio.' })
  @IsOptional()
  @Matches(DIVIPOLA, { message: 'El municipio es un código DIVIPOLA de cinco dígitos.' })
  municipalityCode?: string | null;
}

@ArgsType()
export class CampaignsArgs {
  @Field(() => CampaignFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignFilterInput)
  filter?: CampaignFilterInput | null;
}
