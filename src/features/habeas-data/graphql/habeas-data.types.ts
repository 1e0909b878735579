// Output types of the habeas-data part of the schema.
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AccessPurpose } from '../../../domain/personal-data-access/index.js';
import type { ErasureLegalBasis, RecordSeries } from '../../../domain/person/index.js';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { PageInfo } from '../../../graphql/page-args.js';
import { HistoryActor } from '../../../identity/graphql/identity.types.js';
import { AccessPurposeEnum, ErasureLegalBasisEnum, RecordSeriesEnum } from './habeas-data.enums.js';

@ObjectType({ description: 'Un trámite de la persona revisado contra la tabla de retención al suprimir.' })
export class CheckedRecord {
  @Field(() => RecordSeriesEnum) series!: RecordSeries;
  @Field() reference!: string;
}

@ObjectType({ description: 'Supresión de datos personales registrada (habeas data).' })
export class PersonalDataErasure {
  @Field(() => ID) personId!: string;
  @Field(() => ErasureLegalBasisEnum) legalBasis!: ErasureLegalBasis;
  @Field() requestReference!: string;
  @Field(() => DateTimeScalar) erasedAt!: string;
  @Field(() => [CheckedRecord]) recordsChecked!: CheckedRecord[];
  @Field(() => Int, { description: 'Versiones de los datos destruidas en esta ejecución.' })
  versionsErased!: number;
  @Field(() => Int, { description: 'Textos de la persona destruidos en esta ejecución.' })
  textsErased!: number;
}

@ObjectType({ description: 'Una vista de datos personales completos: quién, de quién, cuándo y por qué.' })
export class PersonalDataAccessEntry {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) recordedAt!: string;
  @Field(() => HistoryActor) actor!: HistoryActor;
  @Field(() => AccessPurposeEnum) purpose!: AccessPurpose;
  @Field(() => ID) personId!: string;
  @Field(() => Int, { nullable: true, description: 'Versión vista; null en la descarga de un archivo.' })
  version!: number | null;
  @Field(() => ID, { nullable: true, description: 'El archivo descargado (descarga de un archivo).' })
  attachmentId!: string | null;
  @Field(() => String, { nullable: true, description: 'Radicado o afiliación en que se vio.' })
  reference!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Motivo de una revelación; null en la gestión del caso.',
  })
  reason!: string | null;
  @Field({ description: 'El motivo se suprimió junto con los datos de la persona.' })
  reasonErased!: boolean;
}

@ObjectType()
export class PersonalDataAccessEdge {
  @Field() cursor!: string;
  @Field(() => PersonalDataAccessEntry) node!: PersonalDataAccessEntry;
}

@ObjectType({ description: 'Página del registro de accesos a datos personales.' })
export class PersonalDataAccessConnection {
  @Field(() => [PersonalDataAccessEdge]) edges!: PersonalDataAccessEdge[];
  @Field(() => [PersonalDataAccessEntry]) nodes!: PersonalDataAccessEntry[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
