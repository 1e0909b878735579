// Output types of the campaign part of the schema.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CampaignChannel, CampaignKind } from '../../../../domain/campaign/events.js';
import { DateScalar, DateTimeScalar } from '../../../../graphql/scalars.js';
import { CampaignChannelEnum, CampaignKindEnum } from './campaigns.enums.js';

@ObjectType({ description: 'Municipio de Cundinamarca por su código DIVIPOLA (DANE).' })
export class Municipality {
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'Afiliaciones que trajo una campaña y su costo por afiliación.' })
export class CampaignAffiliationFigures {
  @Field(() => Int, { description: 'Solicitudes de afiliación recibidas de la campaña.' })
  applications!: number;
  @Field(() => Int, { description: 'Afiliaciones aprobadas de esas solicitudes.' }) approved!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Costo ejecutado ÷ afiliaciones aprobadas, en pesos; null sin resultado registrado o sin afiliaciones aprobadas.',
  })
  costPerAffiliation!: number | null;
}

@ObjectType({
  description: 'Campaña, feria, visita o acción de difusión del plan de mercadeo y medios.',
})
export class Campaign {
  @Field(() => ID) id!: string;
  @Field(() => CampaignKindEnum) kind!: CampaignKind;
  @Field() name!: string;
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
  @Field(() => Int, { description: 'Año del plan.' }) year!: number;
  @Field(() => [CampaignChannelEnum]) channels!: CampaignChannel[];
  @Field(() => String, { nullable: true }) media!: string | null;
  @Field(() => Int, { description: 'Presupuesto planeado, en pesos.' }) budget!: number;
  @Field(() => Int, { nullable: true, description: 'Asistentes; null hasta registrar el resultado.' })
  attendance!: number | null;
  @Field(() => Int, { nullable: true, description: 'Costo ejecutado, en pesos; null hasta el resultado.' })
  actualCost!: number | null;
  @Field(() => String, { nullable: true }) results!: string | null;
  @Field(() => DateScalar, { nullable: true }) resultRecordedOn!: string | null;
  @Field(() => DateTimeScalar) plannedAt!: string;
  @Field(() => [String], {
    description: 'Nombres escritos a mano en solicitudes anteriores, asociados a esta.',
  })
  mappedNames!: string[];
  @Field(() => Int, { description: 'Revisión del flujo de la campaña; úsela como expectedRevision.' })
  revision!: number;
}

@ObjectType({ description: 'Una campaña con sus cifras de afiliación.' })
export class CampaignWithFigures {
  @Field(() => Campaign) campaign!: Campaign;
  @Field(() => CampaignAffiliationFigures) figures!: CampaignAffiliationFigures;
}

@ObjectType({ description: 'Cifras de las campañas de un municipio.' })
export class MunicipalityCampaignFigures {
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => Int) campaigns!: number;
  @Field(() => Int, { description: 'Presupuesto planeado, en pesos.' }) budget!: number;
  @Field(() => Int, { description: 'Costo ejecutado de las campañas con resultado, en pesos.' })
  actualCost!: number;
  @Field(() => Int) attendance!: number;
  @Field(() => Int) applications!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Costo ejecutado de sus campañas con resultado ÷ afiliaciones aprobadas de esas campañas, en pesos.',
  })
  costPerAffiliation!: number | null;
}

@ObjectType({ description: 'Afiliaciones por campaña y por municipio, y costo por afiliación.' })
export class CampaignStatistics {
  @Field(() => [CampaignWithFigures]) byCampaign!: CampaignWithFigures[];
  @Field(() => [MunicipalityCampaignFigures]) byMunicipality!: MunicipalityCampaignFigures[];
}

@ObjectType({ description: 'Nombre de campaña escrito a mano en solicitudes anteriores al plan.' })
export class LegacyCampaignName {
  @Field() name!: string;
  @Field(() => Int) applications!: number;
  @Field(() => ID, { nullable: true, description: 'Campaña a la que está asociado; null: a ninguna.' })
  campaignId!: string | null;
}
